"""Notices what the OS did not announce: a suspend, or a change of the wall clock.

On Linux a Qt timer stands still during suspend, and a machine may sleep
without logind telling us (or before we listened). Every minute, and before
every timer wake-up, the heartbeat compares how far three clocks moved since
the last beat:

- wall time (what the engine's clock reads),
- monotonic time (stops during suspend on Linux and macOS),
- boot time (keeps running through suspend: CLOCK_BOOTTIME on Linux).

wall - boot is a clock change (manual, NTP, time zone offsets do not count:
times are compared as instants); boot - mono is time spent suspended. Where no
boot clock exists, boot is taken as wall, so a forward jump reads as a
suspend (the safer guess: it becomes a natural break) and a backward jump as a
clock change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from microbreak.core.events import ClockJumped, Event, SleptUnannounced

# Coarse timers drift by up to 5 % and a busy machine can be late: gaps below
# this are noise.
NOISE = timedelta(seconds=20)


def boot_clock() -> Callable[[], float] | None:
    """CLOCK_BOOTTIME where the OS has it (Linux), else None."""
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    return lambda: time.clock_gettime(clock_id)


class Heartbeat:
    def __init__(
        self,
        wall: Callable[[], datetime],
        mono: Callable[[], float] = time.monotonic,
        boot: Callable[[], float] | None = None,
    ) -> None:
        self._wall = wall
        self._mono = mono
        self._boot = boot
        self._last = self._read()

    def _read(self) -> tuple[datetime, float, float | None]:
        return self._wall(), self._mono(), self._boot() if self._boot else None

    def check(self) -> list[Event]:
        """Events for whatever happened since the last check (usually none)."""
        before_wall, before_mono, before_boot = self._last
        now = self._read()
        self._last = now
        wall, mono, boot = now
        wall_moved = wall - before_wall
        mono_moved = timedelta(seconds=mono - before_mono)
        if boot is not None and before_boot is not None:
            boot_moved = timedelta(seconds=boot - before_boot)
            slept = boot_moved - mono_moved
            jumped = wall_moved - boot_moved
        else:
            gap = wall_moved - mono_moved
            slept = gap if gap > timedelta(0) else timedelta(0)
            jumped = gap if gap < timedelta(0) else timedelta(0)
        events: list[Event] = []
        if abs(jumped) > NOISE:
            events.append(ClockJumped(jumped))
        if slept > NOISE:
            # Measured on the new clock: the sleep ended now, began `slept` ago.
            events.append(SleptUnannounced(started=wall - slept, ended=wall))
        return events
