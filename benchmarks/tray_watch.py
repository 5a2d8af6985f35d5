"""When a program's tray icon has docked in trayer: the moment it can be seen.

An XEmbed tray host takes the icon's window into its own (reparents it), so
the number of windows under trayer's grows by the icon's when one docks. This
counts them through Xlib (ctypes, a few round trips a poll), so the same
moment is read for the app and the floors without asking either program.

Used by ``startup_time.py``: the issue's start-up goal is the tray *visible*,
which is not the same moment as the app answering ``status`` on its control
socket.
"""

from __future__ import annotations

import ctypes
import subprocess
import time
from typing import Any

Window = ctypes.c_ulong

# Xlib's default error handler ends the process; a window that goes away
# between two requests (an icon undocking) must only make that count short.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _display, _event: 0)


class TrayWatch:
    def __init__(self, env: dict[str, str]) -> None:
        x: Any = ctypes.CDLL("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        x.XQueryTree.argtypes = (
            ctypes.c_void_p,
            Window,
            ctypes.POINTER(Window),
            ctypes.POINTER(Window),
            ctypes.POINTER(ctypes.POINTER(Window)),
            ctypes.POINTER(ctypes.c_uint),
        )
        x.XFree.argtypes = (ctypes.c_void_p,)
        x.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        x.XSetErrorHandler.restype = ctypes.c_void_p
        x.XSetErrorHandler.argtypes = (ctypes.c_void_p,)
        self._x = x
        self._display = x.XOpenDisplay(env["DISPLAY"].encode())
        if not self._display:
            raise RuntimeError(f"cannot open display {env['DISPLAY']}")
        x.XSetErrorHandler(ctypes.cast(_ignore_errors, ctypes.c_void_p))
        found = subprocess.run(
            ["xdotool", "search", "--class", "trayer"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if not found:
            raise RuntimeError("trayer has no window")
        self._tops = [int(w) for w in found]
        self.empty = self.windows()  # no program's icon docked yet
        self._low = self.empty

    def begin(self) -> None:
        """Before a start: the last program's icon has usually gone by now (trayer
        lets it go a moment after the program ends); if not, a dock is counted
        from the fewest windows seen, so its leaving later cannot hide one."""
        deadline = time.monotonic() + 2
        while self.windows() > self.empty and time.monotonic() < deadline:
            time.sleep(0.005)
        self._low = self.windows()

    def docked(self) -> bool:
        n = self.windows()
        self._low = min(self._low, n)
        return n > self._low

    def windows(self) -> int:
        """Every window under trayer's: one more for each icon docked."""
        return sum(self._below(w) for w in self._tops)

    def _below(self, window: int) -> int:
        root, parent = Window(), Window()
        children = ctypes.POINTER(Window)()
        n = ctypes.c_uint()
        if not self._x.XQueryTree(
            self._display,
            window,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(n),
        ):
            return 0
        ids = [children[i] for i in range(n.value)]
        if children:
            self._x.XFree(children)
        return len(ids) + sum(self._below(c) for c in ids)

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)
