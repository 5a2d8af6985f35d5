"""Pause lengths the tray and the command line offer, turned into an end time."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

# "Until tomorrow" ends when the next working day starts. Until working hours
# exist (settings issue), that is 06:00 local: early enough for early risers,
# late enough that a laptop opened at night is not nagged.
DEFAULT_DAY_START = time(6, 0)
MAX_PAUSE = timedelta(days=7)

_PART = re.compile(r"(\d+)([dhm])")


class DurationError(ValueError):
    pass


def parse_duration(text: str) -> timedelta:
    """ "30m", "1h", "1h30m", "2d": a positive span of at most a week."""
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned or _PART.sub("", cleaned):
        raise DurationError(
            f"{text!r} is not a duration: use minutes and hours like 30m, 1h or 1h30m"
        )
    total = timedelta()
    for amount, unit in _PART.findall(cleaned):
        n = int(amount)
        total += {"d": timedelta(days=n), "h": timedelta(hours=n), "m": timedelta(minutes=n)}[unit]
    if total <= timedelta(0):
        raise DurationError(f"{text!r} is not a duration: it must be longer than zero")
    if total > MAX_PAUSE:
        raise DurationError(f"{text!r} is too long: pause for a week at most, or until resume")
    return total


def until_tomorrow(now: datetime, day_start: time = DEFAULT_DAY_START) -> datetime:
    """The start of the next working morning, in ``now``'s time zone.

    Paused at 01:00 "until tomorrow" means this morning, not the one after.
    """
    # Worked out in the system's time zone: a naive local time given to
    # astimezone() gets the offset in force on that date, so "06:00 tomorrow"
    # stays 06:00 across a DST change overnight.
    local = now.astimezone()
    for days in (0, 1, 2):
        candidate = datetime.combine(local.date() + timedelta(days=days), day_start)
        start = candidate.astimezone()
        if start > now:
            return start
    raise AssertionError("unreachable: a day start within two days")


def pause_end(choice: str, now: datetime) -> datetime | None:
    """Turn a pause choice ("30m", "tomorrow", "indefinite") into its end time."""
    if choice == "indefinite":
        return None
    if choice == "tomorrow":
        return until_tomorrow(now)
    return now + parse_duration(choice)
