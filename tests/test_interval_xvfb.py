"""Done-means for "the break a person sets is the break they get", on a real X server.

A new user, fresh settings: smart timing is on by default wherever an idle
source works (here the real X11 one). Their first change of the interval
must move the next break, and the break must then come near that interval:
at their first pause in typing inside the window, not 30 to 60 minutes later
as before. The real app on Xvfb; the change is a hand edit of config.toml,
which the app applies live like the dialog's Apply (the dialog's own path is
tested in-process in tests/test_app_settings.py). About 70 s of real time:
typing and its pauses cannot be faked on a real X server.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.app_process import quit_app, start_and_wait, status

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]


def type_a_little(env: dict[str, str]) -> None:
    subprocess.run(["xdotool", "mousemove_relative", "--", "1", "0"], env=env, check=True)


def test_the_first_change_of_the_interval_moves_the_break_under_smart_timing(
    x_env: dict[str, str],
) -> None:
    proc = start_and_wait(x_env)  # no config: a new user's defaults
    try:
        first = status(x_env)
        assert first["idle_source"] == "x11-xscreensaver"  # so smart timing is on
        # 45 minutes, picked within 40 to 50: the window's end is the latest.
        assert 49 * 60 <= int(str(first["seconds_to_next_break"])) <= 50 * 60
        config = Path(x_env["XDG_CONFIG_HOME"]) / "microbreak" / "config.toml"
        text = config.read_text(encoding="utf-8")
        assert "interval_minutes = 45" in text
        config.write_text(text.replace("interval_minutes = 45", "interval_minutes = 1"))
        changed_at = time.monotonic()
        deadline = changed_at + 15
        while int(str(status(x_env)["seconds_to_next_break"])) > 80:
            assert time.monotonic() < deadline, "the new interval was not applied"
            time.sleep(0.5)
        now = status(x_env)
        # One minute, with a window of a fifth either side: 48 s to 72 s.
        assert 0 < int(str(now["seconds_to_next_break"])) <= 72
        headline = str(now["headline"])
        assert headline.startswith("Next break in about "), headline
        assert headline.endswith(", at a pause in your typing"), headline
        # Keep working until inside the window, then pause typing: the break comes.
        while time.monotonic() - changed_at < 50:
            type_a_little(x_env)
            time.sleep(2)
        deadline = time.monotonic() + 25
        while status(x_env, touch=False)["state"] != "on_break":
            assert time.monotonic() < deadline, "no break at the pause in typing"
            time.sleep(1)
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Time for a break"],
            env=x_env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert found.stdout.strip(), "the break window is not on screen"
    finally:
        quit_app(x_env, proc)
