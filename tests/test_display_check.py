"""--self-check opens the session's real display, and names what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from microbreak.display_check import check_display, missing_libraries, session_platform

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


class Run:
    def __init__(self, code: int, stderr: str = "") -> None:
        self.code = code
        self.stderr = stderr
        self.env: dict[str, str] = {}

    def __call__(self, argv: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
        self.env = kw["env"]
        return subprocess.CompletedProcess(argv, self.code, "", self.stderr)


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({}, None),
        ({"DISPLAY": ":0"}, "xcb"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, None),  # forced, but no X display to open
    ],
)
def test_the_platform_is_the_one_the_session_would_use(
    env: dict[str, str], platform: str | None
) -> None:
    if sys.platform != "linux" and platform in ("xcb", "wayland") and "QT_QPA_PLATFORM" not in env:
        pytest.skip("Linux sessions only")
    assert session_platform(env) == platform


def test_no_display_means_nothing_to_try() -> None:
    assert check_display({}, [], run=Run(0)) is None


def test_a_display_that_opens_passes() -> None:
    run = Run(0)
    result = check_display({"DISPLAY": ":5"}, [], run=run)
    assert result is not None
    assert result.ok
    assert result.text == "Qt platform xcb: opens on this display"
    assert run.env["QT_QPA_PLATFORM"] == "xcb"


def test_a_missing_library_is_named_with_its_package(tmp_path: Path) -> None:
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    plugin.write_bytes(b"")
    run = Run(134, 'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"')
    result = check_display({"DISPLAY": ":5"}, [tmp_path], run=run, ldd=lambda _p: LDD_MISSING)
    assert result is not None
    assert not result.ok
    assert result.text == (
        "Qt platform xcb cannot load: missing libxcb-cursor.so.0, libxcb-icccm.so.4; "
        "on Debian or Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4"
    )


def test_otherwise_what_qt_said_last_is_shown(tmp_path: Path) -> None:
    run = Run(134, "qt.qpa.xcb: could not connect to display :5\nAborted\n")
    result = check_display({"DISPLAY": ":5"}, [tmp_path], run=run, ldd=lambda _p: "")
    assert result is not None
    assert result.text == "Qt platform xcb cannot start here: Aborted"


def test_ldd_output_is_read_for_not_found_only() -> None:
    assert missing_libraries(Path("x"), ldd=lambda _p: LDD_MISSING) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
    ]


@pytest.mark.slow  # the real app's self-check in a child, on Xvfb
def test_the_real_self_check_opens_xvfb_and_fails_on_a_dead_display(
    x_env: dict[str, str],
) -> None:
    env = dict(x_env)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, "-m", "microbreak", "--self-check"]
    good = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert "ok    Qt platform xcb: opens on this display" in good.stdout, good.stdout
    assert good.returncode == 0, good.stdout
    dead = dict(env, DISPLAY=":4242")
    assert not os.path.exists("/tmp/.X11-unix/X4242")
    bad = subprocess.run(
        command, env=dead, capture_output=True, text=True, timeout=120, check=False
    )
    assert bad.returncode == 1
    assert "FAIL  Qt platform xcb cannot start here" in bad.stdout, bad.stdout
