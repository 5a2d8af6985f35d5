"""Working hours across a DST change, with the system clock's kind of local time.

The real clock's ``local`` gives a fixed offset (``datetime.astimezone()``),
not a zone: a boundary worked out on Saturday for Monday keeps Saturday's
offset. Berlin goes from +01:00 to +02:00 on Sunday 2027-03-28.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from microbreak.core.clock import FakeClock
from microbreak.core.effects import ArmTimer
from microbreak.core.engine import BreakEngine
from microbreak.core.events import Tick
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings, WorkingHoursSettings
from microbreak.core.wall_time import at_wall_time

BERLIN = ZoneInfo("Europe/Berlin")


class FixedOffsetClock(FakeClock):
    """Local time as the system clock gives it: the offset of that instant, no zone."""

    def local(self, when: datetime) -> datetime:
        offset = when.astimezone(BERLIN).utcoffset()
        assert offset is not None
        return when.astimezone(timezone(offset))


def _engine(clock: FakeClock) -> BreakEngine:
    return BreakEngine(
        clock,
        ScheduleSettings(),
        RoutinePlanner(DEFAULT_EXERCISES, 3),
        working_hours=WorkingHoursSettings(enabled=True),  # Monday to Friday, 09:00-17:00
    )


def test_the_week_s_first_reminder_waits_for_nine_on_the_wall_after_the_clocks_go_forward() -> None:
    saturday_noon = datetime(2027, 3, 27, 12, 0, tzinfo=BERLIN)
    clock = FixedOffsetClock(saturday_noon.astimezone(UTC))
    engine = _engine(clock)
    armed = [e.at for e in engine.start() if isinstance(e, ArmTimer)]
    monday_nine = datetime(2027, 3, 29, 9, 0, tzinfo=BERLIN)
    assert armed == [monday_nine], "09:00 summer time, not 09:00 winter time (10:00 on the wall)"
    clock.set(monday_nine.astimezone(UTC))
    engine.handle(Tick())
    assert engine.status().next_break_at == monday_nine + timedelta(minutes=45)


def test_and_after_the_clocks_go_back() -> None:
    """Autumn: +02:00 to +01:00 on Sunday 2027-10-31; 09:00 on Monday is 09:00 winter time."""
    saturday_noon = datetime(2027, 10, 30, 12, 0, tzinfo=BERLIN)
    clock = FixedOffsetClock(saturday_noon.astimezone(UTC))
    armed = [e.at for e in _engine(clock).start() if isinstance(e, ArmTimer)]
    assert armed == [datetime(2027, 11, 1, 9, 0, tzinfo=BERLIN)]


def test_at_wall_time_corrects_a_fixed_offset_once() -> None:
    clock = FixedOffsetClock(datetime(2027, 3, 27, 12, 0, tzinfo=UTC))
    winter = timezone(timedelta(hours=1))
    monday_nine_in_winter_offset = datetime(2027, 3, 29, 9, 0, tzinfo=winter)
    fixed = at_wall_time(monday_nine_in_winter_offset, clock.local)
    assert clock.local(fixed) == datetime(2027, 3, 29, 9, 0, tzinfo=BERLIN)
    same_day = datetime(2027, 3, 27, 13, 0, tzinfo=winter)
    assert at_wall_time(same_day, clock.local) == same_day
