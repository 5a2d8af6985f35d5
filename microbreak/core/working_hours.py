"""Working hours: is now inside them, and when do they next begin or end.

Pure functions of a local wall-clock time (the caller passes ``now`` from its
Clock, converted to local time) and ``[schedule.working_hours]``. With the
setting off, every moment is working time. The engine (its
OUTSIDE_WORKING_HOURS pause reason) is wired by the engine's owner; these are
the answers it needs.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core.settings import WorkingHoursSettings


def _second_of_day(moment: datetime) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _at(day: datetime, minute: int) -> datetime:
    midnight = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + timedelta(minutes=minute)


def within_working_hours(now_local: datetime, hours: WorkingHoursSettings) -> bool:
    if not hours.enabled:
        return True
    second = _second_of_day(now_local)
    return any(start * 60 <= second < end * 60 for start, end in hours.ranges(now_local.weekday()))


def next_working_start(now_local: datetime, hours: WorkingHoursSettings) -> datetime | None:
    """The first moment at or after ``now_local`` inside working hours.

    ``now_local`` itself when it is inside (or the setting is off); None when
    no day of the week has any working hours (then reminders never come).
    """
    if within_working_hours(now_local, hours):
        return now_local
    second = _second_of_day(now_local)
    for offset in range(8):
        day = now_local + timedelta(days=offset)
        for start, _end in hours.ranges(day.weekday()):
            if offset > 0 or start * 60 > second:
                return _at(day, start)
    return None


def working_hours_end(now_local: datetime, hours: WorkingHoursSettings) -> datetime | None:
    """When the working range ``now_local`` is in ends; None outside one or when off.

    A range ending at 24:00 that the next day continues from 00:00 runs on.
    """
    if not hours.enabled or not within_working_hours(now_local, hours):
        return None
    second = _second_of_day(now_local)
    day = now_local
    for _ in range(8):
        ranges = hours.ranges(day.weekday())
        end = next((e for s, e in ranges if s * 60 <= second < e * 60), None)
        if end is None:  # yesterday's range ended at 24:00 and today's does not go on
            return _at(day, 0)
        if end < 24 * 60:
            return _at(day, end)
        day = _at(day, 0) + timedelta(days=1)
        second = 0
    return None  # every day 00:00-24:00: working hours never end
