"""Done-means for awareness on a real X server: time away resets the schedule.

The real app on Xvfb with its real X11 idle source (XScreenSaver): nobody
touches the keyboard for over a minute (the natural-break length is set to
one minute), then the pointer moves. The app must have seen the person away,
counted a natural break, and restarted the interval from their return.
Takes about 80 s of real time: idle time cannot be faked on a real X server.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]

COMMAND = str(Path(sys.executable).with_name("microbreak"))


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )


def status(env: dict[str, str]) -> dict[str, object]:
    result = run(env, "status", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def wait_for(check: Callable[[], bool], seconds: float) -> None:
    """Poll a running app (bounded): its idle sampling is on its own 15 s timer."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(1)


def test_time_away_is_a_natural_break_and_restarts_the_interval(x_env: dict[str, str]) -> None:
    config = Path(x_env["XDG_CONFIG_HOME"]) / "microbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[schedule]\nsmart_timing = false\nnatural_break_minutes = 1\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak"],
        env=x_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
            env=x_env,
            capture_output=True,
            timeout=30,
            check=True,
        )
        assert status(x_env)["idle_source"] == "x11-xscreensaver"
        subprocess.run(["xdotool", "mousemove", "10", "10"], env=x_env, check=True)
        left_at = time.monotonic()
        wait_for(lambda: status(x_env)["pause_reasons"] == ["idle"], 70)
        assert status(x_env)["state"] == "paused"
        # Stay away past the one-minute natural break (plus a poll's worth).
        time.sleep(max(0.0, 65 - (time.monotonic() - left_at)))
        subprocess.run(["xdotool", "mousemove", "300", "300"], env=x_env, check=True)
        wait_for(lambda: status(x_env)["state"] == "working", 30)
        after = status(x_env)
        assert 2670 <= int(str(after["seconds_to_next_break"])) <= 2700
        stats = json.loads(run(x_env, "stats", "--json", "--days", "1").stdout)
        assert stats["today"]["natural"] == 1
    finally:
        run(x_env, "quit")
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
