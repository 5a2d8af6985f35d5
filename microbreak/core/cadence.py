"""When the next break comes: pure arithmetic on times, no state.

``interval_minutes`` is the rhythm whatever else is on. Smart timing (with an
idle source) only chooses the moment near it: the break may open at the first
pause in typing from :func:`window`'s start, and comes anyway at its end. The
window is 20 % of the interval either side, at most 5 minutes: 40 to 50
minutes for the default 45, 1:36 to 2:24 for an interval of 2.
"""

from __future__ import annotations

from datetime import datetime, timedelta

# How far either side of the interval a pause in typing may move the break.
WINDOW_SHARE = 0.2
WINDOW_MOST = timedelta(minutes=5)


def spread(interval: timedelta) -> timedelta:
    """How far from the interval the smart-timing window reaches, either side."""
    return min(interval * WINDOW_SHARE, WINDOW_MOST)


def window(start: datetime, interval: timedelta, smart: bool) -> tuple[datetime | None, datetime]:
    """``(earliest, due)`` of the break after an interval started at ``start``.

    ``earliest`` is None without smart timing: the break comes at ``due``.
    """
    if not smart:
        return None, start + interval
    reach = spread(interval)
    return start + interval - reach, start + interval + reach


def around(earliest: datetime | None, due: datetime) -> datetime:
    """The moment to name for a break: the middle of its window, or its due time."""
    if earliest is None or earliest >= due:
        return due
    return earliest + (due - earliest) / 2


def heads_up_lead(heads_up: timedelta, interval: timedelta) -> timedelta:
    """How long before the due time (the window's end) the heads-up shows.

    Never more than half an interval: with a 2-minute interval and a
    10-minute heads-up the warning would never go away.
    """
    return min(heads_up, interval / 2)


def snoozed_due(due: datetime, now: datetime, later: timedelta, *, here: bool) -> datetime:
    """Where a snooze of ``later`` moves a break due at ``due``.

    A break that is ``here`` (open, announced, or due and waiting on a call)
    comes back ``later`` after the snooze; one still to come (working, or
    already snoozed and not yet announced) moves ``later`` after its due
    time. Either way a snooze never brings a break closer, however often it
    is repeated.
    """
    if here:
        return max(now + later, due)
    return due + later


def absence_start(last_input: datetime, break_ended: datetime | None) -> datetime:
    """When an absence began: at the last input, but not before the last break ended.

    Nobody types during the exercises, so idle time that began during a break
    is the break itself, not time away after it.
    """
    if break_ended is None:
        return last_input
    return max(last_input, break_ended)
