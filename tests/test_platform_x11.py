"""The X11 backends for real, on the Xvfb display pytest-xvfb starts.

Idle time comes from the X server itself and ``xdotool`` supplies real input.
For full-screen detection there is no window manager on Xvfb, so the test
plays its part: it creates a window and sets ``_NET_ACTIVE_WINDOW`` and
``_NET_WM_STATE`` as an EWMH window manager would.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from microbreak.platform.busy_x11 import X11FullscreenDetector
from microbreak.platform.idle_x11 import XScreenSaverIdleSource
from microbreak.platform.xlib import XDisplay, libx11

# Every test here but one talks to the real X server.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
XA_ATOM = 4
XA_WINDOW = 33
PROP_MODE_REPLACE = 0


@pytest.fixture
def display() -> str:
    name = os.environ.get("DISPLAY")
    if not name or not shutil.which("Xvfb") or not shutil.which("xdotool"):
        message = "needs Xvfb and xdotool (apt-get install xvfb xdotool): see the README"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return name


class WindowManagerStandIn:
    """Sets the EWMH properties a window manager would, on its own connection."""

    def __init__(self, display_name: str) -> None:
        self.x = XDisplay(display_name)
        lib = libx11()
        lib.XCreateSimpleWindow.restype = ctypes.c_ulong
        lib.XCreateSimpleWindow.argtypes = (
            (ctypes.c_void_p, ctypes.c_ulong)
            + (ctypes.c_int,) * 2
            + (ctypes.c_uint,) * 3
            + (ctypes.c_ulong,) * 2
        )
        lib.XChangeProperty.argtypes = (
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_void_p,
            ctypes.c_int,
        )
        lib.XDestroyWindow.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
        self.lib = lib

    def new_window(self) -> int:
        return int(
            self.lib.XCreateSimpleWindow(self.x.pointer, self.x.root(), 0, 0, 50, 50, 0, 0, 0)
        )

    def set_longs(self, window: int, prop: str, type_atom: int, values: list[int]) -> None:
        data = (ctypes.c_ulong * max(len(values), 1))(*values)
        self.lib.XChangeProperty(
            self.x.pointer,
            window,
            self.x.atom(prop),
            type_atom,
            32,
            PROP_MODE_REPLACE,
            data,
            len(values),
        )
        self.lib.XSync(self.x.pointer, 0)

    def activate(self, window: int) -> None:
        self.set_longs(self.x.root(), "_NET_ACTIVE_WINDOW", XA_WINDOW, [window])

    def set_state(self, window: int, *states: str) -> None:
        self.set_longs(window, "_NET_WM_STATE", XA_ATOM, [self.x.atom(s) for s in states])

    def destroy(self, window: int) -> None:
        self.lib.XDestroyWindow(self.x.pointer, window)
        self.lib.XSync(self.x.pointer, 0)


@pytest.fixture
def wm(display: str) -> Iterator[WindowManagerStandIn]:
    stand_in = WindowManagerStandIn(display)
    yield stand_in
    stand_in.activate(0)
    stand_in.x.close()


def test_idle_time_grows_then_resets_after_real_input(display: str) -> None:
    source = XScreenSaverIdleSource(display)
    try:
        subprocess.run(["xdotool", "mousemove", "10", "10"], check=True)
        first = source.idle_seconds()
        assert first is not None
        time.sleep(0.6)  # real time must pass for the X server's idle counter to grow
        later = source.idle_seconds()
        assert later is not None
        assert later >= first + 0.5
        subprocess.run(["xdotool", "mousemove", "200", "150"], check=True)
        after_input = source.idle_seconds()
        assert after_input is not None
        assert after_input < 0.3
        assert after_input < later
    finally:
        source.close()


def test_idle_source_without_an_x_server_cannot_tell(caplog: pytest.LogCaptureFixture) -> None:
    source = XScreenSaverIdleSource(":987")
    assert source.idle_seconds() is None
    assert source.idle_seconds() is None
    assert sum("X11 idle time unavailable" in r.getMessage() for r in caplog.records) == 1


def test_fullscreen_follows_the_active_windows_state(
    wm: WindowManagerStandIn, display: str
) -> None:
    detector = X11FullscreenDetector(display)
    try:
        wm.activate(0)
        assert detector.is_busy() is False  # no active window
        window = wm.new_window()
        wm.activate(window)
        assert detector.is_busy() is False  # active, no state
        wm.set_state(window, "_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN")
        assert detector.is_busy() is True
        wm.set_state(window, "_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ")
        assert detector.is_busy() is False  # maximised is not full screen

        # A full-screen window loses focus to an ordinary one.
        other = wm.new_window()
        wm.set_state(window, "_NET_WM_STATE_FULLSCREEN")
        wm.activate(other)
        assert detector.is_busy() is False
        wm.activate(window)
        assert detector.is_busy() is True
    finally:
        detector.close()


def test_active_window_that_vanished_is_cannot_tell_not_a_crash(
    wm: WindowManagerStandIn, display: str
) -> None:
    detector = X11FullscreenDetector(display)
    try:
        window = wm.new_window()
        wm.set_state(window, "_NET_WM_STATE_FULLSCREEN")
        wm.activate(window)
        assert detector.is_busy() is True
        wm.destroy(window)  # the WM has not updated _NET_ACTIVE_WINDOW yet: BadWindow
        assert detector.is_busy() is None
        wm.activate(0)
        assert detector.is_busy() is False  # still working afterwards
    finally:
        detector.close()


def test_native_event_filter_binding_with_real_native_events(x_env: dict[str, str]) -> None:
    """The Windows watcher's filter, fed real (xcb) native events by a real Qt app."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "xvfb" / "native_filter_probe.py")],
        env=x_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "unexpected" not in result.stdout
    assert int(result.stdout.split("events=")[1]) > 0
    assert "Error" not in result.stderr, result.stderr
