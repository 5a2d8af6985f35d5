"""The break history as plain data: what one break was, and how it ended.

The SQLite store (``infra/history.py``) reads and writes these; statistics
(``core/stats.py``), the CSV export and the command line all work from them.

A *break* starts the first time it is offered: its window opens, or its
heads-up (or the tray) is snoozed. It stays open while it is snoozed and ends
with one outcome. Times keep the UTC offset they happened in, so a break taken
at 17:00 in New York stays on the day it was taken there after a flight home.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from microbreak.core.player import ExerciseResult, ExerciseStatus


class Outcome(StrEnum):
    """How a break ended, in what the person did (``breaks.outcome``).

    Any exercise done (:func:`moved`) makes a break taken, however it ended:
    Skip, a pause, the app closing. Skipped means declined with nothing done.
    """

    COMPLETED = "completed"  # the whole routine, every exercise done
    PARTIAL = "partial"  # ended early (any way) with an exercise done: taken
    SKIPPED = "skipped"  # declined: nothing done (reason EndReason.SKIPPED_NEXT: before it opened)
    NATURAL = "natural"  # the person was away (idle, asleep): a rest of its own
    DEFERRED = "deferred"  # put off, nothing done: a pause, busy, the app closed. Not counted


TAKEN = frozenset({Outcome.COMPLETED, Outcome.PARTIAL})

# An exercise left part way counts as movement from this long on: a glance at
# the window before Skip is a skip, half a minute of shoulder rolls is not.
# (Migration 1 -> 2 in infra/history_schema.py wrote this number out.)
MIN_PARTIAL_SECONDS = 15.0


class Tally(StrEnum):
    """What a break counts as in the statistics, the chart and the CSV."""

    TAKEN = "taken"  # completed or partly done
    SKIPPED = "skipped"  # declined on purpose: Skip, "Skip next break"
    NATURAL = "natural"  # away from the desk: a rest, not a skip
    NOT_COUNTED = "not counted"  # put off by a pause, busy, or the app closing
    OPEN = "open"  # still to come (snoozed, or on screen)


_TALLY = {
    Outcome.COMPLETED: Tally.TAKEN,
    Outcome.PARTIAL: Tally.TAKEN,
    Outcome.SKIPPED: Tally.SKIPPED,
    Outcome.NATURAL: Tally.NATURAL,
    Outcome.DEFERRED: Tally.NOT_COUNTED,
}


def tally(outcome: Outcome | None) -> Tally:
    return Tally.OPEN if outcome is None else _TALLY[outcome]


class Trigger(StrEnum):
    """What opened a break (stored in ``breaks.trigger``)."""

    SCHEDULED = "scheduled"  # its interval ran out
    MANUAL = "manual"  # the user asked for it
    PAUSE_IN_TYPING = "pause_in_typing"  # smart timing: a pause in typing, in its window


class BreakKind(StrEnum):
    """What a break asks of the person (stored in ``breaks.kind``)."""

    MICRO = "micro"  # the seated stretches
    MOVEMENT = "movement"  # every few breaks: stand up and move (core.movement)
    EYE = "eye"  # a short eye break of its own rhythm, the 20-20-20 rule (core.eye_rhythm)


class EndReason(StrEnum):
    """Why a break ended as it did, where no pause reason says it (``breaks.reason``).

    A break that ended because the person was away or busy keeps the
    :class:`~microbreak.core.state.PauseReason` instead (``sleep``, ``call``...).
    """

    AWAY = "away"  # its time passed unseen: an unannounced sleep, a frozen app
    SKIPPED_NEXT = "ahead"  # skipped before it opened ("Skip next break")
    PAUSE = "pause"  # put off by the user's pause
    BUSY = "busy"  # deferred too long, the busy reasons unknown
    APP_CLOSED = "app closed"  # the app quit or was killed while it was open


class RecordKind(StrEnum):
    """What an engine :class:`~microbreak.core.effects.Record` says happened.

    The values are what the history keeps (its ``events.kind`` column): never
    change one; add a member instead.

    Skipping the next break (the user's "Skip next break", the event
    :class:`~microbreak.core.events.SkipNextRequested`) is recorded as
    :attr:`NEXT_BREAK_SKIPPED`, stored as ``break_skipped_ahead``, the spelling
    existing histories hold; that break ends skipped with the reason
    :attr:`EndReason.SKIPPED_NEXT` (``ahead``). One name in the code, "skip
    next"; the stored words stay as they were so old rows read the same.
    """

    BREAK_STARTED = "break_started"  # detail: trigger, exercises, kind
    EXERCISE_DONE = "exercise_done"  # detail: one exercise's result
    BREAK_COMPLETED = "break_completed"  # detail: exercises_done, exercises
    BREAK_SKIPPED = "break_skipped"  # ended early from its window; same detail
    BREAK_SNOOZED = "break_snoozed"  # detail: minutes, count
    NEXT_BREAK_SKIPPED = "break_skipped_ahead"  # detail: was_due
    BREAK_MISSED = "break_missed"  # its time passed unseen; detail: reason
    BREAK_INTERRUPTED = "break_interrupted"  # closed by a pause or going away; detail: by
    NATURAL_BREAK = "natural_break"  # away long enough; detail: away_minutes, via
    BREAK_DEFERRED = "break_deferred"  # due while busy; detail: reasons
    DEFERRAL_ENDED = "deferral_ended"
    BREAK_DEFERRED_TOO_LONG = "break_deferred_too_long"  # detail: reasons
    PAUSED = "paused"  # detail: until
    RESUMED = "resumed"
    PAUSE_EXPIRED = "pause_expired"
    WORKING_HOURS_STARTED = "working_hours_started"
    WORKING_HOURS_ENDED = "working_hours_ended"
    CLOCK_CHANGED = "clock_changed"  # detail: seconds
    DAILY_BUDGET_REACHED = "daily_budget_reached"  # detail: hours, active_minutes


@dataclass(frozen=True)
class ExerciseRecord:
    attempt: int  # which opening of the break window (1, or more after a snooze)
    position: int  # index in that routine, 0-based
    exercise_id: str
    status: ExerciseStatus
    seconds: float


@dataclass(frozen=True)
class BreakRecord:
    offered_at: datetime  # aware, in the UTC offset it happened in
    trigger: Trigger
    outcome: Outcome | None  # None while the break is still open (snoozed or on screen)
    # Why, for natural, skipped and deferred breaks: an EndReason, or the
    # PauseReason(s) that held it (several joined with ", ").
    reason: str = ""
    snoozes: int = 0
    ended_at: datetime | None = None
    exercises: tuple[ExerciseRecord, ...] = ()
    kind: BreakKind = BreakKind.MICRO

    @property
    def taken(self) -> bool:
        return self.outcome in TAKEN

    @property
    def exercise_seconds(self) -> float:
        return sum(e.seconds for e in self.exercises)

    @property
    def counted_as(self) -> Tally:
        return tally(self.outcome)


def moved(results: Iterable[ExerciseResult | ExerciseRecord]) -> bool:
    """Whether the person exercised: one exercise done, or partly done for a while."""
    return any(
        r.status is ExerciseStatus.DONE
        or (r.status is ExerciseStatus.PARTIAL and r.seconds >= MIN_PARTIAL_SECONDS)
        for r in results
    )


def outcome_of(kind: RecordKind, results: Iterable[ExerciseResult | ExerciseRecord]) -> Outcome:
    """The outcome of a break that ended with engine record ``kind``.

    :attr:`RecordKind.BREAK_COMPLETED` means the routine reached its end, which
    may have been by pressing Next through it: only a routine with every exercise
    done is completed. Anything the person moved in (:func:`moved`) is partial.
    """
    results = list(results)
    done = sum(r.status is ExerciseStatus.DONE for r in results)
    if kind is RecordKind.BREAK_COMPLETED and done == len(results):
        return Outcome.COMPLETED
    return settled(Outcome.SKIPPED, results)


def settled(outcome: Outcome, results: Iterable[ExerciseResult | ExerciseRecord]) -> Outcome:
    """``outcome``, unless the person exercised in the break: then it was taken.

    A break skipped, put off by a pause, closed with the app or ended by going
    away after an exercise was done is partial, not skipped or uncounted.
    """
    if outcome not in TAKEN and moved(results):
        return Outcome.PARTIAL
    return outcome


def results_from_detail(detail: Mapping[str, object]) -> list[ExerciseResult]:
    """Read back the ``exercises`` list the engine puts in a break's record.

    Tolerant: an entry that is not the expected shape is left out rather than
    losing the whole record.
    """
    raw = detail.get("exercises")
    if not isinstance(raw, list):
        return []
    results = []
    for item in raw:
        result = result_from_detail(item)
        if result is not None:
            results.append(result)
    return results


def result_from_detail(item: object) -> ExerciseResult | None:
    """One exercise's result from a record detail (see ``user_requests._result_detail``)."""
    if not isinstance(item, Mapping):
        return None
    position, exercise, status, seconds = (
        item.get(k) for k in ("position", "exercise", "status", "seconds")
    )
    if (
        not isinstance(position, int)
        or not isinstance(exercise, str)
        or not isinstance(status, str)
        or status not in _STATUS_WORDS
        or not isinstance(seconds, int | float)
    ):
        return None
    return ExerciseResult(position, exercise, ExerciseStatus(status), float(seconds))


_STATUS_WORDS = frozenset(s.value for s in ExerciseStatus)
