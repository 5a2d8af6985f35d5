"""Working hours as pure functions of local time (the engine's owner wires the pause)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from microbreak.core.settings import WorkingHoursSettings
from microbreak.core.working_hours import (
    next_working_start,
    within_working_hours,
    working_hours_end,
)

TZ = timezone(timedelta(hours=1))
ON = WorkingHoursSettings(enabled=True, monday="09:00-12:00, 13:00-17:30")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    # 2026-11-23 is a Monday.
    return datetime(2026, 11, 23 + day, hour, minute, tzinfo=TZ)


def test_off_means_always_working() -> None:
    hours = WorkingHoursSettings()
    assert within_working_hours(at(5, 3), hours)
    assert next_working_start(at(5, 3), hours) == at(5, 3)
    assert working_hours_end(at(0, 10), hours) is None


def test_inside_and_outside_the_ranges() -> None:
    assert within_working_hours(at(0, 9), ON)
    assert within_working_hours(at(0, 11, 59), ON)
    assert not within_working_hours(at(0, 12), ON)  # the end is not inside
    assert not within_working_hours(at(0, 8, 59), ON)
    assert within_working_hours(at(1, 16, 59), ON)  # Tuesday's default 09:00-17:00
    assert not within_working_hours(at(5, 10), ON)  # Saturday: none


def test_the_next_start() -> None:
    assert next_working_start(at(0, 7), ON) == at(0, 9)
    assert next_working_start(at(0, 12, 30), ON) == at(0, 13)
    assert next_working_start(at(0, 18), ON) == at(1, 9)
    assert next_working_start(at(4, 18), ON) == at(7, 9)  # Friday evening -> Monday
    assert next_working_start(at(0, 10), ON) == at(0, 10)
    never = WorkingHoursSettings(True, "", "", "", "", "", "", "")
    assert next_working_start(at(0, 10), never) is None


def test_the_end_of_the_current_range() -> None:
    assert working_hours_end(at(0, 10), ON) == at(0, 12)
    assert working_hours_end(at(0, 13), ON) == at(0, 17, 30)
    assert working_hours_end(at(0, 12, 30), ON) is None
    night = WorkingHoursSettings(True, "22:00-24:00", "00:00-02:00")
    assert working_hours_end(at(0, 23), night) == at(1, 2)


@given(st.integers(0, 6), st.integers(0, 23), st.integers(0, 59))
def test_the_next_start_is_inside_and_nothing_earlier_is(day: int, hour: int, minute: int) -> None:
    now = at(day, hour, minute)
    start = next_working_start(now, ON)
    assert start is not None
    assert start >= now
    assert within_working_hours(start, ON)
    probe = now
    while probe < start:
        assert not within_working_hours(probe, ON)
        probe += timedelta(minutes=15)
