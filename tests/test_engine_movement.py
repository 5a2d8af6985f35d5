"""Movement breaks: every Nth offered break asks the person to stand up and move.

Driven through the engine harness on the fake clock, which checks on every
step that no two reminders are up at once.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.effects import Record, ShowBreak, ShowHeadsUp
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.movement import MovementPlan
from microbreak.core.records import BreakKind, RecordKind
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
MOVES = ("stand-move", "wall-reach", "wall-lean", "arm-slide-wall", "doorway-chest")
SECONDS = {
    "stand-move": 96,
    "wall-reach": 40,
    "wall-lean": 47,
    "arm-slide-wall": 53,
    "doorway-chest": 68,
}
M, S = BreakKind.MOVEMENT, BreakKind.MICRO


def plan(every: int = 4, minutes: int = 3, **kw: int) -> MovementPlan:
    return MovementPlan(every, MOVES, seconds=SECONDS, minutes=minutes, **kw)


def harness(clock: FakeClock, movement: MovementPlan) -> Harness:
    return Harness(clock, ScheduleSettings(interval_minutes=20), movement=movement)


def next_break(h: Harness) -> BreakKind:
    """Let time pass until the next break opens; its kind."""
    while h.break_open is None:
        h.fire()
    assert h.break_kind is not None
    return h.break_kind


def test_every_fourth_break_is_a_movement_break_with_its_own_exercises(clock: FakeClock) -> None:
    h = harness(clock, plan())
    kinds, routines = [], []
    for _ in range(8):
        kinds.append(next_break(h))
        routines.append(h.break_open)
        assert h.heads_up_kind is kinds[-1], "the heads-up names the kind of break it warns of"
        h.send(BreakFinished(()))
    assert kinds == [S, S, S, M, S, S, S, M]
    # It opens with standing up, then as many standing stretches as fit in 3 minutes.
    assert routines[3] == ("stand-move", "wall-reach", "wall-lean")
    assert routines[7] == ("stand-move", "arm-slide-wall")
    # The seated rotation picks up after the movement break where it stopped.
    assert routines[2] == ("shoulder-shrug", "high-reach", "shoulder-squeeze")
    assert routines[4] == ("upper-back-movement", "shoulder-rolls", "shoulder-shrug")
    starts = [e for _, e in h.records(RecordKind.BREAK_STARTED)]
    assert [e.detail["kind"] for e in starts] == [k.value for k in kinds]


def test_off_means_none(clock: FakeClock) -> None:
    h = harness(clock, plan(every=0))
    for _ in range(12):
        assert next_break(h) is S
        h.send(BreakFinished(()))
    assert all(e.kind is S for _, e in h.log if isinstance(e, ShowBreak | ShowHeadsUp))


def test_a_snoozed_or_interrupted_movement_break_comes_back_as_one(clock: FakeClock) -> None:
    h = harness(clock, plan(every=2))
    next_break(h)
    h.send(BreakFinished(()))
    assert next_break(h) is M
    h.send(SnoozeRequested(None))
    assert next_break(h) is M
    h.send(AwayStarted(PauseReason.LOCKED))  # the screen locks mid-break
    h.clock.advance(MIN)
    h.send(AwayEnded(PauseReason.LOCKED))
    assert next_break(h) is M
    h.send(BreakSkipped(()))  # skipping it counts: the rhythm starts over
    assert next_break(h) is S


def test_skipping_ahead_counts_as_offered(clock: FakeClock) -> None:
    h = harness(clock, plan(every=2))
    next_break(h)
    h.send(BreakFinished(()))
    while h.heads_up_for is None:
        h.fire()
    assert h.heads_up_kind is M
    h.send(SkipNextRequested())
    skipped = [e for _, e in h.records(RecordKind.NEXT_BREAK_SKIPPED)]
    assert skipped[-1].detail["kind"] == "movement"
    assert next_break(h) is S


def test_a_break_asked_for_takes_the_kind_that_was_next(clock: FakeClock) -> None:
    h = harness(clock, plan(every=1))
    h.send(BreakNowRequested())
    assert h.break_kind is M


def test_the_rhythm_survives_a_restart(clock: FakeClock) -> None:
    first = plan()
    h = harness(clock, first)
    for _ in range(2):
        next_break(h)
        h.send(BreakFinished(()))
    again = harness(clock, plan(since=first.since, position=first.position))
    assert [next_break(again), again.send(BreakFinished(())) and None][0] is S
    assert next_break(again) is M


def test_turning_them_on_later_starts_the_count_afresh(clock: FakeClock) -> None:
    movement = plan(every=0)
    h = harness(clock, movement)
    for _ in range(6):
        next_break(h)
        h.send(BreakFinished(()))
    movement.reconfigure(3, MOVES, seconds=SECONDS, minutes=3)
    kinds = []
    for _ in range(3):
        kinds.append(next_break(h))
        h.send(BreakFinished(()))
    assert kinds == [S, S, M]


@pytest.mark.parametrize("seed", range(6))
def test_simulated_weeks_keep_the_rhythm_and_lose_none(clock: FakeClock, seed: int) -> None:
    """Two weeks of breaks answered at random: every 4th offered break moves, no other.

    Offered means finished, skipped in the window or skipped ahead; snoozes
    and absences only move a break. The harness fails the moment two
    reminders are up at once.
    """
    rng = random.Random(seed)
    h = harness(clock, plan())
    end = clock.now() + timedelta(days=14)
    offered: list[BreakKind] = []
    while clock.now() < end:
        while h.break_open is None:
            if h.heads_up_for is not None and rng.random() < 0.1:
                assert h.heads_up_kind is not None
                offered.append(h.heads_up_kind)
                h.send(SkipNextRequested())
                continue
            if rng.random() < 0.05:
                h.send(AwayStarted(PauseReason.SLEEP))
                h.clock.advance(rng.choice([MIN, 3 * MIN, 90 * MIN]))
                h.send(AwayEnded(PauseReason.SLEEP))
                continue
            h.fire()
        kind = h.break_kind
        assert kind is not None
        h.clock.advance(rng.choice([30, 90, 200]) * timedelta(seconds=1))
        roll = rng.random()
        if roll < 0.2 and h.engine.status().snoozes_used < 3:
            h.send(SnoozeRequested(None))
        elif roll < 0.4:
            offered.append(kind)
            h.send(BreakSkipped(()))
        else:
            offered.append(kind)
            h.send(BreakFinished(()))
    assert len(offered) > 100
    expected = [M if (i + 1) % 4 == 0 else S for i in range(len(offered))]
    assert offered == expected
    assert h.engine.state is not State.ON_BREAK or h.break_open is not None
    shown = [e for _, e in h.log if isinstance(e, Record) and e.kind is RecordKind.BREAK_STARTED]
    assert any(e.detail["kind"] == "movement" for e in shown)
