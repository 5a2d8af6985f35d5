"""The clock the core is given; the core itself never reads the time.

Everything in ``microbreak.core`` takes ``now`` as an argument. The real clock
lives in ``microbreak.infra.system_clock``; tests use :class:`FakeClock` and move
it forward by hand, so a simulated week runs in milliseconds.

The local time zone comes from the clock too (:meth:`Clock.local`): working
hours and the times shown to people are local, and a test must not depend on
the zone of the machine it runs on. A lint rule (ruff TID251, see
pyproject.toml) keeps reads of the wall clock inside the system clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Current wall-clock time, timezone-aware."""
        ...

    def local(self, when: datetime) -> datetime:
        """``when`` (aware) in the local time zone, with that zone's offset at that instant."""
        ...


class FakeClock:
    """A clock that only moves when told to: for tests and simulations.

    Its local zone is fixed: ``zone``, or the zone of the start time. Moving
    the clock (even with :meth:`set` to a time in another zone) does not move
    the machine to another zone.
    """

    def __init__(self, start: datetime, zone: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start
        self._zone = zone or start.tzinfo

    def now(self) -> datetime:
        return self._now

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self._zone)

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
