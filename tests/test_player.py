"""The routine player: steps, holds, repetitions, pause, back and next, on a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import (
    SIDE_SWITCH_SECONDS,
    Side,
    Sides,
    StepKind,
)
from microbreak.core.player import (
    MAX_TICK_GAP,
    ExerciseResult,
    ExerciseStatus,
    PlayerView,
    RoutinePlayer,
)
from tests.helpers.routine import make, ticks


def test_walks_setup_then_each_repetition_with_its_countdown(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=2)], clock.now())
    v = p.view()
    assert (v.exercise_number, v.exercise_count, v.repetition, v.repetitions) == (1, 1, 0, 2)
    assert v.step.text == "Get ready"
    assert v.step_remaining == 3
    ticks(p, clock, 1)
    assert p.view().step_remaining == 2
    ticks(p, clock, 2)
    v = p.view()
    assert (v.repetition, v.step.text, v.step_remaining) == (1, "Lift", 2)
    ticks(p, clock, 2)
    v = p.view()
    assert (v.repetition, v.step.kind, v.step_remaining) == (1, StepKind.HOLD, 5)
    ticks(p, clock, 5)
    assert p.view().repetition == 2
    assert p.total_seconds == 3 + 2 * 7
    ticks(p, clock, 7)
    assert p.finished
    assert p.summary().completed == ("a",)


def test_moves_on_to_the_next_exercise_by_itself(clock: FakeClock) -> None:
    exercises = [make("a", reps=1), make("b", reps=1)]
    p = RoutinePlayer(exercises, clock.now())
    ticks(p, clock, exercises[0].seconds)
    v = p.view()
    assert (v.exercise.id, v.exercise_number, v.repetition) == ("b", 2, 0)
    assert p.summary().completed == ("a",)
    assert p.summary().partial == ("b",)


def test_pause_stops_the_countdown(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a")], clock.now())
    ticks(p, clock, 1)
    p.set_paused(True, clock.now())
    ticks(p, clock, 60)
    assert p.view().step_remaining == 2
    assert p.view().paused
    p.set_paused(False, clock.now())
    ticks(p, clock, 1)
    assert p.view().step_remaining == 1
    assert p.summary().active_seconds == pytest.approx(2)


def test_next_and_back_move_by_exercise(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a"), make("b"), make("c")], clock.now())
    p.next_exercise(clock.now())
    assert p.view().exercise.id == "b"
    assert p.view().repetition == 0
    p.next_exercise(clock.now())
    assert p.view().exercise.id == "c"
    p.previous_exercise(clock.now())
    assert p.view().exercise.id == "b"
    p.previous_exercise(clock.now())
    p.previous_exercise(clock.now())
    assert p.view().exercise.id == "a"  # Back on the first restarts it
    p.next_exercise(clock.now())
    p.next_exercise(clock.now())
    p.next_exercise(clock.now())
    assert p.finished
    s = p.summary()
    assert s.completed == ()
    assert s.partial == ("a", "b", "c")


def test_a_long_gap_between_ticks_does_not_race_through_the_routine(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=5)], clock.now())
    clock.advance(timedelta(hours=2))  # the laptop slept mid-break
    p.tick(clock.now())
    assert not p.finished
    assert p.summary().active_seconds == MAX_TICK_GAP.total_seconds()


def test_clock_going_backwards_is_ignored(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a")], clock.now())
    clock.set(clock.now() - timedelta(minutes=10))
    assert p.tick(clock.now()) is False
    ticks(p, clock, 1)
    assert p.view().step_remaining == 2


def test_an_empty_routine_is_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="at least one exercise"):
        RoutinePlayer([], clock.now())


def walk(player: RoutinePlayer, clock: FakeClock) -> list[PlayerView]:
    """Every distinct step the player shows, ticking each second to the end."""
    seen = [player.view()]
    while not player.finished:
        clock.advance(1)
        player.tick(clock.now())
        if player.view().position != seen[-1].position and not player.finished:
            seen.append(player.view())
    return seen


def test_a_two_sided_exercise_does_the_right_side_then_the_left(clock: FakeClock) -> None:
    ex = make("neck", reps=2, sides=Sides.BOTH)
    p = RoutinePlayer([ex], clock.now())
    opened = clock.now()
    steps = [(v.side, v.repetition, v.step.text, v.switching_sides) for v in walk(p, clock)]
    right, left = Side.RIGHT, Side.LEFT
    assert steps == [
        (right, 0, "Get ready", False),
        (right, 1, "Lift", False),
        (right, 1, "Hold", False),
        (right, 2, "Lift", False),
        (right, 2, "Hold", False),
        (left, 0, "Now the left side.", True),
        (left, 1, "Lift", False),
        (left, 1, "Hold", False),
        (left, 2, "Lift", False),
        (left, 2, "Hold", False),
    ]
    assert clock.now() - opened == timedelta(seconds=ex.seconds)
    assert ex.seconds == 3 + 2 * 2 * 7 + SIDE_SWITCH_SECONDS
    assert p.total_seconds == ex.seconds
    assert p.summary().completed == ("neck",)


def test_the_side_switch_counts_down_on_the_starting_pose(clock: FakeClock) -> None:
    ex = make("neck", reps=1, sides=Sides.BOTH)
    p = RoutinePlayer([ex], clock.now())
    ticks(p, clock, 3 + 7)  # setup, then one repetition on the right
    v = p.view()
    assert v.switching_sides
    assert (v.step.seconds, v.step.kind, v.step.picture) == (SIDE_SWITCH_SECONDS, "relax", 0)
    assert v.repetitions == 1
    ticks(p, clock, 1)
    assert p.view().step_remaining == SIDE_SWITCH_SECONDS - 1
    ticks(p, clock, SIDE_SWITCH_SECONDS - 1)
    assert (p.view().side, p.view().repetition) == (Side.LEFT, 1)


def test_a_one_sided_exercise_has_no_side(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=1)], clock.now())
    assert {v.side for v in walk(p, clock)} == {None}


def test_each_step_knows_the_pose_before_it(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=2), make("b", reps=1)], clock.now())
    views = walk(p, clock)
    assert [(v.exercise.id, v.from_picture, v.step.picture) for v in views] == [
        ("a", None, 0),  # the first step of an exercise blends from nothing
        ("a", 0, 1),
        ("a", 1, 1),
        ("a", 1, 1),
        ("a", 1, 1),
        ("b", None, 0),
        ("b", 0, 1),
        ("b", 1, 1),
    ]
    assert [v.position for v in views] == list(range(8))


def test_step_fraction_runs_from_zero_to_one(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=1)], clock.now())
    assert p.view().step_fraction == 0.0
    ticks(p, clock, 1.5, step=0.5)
    assert p.view().step_fraction == pytest.approx(0.5)


def test_each_exercise_gets_its_own_seconds_even_across_a_coarse_tick(clock: FakeClock) -> None:
    exercises = [make("a", reps=1), make("b", reps=1), make("c", reps=1)]
    p = RoutinePlayer(exercises, clock.now())
    # a takes 3 + 7 = 10 s; tick every 4 s so one tick straddles a and b.
    ticks(p, clock, 12, step=4)
    assert p.completed_positions == {0}
    s = p.summary()
    assert s.exercises == (
        ExerciseResult(0, "a", ExerciseStatus.DONE, 10.0),
        ExerciseResult(1, "b", ExerciseStatus.PARTIAL, 2.0),
        ExerciseResult(2, "c", ExerciseStatus.SKIPPED, 0.0),
    )
    assert s.active_seconds == pytest.approx(12)


def test_time_after_the_end_is_not_exercise(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=1)], clock.now())
    ticks(p, clock, 12, step=4)
    assert p.finished
    assert p.summary().active_seconds == pytest.approx(10)
    assert p.result(0) == ExerciseResult(0, "a", ExerciseStatus.DONE, 10.0)


def test_an_exercise_left_at_once_counts_as_skipped_not_partial(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a"), make("b")], clock.now())
    p.next_exercise(clock.now())
    ticks(p, clock, 1)
    assert [r.status for r in p.summary().exercises] == [
        ExerciseStatus.SKIPPED,
        ExerciseStatus.PARTIAL,
    ]
