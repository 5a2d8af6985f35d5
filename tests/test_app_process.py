"""The real app as a process on Xvfb: one instance only, and no network.

- Ten launches at the same moment end with exactly one app running; the
  other nine say so and exit 0.
- At rest (answering ``status``, before any break) it has loaded neither
  QtNetwork (the control socket is Python's own on Linux) nor SQLite (the
  history opens at its first use): issue 18's memory.
- Privacy: once the app answers ``microbreak status``, every socket it holds
  is a Unix socket (its control socket, the X server, D-Bus): none of its
  file descriptors is an inet socket in /proc/PID/net/{tcp,tcp6,udp,udp6}.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.app_process import ALREADY

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]

COMMAND = str(Path(sys.executable).with_name("microbreak"))


def answers(env: dict[str, str]) -> bool:
    result = subprocess.run(
        [COMMAND, "status"], env=env, capture_output=True, timeout=30, check=False
    )
    return result.returncode == 0


def wait_until_it_answers(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 60
    while not answers(env):
        assert time.monotonic() < deadline, "microbreak never answered status"
        time.sleep(0.2)


def socket_inodes(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue  # closed while we looked
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes


def inodes_in(pid: int, table: str) -> set[int]:
    lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
    return {int(line.split()[9]) for line in lines if line.strip()}


def unix_inodes(pid: int) -> dict[int, str]:
    found = {}
    for line in Path(f"/proc/{pid}/net/unix").read_text().splitlines()[1:]:
        parts = line.split()
        found[int(parts[6])] = parts[7] if len(parts) > 7 else ""
    return found


def test_ten_launches_at_once_leave_one_app(x_env: dict[str, str]) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "microbreak"],
            env=x_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for _ in range(10)
    ]
    try:
        wait_until_it_answers(x_env)
        deadline = time.monotonic() + 60
        while sum(p.poll() is None for p in procs) > 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        running = [p for p in procs if p.poll() is None]
        assert len(running) == 1
        for p in procs:
            if p is not running[0]:
                assert p.returncode == 0
                assert p.stdout is not None
                assert p.stdout.read().strip() == ALREADY
        assert answers(x_env)
    finally:
        subprocess.run([COMMAND, "quit"], env=x_env, capture_output=True, timeout=30, check=False)
        for p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=10)


def test_the_app_opens_no_network_connection(x_env: dict[str, str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak"],
        env=x_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_it_answers(x_env)
        # A break too: sound, pictures and the window load only then.
        started = subprocess.run([COMMAND, "break-now"], env=x_env, timeout=30, check=False)
        assert started.returncode == 0
        time.sleep(1)
        sockets = socket_inodes(proc.pid)
        assert sockets, "no sockets at all: the control socket should be one"
        for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
            inet = sockets & inodes_in(proc.pid, table)
            assert not inet, f"inet sockets in /proc/{proc.pid}/net/{table}: {inet}"
        unix = unix_inodes(proc.pid)
        assert sockets <= set(unix), f"sockets that are not Unix sockets: {sockets - set(unix)}"
        # The control socket (control-USER.sock) in the runtime folder.
        runtime = str(Path(x_env["XDG_RUNTIME_DIR"]) / "microbreak")
        bound = {unix[i] for i in sockets if unix[i]}
        assert bound, "no named Unix socket: the control socket should be one"
        assert all(path.startswith(runtime) for path in bound), bound
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_at_rest_it_loads_neither_qtnetwork_nor_sqlite(x_env: dict[str, str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak"],
        env=x_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_it_answers(x_env)
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
        loaded = {line.split()[-1] for line in maps.splitlines() if "/" in line}
        assert any("QtCore" in path for path in loaded), "the maps of a Qt app"
        unwanted = [p for p in loaded if "QtNetwork" in p or "Qt6Network" in p or "sqlite" in p]
        assert not unwanted, unwanted
    finally:
        subprocess.run([COMMAND, "quit"], env=x_env, capture_output=True, timeout=30, check=False)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
