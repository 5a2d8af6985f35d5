"""Eye breaks in the statistics: counted apart, never toward the goal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakKind, BreakRecord, ExerciseRecord, Outcome, Trigger
from microbreak.core.stats import summarize, taken_text

DAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def eye_break(at: datetime, outcome: Outcome) -> BreakRecord:
    done = ExerciseStatus.DONE if outcome is Outcome.COMPLETED else ExerciseStatus.SKIPPED
    return BreakRecord(
        at,
        Trigger.SCHEDULED,
        outcome,
        ended_at=at + timedelta(seconds=26),
        exercises=(ExerciseRecord(1, 0, "eyes-far", done, 26.0),),
        kind=BreakKind.EYE,
    )


def test_eye_breaks_are_counted_apart_from_the_breaks_and_the_goal() -> None:
    records = [
        BreakRecord(DAY, Trigger.SCHEDULED, Outcome.COMPLETED),
        *(eye_break(DAY + timedelta(minutes=20 * n), Outcome.COMPLETED) for n in range(1, 7)),
        eye_break(DAY + timedelta(hours=3), Outcome.SKIPPED),
    ]
    summary = summarize(records, date(2026, 11, 20), goal=6)
    today = summary.today
    assert (today.taken, today.offered, today.skipped, today.eyes) == (1, 1, 0, 6)
    assert not summary.goal_met, "six eye breaks are not six breaks"
    assert summary.total.eyes == 6
    assert summary.as_dict()["today"]["eyes"] == 6  # type: ignore[index]
    assert taken_text(today).startswith("1 of 1 break taken, 6 eye breaks,")
    # The exercise table still shows what the eyes did.
    (far,) = [e for e in summary.exercises if e.exercise_id == "eyes-far"]
    assert (far.done, far.skipped) == (6, 1)
    assert "eye" not in taken_text(summarize(records[:1], DAY.date()).today)
