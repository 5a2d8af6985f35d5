"""The heartbeat tells a suspend from a clock change, with all three clocks injected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from microbreak.core.events import ClockJumped, SleptUnannounced
from microbreak.platform.heartbeat import NOISE, Heartbeat, boot_clock

T0 = datetime(2026, 11, 23, 9, tzinfo=UTC)


class Clocks:
    def __init__(self) -> None:
        self.wall = T0
        self.mono = 1000.0
        self.boot = 5000.0

    def run(self, seconds: float) -> None:
        """Time passes with the machine awake."""
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds
        self.boot += seconds

    def suspend(self, seconds: float) -> None:
        """Monotonic time stands still; wall and boot time go on."""
        self.wall += timedelta(seconds=seconds)
        self.boot += seconds

    def heartbeat(self, *, with_boot: bool = True) -> Heartbeat:
        return Heartbeat(
            lambda: self.wall, lambda: self.mono, (lambda: self.boot) if with_boot else None
        )


def test_nothing_happens_while_time_just_passes() -> None:
    c = Clocks()
    hb = c.heartbeat()
    for _ in range(10):
        c.run(60)
        assert hb.check() == []


def test_a_suspend_is_reported_with_its_start_and_end() -> None:
    c = Clocks()
    hb = c.heartbeat()
    c.run(30)
    c.suspend(3600)
    c.run(1)
    [event] = hb.check()
    assert isinstance(event, SleptUnannounced)
    assert event.ended == c.wall
    assert event.ended - event.started == timedelta(seconds=3600)


def test_a_clock_change_is_not_a_suspend() -> None:
    c = Clocks()
    hb = c.heartbeat()
    c.run(60)
    c.wall -= timedelta(hours=1)  # someone set the clock back
    assert hb.check() == [ClockJumped(-timedelta(hours=1))]
    c.run(60)
    c.wall += timedelta(minutes=7)
    assert hb.check() == [ClockJumped(timedelta(minutes=7))]


def test_both_at_once() -> None:
    c = Clocks()
    hb = c.heartbeat()
    c.suspend(600)
    c.wall += timedelta(hours=2)  # and the time zone's clock was corrected meanwhile
    events = hb.check()
    assert ClockJumped(timedelta(hours=2)) in events
    assert any(isinstance(e, SleptUnannounced) for e in events)


def test_timer_drift_is_noise() -> None:
    c = Clocks()
    hb = c.heartbeat()
    c.run(60)
    c.wall += NOISE - timedelta(seconds=1)
    assert hb.check() == []


def test_without_a_boot_clock_forward_gaps_are_suspends_and_backward_are_changes() -> None:
    c = Clocks()
    hb = c.heartbeat(with_boot=False)
    c.suspend(900)
    [event] = hb.check()
    assert isinstance(event, SleptUnannounced)
    c.wall -= timedelta(minutes=30)
    assert hb.check() == [ClockJumped(-timedelta(minutes=30))]


def test_linux_has_a_boot_clock() -> None:
    clock = boot_clock()
    assert clock is not None
    assert clock() > 0
