"""Engine statuses for widgets that are shown one without running an engine."""

from __future__ import annotations

from datetime import timedelta

from microbreak.core.clock import FakeClock
from microbreak.core.state import State, Status


def working(clock: FakeClock) -> Status:
    """Working, the next break 45 minutes away."""
    now = clock.now()
    return Status(
        state=State.WORKING,
        next_break_at=now + timedelta(minutes=45),
        paused_until=None,
        pause_reasons=frozenset(),
        snoozes_used=0,
        interval_started_at=now,
    )
