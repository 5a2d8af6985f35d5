"""Idle time on Windows: ``GetLastInputInfo`` against ``GetTickCount``.

Both are 32-bit millisecond tick counts that wrap after 49.7 days, so the
difference is taken modulo 2**32. The OS calls are injectable; the real ones
are bound at first use (importing this module loads nothing).
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

TickReader = Callable[[], int | None]
TICK_MODULUS = 2**32


def _last_input_tick() -> int | None:
    """``LASTINPUTINFO.dwTime`` from ``GetLastInputInfo``; None if the call fails."""
    if sys.platform != "win32":
        return None

    class LASTINPUTINFO(ctypes.Structure):
        _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32))

    info = LASTINPUTINFO()
    info.cbSize = ctypes.sizeof(info)
    if not ctypes.windll.user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    return int(info.dwTime)


def _tick_count() -> int | None:
    if sys.platform != "win32":
        return None
    get_tick_count = ctypes.windll.kernel32.GetTickCount
    get_tick_count.restype = ctypes.c_uint32
    return int(get_tick_count())


class WindowsIdleSource:
    name = "windows-lastinput"

    def __init__(
        self,
        last_input_tick: TickReader = _last_input_tick,
        tick_count: TickReader = _tick_count,
    ) -> None:
        self._last_input_tick = last_input_tick
        self._tick_count = tick_count

    def idle_seconds(self) -> float | None:
        try:
            last, now = self._last_input_tick(), self._tick_count()
        except OSError as exc:
            log.warning("GetLastInputInfo failed: %s", exc)
            return None
        if last is None or now is None:
            return None
        return ((now - last) % TICK_MODULUS) / 1000.0
