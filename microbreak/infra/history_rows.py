"""From engine records to the history's break rows: what each record means.

One engine :class:`~microbreak.core.effects.Record` is kept verbatim in
``events`` and, if it touches a break, changes that break's rows. The outcome
is decided by ``core.records`` (:func:`outcome_of`, :func:`settled`): whatever
ended a break, one in which the person exercised was taken.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime

from microbreak.core.effects import Record
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import (
    BreakKind,
    EndReason,
    Outcome,
    RecordKind,
    Trigger,
    outcome_of,
    result_from_detail,
    results_from_detail,
    settled,
)
from microbreak.infra.history_schema import offset_of, utc_text

_STATUSES = {s.value: s for s in ExerciseStatus}
TRIGGERS = {t.value: t for t in Trigger}
KINDS = {k.value: k for k in BreakKind}


def apply_record(conn: sqlite3.Connection, rec: Record) -> None:
    """Keep ``rec`` in ``events`` and apply it to the break rows (inside a transaction)."""
    conn.execute(
        "INSERT INTO events (at_utc, utc_offset, kind, detail) VALUES (?,?,?,?)",
        (
            utc_text(rec.at),
            offset_of(rec.at),
            rec.kind,
            json.dumps(rec.detail, default=str, sort_keys=True),
        ),
    )
    handler = _HANDLERS.get(rec.kind)
    if handler is not None:
        handler(_Rows(conn, rec))


def close_open_breaks(
    conn: sqlite3.Connection, outcome: Outcome, reason: str, now: datetime
) -> int:
    """End every break still open, at the last record kept (or ``now`` if none).

    For breaks the last run left open (it quit or was killed mid-break).
    """
    row = conn.execute(
        "SELECT at_utc, utc_offset FROM events ORDER BY at_utc DESC, id DESC LIMIT 1"
    ).fetchone()
    ended = (row[0], row[1]) if row is not None else (utc_text(now), offset_of(now))
    ids = [i for (i,) in conn.execute("SELECT id FROM breaks WHERE outcome IS NULL").fetchall()]
    for break_id in ids:
        close_break(conn, break_id, outcome, reason, ended)
    return len(ids)


def close_break(
    conn: sqlite3.Connection,
    break_id: int,
    outcome: Outcome,
    reason: str,
    when: tuple[str, int],
) -> None:
    """End a break: exercises not begun were skipped; anything done makes it taken."""
    conn.execute(
        "UPDATE break_exercises SET status = 'skipped' WHERE break_id = ? AND status = 'planned'",
        (break_id,),
    )
    outcome = settled(outcome, _exercises(conn, break_id))
    conn.execute(
        "UPDATE breaks SET outcome = ?, reason = ?, ended_utc = ?, ended_offset = ? WHERE id = ?",
        (str(outcome), str(reason), *when, break_id),
    )


def _exercises(
    conn: sqlite3.Connection, break_id: int, attempt: int | None = None
) -> list[ExerciseResult]:
    """A break's exercises (of one opening, or of all), as the window reported them."""
    query = "SELECT position, exercise_id, status, seconds FROM break_exercises WHERE break_id = ?"
    args: tuple[int, ...] = (break_id,)
    if attempt is not None:
        query += " AND attempt = ?"
        args = (break_id, attempt)
    return [
        ExerciseResult(p, ex, _STATUSES.get(st, ExerciseStatus.SKIPPED), s)
        for p, ex, st, s in conn.execute(query, args).fetchall()
    ]


class _Rows:
    """What one engine record does to the break rows, inside its transaction.

    The break a record belongs to is the open one (outcome still NULL), if
    any: a snoozed break stays open until it is taken, skipped or put off.
    """

    def __init__(self, conn: sqlite3.Connection, rec: Record) -> None:
        self.conn = conn
        self.at = utc_text(rec.at)
        self.offset = offset_of(rec.at)
        self.detail = rec.detail
        row = conn.execute(
            "SELECT id, attempts FROM breaks WHERE outcome IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        self.open_id: int | None = row[0] if row else None
        self.attempt: int = row[1] if row else 0

    def current(self, trigger: Trigger = Trigger.SCHEDULED) -> int:
        """The open break, or a new one offered now."""
        if self.open_id is None:
            cur = self.conn.execute(
                "INSERT INTO breaks (offered_utc, utc_offset, trigger) VALUES (?,?,?)",
                (self.at, self.offset, trigger.value),
            )
            assert cur.lastrowid is not None
            self.open_id = cur.lastrowid
        return self.open_id

    def mark_kind(self) -> None:
        """The break's kind, where the record names it (a break offered, snoozed or skipped)."""
        kind = KINDS.get(self.text("kind"))
        if kind is not None:
            self.conn.execute(
                "UPDATE breaks SET kind = ? WHERE id = ?", (kind.value, self.current())
            )

    def text(self, key: str, default: str = "") -> str:
        value = self.detail.get(key)
        return value if isinstance(value, str) else default

    def save(self, results: Iterable[ExerciseResult]) -> None:
        break_id, attempt = self.current(), max(self.attempt, 1)
        self.conn.executemany(
            "INSERT OR REPLACE INTO break_exercises VALUES (?,?,?,?,?,?)",
            [
                (break_id, attempt, r.position, r.exercise_id, str(r.status), round(r.seconds, 1))
                for r in results
            ],
        )

    def close(self, outcome: Outcome, reason: str = "") -> None:
        close_break(self.conn, self.current(), outcome, reason, (self.at, self.offset))

    # One method per engine record kind that touches a break (see _HANDLERS).

    def break_started(self) -> None:
        break_id = self.current(TRIGGERS.get(self.text("trigger"), Trigger.SCHEDULED))
        self.mark_kind()
        self.attempt += 1
        self.conn.execute("UPDATE breaks SET attempts = ? WHERE id = ?", (self.attempt, break_id))
        planned = self.detail.get("exercises")
        if isinstance(planned, list):
            self.conn.executemany(
                "INSERT OR REPLACE INTO break_exercises VALUES (?,?,?,?,'planned',0)",
                [(break_id, self.attempt, i, str(ex)) for i, ex in enumerate(planned)],
            )

    def exercise_done(self) -> None:
        result = result_from_detail(self.detail)
        if self.open_id is not None and result is not None:
            self.save([result])

    def _ended(self, kind: RecordKind) -> None:
        results = results_from_detail(self.detail)
        if results:
            self.save(results)
        else:
            # Only the ids of the exercises done (a command-line skip, say):
            # mark them done where they were planned, keeping their seconds.
            done = self.detail.get("exercises_done")
            self._mark_done([str(ex) for ex in done] if isinstance(done, list) else [])
        # This opening decides completed or not; an exercise done in an
        # earlier one (before a snooze) still makes it taken (close_break).
        self.close(outcome_of(kind, _exercises(self.conn, self.current(), max(self.attempt, 1))))

    def _mark_done(self, exercise_ids: list[str]) -> None:
        break_id, attempt = self.current(), max(self.attempt, 1)
        for ex_id in exercise_ids:
            updated = self.conn.execute(
                "UPDATE break_exercises SET status = 'done' WHERE break_id = ? AND attempt = ? "
                "AND exercise_id = ?",
                (break_id, attempt, ex_id),
            ).rowcount
            if not updated:
                self.conn.execute(
                    "INSERT INTO break_exercises SELECT ?, ?, COALESCE(MAX(position) + 1, 0), "
                    "?, 'done', 0 FROM break_exercises WHERE break_id = ? AND attempt = ?",
                    (break_id, attempt, ex_id, break_id, attempt),
                )

    def break_completed(self) -> None:
        self._ended(RecordKind.BREAK_COMPLETED)

    def break_skipped(self) -> None:
        self._ended(RecordKind.BREAK_SKIPPED)

    def break_snoozed(self) -> None:
        break_id = self.current()
        self.mark_kind()
        # Snoozed from its open window: the exercises not begun were put off,
        # not skipped; they come back in the next opening's routine.
        self.conn.execute(
            "DELETE FROM break_exercises WHERE break_id = ? AND status = 'planned'", (break_id,)
        )
        count = self.detail.get("count")
        if isinstance(count, int):
            self.conn.execute("UPDATE breaks SET snoozes = ? WHERE id = ?", (count, break_id))

    def next_break_skipped(self) -> None:
        self.mark_kind()
        self.close(Outcome.SKIPPED, EndReason.SKIPPED_NEXT)

    def break_missed(self) -> None:
        self.close(Outcome.NATURAL, self.text("reason", EndReason.AWAY))

    def natural_break(self) -> None:
        # Away long enough (idle, asleep, locked): the break was taken away
        # from the desk. It closes the break that was coming, or one offered now.
        self.close(Outcome.NATURAL, self.text("via", EndReason.AWAY))

    def break_deferred_too_long(self) -> None:
        reasons = self.detail.get("reasons")
        why = ", ".join(str(r) for r in reasons) if isinstance(reasons, list) else EndReason.BUSY
        self.close(Outcome.DEFERRED, why)

    def break_interrupted(self) -> None:
        if self.open_id is not None:
            self.close(Outcome.DEFERRED, self.text("by"))

    def paused(self) -> None:
        if self.open_id is not None:  # a snoozed break, still to come, that the pause puts off
            self.close(Outcome.DEFERRED, EndReason.PAUSE)


# The record kinds that touch a break row; the others are kept in events only.
_HANDLERS: dict[RecordKind, Callable[[_Rows], None]] = {
    RecordKind.BREAK_STARTED: _Rows.break_started,
    RecordKind.EXERCISE_DONE: _Rows.exercise_done,
    RecordKind.BREAK_COMPLETED: _Rows.break_completed,
    RecordKind.BREAK_SKIPPED: _Rows.break_skipped,
    RecordKind.BREAK_SNOOZED: _Rows.break_snoozed,
    RecordKind.NEXT_BREAK_SKIPPED: _Rows.next_break_skipped,
    RecordKind.BREAK_MISSED: _Rows.break_missed,
    RecordKind.NATURAL_BREAK: _Rows.natural_break,
    RecordKind.BREAK_DEFERRED_TOO_LONG: _Rows.break_deferred_too_long,
    RecordKind.BREAK_INTERRUPTED: _Rows.break_interrupted,
    RecordKind.PAUSED: _Rows.paused,
}
