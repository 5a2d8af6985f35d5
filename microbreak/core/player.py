"""Walks a person through a routine: which step, which repetition, how long left.

The break window owns one RoutinePlayer per break and calls :meth:`tick` with
the injected clock's time; the player decides when a hold is over and the next
step starts. Pure Python, so a whole break can be clicked through in a test
with a fake clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from microbreak.core.exercise import (
    SIDE_PLACEHOLDER,
    SIDE_SWITCH_SECONDS,
    Exercise,
    Side,
    Step,
    StepKind,
)
from microbreak.core.i18n import QT_TRANSLATE_NOOP, translate

# What a person hears and reads between the two sides of an exercise.
SIDE_SWITCH_TEXT = {
    Side.RIGHT: QT_TRANSLATE_NOOP("player", "Now the right side."),
    Side.LEFT: QT_TRANSLATE_NOOP("player", "Now the left side."),
}

# A gap between two ticks longer than this means the machine slept or the app
# froze, not that the person kept exercising: the routine resumes where it was
# instead of racing ahead and finishing a break nobody did.
MAX_TICK_GAP = timedelta(seconds=5)


@dataclass(frozen=True)
class Moment:
    exercise_index: int
    repetition: int  # 0 while getting into position (setup steps, side switch)
    step: Step
    side: Side | None = None  # which side, for a two-sided exercise
    switching_sides: bool = False  # the short cue between the two sides


@dataclass(frozen=True)
class PlayerView:
    exercise: Exercise
    exercise_number: int  # 1-based, for "Exercise 2 of 3"
    exercise_count: int
    repetition: int  # 0 while getting into position
    repetitions: int  # per side
    step: Step
    step_remaining: float  # seconds left in this step
    paused: bool
    finished: bool
    # Which step of the whole routine this is; changes exactly when the step does.
    position: int = 0
    side: Side | None = None
    switching_sides: bool = False
    # The pose shown just before this step, in the same exercise (None at an
    # exercise's first step): the window blends from it to this step's pose.
    from_picture: int | None = None

    @property
    def step_fraction(self) -> float:
        """How much of this step is behind, 0.0 to 1.0."""
        if self.finished:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.step_remaining / self.step.seconds))


class ExerciseStatus(StrEnum):
    """How far one exercise of a routine got. The history stores these words."""

    PLANNED = "planned"  # still to come (the break is open)
    DONE = "done"  # done to the end
    PARTIAL = "partial"  # started, left before the end
    SKIPPED = "skipped"  # never started


@dataclass(frozen=True)
class ExerciseResult:
    position: int  # index in the routine, 0-based
    exercise_id: str
    status: ExerciseStatus
    seconds: float  # time spent on this exercise (pauses excluded)


@dataclass(frozen=True)
class BreakSummary:
    completed: tuple[str, ...]  # exercise ids done to the end
    partial: tuple[str, ...]  # started but left before the end
    active_seconds: float  # time spent exercising (pauses excluded)
    # One result per exercise of the routine, in order; an exercise not reached
    # is SKIPPED (the routine has ended or been left when this is asked for).
    exercises: tuple[ExerciseResult, ...] = ()


class RoutinePlayer:
    def __init__(self, exercises: Sequence[Exercise], now: datetime) -> None:
        if not exercises:
            raise ValueError("a break needs at least one exercise")
        self._exercises = tuple(exercises)
        self._moments: list[Moment] = []
        self._first: list[int] = []  # index of each exercise's first moment
        for i, ex in enumerate(self._exercises):
            self._first.append(len(self._moments))
            self._moments += _moments_of(i, ex)
        self._pos = 0
        self._elapsed = 0.0
        self._last = now
        self._paused = False
        self._finished = False
        self._active = 0.0
        self._active_by_exercise = [0.0] * len(self._exercises)
        self._completed: set[int] = set()
        self._touched: set[int] = {0}

    # -- reading ---------------------------------------------------------

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self._exercises

    def step_texts(self) -> list[str]:
        """Every step's words this break can show (sides and side switches in), once each.

        The window sizes its step area for the longest, before the break starts.
        """
        return list(dict.fromkeys(m.step.text for m in self._moments))

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def total_seconds(self) -> int:
        return sum(m.step.seconds for m in self._moments)

    def progress(self) -> float:
        """How much of the whole routine is behind, 0.0 to 1.0."""
        if self._finished:
            return 1.0
        done = sum(m.step.seconds for m in self._moments[: self._pos]) + self._elapsed
        return min(1.0, done / self.total_seconds)

    def view(self) -> PlayerView:
        pos = min(self._pos, len(self._moments) - 1)
        moment = self._moments[pos]
        ex = self._exercises[moment.exercise_index]
        remaining = 0.0 if self._finished else max(0.0, moment.step.seconds - self._elapsed)
        before = self._moments[pos - 1] if pos > 0 else None
        same_exercise = before is not None and before.exercise_index == moment.exercise_index
        return PlayerView(
            exercise=ex,
            exercise_number=moment.exercise_index + 1,
            exercise_count=len(self._exercises),
            repetition=moment.repetition,
            repetitions=ex.repetitions,
            step=moment.step,
            step_remaining=remaining,
            paused=self._paused,
            finished=self._finished,
            position=pos,
            side=moment.side,
            switching_sides=moment.switching_sides,
            from_picture=before.step.picture if before is not None and same_exercise else None,
        )

    def summary(self) -> BreakSummary:
        ids = [ex.id for ex in self._exercises]
        return BreakSummary(
            completed=tuple(ids[i] for i in sorted(self._completed)),
            partial=tuple(ids[i] for i in sorted(self._touched - self._completed)),
            active_seconds=self._active,
            exercises=tuple(self.result(i) for i in range(len(ids))),
        )

    def result(self, position: int) -> ExerciseResult:
        """How exercise ``position`` went so far (not reached yet counts as skipped)."""
        if position in self._completed:
            status = ExerciseStatus.DONE
        elif position in self._touched and self._active_by_exercise[position] > 0:
            status = ExerciseStatus.PARTIAL
        else:
            status = ExerciseStatus.SKIPPED
        return ExerciseResult(
            position, self._exercises[position].id, status, self._active_by_exercise[position]
        )

    @property
    def completed_positions(self) -> frozenset[int]:
        """Positions of the exercises done to the end so far."""
        return frozenset(self._completed)

    # -- driving ---------------------------------------------------------

    def tick(self, now: datetime) -> bool:
        """Advance to ``now``. Returns True if the step changed or the routine ended."""
        delta = now - self._last
        self._last = now
        if self._paused or self._finished or delta <= timedelta(0):
            return False
        left = min(delta, MAX_TICK_GAP).total_seconds()
        changed = False
        # Walk the time step by step so seconds that cross into the next
        # exercise are counted for the exercise they were spent on.
        while not self._finished:
            moment = self._moments[self._pos]
            need = max(0.0, moment.step.seconds - self._elapsed)
            used = min(left, need)
            self._active += used
            self._active_by_exercise[moment.exercise_index] += used
            if left < need:
                self._elapsed += left
                break
            left -= need
            self._elapsed = 0.0
            self._advance_one()
            changed = True
        return changed

    def set_paused(self, paused: bool, now: datetime) -> None:
        self.tick(now)
        self._paused = paused

    def next_exercise(self, now: datetime) -> None:
        """Leave the current exercise for the next one (or end the routine)."""
        self.tick(now)
        if self._finished:
            return
        current = self._moments[self._pos].exercise_index
        if current + 1 >= len(self._exercises):
            self._finished = True
            return
        self._jump(self._first[current + 1])

    def previous_exercise(self, now: datetime) -> None:
        """Go back to the start of the previous exercise (or restart the first)."""
        self.tick(now)
        if self._finished:
            return
        current = self._moments[self._pos].exercise_index
        self._jump(self._first[max(0, current - 1)])

    def _jump(self, pos: int) -> None:
        self._pos = pos
        self._elapsed = 0.0
        self._touched.add(self._moments[pos].exercise_index)

    def _advance_one(self) -> None:
        exercise = self._moments[self._pos].exercise_index
        self._pos += 1
        if self._pos >= len(self._moments):
            self._completed.add(exercise)
            self._finished = True
            return
        following = self._moments[self._pos].exercise_index
        if following != exercise:
            self._completed.add(exercise)
            self._touched.add(following)


def _moments_of(index: int, ex: Exercise) -> list[Moment]:
    """Setup once, then every repetition; for a two-sided exercise, right then left."""
    sides = ex.side_order
    moments = [Moment(index, 0, _for_side(s, sides[0], ex), sides[0]) for s in ex.setup]
    for n, side in enumerate(sides):
        if n > 0 and side is not None:
            # Back to the starting pose, on the new side, for a few seconds.
            start_pose = (ex.setup or ex.steps)[0].picture
            cue = Step(
                translate("player", SIDE_SWITCH_TEXT[side]),
                SIDE_SWITCH_SECONDS,
                StepKind.RELAX,
                start_pose,
            )
            moments.append(Moment(index, 0, cue, side, switching_sides=True))
        steps = [_for_side(s, side, ex) for s in ex.steps]
        for rep in range(1, ex.repetitions + 1):
            moments += [Moment(index, rep, s, side) for s in steps]
    return moments


def _for_side(step: Step, side: Side | None, exercise: Exercise) -> Step:
    """The step's text with ``{side}`` read as the exercise's word for the side.

    The words come with the exercise's texts ("right", or "rechten" where
    the German text needs that form), so they always match its language.
    """
    if side is None or SIDE_PLACEHOLDER not in step.text:
        return step
    word = exercise.side_words[0 if side is Side.RIGHT else 1]
    return replace(step, text=step.text.replace(SIDE_PLACEHOLDER, word))
