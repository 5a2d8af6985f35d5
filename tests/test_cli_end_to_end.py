"""The Done-means script: the real app on a real X server, driven by the real command.

Starts ``python -m microbreak`` on Xvfb with its own HOME, runs every control
command through the installed ``microbreak`` console script and checks the
state each leaves in ``status --json``; then a second launch, garbage on the
socket, and quit.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.app_process import ALREADY, COMMAND, cli, start_and_wait, status

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]


@pytest.fixture
def running_app(x_env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    if not shutil.which("xdotool"):
        pytest.fail("needs xdotool (apt-get install xdotool)")
    # A fixed 45-minute interval: the X server here has an idle source, which
    # would otherwise turn on smart timing (a 30-60 minute window).
    proc = start_and_wait(x_env, "[schedule]\nsmart_timing = false\n")
    yield proc, x_env
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=10)


def test_every_command_leaves_the_state_it_says(
    running_app: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    proc, env = running_app
    first = status(env)
    assert first["state"] == "working"
    assert first["version"]
    assert first["pause_reasons"] == []
    assert first["paused_until"] is None
    assert isinstance(first["seconds_to_next_break"], int)
    # A window, not an exact value: the app is a separate process on the real
    # clock (no fake clock reaches it through the command line), started a
    # few real seconds before this status call.
    assert 2690 <= first["seconds_to_next_break"] <= 2700
    next_at = datetime.fromisoformat(str(first["next_break_at"]))
    assert next_at.utcoffset() is not None

    human = cli(env, "status")
    assert human.returncode == 0
    assert human.stdout.startswith("Next break in 45 min")

    assert cli(env, "snooze", "10").returncode == 0
    snoozed = status(env)
    assert snoozed["state"] == "snoozed"
    assert datetime.fromisoformat(str(snoozed["next_break_at"])) == next_at + timedelta(minutes=10)

    assert cli(env, "skip").returncode == 0
    assert status(env)["state"] == "working"

    assert cli(env, "pause", "1h30m").returncode == 0
    paused = status(env)
    assert paused["state"] == "paused"
    assert paused["pause_reasons"] == ["user"]
    until = datetime.fromisoformat(str(paused["paused_until"]))
    # Real clock in a separate process, as above: "1h30m" from a moment just past.
    assert timedelta(minutes=89) < until - datetime.now().astimezone() <= timedelta(minutes=90)

    refused = cli(env, "snooze")
    assert (refused.returncode, refused.stderr.strip()) == (1, "cannot snooze while paused")

    assert cli(env, "pause", "tomorrow").returncode == 0
    tomorrow = datetime.fromisoformat(str(status(env)["paused_until"]))
    assert (tomorrow.hour, tomorrow.minute) == (6, 0)

    assert cli(env, "pause").returncode == 0
    assert status(env)["paused_until"] is None
    assert cli(env, "resume").returncode == 0
    assert status(env)["state"] == "working"

    assert cli(env, "break-now").returncode == 0
    assert status(env)["state"] == "on_break"
    mapped = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Time for a break"],
        env=env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert mapped.returncode == 0
    again = cli(env, "break-now")
    assert (again.returncode, again.stderr.strip()) == (1, "a break is already in progress")
    assert cli(env, "skip").returncode == 0  # during a break: ends it
    assert status(env)["state"] == "working"

    for bad in (["snooze", "-5"], ["snooze", "abc"], ["pause", "99x"], ["pause", "400d"]):
        result = cli(env, *bad)
        assert result.returncode == 2, bad
        assert "error:" in result.stderr
    assert status(env)["state"] == "working"  # bad input changed nothing

    # A second launch says so and leaves one app.
    second = subprocess.run(
        [COMMAND], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert (second.returncode, second.stdout.strip()) == (0, ALREADY)

    # Garbage on the socket does not crash it.
    address = next(Path(env["XDG_RUNTIME_DIR"]).glob("microbreak/control-*.sock"))
    for payload in (b"\x00\xff garbage\n", b"{" * 70_000, b'{"v":1,"cmd":"dance"}\n'):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(10)
            s.connect(str(address))
            s.sendall(payload)
            s.recv(65536)
    assert status(env)["state"] == "working"
    assert proc.poll() is None

    bye = cli(env, "quit")
    assert bye.returncode == 0
    assert proc.wait(timeout=15) == 0
    gone = cli(env, "status")
    assert (gone.returncode, gone.stderr.strip()) == (3, "microbreak is not running")


def test_launches_at_the_same_moment_leave_one_app(x_env: dict[str, str]) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "microbreak"],
            env=x_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    try:
        # Wait (bounded) until all but one have exited.
        deadline = time.monotonic() + 30
        while sum(p.poll() is not None for p in procs) < 3 and time.monotonic() < deadline:
            for p in procs:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    p.wait(timeout=0.1)
        exited = [(p.returncode, p.communicate()[0].strip()) for p in procs if p.poll() is not None]
        assert exited == [(0, ALREADY)] * 3
        alive = [p for p in procs if p.poll() is None]
        assert len(alive) == 1
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(alive[0].pid)],
            env=x_env,
            capture_output=True,
            timeout=30,
            check=False,
        )
        assert found.returncode == 0
        assert cli(x_env, "quit").returncode == 0
        assert alive[0].wait(timeout=15) == 0
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
