"""Pause choices turned into end times: "tomorrow" is the next calendar day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.durations import DurationError, parse_duration, pause_end
from microbreak.core.settings import WorkingHoursSettings

BERLIN = ZoneInfo("Europe/Berlin")
NINE_TO_FIVE = WorkingHoursSettings(enabled=True)


def _end(clock: FakeClock, hours: WorkingHoursSettings | None = None) -> datetime:
    end = pause_end("tomorrow", clock.now(), local=clock.local, hours=hours)
    assert end is not None
    return clock.local(end)


def test_tomorrow_after_midnight_is_the_next_date_not_this_morning() -> None:
    """Paused at 02:03 "until tomorrow" ended at 06:00 the same day."""
    clock = FakeClock(datetime(2026, 11, 24, 2, 3, tzinfo=BERLIN))  # a Tuesday
    assert _end(clock) == datetime(2026, 11, 25, 6, 0, tzinfo=BERLIN)


def test_tomorrow_in_the_evening_is_six_the_next_morning() -> None:
    clock = FakeClock(datetime(2026, 11, 24, 18, 30, tzinfo=BERLIN))
    assert _end(clock) == datetime(2026, 11, 25, 6, 0, tzinfo=BERLIN)


def test_tomorrow_with_working_hours_is_when_they_start() -> None:
    clock = FakeClock(datetime(2026, 11, 24, 2, 3, tzinfo=BERLIN))  # Tuesday
    assert _end(clock, NINE_TO_FIVE) == datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN)


def test_tomorrow_on_a_friday_is_the_next_working_day() -> None:
    clock = FakeClock(datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN))  # Friday
    assert _end(clock, NINE_TO_FIVE) == datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)  # Monday


def test_tomorrow_with_no_working_day_at_all_is_six() -> None:
    none = WorkingHoursSettings(
        enabled=True, monday="", tuesday="", wednesday="", thursday="", friday=""
    )
    clock = FakeClock(datetime(2026, 11, 24, 20, 0, tzinfo=BERLIN))
    assert _end(clock, none) == datetime(2026, 11, 25, 6, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("now", "want"),
    [
        # The night the clocks go back (25 Oct 2026) and forward (29 Mar 2026).
        (datetime(2026, 10, 24, 22, 0, tzinfo=BERLIN), datetime(2026, 10, 25, 6, 0, tzinfo=BERLIN)),
        (datetime(2026, 3, 28, 22, 0, tzinfo=BERLIN), datetime(2026, 3, 29, 6, 0, tzinfo=BERLIN)),
    ],
)
def test_tomorrow_is_six_on_the_wall_clock_across_a_dst_change(
    now: datetime, want: datetime
) -> None:
    # A local() that answers with fixed offsets, as SystemClock does: the
    # offset of the evening before is an hour off at 06:00.
    def local(when: datetime) -> datetime:
        moment = when.astimezone(BERLIN)
        offset = moment.utcoffset()
        assert offset is not None
        return moment.astimezone(timezone(offset))

    end = pause_end("tomorrow", local(now), local=local)
    assert end == want
    assert local(end).hour == 6


def test_durations_and_indefinite() -> None:
    now = datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN)
    assert pause_end("1h30m", now) == now + timedelta(minutes=90)
    assert pause_end("indefinite", now) is None
    with pytest.raises(DurationError):
        parse_duration("8d")
