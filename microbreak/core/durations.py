"""Pause lengths the tray and the command line offer, turned into an end time."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from microbreak.core.settings import WorkingHoursSettings
from microbreak.core.wall_time import LocalTime, at_wall_time
from microbreak.core.working_hours import next_working_start

# An instant to local time: the app's Clock.local.

# "Until tomorrow" means the next calendar day: when its working hours start
# (the next working day's, if tomorrow has none) with working hours on; else
# 06:00, early enough for early risers, late enough that a laptop opened at
# night is not nagged. Paused at 02:03, that is 06:00 the day after, not in
# four hours: after midnight "tomorrow" is still the next date.
DEFAULT_DAY_START = time(6, 0)
MAX_PAUSE = timedelta(days=7)

_PART = re.compile(r"(\d+)([dhm])")


class DurationError(ValueError):
    pass


def parse_duration(text: str) -> timedelta:
    """ "30m", "1h", "1h30m", "2d": a positive span of at most a week (MAX_PAUSE)."""
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned or _PART.sub("", cleaned):
        raise DurationError(
            f"{_shown(text)} is not a duration: use minutes and hours like 30m, 1h or 1h30m"
        )
    # Summed as whole minutes and compared before any timedelta is built: a
    # timedelta of 9999999999 days overflows, and int() refuses numbers of
    # over 4300 digits, so any part longer than the limit is too long as text.
    limit = int(MAX_PAUSE.total_seconds()) // 60
    minutes = 0
    for amount, unit in _PART.findall(cleaned):
        digits = amount.lstrip("0")
        if len(digits) > len(str(limit)):
            raise DurationError(_too_long(text))
        minutes += int(digits or "0") * _UNIT_MINUTES[unit]
    if minutes <= 0:
        raise DurationError(f"{_shown(text)} is not a duration: it must be longer than zero")
    if minutes > limit:
        raise DurationError(_too_long(text))
    return timedelta(minutes=minutes)


_UNIT_MINUTES = {"d": 24 * 60, "h": 60, "m": 1}


def _too_long(text: str) -> str:
    return (
        f"{_shown(text)} is too long: pause for at most a week (7d or 168h), "
        "until you resume (no duration)"
    )


def _shown(text: str) -> str:
    """The person's text in a message, cut short: a request may carry 64 KB."""
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _wall_time(local_day: datetime, at: time, local: LocalTime) -> datetime:
    """``at`` on ``local_day``'s date, as an instant, right across a DST change."""
    return at_wall_time(datetime.combine(local_day.date(), at, tzinfo=local_day.tzinfo), local)


def until_tomorrow(
    now: datetime, local: LocalTime, hours: WorkingHoursSettings | None = None
) -> datetime:
    """When a pause "until tomorrow" ends (see DEFAULT_DAY_START for the rule).

    ``local`` turns an instant into local time (the app's Clock.local): the
    core never reads the system's time zone.
    """
    today = local(now)
    midnight = _wall_time(today + timedelta(days=1), time(0, 0), local)
    if hours is not None and hours.enabled:
        start = next_working_start(local(midnight), hours)
        if start is not None:
            return _wall_time(start, start.time(), local)
    return _wall_time(local(midnight), DEFAULT_DAY_START, local)


def pause_end(
    choice: str,
    now: datetime,
    *,
    local: LocalTime | None = None,
    hours: WorkingHoursSettings | None = None,
) -> datetime | None:
    """Turn a pause choice ("30m", "tomorrow", "indefinite") into its end time.

    ``local`` is the clock's local time (Clock.local); without it, ``now``'s
    own offset is used for "tomorrow" (right unless DST changes overnight).
    ``hours`` are the working hours, for "tomorrow".
    """
    if choice == "indefinite":
        return None
    if choice == "tomorrow":
        return until_tomorrow(now, local or _own_offset, hours)
    return now + parse_duration(choice)


def _own_offset(when: datetime) -> datetime:
    return when
