"""Driving the real app in a subprocess with the installed ``microbreak`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

COMMAND = str(Path(sys.executable).with_name("microbreak"))
# What a second launch prints once the running app has shown its window.
ALREADY = "microbreak is already running: its window is brought forward"


def cli(env: dict[str, str], *args: str, touch: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``microbreak ARGS``; ``touch`` first moves the pointer a pixel.

    Someone is at the keyboard: without input the app (rightly) sees the
    person as away after 30 s and holds its breaks.
    """
    if touch:
        subprocess.run(["xdotool", "mousemove_relative", "--", "1", "0"], env=env, check=False)
    return subprocess.run(
        [COMMAND, *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )


def status(env: dict[str, str], *, touch: bool = True) -> dict[str, object]:
    result = cli(env, "status", "--json", touch=touch)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def start_and_wait(env: dict[str, str], config: str | None = None) -> subprocess.Popen[str]:
    """Start ``python -m microbreak``; return once its first window is mapped.

    The first window is shown after the control socket listens, so commands
    can reach the app from then on.
    """
    if config is not None:
        path = Path(env["XDG_CONFIG_HOME"]) / "microbreak" / "config.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(config)
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
        env=env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert found.returncode == 0, "the app showed no window"
    return proc


def quit_app(env: dict[str, str], proc: subprocess.Popen[str]) -> None:
    """Ask the app to quit (``microbreak quit``); kill it if it does not end in 15 s."""
    cli(env, "quit", touch=False)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
