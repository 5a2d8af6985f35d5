"""The break history: one SQLite file, ``history.sqlite3`` in the user data dir.

:class:`HistoryStore` is the app's and the command line's handle on it. What is
kept, and the migrations, are in ``history_schema``; what each engine record
does to the rows in ``history_rows``; reading back in ``history_queries``.

Durability: WAL with ``synchronous=FULL``, and every engine record is written in
its own short transaction. WAL alone already survives the app being killed
(kill -9 loses nothing committed: the commit is in the WAL file the moment
``write()`` returns). FULL adds an fsync of the WAL per commit, so a power cut
or a battery running flat mid-break keeps the last records too. microbreak
writes a handful of rows per break, so the cost (a few milliseconds per break)
is invisible; NORMAL would save nothing a person could notice. An exercise is
written the moment it is done, so a crash later in the break keeps it.

A file that is not a database, fails ``PRAGMA quick_check``, stays locked by
another program, or goes bad while the app runs is renamed
``history.sqlite3.broken-<timestamp>`` (its ``-wal`` and ``-shm`` too, so the
pair still opens together) and a fresh one is started; the message says where
the old one went. If even that fails the history lives in memory for the
session and the user is told. The app keeps running in every case.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from microbreak.core.clock import Clock
from microbreak.core.effects import Record
from microbreak.core.records import BreakRecord, EndReason, Outcome
from microbreak.infra.history_queries import read_breaks, read_events
from microbreak.infra.history_rows import apply_record, close_open_breaks
from microbreak.infra.history_schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryError,
    NewerSchemaError,
    connect,
    memory,
    migrate,
    utc_text,
)

# Importers of this module (the app, the command line, tests) find these here.
__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "HistoryError",
    "HistoryStore",
    "NewerSchemaError",
    "migrate",
    "utc_text",
]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 2000
# Errors after which the file itself is the problem: it is moved aside.
_BAD_FILE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
)


def _is_bad_file(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return False
    return (code & 0xFF) in _BAD_FILE_CODES


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
        store = cls(memory(), None, clock, busy_timeout_ms=busy_timeout_ms)
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
            conn = connect(path, BUSY_TIMEOUT_MS)
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
            conn = connect(path, self._busy_ms)
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
            conn = connect(path, self._busy_ms)
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
        self._swap(memory(), None)
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
        self._write(rec.kind.replace("_", " "), lambda conn: apply_record(conn, rec))

    def close_interrupted(self, now: datetime) -> int:
        """Breaks left open by the last run (quit or killed mid-break).

        Put off, not skipped: the person never said no. One in which they had
        done an exercise was taken (``history_rows.close_break``).
        """
        closed = 0

        def op(conn: sqlite3.Connection) -> None:
            nonlocal closed
            closed = close_open_breaks(conn, Outcome.DEFERRED, EndReason.APP_CLOSED, now)

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
            return read_breaks(self._conn, start, ex_start)
        except sqlite3.Error as exc:
            log.error("history: cannot read: %s", exc)
            self._report(f"microbreak could not read its break history ({exc}).")
            return []
        finally:
            if collecting:
                gc.enable()

    def events(self) -> list[tuple[datetime, str, dict[str, Any]]]:
        """Every record kept, oldest first: (time, kind, detail)."""
        return read_events(self._conn)


def _short(exc: BaseException) -> str:
    """An error on one line, short enough for a notification."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."
