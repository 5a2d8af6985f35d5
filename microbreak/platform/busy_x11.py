"""Full-screen detection on X11: the active window's ``_NET_WM_STATE``.

The window manager names the active window in the root window's
``_NET_ACTIVE_WINDOW`` and marks full-screen windows with
``_NET_WM_STATE_FULLSCREEN`` (EWMH). One property read on each, on our own
Xlib connection; a window that vanishes in between gives an X error, which is
recorded (not fatal) and reported as "cannot tell".
"""

from __future__ import annotations

import logging

from microbreak.platform.awareness import BusyKind
from microbreak.platform.xlib import XDisplay, XlibUnavailableError

log = logging.getLogger(__name__)


class X11FullscreenDetector:
    name = "x11-fullscreen"
    kind = BusyKind.FULLSCREEN

    def __init__(self, display_name: str | None = None) -> None:
        self._display = XDisplay(display_name)
        self._atoms: tuple[int, int, int] | None = None
        self._failed = False

    def is_busy(self) -> bool | None:
        try:
            d = self._display
            if self._atoms is None:
                self._atoms = (
                    d.atom("_NET_ACTIVE_WINDOW"),
                    d.atom("_NET_WM_STATE"),
                    d.atom("_NET_WM_STATE_FULLSCREEN"),
                )
            active_atom, state_atom, fullscreen_atom = self._atoms
            with d.guarded() as errors:
                active = d.long_property(d.root(), active_atom, max_items=1)
                window = active[0] if active else 0
                states = d.long_property(window, state_atom) if window else []
            if errors:
                # Usually BadWindow: the active window closed between the two reads.
                log.debug("X errors %s reading the active window's state", errors)
                return None
        except (XlibUnavailableError, OSError, AttributeError) as exc:
            if not self._failed:
                log.warning("X11 full-screen detection unavailable: %s", exc)
                self._failed = True
            return None
        self._failed = False
        return fullscreen_atom in states

    def close(self) -> None:
        self._display.close()
