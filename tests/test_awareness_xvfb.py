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
import time
from collections.abc import Callable

import pytest

from tests.app_process import cli, quit_app, start_and_wait, status

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]


def wait_for(check: Callable[[], bool], seconds: float) -> None:
    """Poll a running app (bounded): its idle sampling is on its own 15 s timer."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(1)


def test_time_away_is_a_natural_break_and_restarts_the_interval(x_env: dict[str, str]) -> None:
    proc = start_and_wait(x_env, "[schedule]\nsmart_timing = false\nnatural_break_minutes = 1\n")
    try:
        assert status(x_env, touch=False)["idle_source"] == "x11-xscreensaver"
        subprocess.run(["xdotool", "mousemove", "10", "10"], env=x_env, check=True)
        left_at = time.monotonic()
        wait_for(lambda: status(x_env, touch=False)["pause_reasons"] == ["idle"], 70)
        assert status(x_env, touch=False)["state"] == "paused"
        # Stay away past the one-minute natural break (plus a poll's worth).
        time.sleep(max(0.0, 65 - (time.monotonic() - left_at)))
        subprocess.run(["xdotool", "mousemove", "300", "300"], env=x_env, check=True)
        wait_for(lambda: status(x_env, touch=False)["state"] == "working", 30)
        after = status(x_env, touch=False)
        # A window, not an exact value: the app is a separate process on the
        # real clock (X11 idle time cannot be faked), and its idle poll (15 s)
        # notices the return up to a poll later than the pointer moved.
        assert 2670 <= int(str(after["seconds_to_next_break"])) <= 2700
        stats = json.loads(cli(x_env, "stats", "--json", "--days", "1", touch=False).stdout)
        assert stats["today"]["natural"] == 1
    finally:
        quit_app(x_env, proc)
