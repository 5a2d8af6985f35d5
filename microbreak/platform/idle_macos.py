"""Idle time on macOS: CoreGraphics ``CGEventSourceSecondsSinceLastEventType``.

Asked for any input event type in the HID system state (hardware input,
not events that programs post). The framework is loaded at first use; tests
inject the call.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import math
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

K_CG_EVENT_SOURCE_STATE_HID_SYSTEM_STATE = 1
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF  # ~0 as CGEventType (uint32)

SecondsReader = Callable[[int, int], float]

_bound: list[Any] = []


def _seconds_since_last_event(state: int, event_type: int) -> float:
    if not _bound:
        path = (
            ctypes.util.find_library("ApplicationServices")
            or "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
        )
        fn = ctypes.CDLL(path).CGEventSourceSecondsSinceLastEventType
        fn.restype = ctypes.c_double
        fn.argtypes = (ctypes.c_int32, ctypes.c_uint32)
        _bound.append(fn)
    return float(_bound[0](state, event_type))


class MacIdleSource:
    name = "macos-cgeventsource"

    def __init__(self, seconds_since: SecondsReader = _seconds_since_last_event) -> None:
        self._seconds_since = seconds_since
        self._failed = False

    def idle_seconds(self) -> float | None:
        try:
            seconds = self._seconds_since(
                K_CG_EVENT_SOURCE_STATE_HID_SYSTEM_STATE, K_CG_ANY_INPUT_EVENT_TYPE
            )
        except (OSError, AttributeError) as exc:
            if not self._failed:
                log.warning("CoreGraphics idle time unavailable: %s", exc)
                self._failed = True
            return None
        if math.isnan(seconds) or seconds < 0:
            return None
        return seconds
