"""Done-means for movement breaks, on a real X server: after the configured
number of microbreaks, the real app offers a movement break.

With ``[movement] every = 2`` and a one-minute interval, the first break is a
microbreak (skipped here: skipping counts as offered) and the second asks the
person to stand up and move. The history keeps the kind of each. About two
and a half minutes of real time: the app's own timers run on the real clock.
Screenshots of its heads-up and of the break go to test-artifacts/ for a person to
look at.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.app_process import cli, quit_app, start_and_wait, status

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]

CONFIG = """\
[schedule]
interval_minutes = 1
heads_up_seconds = 10
smart_timing = false

[movement]
every = 2
minutes = 2
"""


def wait_for_break(env: dict[str, str], seconds: float) -> None:
    """Poll (moving the pointer, so the person is at the desk) until a break opens."""
    deadline = time.monotonic() + seconds
    while status(env)["state"] != "on_break":
        assert time.monotonic() < deadline, "no break came"
        time.sleep(2)


def on_screen(env: dict[str, str], name: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.strip())


def test_the_second_break_is_a_movement_break(x_env: dict[str, str], artifacts_dir: Path) -> None:
    proc = start_and_wait(x_env, CONFIG)
    try:
        wait_for_break(x_env, 80)
        assert on_screen(x_env, "Time for a break")
        assert cli(x_env, "skip").returncode == 0  # counts as offered
        deadline = time.monotonic() + 70
        while status(x_env)["state"] != "heads_up":
            assert time.monotonic() < deadline, "no heads-up came"
            time.sleep(1)
        time.sleep(1)
        heads_up = artifacts_dir / "movement-heads-up.png"
        subprocess.run(["import", "-window", "root", str(heads_up)], env=x_env, check=True)
        wait_for_break(x_env, 30)
        # Mapped under its own title once it has drawn its first step.
        deadline = time.monotonic() + 10
        while not on_screen(x_env, "Time to stand up and move"):
            assert time.monotonic() < deadline, "no movement break window"
            time.sleep(0.5)
        shot = artifacts_dir / "movement-break.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=x_env, check=True)
        assert shot.stat().st_size > 10_000
        assert cli(x_env, "skip").returncode == 0
    finally:
        quit_app(x_env, proc)
    history = Path(x_env["XDG_DATA_HOME"]) / "microbreak" / "history.sqlite3"
    with sqlite3.connect(history) as conn:
        rows = conn.execute("SELECT kind, outcome FROM breaks ORDER BY id").fetchall()
        planned = [
            ex
            for (ex,) in conn.execute(
                "SELECT exercise_id FROM break_exercises WHERE break_id = 2 ORDER BY position"
            )
        ]
    assert rows == [("micro", "skipped"), ("movement", "skipped")]
    assert planned[0] == "stand-move"
    assert set(planned) <= {"stand-move", "wall-reach", "wall-lean", "arm-slide-wall"}
