"""A minimal ctypes binding to Xlib (and libXss), loaded on first use.

Only what the X11 idle source and the full-screen detector need. Xlib's
default error handler prints and *exits the process* on an X protocol error
(such as BadWindow when the active window closes between two requests), so
every request here runs under a temporary handler that records the error
instead; the previous handler (Qt installs its own) is put back afterwards.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

# Xlib types: Display* and XID values (Window, Atom) are pointer-sized.
Window = ctypes.c_ulong
Atom = ctypes.c_ulong

ANY_PROPERTY_TYPE = 0
SUCCESS = 0


class XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", Window),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    )


class XErrorEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))

_lock = threading.Lock()
_libs: dict[str, Any] = {}


class XlibUnavailableError(Exception):
    """libX11 (or libXss) is not installed, or the display cannot be opened."""


def _load(name: str, soname: str) -> Any:
    with _lock:
        if name in _libs:
            return _libs[name]
        # The versioned name first: the linker finds it at once, while
        # ``find_library`` runs ldconfig (3 to 7 ms a library, at start-up).
        try:
            lib = ctypes.CDLL(soname)
        except OSError:
            path = ctypes.util.find_library(name) or soname
            try:
                lib = ctypes.CDLL(path)
            except OSError as exc:
                raise XlibUnavailableError(f"cannot load {soname}: {exc}") from exc
        _libs[name] = lib
        return lib


def libx11() -> Any:
    lib = _load("X11", "libX11.so.6")
    if not getattr(lib, "_microbreak_typed", False):
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        lib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        lib.XDefaultRootWindow.restype = Window
        lib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        lib.XInternAtom.restype = Atom
        lib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
        lib.XGetWindowProperty.restype = ctypes.c_int
        lib.XGetWindowProperty.argtypes = (
            ctypes.c_void_p,  # display
            Window,  # w
            Atom,  # property
            ctypes.c_long,  # long_offset
            ctypes.c_long,  # long_length
            ctypes.c_int,  # delete
            Atom,  # req_type
            ctypes.POINTER(Atom),  # actual_type_return
            ctypes.POINTER(ctypes.c_int),  # actual_format_return
            ctypes.POINTER(ctypes.c_ulong),  # nitems_return
            ctypes.POINTER(ctypes.c_ulong),  # bytes_after_return
            ctypes.POINTER(ctypes.c_void_p),  # prop_return
        )
        lib.XFree.argtypes = (ctypes.c_void_p,)
        lib.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        lib.XSetErrorHandler.argtypes = (ctypes.c_void_p,)
        lib._microbreak_typed = True
    return lib


def libxss() -> Any:
    lib = _load("Xss", "libXss.so.1")
    if not getattr(lib, "_microbreak_typed", False):
        lib.XScreenSaverQueryExtension.restype = ctypes.c_int
        lib.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        )
        lib.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
        lib.XScreenSaverAllocInfo.argtypes = ()
        lib.XScreenSaverQueryInfo.restype = ctypes.c_int
        lib.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p,
            Window,
            ctypes.POINTER(XScreenSaverInfo),
        )
        lib._microbreak_typed = True
    return lib


class XDisplay:
    """One Xlib connection of our own (Qt's is not reachable from Python), opened lazily."""

    def __init__(self, display_name: str | None = None) -> None:
        self._name = display_name
        self._dpy: int | None = None
        self._errors: list[int] = []
        # Kept on the instance: ctypes must not free the callback while Xlib holds it.
        self._handler = _ERROR_HANDLER(self._record_error)

    def _record_error(self, _dpy: int | None, event: Any) -> int:
        self._errors.append(int(event.contents.error_code))
        return 0

    @property
    def pointer(self) -> int:
        if self._dpy is None:
            x11 = libx11()
            name = self._name.encode() if self._name else None
            dpy = x11.XOpenDisplay(name)
            if not dpy:
                raise XlibUnavailableError(f"cannot open X display {self._name or '(DISPLAY)'}")
            self._dpy = int(dpy)
        return self._dpy

    @contextmanager
    def guarded(self) -> Iterator[list[int]]:
        """Run requests with X errors recorded (yielded list) instead of exiting the process."""
        x11 = libx11()
        dpy = self.pointer
        self._errors.clear()
        previous = x11.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
        try:
            yield self._errors
            x11.XSync(dpy, 0)  # errors of the requests above arrive before this returns
        finally:
            x11.XSetErrorHandler(previous)

    def root(self) -> int:
        return int(libx11().XDefaultRootWindow(self.pointer))

    def atom(self, name: str) -> int:
        return int(libx11().XInternAtom(self.pointer, name.encode(), 0))

    def long_property(self, window: int, prop: int, max_items: int = 64) -> list[int]:
        """A format-32 property as a list of ints (Xlib hands them out as C longs); [] if unset."""
        x11 = libx11()
        actual_type = Atom()
        actual_format = ctypes.c_int()
        nitems = ctypes.c_ulong()
        bytes_after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = x11.XGetWindowProperty(
            self.pointer,
            window,
            prop,
            0,
            max_items,
            0,
            ANY_PROPERTY_TYPE,  # a WM may type _NET_ACTIVE_WINDOW as WINDOW or CARDINAL
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(bytes_after),
            ctypes.byref(data),
        )
        try:
            if status != SUCCESS or not data.value or actual_format.value != 32:
                return []
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(nitems.value)]
        finally:
            if data.value:
                x11.XFree(data)

    def close(self) -> None:
        if self._dpy is not None:
            libx11().XCloseDisplay(self._dpy)
            self._dpy = None
