"""The break history: one SQLite file, ``history.sqlite3`` in the user data dir.

What is kept (schema in :data:`MIGRATIONS`):

- ``breaks``: one row per break offered, from the first time it was offered
  (its window opened, or its heads-up was snoozed) to its outcome; the time and
  the UTC offset it was offered in, the trigger, the snooze count, the outcome
  and why.
- ``break_exercises``: each exercise of each opening of the break window, with
  how far it got and the seconds spent on it. A row is written the moment an
  exercise is done, so a crash later in the break keeps it.
- ``events``: every record the engine emits, verbatim (kind, time, JSON
  detail), pauses and resumes included.

Durability: WAL with ``synchronous=FULL``, and every engine record is written in
its own short transaction. WAL alone already survives the app being killed
(kill -9 loses nothing committed: the commit is in the WAL file the moment
``write()`` returns). FULL adds an fsync of the WAL per commit, so a power cut
or a battery running flat mid-break keeps the last records too. microbreak
writes a handful of rows per break, so the cost (a few milliseconds per break)
is invisible; NORMAL would save nothing a person could notice.

A file that is not a database, fails ``PRAGMA quick_check``, stays locked by
another program, or goes bad while the app runs is renamed
``history.sqlite3.broken-<timestamp>`` (its ``-wal`` and ``-shm`` too, so the
pair still opens together) and a fresh one is started; the message says where
the old one went. If even that fails the history lives in memory for the
session and the user is told. The app keeps running in every case.
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from microbreak.core.clock import Clock
from microbreak.core.effects import Record
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import (
    BreakRecord,
    EndReason,
    ExerciseRecord,
    Outcome,
    RecordKind,
    Trigger,
    outcome_of,
    result_from_detail,
    results_from_detail,
)

log = logging.getLogger(__name__)

# Each entry moves the schema from version i to i + 1 (``PRAGMA user_version``).
# Never edit a released entry: append a new one, and add the version it makes
# to tests/test_history.py's per-version fixtures. The words in the columns are
# the values of core.records' enums (trigger: Trigger, which has grown since
# the comment below; outcome: Outcome; reason: EndReason or PauseReason) and,
# for events.kind, RecordKind. The columns are plain TEXT, so a new value
# needs no migration.
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1
    """
    CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        offered_utc TEXT NOT NULL,        -- ISO 8601, UTC, seconds
        utc_offset INTEGER NOT NULL,      -- seconds east of UTC where it was offered
        trigger TEXT NOT NULL,            -- scheduled | manual
        outcome TEXT,                     -- NULL while open; see core.records.Outcome
        reason TEXT NOT NULL DEFAULT '',  -- why: away, ahead, pause, app closed
        snoozes INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,  -- times its window opened
        ended_utc TEXT,
        ended_offset INTEGER
    );
    CREATE INDEX breaks_by_time ON breaks (offered_utc);
    CREATE INDEX breaks_open ON breaks (id) WHERE outcome IS NULL;
    CREATE TABLE break_exercises (
        break_id INTEGER NOT NULL REFERENCES breaks (id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        status TEXT NOT NULL,             -- planned | done | partial | skipped
        seconds REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (break_id, attempt, position)
    ) WITHOUT ROWID;
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        utc_offset INTEGER NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_time ON events (at_utc);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

BUSY_TIMEOUT_MS = 2000
# Errors after which the file itself is the problem: it is moved aside.
_BAD_FILE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
)
_STATUSES = frozenset(s.value for s in ExerciseStatus)
_TRIGGERS = {t.value: t for t in Trigger}


class HistoryError(Exception):
    """The history file cannot be read (for the command line, which moves nothing)."""


class NewerSchemaError(HistoryError):
    pass


def utc_text(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _offset(when: datetime) -> int:
    delta = when.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


_ZONES: dict[int, timezone] = {}


def _zone(offset: int | None) -> timezone:
    zone = _ZONES.get(offset or 0)
    if zone is None:
        zone = _ZONES[offset or 0] = timezone(timedelta(seconds=offset or 0))
    return zone


def _local(utc: str, offset: int) -> datetime:
    return datetime.fromisoformat(utc).replace(tzinfo=UTC).astimezone(_zone(offset))


def _is_bad_file(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    return (code & 0xFF) in _BAD_FILE_CODES


def _connect(target: str | Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Open, check and migrate; raises sqlite3.Error if the file is unusable."""
    conn = sqlite3.connect(target, isolation_level=None, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check failed: {check[0] if check else 'no answer'}")
        _check_version(conn)  # before WAL, which would rewrite a newer file's header
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"it was written by a newer microbreak (history schema {version}; "
            f"this version knows up to {SCHEMA_VERSION})"
        )
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`, one transaction per step."""
    version = _check_version(conn)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[target - 1]
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {target};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("history schema migrated to version %d", target)
    return version


class HistoryStore:
    """The app's handle on the history file. Never raises for a bad file."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        clock: Clock | None,  # None: opened for reading, nothing is ever moved aside
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self._conn = conn
        self._path = path  # None: in memory, nothing is kept after the app ends
        self._clock = clock
        self._busy_ms = busy_timeout_ms
        self.problems: list[str] = []
        # Called with a message for the user when something goes wrong while
        # running (the app notifies); start-up problems wait in ``problems``.
        self.on_problem: Callable[[str], None] | None = None

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path, clock: Clock, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> HistoryStore:
        """Open ``path`` for the app: whatever is wrong with it, return a working store."""
        store = cls(_memory(), None, clock, busy_timeout_ms=busy_timeout_ms)
        problem = store._reopen(path, clock.now())
        if problem:
            store.problems.append(problem)
        return store

    @classmethod
    def open_existing(cls, path: Path) -> HistoryStore | None:
        """Open for reading (the command line): None if there is no history yet.

        Moves nothing aside: the running app may have the file open, and it is
        the app's job to repair it. Raises :class:`HistoryError` instead.
        """
        if not path.exists():
            return None
        try:
            conn = _connect(path, BUSY_TIMEOUT_MS)
        except (sqlite3.Error, NewerSchemaError) as exc:
            raise HistoryError(f"{path} cannot be read: {exc}") from exc
        return cls(conn, path, None)

    @property
    def path(self) -> Path | None:
        """The file in use; None while the history is kept in memory only."""
        return self._path

    def _reopen(self, path: Path, now: datetime) -> str:
        """Open ``path`` at start-up, moving a bad file aside; returns a message, or ''."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = _connect(path, self._busy_ms)
        except NewerSchemaError as exc:
            return self._use_memory(
                f"Break history is not being saved: {path} is left as it is because {exc}. "
                "Update microbreak to keep recording."
            )
        except OSError as exc:
            return self._use_memory(
                f"Break history is not being saved this session: {path} cannot be created ({exc})."
            )
        except sqlite3.Error as exc:
            if not path.exists():
                return self._use_memory(
                    f"Break history is not being saved this session: {path} cannot be "
                    f"created ({exc})."
                )
            return self._start_afresh(path, f"could not be used ({_short(exc)})", now)
        self._swap(conn, path)
        return ""

    def _start_afresh(self, path: Path, what: str, now: datetime) -> str:
        """Move ``path`` aside and start an empty history; returns the message for the user."""
        aside = self._move_aside(path, now)
        if aside is None:
            return self._use_memory(
                f"Break history is not being saved this session: {path} {what} and "
                "cannot be moved aside."
            )
        try:
            conn = _connect(path, self._busy_ms)
        except (sqlite3.Error, OSError) as exc:
            return self._use_memory(
                f"Break history is not being saved this session: {path} {what}, and a "
                f"new one could not be started ({exc}). The old one is kept as {aside}."
            )
        self._swap(conn, path)
        return (
            f"Your break history {path} {what}. It was kept as {aside.name} "
            "and a new, empty history was started."
        )

    def _swap(self, conn: sqlite3.Connection, path: Path | None) -> None:
        old, self._conn, self._path = self._conn, conn, path
        if old is not conn:
            old.close()

    def _use_memory(self, message: str) -> str:
        self._swap(_memory(), None)
        return message

    def _move_aside(self, path: Path, now: datetime) -> Path | None:
        self._conn.close()  # ours may be on it; Windows cannot rename an open file
        aside = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%dT%H%M%S')}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%dT%H%M%S')}-{n}")
        try:
            path.rename(aside)
        except OSError as exc:
            log.error("cannot move %s aside: %s", path, exc)
            return None
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                try:
                    extra.rename(aside.with_name(aside.name + suffix))
                except OSError as exc:
                    log.error("cannot move %s aside: %s", extra, exc)
        log.warning("moved the break history %s aside to %s", path, aside)
        return aside

    def close(self) -> None:
        self._conn.close()

    # -- writing ---------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _write(self, what: str, op: Callable[[sqlite3.Connection], None]) -> None:
        """Run ``op`` in one transaction; on a bad file, move it aside and retry once."""
        for attempt in (1, 2):
            try:
                with self._transaction() as conn:
                    op(conn)
                return
            except sqlite3.Error as exc:
                log.error("history: cannot save %s: %s", what, exc)
                if (
                    attempt == 1
                    and self._clock is not None
                    and self._path is not None
                    and _is_bad_file(exc)
                ):
                    what = f"could not be written to ({_short(exc)})"
                    self._report(self._start_afresh(self._path, what, self._clock.now()))
                    continue
                self._report(f"microbreak could not save {what} in its break history ({exc}).")
                return

    def _report(self, message: str) -> None:
        if not message:
            return
        log.warning("%s", message)
        if self.on_problem is not None:
            self.on_problem(message)
        else:
            self.problems.append(message)

    def record(self, rec: Record) -> None:
        """Keep one engine record: the raw event and what it means for the break."""
        self._write(rec.kind.replace("_", " "), lambda conn: _apply(conn, rec))

    def close_interrupted(self, now: datetime) -> int:
        """Breaks left open by the last run (quit or killed mid-break): deferred."""
        closed = 0

        def op(conn: sqlite3.Connection) -> None:
            nonlocal closed
            row = conn.execute(
                "SELECT at_utc, utc_offset FROM events ORDER BY at_utc DESC, id DESC LIMIT 1"
            ).fetchone()
            ended, offset = row if row is not None else (utc_text(now), _offset(now))
            for (break_id,) in conn.execute(
                "SELECT id FROM breaks WHERE outcome IS NULL"
            ).fetchall():
                _close(conn, break_id, Outcome.DEFERRED, EndReason.APP_CLOSED, (ended, offset))
                closed += 1

        self._write("the end of an unfinished break", op)
        return closed

    def prune(self, now: datetime, keep_days: int) -> int:
        """Forget breaks offered more than ``keep_days`` ago (0 keeps everything)."""
        if keep_days <= 0:
            return 0
        cutoff = utc_text(now - timedelta(days=keep_days))
        removed = 0

        def op(conn: sqlite3.Connection) -> None:
            nonlocal removed
            conn.execute(
                "DELETE FROM break_exercises WHERE break_id IN "
                "(SELECT id FROM breaks WHERE offered_utc < ? AND outcome IS NOT NULL)",
                (cutoff,),
            )
            removed = conn.execute(
                "DELETE FROM breaks WHERE offered_utc < ? AND outcome IS NOT NULL", (cutoff,)
            ).rowcount
            conn.execute("DELETE FROM events WHERE at_utc < ?", (cutoff,))

        self._write("the history clean-up", op)
        return removed

    def clear(self) -> None:
        """Delete the whole history, and leave nothing of it in the file."""

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM break_exercises")
            conn.execute("DELETE FROM breaks")
            conn.execute("DELETE FROM events")

        self._write("clearing the history", op)
        try:
            # Deleted rows linger in free pages and the WAL until rewritten.
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("history: VACUUM after clearing failed: %s", exc)

    # -- reading ---------------------------------------------------------

    def breaks(
        self, since: datetime | None = None, *, exercises_from: datetime | None = None
    ) -> list[BreakRecord]:
        """Breaks in the order they were offered (all, or from ``since`` on).

        ``exercises_from`` reads the exercises only of breaks offered from then
        on; older breaks come with ``exercises=()``. The statistics window
        shows exercises for at most 30 days but needs every break for the
        streak: this keeps a year of history quick to open.
        """
        start = utc_text(since) if since is not None else ""
        ex_start = max(start, utc_text(exercises_from)) if exercises_from is not None else start
        # Many small objects at once: the cyclic collector would only walk them
        # again and again (none of them can form a cycle).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._read_breaks(start, ex_start)
        except sqlite3.Error as exc:
            log.error("history: cannot read: %s", exc)
            self._report(f"microbreak could not read its break history ({exc}).")
            return []
        finally:
            if collecting:
                gc.enable()

    def _read_breaks(self, start: str, ex_start: str) -> list[BreakRecord]:
        # Times as Unix seconds, converted by SQLite: fromtimestamp() straight
        # into the stored offset is several times quicker than parsing ISO text
        # and moving it to another zone, and a year is 20,000 of them.
        rows = self._conn.execute(
            "SELECT id, CAST(strftime('%s', offered_utc) AS INTEGER), utc_offset, trigger, "
            "outcome, reason, snoozes, CAST(strftime('%s', ended_utc) AS INTEGER), "
            "ended_offset FROM breaks WHERE offered_utc >= ? ORDER BY offered_utc, id",
            (start,),
        ).fetchall()
        # In primary-key order, which is the table's own order: no sort needed.
        exercise_rows = self._conn.execute(
            "SELECT break_id, attempt, position, exercise_id, status, seconds "
            "FROM break_exercises WHERE break_id IN "
            "(SELECT id FROM breaks WHERE offered_utc >= ?) "
            "ORDER BY break_id, attempt, position",
            (ex_start,),
        ).fetchall()
        exercises: dict[int, list[ExerciseRecord]] = {}
        statuses = {s.value: s for s in ExerciseStatus}
        for break_id, attempt, position, ex_id, status, seconds in exercise_rows:
            exercises.setdefault(break_id, []).append(
                ExerciseRecord(
                    attempt, position, ex_id, statuses.get(status, ExerciseStatus.SKIPPED), seconds
                )
            )
        outcomes = {o.value: o for o in Outcome}
        return [
            BreakRecord(
                offered_at=datetime.fromtimestamp(offered, _zone(offset)),
                # A word this version does not know (a newer app wrote it)
                # reads as scheduled rather than losing the break.
                trigger=_TRIGGERS.get(trigger, Trigger.SCHEDULED),
                outcome=None if outcome is None else outcomes.get(outcome, Outcome.SKIPPED),
                reason=reason,
                snoozes=snoozes,
                ended_at=None
                if ended is None
                else datetime.fromtimestamp(ended, _zone(ended_offset)),
                exercises=tuple(exercises.get(break_id, ())),
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
            ) in rows
        ]

    def events(self) -> list[tuple[datetime, str, dict[str, Any]]]:
        """Every record kept, oldest first: (time, kind, detail)."""
        rows = self._conn.execute(
            "SELECT at_utc, utc_offset, kind, detail FROM events ORDER BY at_utc, id"
        ).fetchall()
        return [(_local(at, offset), kind, json.loads(detail)) for at, offset, kind, detail in rows]


def _short(exc: BaseException) -> str:
    """An error on one line, short enough for a notification."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


def _memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    return conn


# -- from engine records to rows ---------------------------------------------


class _Rows:
    """What one engine record does to the break rows, inside its transaction.

    The break a record belongs to is the open one (outcome still NULL), if
    any: a snoozed break stays open until it is taken, skipped or put off.
    """

    def __init__(self, conn: sqlite3.Connection, rec: Record) -> None:
        self.conn = conn
        self.at = utc_text(rec.at)
        self.offset = _offset(rec.at)
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
        _close(self.conn, self.current(), outcome, reason, (self.at, self.offset))

    # One method per engine record kind that touches a break (see _HANDLERS).

    def break_started(self) -> None:
        break_id = self.current(_TRIGGERS.get(self.text("trigger"), Trigger.SCHEDULED))
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
        break_id, attempt = self.current(), max(self.attempt, 1)
        rows = self.conn.execute(
            "SELECT position, exercise_id, status, seconds FROM break_exercises "
            "WHERE break_id = ? AND attempt = ?",
            (break_id, attempt),
        ).fetchall()
        statuses = [
            ExerciseResult(
                p, ex, ExerciseStatus(st) if st in _STATUSES else ExerciseStatus.SKIPPED, s
            )
            for p, ex, st, s in rows
        ]
        outcome = outcome_of(kind, statuses)
        if outcome is Outcome.SKIPPED and self._done_before():
            outcome = Outcome.PARTIAL  # an exercise done before a snooze still counts
        self.close(outcome)

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

    def _done_before(self) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM break_exercises WHERE break_id = ? AND status = 'done' LIMIT 1",
            (self.current(),),
        ).fetchone()
        return row is not None

    def break_completed(self) -> None:
        self._ended(RecordKind.BREAK_COMPLETED)

    def break_skipped(self) -> None:
        self._ended(RecordKind.BREAK_SKIPPED)

    def break_snoozed(self) -> None:
        break_id = self.current()
        # Snoozed from its open window: the exercises not begun were put off,
        # not skipped; they come back in the next opening's routine.
        self.conn.execute(
            "DELETE FROM break_exercises WHERE break_id = ? AND status = 'planned'", (break_id,)
        )
        count = self.detail.get("count")
        if isinstance(count, int):
            self.conn.execute("UPDATE breaks SET snoozes = ? WHERE id = ?", (count, break_id))

    def next_break_skipped(self) -> None:
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


def _apply(conn: sqlite3.Connection, rec: Record) -> None:
    conn.execute(
        "INSERT INTO events (at_utc, utc_offset, kind, detail) VALUES (?,?,?,?)",
        (
            utc_text(rec.at),
            _offset(rec.at),
            rec.kind,
            json.dumps(rec.detail, default=str, sort_keys=True),
        ),
    )
    handler = _HANDLERS.get(rec.kind)
    if handler is not None:
        handler(_Rows(conn, rec))


def _leave_unstarted(conn: sqlite3.Connection, break_id: int) -> None:
    conn.execute(
        "UPDATE break_exercises SET status = 'skipped' WHERE break_id = ? AND status = 'planned'",
        (break_id,),
    )


def _close(
    conn: sqlite3.Connection,
    break_id: int,
    outcome: Outcome,
    reason: str,
    when: tuple[str, int],
) -> None:
    _leave_unstarted(conn, break_id)
    conn.execute(
        "UPDATE breaks SET outcome = ?, reason = ?, ended_utc = ?, ended_offset = ? WHERE id = ?",
        (str(outcome), str(reason), *when, break_id),
    )
