"""Suspend/resume and lock/unlock on Windows, from window messages.

- ``WM_POWERBROADCAST`` (sent to every top-level window): ``PBT_APMSUSPEND``
  before sleep; ``PBT_APMRESUMEAUTOMATIC`` and, if a person woke it,
  ``PBT_APMRESUMESUSPEND`` after. Repeats of the same event are dropped.
- ``WM_WTSSESSION_CHANGE`` (only after ``WTSRegisterSessionNotification``
  for a window): ``WTS_SESSION_LOCK`` / ``WTS_SESSION_UNLOCK``.

``session_event_for_message`` is the whole decision, a pure function. Qt's
own windows receive the messages; ``SessionMessageFilter``, a
``QAbstractNativeEventFilter``, reads them as they pass and never consumes
them. ``WindowsSessionWatcher`` creates a hidden native window (so there is
an HWND to register and to receive broadcasts), installs the filter and
registers for session notifications; its OS calls are injectable.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication

from microbreak.platform.awareness import SessionEvent

log = logging.getLogger(__name__)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0

NATIVE_EVENT_TYPE = b"windows_generic_MSG"

_EVENTS: dict[tuple[int, int], SessionEvent] = {
    (WM_POWERBROADCAST, PBT_APMSUSPEND): SessionEvent.SLEEPING,
    (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND): SessionEvent.WOKE,
    (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC): SessionEvent.WOKE,
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK): SessionEvent.LOCKED,
    (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK): SessionEvent.UNLOCKED,
}


def session_event_for_message(message: int, wparam: int) -> SessionEvent | None:
    """The SessionEvent a window message means, or None for any other message."""
    return _EVENTS.get((message, wparam))


class POINT(ctypes.Structure):
    _fields_ = (("x", ctypes.c_int32), ("y", ctypes.c_int32))


class MSG(ctypes.Structure):
    """The Win32 MSG structure (WPARAM/LPARAM are pointer-sized)."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint32),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt", POINT),
    )


class SessionMessageFilter(QAbstractNativeEventFilter):
    """Sees every native message Qt dispatches; reports the session ones, consumes none."""

    def __init__(self, deliver: Callable[[SessionEvent], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self._last: dict[bool, SessionEvent] = {}  # by "is a power event"

    def nativeEventFilter(  # noqa: N802
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        # PySide6 passes the MSG* as a shiboken VoidPtr: int() gives the address, but
        # bool() of a non-null VoidPtr is False, so test the int.
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        address = int(message)
        if kind == NATIVE_EVENT_TYPE and address:
            msg = MSG.from_address(address)
            self.handle(int(msg.message), int(msg.wParam))
        return False, 0  # (consumed?, LRESULT): never consume

    def handle(self, message: int, wparam: int) -> None:
        event = session_event_for_message(message, wparam)
        if event is None:
            return
        power = event in (SessionEvent.SLEEPING, SessionEvent.WOKE)
        if self._last.get(power) == event:
            return  # the second of the two resume messages
        self._last[power] = event
        log.info("windows session: %s", event)
        try:
            self._deliver(event)
        except Exception:
            log.exception("handling %s failed", event)


# Registers (True) or unregisters (False) a window for WTS session notifications.
SessionRegistrar = Callable[[int, bool], bool]


def _wts_register(hwnd: int, register: bool) -> bool:
    if sys.platform != "win32":
        return False
    wtsapi32 = ctypes.windll.wtsapi32
    if register:
        return bool(wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))
    return bool(wtsapi32.WTSUnRegisterSessionNotification(hwnd))


def _hidden_native_window() -> tuple[Any, int]:
    """A never-shown QWindow with a native handle: it gets broadcasts and WTS messages."""
    from PySide6.QtGui import QWindow  # noqa: PLC0415  (only the Windows watcher needs QtGui)

    window = QWindow()
    return window, int(window.winId())


class WindowsSessionWatcher:
    name = "windows-session"

    def __init__(
        self,
        registrar: SessionRegistrar = _wts_register,
        make_window: Callable[[], tuple[Any, int]] = _hidden_native_window,
    ) -> None:
        self._registrar = registrar
        self._make_window = make_window
        self._filter: SessionMessageFilter | None = None
        self._window: Any = None
        self._hwnd = 0

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        app = QCoreApplication.instance()
        if app is None:
            log.warning("%s: needs a running Qt application", self.name)
            return False
        self.stop()
        self._filter = SessionMessageFilter(on_event)
        app.installNativeEventFilter(self._filter)
        try:
            self._window, self._hwnd = self._make_window()
            if not self._registrar(self._hwnd, True):
                log.warning("%s: no lock/unlock notifications (WTS registration failed)", self.name)
        except Exception:
            # Sleep/resume still arrive through the filter; only lock/unlock is lost.
            log.warning("%s: cannot register for session notifications", self.name, exc_info=True)
        return True

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._filter is not None and app is not None:
            app.removeNativeEventFilter(self._filter)
        if self._hwnd:
            try:
                self._registrar(self._hwnd, False)
            except Exception:
                log.debug("%s: unregister failed", self.name, exc_info=True)
        if self._window is not None and hasattr(self._window, "destroy"):
            self._window.destroy()
        self._filter, self._window, self._hwnd = None, None, 0
