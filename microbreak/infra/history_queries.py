"""Reading the history back: breaks as :class:`BreakRecord`, and the raw events."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakKind, BreakRecord, ExerciseRecord, Outcome, Trigger
from microbreak.infra.history_rows import KINDS, TRIGGERS
from microbreak.infra.history_schema import local, zone

_STATUSES = {s.value: s for s in ExerciseStatus}
_OUTCOMES = {o.value: o for o in Outcome}


def read_breaks(conn: sqlite3.Connection, start: str, ex_start: str) -> list[BreakRecord]:
    """Breaks offered from ``start`` (UTC text) on; exercises only from ``ex_start`` on."""
    # Times as Unix seconds, converted by SQLite: fromtimestamp() straight
    # into the stored offset is several times quicker than parsing ISO text
    # and moving it to another zone, and a year is 20,000 of them.
    rows = conn.execute(
        "SELECT id, CAST(strftime('%s', offered_utc) AS INTEGER), utc_offset, trigger, "
        "outcome, reason, snoozes, CAST(strftime('%s', ended_utc) AS INTEGER), "
        "ended_offset, kind FROM breaks WHERE offered_utc >= ? ORDER BY offered_utc, id",
        (start,),
    ).fetchall()
    # In primary-key order, which is the table's own order: no sort needed.
    exercise_rows = conn.execute(
        "SELECT break_id, attempt, position, exercise_id, status, seconds "
        "FROM break_exercises WHERE break_id IN "
        "(SELECT id FROM breaks WHERE offered_utc >= ?) "
        "ORDER BY break_id, attempt, position",
        (ex_start,),
    ).fetchall()
    exercises: dict[int, list[ExerciseRecord]] = {}
    for break_id, attempt, position, ex_id, status, seconds in exercise_rows:
        exercises.setdefault(break_id, []).append(
            ExerciseRecord(
                attempt, position, ex_id, _STATUSES.get(status, ExerciseStatus.SKIPPED), seconds
            )
        )
    return [
        BreakRecord(
            offered_at=datetime.fromtimestamp(offered, zone(offset)),
            # A word this version does not know (a newer app wrote it)
            # reads as scheduled rather than losing the break.
            trigger=TRIGGERS.get(trigger, Trigger.SCHEDULED),
            # An outcome a newer app wrote and this one does not know is
            # not counted either way, rather than taken for a skip.
            outcome=None if outcome is None else _OUTCOMES.get(outcome, Outcome.DEFERRED),
            reason=reason,
            snoozes=snoozes,
            ended_at=None if ended is None else datetime.fromtimestamp(ended, zone(ended_offset)),
            exercises=tuple(exercises.get(break_id, ())),
            # A kind a newer app wrote reads as a microbreak.
            kind=KINDS.get(kind, BreakKind.MICRO),
        )
        for (
            break_id,
            offered,
            offset,
            trigger,
            outcome,
            reason,
            snoozes,
            ended,
            ended_offset,
            kind,
        ) in rows
    ]


def read_events(conn: sqlite3.Connection) -> list[tuple[datetime, str, dict[str, Any]]]:
    """Every record kept, oldest first: (time, kind, detail)."""
    rows = conn.execute(
        "SELECT at_utc, utc_offset, kind, detail FROM events ORDER BY at_utc, id"
    ).fetchall()
    return [(local(at, offset), kind, json.loads(detail)) for at, offset, kind, detail in rows]
