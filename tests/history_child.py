"""A microbreak stand-in that records a break into the history and is killed mid-break.

Run by tests/test_history.py as ``python tests/history_child.py DB``. It drives
the real engine, routine player and history store on a fake clock: the break
is snoozed once, then opened, and two of its three exercises are done. Then it
prints ``mid-break`` and waits for the SIGKILL.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.effects import Record
from microbreak.core.engine import BreakEngine
from microbreak.core.events import BreakNowRequested, Event, ExerciseDone, SnoozeRequested
from microbreak.core.planner import RoutinePlanner
from microbreak.core.player import RoutinePlayer
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings
from microbreak.infra.history import HistoryStore
from microbreak.infra.resources import builtin_exercises_dir, load_exercises

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def main() -> None:
    clock = FakeClock(START)
    store = HistoryStore.open(Path(sys.argv[1]), clock)
    assert not store.problems, store.problems
    engine = BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))
    catalog = load_exercises(builtin_exercises_dir())

    def send(event: Event) -> None:
        for effect in engine.handle(event):
            if isinstance(effect, Record):
                store.record(effect)

    send(SnoozeRequested(5))
    clock.advance(300)
    send(BreakNowRequested())
    routine = [catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]]
    player = RoutinePlayer(routine, clock.now())
    reported: set[int] = set()
    while len(reported) < 2:
        clock.advance(0.5)
        player.tick(clock.now())
        for position in sorted(player.completed_positions - reported):
            send(ExerciseDone(player.result(position)))
            reported.add(position)
    print("mid-break", flush=True)
    sys.stdin.read()  # until killed


if __name__ == "__main__":
    main()
