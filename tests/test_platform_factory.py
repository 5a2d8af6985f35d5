"""Which backends the factory picks, from environment dicts; and its guards."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from microbreak.platform.awareness import BusyKind, NullIdleSource, SessionEvent
from microbreak.platform.factory import (
    Desktop,
    choose_busy_detectors,
    choose_idle_source,
    choose_inhibit_probes,
    choose_session_watchers,
    detect_desktop,
    plan_busy_detectors,
    plan_idle_sources,
    plan_session_watchers,
)


def which_none(_name: str) -> str | None:
    return None


def which_all(name: str) -> str | None:
    return f"/usr/bin/{name}"


def desktop(**env: str) -> Desktop:
    return detect_desktop(env, "linux")


# --- detection and plans (pure) ----------------------------------------------


def test_detect_desktop() -> None:
    assert desktop(XDG_SESSION_TYPE="wayland", XDG_CURRENT_DESKTOP="ubuntu:GNOME") == Desktop(
        "linux", "wayland", ("ubuntu", "gnome")
    )
    # No XDG_SESSION_TYPE (started from a plain terminal): judged by the displays offered.
    assert desktop(WAYLAND_DISPLAY="wayland-0", DISPLAY=":0").session_type == "wayland"
    assert desktop(DISPLAY=":0").session_type == "x11"
    assert desktop(XDG_SESSION_TYPE="tty").session_type == ""
    assert desktop(XDG_SESSION_DESKTOP="KDE").kde
    assert detect_desktop({"XDG_SESSION_TYPE": "x11"}, "win32").os == "windows"
    assert detect_desktop({}, "darwin").os == "macos"
    assert detect_desktop({"DISPLAY": ":0"}, "freebsd14").os == "linux"


@pytest.mark.parametrize(
    ("env", "which", "idle", "watchers", "busy"),
    [
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"},
            which_all,
            ["gnome-mutter"],  # never swayidle or XWayland's XScreenSaver on GNOME Wayland
            ["logind-sleep", "gnome-screensaver"],
            ["gnome-idle-inhibited", "gnome-show-banners", "camera-in-use", "microphone-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME"},
            which_none,
            ["gnome-mutter", "x11-xscreensaver"],
            ["logind-sleep", "gnome-screensaver"],
            ["x11-fullscreen", "gnome-show-banners", "camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"},
            which_all,
            ["kde-screensaver", "wlroots-swayidle"],
            ["logind-sleep", "freedesktop-screensaver"],
            [
                "kwin-fullscreen",
                "kde-idle-inhibited",
                "kde-notifications-inhibited",
                "camera-in-use",
                "microphone-in-use",
            ],
        ),
        (
            {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "KDE"},
            which_none,
            ["kde-screensaver", "x11-xscreensaver"],
            ["logind-sleep", "freedesktop-screensaver"],
            ["x11-fullscreen", "kde-notifications-inhibited", "camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway", "DISPLAY": ":0"},
            which_all,
            ["wlroots-swayidle"],
            ["logind-sleep", "freedesktop-screensaver"],
            ["camera-in-use", "microphone-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "sway", "SWAYSOCK": "/s.sock"},
            which_none,
            [],
            ["logind-sleep", "freedesktop-screensaver"],
            ["sway-fullscreen", "camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "Hyprland"},
            which_none,
            [],  # no swayidle installed: the Null source
            ["logind-sleep", "freedesktop-screensaver"],
            ["camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "XFCE"},
            which_none,
            ["x11-xscreensaver"],
            ["logind-sleep", "freedesktop-screensaver"],
            ["x11-fullscreen", "camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "X-Cinnamon"},
            which_none,
            ["x11-xscreensaver"],
            ["logind-sleep", "cinnamon-screensaver"],
            ["x11-fullscreen", "camera-in-use"],
        ),
        (
            {"XDG_SESSION_TYPE": "tty"},
            which_all,
            [],
            ["logind-sleep", "freedesktop-screensaver"],
            ["camera-in-use", "microphone-in-use"],
        ),
    ],
)
def test_linux_plans(
    env: dict[str, str],
    which: Callable[[str], str | None],
    idle: list[str],
    watchers: list[str],
    busy: list[str],
) -> None:
    d = detect_desktop(env, "linux")
    assert plan_idle_sources(d, which) == idle
    assert plan_session_watchers(d) == watchers
    assert plan_busy_detectors(d, which) == busy


def test_windows_and_macos_plans() -> None:
    windows = detect_desktop({}, "win32")
    assert plan_idle_sources(windows, which_all) == ["windows-lastinput"]
    assert plan_session_watchers(windows) == ["windows-session"]
    assert plan_busy_detectors(windows, which_all) == [
        "windows-notification-state",
        "windows-focus-assist",
        "windows-camera-microphone",
    ]
    mac = detect_desktop({}, "darwin")
    assert plan_idle_sources(mac, which_all) == ["macos-cgeventsource"]
    assert plan_session_watchers(mac) == []
    assert plan_busy_detectors(mac, which_all) == []


# --- building, probing, guarding ---------------------------------------------


class FakeIdle:
    def __init__(self, name: str, answer: float | Exception | None) -> None:
        self.name = name
        self.answer = answer
        self.closed = False

    def idle_seconds(self) -> float | None:
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    def close(self) -> None:
        self.closed = True


GNOME_X11 = {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME"}


def test_first_idle_source_that_answers_wins(caplog: pytest.LogCaptureFixture) -> None:
    mutter = FakeIdle("gnome-mutter", None)  # e.g. an old GNOME without IdleMonitor
    x11 = FakeIdle("x11-xscreensaver", 3.0)
    builders = {"gnome-mutter": lambda: mutter, "x11-xscreensaver": lambda: x11}
    with caplog.at_level(logging.INFO, logger="microbreak.platform.factory"):
        source = choose_idle_source(GNOME_X11, "linux", builders=builders)
    assert source.name == "x11-xscreensaver"
    assert source.idle_seconds() == 3.0
    assert mutter.closed
    assert any("idle source: x11-xscreensaver" in r.getMessage() for r in caplog.records)


def test_a_backend_that_cannot_be_built_or_raises_is_skipped() -> None:
    def broken() -> Any:
        raise ImportError("libXss.so.1: cannot open shared object file")

    builders = {
        "gnome-mutter": lambda: FakeIdle("gnome-mutter", RuntimeError("bug")),
        "x11-xscreensaver": broken,
    }
    source = choose_idle_source(GNOME_X11, "linux", builders=builders)
    assert isinstance(source, NullIdleSource)
    assert source.idle_seconds() is None


def test_no_plan_is_the_null_source(caplog: pytest.LogCaptureFixture) -> None:
    source = choose_idle_source({"XDG_SESSION_TYPE": "tty"}, "linux", builders={})
    assert isinstance(source, NullIdleSource)
    assert any("idle time is not tracked" in r.getMessage() for r in caplog.records)


def test_chosen_idle_source_turns_later_exceptions_into_cannot_tell() -> None:
    x11 = FakeIdle("x11-xscreensaver", 1.0)
    source = choose_idle_source(
        {"XDG_SESSION_TYPE": "x11"}, "linux", builders={"x11-xscreensaver": lambda: x11}
    )
    x11.answer = OSError("X server went away")
    assert source.idle_seconds() is None


class FakeBusy:
    kind = BusyKind.FULLSCREEN

    def __init__(self, name: str) -> None:
        self.name = name

    def is_busy(self) -> bool | None:
        raise RuntimeError("bug")


class FakeWatcher:
    name = "logind-sleep"

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        raise RuntimeError("no system bus")

    def stop(self) -> None:
        raise RuntimeError("still no system bus")


def test_busy_detectors_are_built_and_guarded() -> None:
    def broken() -> Any:
        raise ImportError("nope")

    detectors = choose_busy_detectors(
        {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "KDE"},
        "linux",
        which=which_none,
        builders={
            "x11-fullscreen": lambda: FakeBusy("x11-fullscreen"),
            "kde-notifications-inhibited": broken,
            "camera-in-use": lambda: FakeBusy("camera-in-use"),
        },
    )
    assert [d.name for d in detectors] == ["x11-fullscreen", "camera-in-use"]
    assert detectors[0].kind is BusyKind.FULLSCREEN
    assert [d.is_busy() for d in detectors] == [None, None]


def test_session_watchers_are_guarded() -> None:
    watchers = choose_session_watchers(
        {"XDG_SESSION_TYPE": "wayland"}, "linux", builders={"logind-sleep": FakeWatcher}
    )
    assert [w.name for w in watchers] == ["logind-sleep"]  # no builder for the screensaver
    assert watchers[0].start(lambda _e: None) is False
    watchers[0].stop()  # logged, not raised


# --- the real builders ---------------------------------------------------------


@pytest.mark.slow
def test_real_x11_source_is_chosen_on_an_x11_session(qapp: object) -> None:
    display = os.environ.get("DISPLAY")
    if not display:
        pytest.skip("needs the Xvfb display (pytest-xvfb)")
    source = choose_idle_source({"XDG_SESSION_TYPE": "x11", "DISPLAY": display}, "linux")
    assert source.name == "x11-xscreensaver"
    assert source.idle_seconds() is not None
    close = getattr(source, "close", None)
    assert callable(close)
    close()


def test_real_builders_construct_everywhere(qapp: object) -> None:
    # Building talks to nothing (no bus, no X server, no registry): it must not fail.
    linux = {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME:KDE"}
    names = [d.name for d in choose_busy_detectors(linux, "linux", which=which_all)]
    assert names == plan_busy_detectors(detect_desktop(linux, "linux"), which_all)
    assert len(choose_session_watchers(linux, "linux")) == 2
    wayland = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    kde = [d.name for d in choose_busy_detectors(wayland, "linux")]
    assert kde[:2] == ["kwin-fullscreen", "kde-idle-inhibited"]
    sway = {"XDG_SESSION_TYPE": "wayland", "SWAYSOCK": "/nowhere/sway-ipc.sock"}
    assert "sway-fullscreen" in [d.name for d in choose_busy_detectors(sway, "linux")]
    # The video probe asks the desktop, on X11 as on Wayland; elsewhere there is none.
    assert [p.name for p in choose_inhibit_probes(linux, "linux")] == [
        "gnome-idle-inhibited",
        "kde-idle-inhibited",
    ]
    assert choose_inhibit_probes(sway, "linux") == []
    assert choose_inhibit_probes({}, "win32") == []
    windows = [d.name for d in choose_busy_detectors({}, "win32")]
    assert len(windows) == 3
    assert [w.name for w in choose_session_watchers({}, "win32")] == ["windows-session"]
    # Off Windows the real Windows calls answer "cannot tell": the Null source.
    assert isinstance(choose_idle_source({}, "win32"), NullIdleSource)


def test_importing_the_factory_loads_no_backend() -> None:
    code = (
        "import sys, microbreak.platform.factory\n"
        "loaded = [m for m in sys.modules if m.startswith('microbreak.platform.')\n"
        "          or m in ('PySide6.QtDBus', 'ctypes')]\n"
        "print(sorted(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['microbreak.platform.awareness', 'microbreak.platform.factory']"


def test_an_inhibit_probe_that_fails_cannot_tell() -> None:
    class Broken:
        name = "gnome-idle-inhibited"

        def is_inhibited(self) -> bool | None:
            raise RuntimeError("bus gone")

    probes = choose_inhibit_probes(
        {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"},
        "linux",
        builders={"gnome-idle-inhibited": Broken},
    )
    assert [p.is_inhibited() for p in probes] == [None]
