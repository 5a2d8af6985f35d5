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
    COMPLETED = "completed"  # the whole routine, every exercise done
    PARTIAL = "partial"  # left or ended early with at least one exercise done
    SKIPPED = "skipped"  # declined: nothing done (reason "ahead": skipped before it opened)
    NATURAL = "natural"  # the person was away (idle, asleep): a break of its own
    DEFERRED = "deferred"  # put off and never taken: a pause, or the app closed


TAKEN = frozenset({Outcome.COMPLETED, Outcome.PARTIAL})


class Trigger(StrEnum):
    SCHEDULED = "scheduled"
    MANUAL = "manual"


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
    reason: str = ""  # why, for natural, skipped and deferred breaks
    snoozes: int = 0
    ended_at: datetime | None = None
    exercises: tuple[ExerciseRecord, ...] = ()

    @property
    def taken(self) -> bool:
        return self.outcome in TAKEN

    @property
    def exercise_seconds(self) -> float:
        return sum(e.seconds for e in self.exercises)


def outcome_of(kind: str, results: Iterable[ExerciseResult | ExerciseRecord]) -> Outcome:
    """The outcome of a break that ended with engine record ``kind``.

    ``break_completed`` means the routine reached its end, which may have been
    by pressing Next through it: only a routine with every exercise done is
    completed. Anything with at least one exercise done is partial.
    """
    statuses = [r.status for r in results]
    done = statuses.count(ExerciseStatus.DONE)
    if kind == "break_completed" and (not statuses or done == len(statuses)):
        return Outcome.COMPLETED
    if done:
        return Outcome.PARTIAL
    return Outcome.SKIPPED


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
    """One exercise's result from a record detail (see ``engine._result_detail``)."""
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
