"""Status and durations in words."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.describe import (
    clock_time,
    headline,
    heads_up_title,
    in_full_words,
    in_words,
    time_spent,
    tooltip,
)
from microbreak.core.state import State, Status


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45.9, "45 s"),
        (60, "1 min"),
        (68.7, "1 min 8 s"),
        (135, "2 min 15 s"),
        (134.9999999, "2 min 15 s"),
        (3900, "1 h 5 min"),
        (7200, "2 h"),
    ],
)
def test_time_spent_rounds_down_and_keeps_seconds(seconds: float, text: str) -> None:
    assert time_spent(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (44.2, "45 s"),  # seconds count up: "0 s" is never shown while time is left
        (59, "59 s"),
        (59.5, "1 min"),
        (60, "1 min"),
        (89, "1 min"),
        (90, "2 min"),  # half a minute rounds up
        (124, "2 min"),  # was "3 min": rounding up overstated the wait by most of a minute
        (149, "2 min"),
        (150, "3 min"),
        (45 * 60, "45 min"),
        (59 * 60 + 29, "59 min"),
        (59 * 60 + 30, "1 h"),
        (3900, "1 h 5 min"),
        (3929, "1 h 5 min"),
        (3930, "1 h 6 min"),
    ],
)
def test_in_words_rounds_to_the_nearest_minute(seconds: float, text: str) -> None:
    assert in_words(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (30, "30 seconds"),
        (1, "1 second"),
        (0.2, "1 second"),
        (59.5, "1 minute"),
        (61, "1 minute"),
        (89, "1 minute"),
        (90, "2 minutes"),
        (120, "2 minutes"),
        (124, "2 minutes"),
        (3600, "1 hour"),
        (3660, "1 hour 1 minute"),
    ],
)
def test_in_full_words_says_singular_and_plural(seconds: float, text: str) -> None:
    assert in_full_words(seconds) == text


def test_headline_and_heads_up_agree_on_the_minutes(clock: FakeClock) -> None:
    now = clock.now()
    for left, minutes in ((124, 2), (150, 3), (89, 1)):
        status = Status(
            State.WORKING,
            next_break_at=now + timedelta(seconds=left),
            paused_until=None,
            pause_reasons=frozenset(),
            snoozes_used=0,
            interval_started_at=now,
        )
        assert headline(status, now) == f"Next break in {minutes} min"
        assert heads_up_title(left).endswith(f"in {minutes} minute{'s' if minutes > 1 else ''}")


def test_heads_up_title() -> None:
    assert heads_up_title(1) == "Microbreak in 1 second"
    assert heads_up_title(30) == "Microbreak in 30 seconds"
    assert heads_up_title(120) == "Microbreak in 2 minutes"


def _smart(now: datetime, earliest: timedelta, latest: timedelta) -> Status:
    return Status(
        State.WORKING,
        next_break_at=now + latest,
        paused_until=None,
        pause_reasons=frozenset(),
        snoozes_used=0,
        interval_started_at=now,
        earliest_break_at=now + earliest,
    )


def test_smart_timing_names_the_interval_not_its_window(clock: FakeClock) -> None:
    """Once "Next break in 29 min to 59 min": now the interval, give or take."""
    now = clock.now()
    status = _smart(now, timedelta(minutes=40), timedelta(minutes=50))
    assert headline(status, now) == "Next break in about 45 min, at a pause in your typing"
    latest = now + timedelta(minutes=50)
    assert tooltip(status, now).endswith(f"(by {clock_time(latest, seconds=True)})")
    inside = now + timedelta(minutes=42)
    assert headline(status, inside) == f"Break at your next pause (by {clock_time(latest)})"
    # A one-minute interval: "about 1 min", never "about 59 s".
    short = _smart(now, timedelta(seconds=48), timedelta(seconds=72))
    later = now + timedelta(seconds=2)
    assert headline(short, later) == "Next break in about 1 min, at a pause in your typing"


def test_a_fixed_interval_gives_its_exact_time(clock: FakeClock) -> None:
    now = clock.now()
    status = Status(
        State.WORKING,
        next_break_at=now + timedelta(minutes=45),
        paused_until=None,
        pause_reasons=frozenset(),
        snoozes_used=0,
        interval_started_at=now,
    )
    exact = clock_time(now + timedelta(minutes=45), seconds=True)
    assert tooltip(status, now) == f"microbreak\nNext break in 45 min (at {exact})"


def test_times_are_written_in_the_clock_s_zone_never_the_system_s() -> None:
    """The zone comes from the app's clock (core never asks the system)."""
    from datetime import UTC, datetime, timezone

    from microbreak.core.describe import local_time, set_local_time

    tokyo = FakeClock(datetime(2026, 11, 23, 18, 0, tzinfo=timezone(timedelta(hours=9))))
    when = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    set_local_time(lambda moment: moment)  # as before any app was built: as given
    assert clock_time(when) == "09:00"
    set_local_time(tokyo.local)
    try:
        assert clock_time(when) == "18:00"  # the process runs with TZ=UTC (conftest)
        assert local_time(when).utcoffset() == timedelta(hours=9)
    finally:
        set_local_time(lambda moment: moment)
