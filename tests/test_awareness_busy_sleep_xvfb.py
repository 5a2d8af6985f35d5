"""Done-means for awareness with the real app on Xvfb: busy defers, sleep is a break.

- A full-screen window (its EWMH state set on the X server, as a window
  manager would) defers a due break; ``status --json`` says why; when the
  window leaves full screen the heads-up and the break follow.
- A suspend announced by logind (``PrepareForSleep`` on a private bus the
  app takes as its system bus) longer than the natural-break length counts
  as a break, and no burst of overdue breaks follows.

Real time passes (a one-minute interval, a one-minute natural break): about
three minutes in all.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from pytestqt.qtbot import QtBot

from tests.app_process import cli, start_and_wait, status
from tests.dbus_fakes.bus import connection, emit_bool, private_bus

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]

CONFIG = """\
[schedule]
smart_timing = false
interval_minutes = 1
heads_up_seconds = 10
natural_break_minutes = 1
"""
LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")


def wait_for(what: str, check: Callable[[], bool], seconds: float) -> None:
    """Poll the running app (bounded) while someone keeps using the computer."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(2)


@contextmanager
def a_window(env: dict[str, str]) -> Iterator[str]:
    """Some other program's window; yields its X window id."""
    code = (
        "from PySide6.QtWidgets import QApplication, QLabel; import sys;"
        "a = QApplication(sys.argv); w = QLabel('a video'); w.setWindowTitle('a-video');"
        "w.show(); a.exec()"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^a-video$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        yield found.stdout.split()[0]
    finally:
        proc.kill()
        proc.wait(timeout=10)


def set_fullscreen(env: dict[str, str], window: str, on: bool) -> None:
    """Play the window manager: the active window, and its full-screen state."""
    run = ["xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW"]
    subprocess.run([*run, window], env=env, check=True)
    state = "_NET_WM_STATE_FULLSCREEN" if on else "0"
    fmt = "32a" if on else "32c"
    subprocess.run(
        ["xprop", "-id", window, "-f", "_NET_WM_STATE", fmt, "-set", "_NET_WM_STATE", state],
        env=env,
        check=True,
    )


def test_full_screen_defers_and_sleep_counts_as_a_break(
    x_env: dict[str, str], qtbot: QtBot
) -> None:
    with private_bus() as address:
        env = dict(x_env, DBUS_SYSTEM_BUS_ADDRESS=address, DBUS_SESSION_BUS_ADDRESS=address)
        with a_window(env) as window:
            set_fullscreen(env, window, True)
            proc = start_and_wait(env, CONFIG)
            try:
                assert status(env)["state"] == "working"
                # The break falls due after a minute; the full-screen window holds it.
                wait_for("the deferral", lambda: status(env)["deferred"] is True, 100)
                held = status(env)
                assert held["state"] == "paused"
                assert held["pause_reasons"] == ["fullscreen"]
                assert str(held["headline"]).startswith("Break waiting: a full-screen window")
                set_fullscreen(env, window, False)
                wait_for("the break", lambda: status(env)["state"] == "on_break", 70)
                assert cli(env, "skip").returncode == 0

                # A suspend of a little over a minute, announced by "logind".
                with connection(address) as logind:
                    assert logind.registerService("org.freedesktop.login1")
                    emit_bool(logind, *LOGIND, True)
                    wait_for("sleep", lambda: status(env)["pause_reasons"] == ["sleep"], 20)
                    time.sleep(62)
                    emit_bool(logind, *LOGIND, False)
                    wait_for("waking", lambda: status(env)["state"] == "working", 20)
                after = status(env)
                # A window, not an exact value: the app is a separate process
                # on the real clock (the one-minute natural break must really
                # pass), and the status call comes a few real seconds after the
                # wake-up.
                assert 50 <= int(str(after["seconds_to_next_break"])) <= 60
                stats = json.loads(cli(env, "stats", "--json", "--days", "1").stdout)
                assert stats["today"]["natural"] == 1
                # No burst of overdue breaks on waking.
                time.sleep(3)
                assert status(env)["state"] == "working"
            finally:
                cli(env, "quit", touch=False)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
