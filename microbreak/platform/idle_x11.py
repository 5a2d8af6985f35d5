"""Idle time on an X11 session from the MIT-SCREEN-SAVER extension (libXss).

Only right on a real X11 session: under XWayland the extension sees only
input to X11 clients, so the factory never picks this on Wayland.
"""

from __future__ import annotations

import ctypes
import logging

from microbreak.platform.xlib import XDisplay, XlibUnavailableError, XScreenSaverInfo, libxss

log = logging.getLogger(__name__)


class XScreenSaverIdleSource:
    """``XScreenSaverQueryInfo(...).idle`` on our own Xlib connection, opened at first use."""

    name = "x11-xscreensaver"

    def __init__(self, display_name: str | None = None) -> None:
        self._display = XDisplay(display_name)
        self._info: ctypes._Pointer[XScreenSaverInfo] | None = None
        self._failed = False

    def idle_seconds(self) -> float | None:
        try:
            xss = libxss()
            if self._info is None:
                event_base, error_base = ctypes.c_int(), ctypes.c_int()
                if not xss.XScreenSaverQueryExtension(
                    self._display.pointer, ctypes.byref(event_base), ctypes.byref(error_base)
                ):
                    raise XlibUnavailableError("the X server has no MIT-SCREEN-SAVER extension")
                self._info = xss.XScreenSaverAllocInfo()
            with self._display.guarded() as errors:
                ok = xss.XScreenSaverQueryInfo(
                    self._display.pointer, self._display.root(), self._info
                )
            if not ok or errors:
                self._fail(f"XScreenSaverQueryInfo failed (X errors {errors})")
                return None
            self._failed = False
            return float(self._info.contents.idle) / 1000.0
        except (XlibUnavailableError, OSError, AttributeError) as exc:
            self._fail(str(exc))
            return None

    def _fail(self, why: str) -> None:
        # Warn once per failure streak, not on every poll.
        if not self._failed:
            log.warning("X11 idle time unavailable: %s", why)
            self._failed = True

    def close(self) -> None:
        if self._info is not None:
            from microbreak.platform.xlib import libx11  # noqa: PLC0415

            libx11().XFree(self._info)
            self._info = None
        self._display.close()
