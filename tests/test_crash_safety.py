"""Crash safety: kill -9 during a settings save and during a break, 100 times each.

A small child (tests/crash_child.py) runs the real infra, the app's atomic
write for config.toml and the HistoryStore for the history, in a loop, and is
killed at a random moment. Every time, config.toml must parse and hold one
whole save no older than the last one reported, and the history must open
cleanly with every event the child reported committed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.schema import SCHEMA_VERSION
from microbreak.infra.history import HistoryStore
from tests.crash_child import config_text

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = CHILD.parent.parent
KILLS = 100


def run_and_kill(mode: str, path: Path, after: int) -> int:
    """Start the child, let it report ``after`` commits, kill -9; the last reported."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(path)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    last = -1
    try:
        for _ in range(after):
            line = proc.stdout.readline()
            assert line, f"the {mode} child ended early"
            last = int(line)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
    return last


@pytest.mark.slow
def test_kill_9_during_a_settings_save_leaves_a_whole_config(tmp_path: Path) -> None:
    rng = random.Random(10)
    path = tmp_path / "config.toml"
    for _ in range(KILLS):
        last = run_and_kill("config", path, rng.randint(1, 40))
        data = path.read_bytes()
        # One whole save, no older than the last reported (the child may have
        # run ahead of what the test read before the kill landed).
        saved = int(data.decode().rsplit("# save ", 1)[1].split()[0])
        assert saved >= last
        assert data == config_text(saved)
        assert tomllib.loads(data.decode())["schema_version"] == SCHEMA_VERSION
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "config.toml"]
    # A kill between mkstemp and the rename may leave a temporary file; never
    # more than one per kill, and never one the loader would read.
    assert all(n.startswith(".config.toml.") and n.endswith(".tmp") for n in leftovers)


@pytest.mark.slow
def test_kill_9_during_breaks_keeps_every_committed_event(tmp_path: Path) -> None:
    rng = random.Random(11)
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    for n in range(KILLS):
        path = tmp_path / f"history-{n % 5}.sqlite3"
        before = 0
        if path.exists():
            store = HistoryStore.open(path, clock)
            before = len(store.events())
            store.close()
        # Each child starts its own count; files are reused so a kill also
        # lands on a history with data in it.
        last = run_and_kill("history", path, rng.randint(1, 25))
        store = HistoryStore.open(path, clock)
        try:
            assert not store.problems, store.problems
            assert store.path == path
            events = store.events()
            # Everything reported is there (the child may have committed more
            # before the kill landed).
            assert len(events) >= before + last
            store.breaks()  # the break rows read back too
        finally:
            store.close()
        assert not list(tmp_path.glob("*.broken-*"))
