"""The real app run inside a real desktop session (sway, KWin, GNOME Shell).

Each compositor rig (tests/helpers/sway.py, kwin.py) brings up a session and
offers its environment (``env``: the bus, the Wayland socket) and its window
list (``windows(pid)``); what starting the app there, asking it questions and
stopping it takes is the same everywhere, and lives here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from tests.app_process import COMMAND

START_TIMEOUT_S = 30

# Configurations the desktop tests start the app with.
QUIET = "[schedule]\nsmart_timing = false\n"
# A one-minute interval puts the heads-up 30 s after the start (half the interval).
FAST_BREAKS = QUIET + "interval_minutes = 1\nheads_up_seconds = 30\n"
# Breaks due a minute after the start, without a heads-up (it would only add its 30 s).
DUE_IN_A_MINUTE = QUIET + "interval_minutes = 1\nheads_up_seconds = 0\n"
# The app goes idle after 30 s without input and samples every 15 s.
IDLE_WAIT_S = 60

# The window a person was typing in: a plain Qt text editor, a client of its own.
EDITOR = """
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication([])
app.setDesktopFileName("editor")
editor = QPlainTextEdit()
editor.setWindowTitle("editor")
editor.show()
app.exec()
"""

# A video or a presentation: a window of its own, which the compositor makes
# full screen when the test asks it to.
PRESENTATION = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
app.setDesktopFileName("presentation")
slide = QLabel("a slide")
slide.setWindowTitle("presentation")
slide.show()
app.exec()
"""


class Session(Protocol):
    env: dict[str, str]

    def windows(self, pid: int | None = None) -> list[Any]: ...


def wait_for(
    check: Callable[[], Any],
    seconds: float,
    what: str,
    *,
    between: Callable[[], None] | None = None,
) -> Any:
    """Poll ``check`` until it returns something truthy (returned); fail after ``seconds``.

    ``between`` runs between polls (a key press, where the person must look present).
    """
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        assert time.monotonic() < deadline, f"timed out after {seconds} s waiting for {what}"
        if between is not None:
            between()
        time.sleep(0.25)


def stays_for(check: Callable[[], Any], seconds: float, what: str) -> None:
    """Poll ``check`` for ``seconds`` of real time; fail the moment it is false.

    For what must NOT happen in a real session while real time passes (a break
    that would otherwise end): nothing to wait for, only to watch.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert check(), f"not {what} after {seconds - (deadline - time.monotonic()):.0f} s"
        time.sleep(0.5)


@dataclass
class DesktopApp:
    """The real app, running in a desktop session."""

    env: dict[str, str]
    proc: subprocess.Popen[str]
    session: Session
    stderr_file: Path

    def stderr(self) -> str:
        return self.stderr_file.read_text(errors="replace")

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``microbreak ARGS``, without any input (so idle stays idle)."""
        return subprocess.run(
            [COMMAND, *args], env=self.env, capture_output=True, text=True, timeout=30, check=False
        )

    def status(self) -> dict[str, Any]:
        result = self.cli("status", "--json")
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert isinstance(data, dict)
        return data

    def windows(self) -> list[Any]:
        return self.session.windows(self.proc.pid)

    def quit(self) -> str:
        """Ask it to quit (kill it after 15 s); what it wrote to stderr."""
        if self.proc.poll() is None:
            self.cli("quit")
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.stderr()


def start_app(
    session: Session,
    desktop: Mapping[str, str],
    home: Path,
    config: str = "",
    *,
    first_run: bool = False,
) -> DesktopApp:
    """Start ``python -m microbreak`` in ``session`` with HOME ``home``; return once
    it answers its commands. ``desktop`` is what the session's login would set
    (``XDG_CURRENT_DESKTOP``, ``QT_QPA_PLATFORM``...). Unless ``first_run``, the
    health notice was seen before."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "XAUTHORITY")}
    env.update(
        session.env,
        **desktop,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "run"),  # the app's own; Wayland's socket is absolute
    )
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    config_file = home / "config" / "microbreak" / "config.toml"
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text(config)
    if not first_run:
        state = home / "state" / "microbreak" / "state.json"
        state.parent.mkdir(parents=True, exist_ok=True)
        state.write_text('{"health_notice_seen": true}')
    # A file, not a pipe: nobody reads a pipe while the app runs, and a full one would block it.
    with (home / "stderr.log").open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "microbreak"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
        )
    app = DesktopApp(env, proc, session, home / "stderr.log")

    def answers() -> bool:
        assert proc.poll() is None, f"the app ended: {app.stderr()}"
        return app.cli("status").returncode == 0

    wait_for(answers, START_TIMEOUT_S, "the app to answer `microbreak status`")
    return app
