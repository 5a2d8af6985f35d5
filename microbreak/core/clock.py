"""The clock the core is given; the core itself never reads the time.

Everything in ``microbreak.core`` takes ``now`` as an argument. The real clock
lives in ``microbreak.infra.system_clock``; tests use :class:`FakeClock` and move
it forward by hand, so a simulated week runs in milliseconds.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Current wall-clock time, timezone-aware."""
        ...


class FakeClock:
    """A clock that only moves when told to: for tests and simulations."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | float) -> datetime:
        """Move forward by ``delta`` (a timedelta or seconds) and return the new time."""
        step = delta if isinstance(delta, timedelta) else timedelta(seconds=delta)
        if step < timedelta(0):
            raise ValueError("use set() to move a FakeClock backwards, as a clock change would")
        self._now += step
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to any time, forwards or back (a manual clock change)."""
        if when.tzinfo is None:
            raise ValueError("FakeClock needs timezone-aware times")
        self._now = when
