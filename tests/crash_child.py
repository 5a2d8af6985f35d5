"""A stand-in for the app that writes and writes until it is killed (kill -9).

Run by tests/test_crash_safety.py as ``python tests/crash_child.py MODE PATH``:

- ``config``: saves config.toml again and again with the app's own atomic
  write (a settings save), a different value each time;
- ``history``: takes break after break through the real engine on a fake
  clock, keeping every Record in the real HistoryStore, as the app does.

After each save or record it prints how many are committed, so the test
knows what must survive the kill.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.effects import Record
from microbreak.core.engine import BreakEngine
from microbreak.core.events import BreakFinished, BreakNowRequested, Event, ExerciseDone
from microbreak.core.planner import RoutinePlanner
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings
from microbreak.infra.atomic import write_atomic
from microbreak.infra.config_store import DEFAULT_CONFIG
from microbreak.infra.history import HistoryStore


def config_text(n: int) -> bytes:
    # Long enough that a torn write would show: the default file, a changed
    # value, and a comment that grows.
    text = DEFAULT_CONFIG.replace("interval_minutes = 45", f"interval_minutes = {n % 240 + 1}")
    return (text + f"# save {n} {'.' * (n % 5000)}\n").encode()


def save_config(path: Path) -> None:
    n = 0
    while True:
        write_atomic(path, config_text(n))
        print(n, flush=True)
        n += 1


def keep_history(path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    store = HistoryStore.open(path, clock)
    assert not store.problems, store.problems
    engine = BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))
    kept = 0

    def send(event: Event) -> tuple[str, ...]:
        nonlocal kept
        ids: tuple[str, ...] = ()
        for effect in engine.handle(event):
            if isinstance(effect, Record):
                store.record(effect)
                kept += 1
                print(kept, flush=True)
                planned = effect.detail.get("exercises")
                if effect.kind == "break_started" and isinstance(planned, list):
                    ids = tuple(str(p) for p in planned)
        return ids

    while True:
        clock.advance(45 * 60)
        ids = send(BreakNowRequested())
        results = []
        for position, exercise in enumerate(ids):
            clock.advance(30)
            result = ExerciseResult(position, exercise, ExerciseStatus.DONE, 30.0)
            results.append(result)
            send(ExerciseDone(result))
        send(BreakFinished(ids, tuple(results)))


if __name__ == "__main__":
    {"config": save_config, "history": keep_history}[sys.argv[1]](Path(sys.argv[2]))
