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

A file that SQLite says is not a database or is corrupt (or that fails
``PRAGMA quick_check``), at start or while the app runs, is renamed
``history.sqlite3.broken-<timestamp>`` (its ``-wal`` and ``-shm`` too, so the
pair still opens together) and a fresh one is started; the message says where
the old one went. Nothing else sets a file aside: a full disk, an I/O error or
another program's lock says nothing about the file. Then it is kept as it is,
the person is told once, and the session's records wait in memory until a
later write finds the file writable (see :class:`HistoryStore`). A file a
newer microbreak wrote is left alone and the history lives in memory for the
session; so does one in a place that cannot be created. The app keeps
running in every case. The file and its ``-wal``/``-shm`` are private (0600 in
a 0700 folder).
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
from microbreak.core.i18n import translate
from microbreak.core.records import BreakRecord, EndReason, Outcome
from microbreak.infra.history_queries import read_breaks, read_events
from microbreak.infra.history_rows import apply_record, close_open_breaks
from microbreak.infra.history_schema import (
    BUSY,
    DAMAGED,
    FULL,
    MIGRATIONS,
    OTHER,
    SCHEMA_VERSION,
    HistoryError,
    NewerSchemaError,
    connect,
    copy_of,
    memory,
    migrate,
    problem_kind,
    read_copy,
    utc_text,
)
from microbreak.infra.private_files import create_private, ensure_private_dir, tighten

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

# Long enough for another program's short write (a backup tool, a database
# browser) to finish; a lock held longer is waited out in memory instead.
BUSY_TIMEOUT_MS = 5000
# While the file cannot be written, how long before the next write tries it
# again (a retry waits out the busy timeout, so not at every record).
RETRY_AFTER = timedelta(minutes=1)

Op = Callable[[sqlite3.Connection], None]


class HistoryStore:
    """The app's handle on the history file. Never raises for a bad file.

    While the file cannot be written (a full disk, another program's lock) the
    writes wait in memory, in order, and go to the file at the first write
    after :data:`RETRY_AFTER` that finds it writable again (or at
    :meth:`close`). Meanwhile reads see a copy of the file with them applied.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        clock: Clock | None,  # None: opened for reading, nothing is ever moved aside
        *,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self._conn = conn  # on the file; in memory while writes wait, or for good
        self._path = path  # None: in memory, nothing is kept after the app ends
        self._clock = clock
        self._busy_ms = busy_timeout_ms
        # Writes not yet in the file; only while _detached.
        self._waiting: list[tuple[str, Op]] = []
        self._detached = False  # _conn is a stand-in for _path, not the file
        self._retry_at: datetime | None = None
        self._vacuum_due = False
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
        the app's job to repair it. Raises :class:`HistoryError` instead, with
        advice that fits what went wrong.
        """
        if not path.exists():
            return None
        try:
            conn = connect(path, BUSY_TIMEOUT_MS)
        except NewerSchemaError as exc:
            raise HistoryError(
                f"{path} cannot be read: {exc}.",
                "Use that newer microbreak, or update this one, to read it; "
                "the file was left as it is.",
            ) from exc
        except sqlite3.Error as exc:
            kind = problem_kind(exc)
            if kind == FULL:
                try:  # a full disk still reads, as long as nothing is written
                    return cls(read_copy(path), path, None)
                except (sqlite3.Error, NewerSchemaError):
                    pass
            raise HistoryError(f"{path} cannot be read: {_short(exc)}.", _ADVICE[kind]) from exc
        return cls(conn, path, None)

    @property
    def path(self) -> Path | None:
        """The file the history is kept in; None while it is kept in memory only."""
        return self._path

    @property
    def waiting(self) -> int:
        """How many writes wait in memory for the file to be writable again."""
        return len(self._waiting)

    def _connect(self, path: Path) -> sqlite3.Connection:
        """Open ``path`` private to its owner; a file this call made is removed on failure.

        SQLite gives the -wal and -shm files the main file's permissions, so
        making it 0600 before SQLite sees it makes all three private.
        """
        ensure_private_dir(path.parent)
        created = create_private(path)
        try:
            conn = connect(path, self._busy_ms)
        except BaseException:
            if created:
                _remove_new(path)  # never leave a 0-byte history behind
            raise
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            tighten(path.with_name(name))
        return conn

    def _reopen(self, path: Path, now: datetime) -> str:
        """Open ``path`` at start-up, moving a damaged file aside; returns a message, or ''."""
        try:
            conn = self._connect(path)
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
            if problem_kind(exc) == DAMAGED:
                return self._start_afresh(path, f"could not be used ({_short(exc)})", now)
            return self._wait_for_file(path, exc, now)
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
            conn = self._connect(path)
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, sqlite3.Error) and problem_kind(exc) != DAMAGED:
                # A full disk, say: the new history is started when it can be.
                self._swap(memory(), path)
                self._detach(now)
                return translate(
                    "history",
                    "Your break history {path} {what}. It was kept as {aside}; a new one "
                    "cannot be started yet ({error}), so this session's breaks are kept "
                    "in memory and saved once it can be.",
                ).format(path=path, what=what, aside=aside.name, error=_short(exc))
            return self._use_memory(
                f"Break history is not being saved this session: {path} {what}, and a "
                f"new one could not be started ({exc}). The old one is kept as {aside}."
            )
        self._swap(conn, path)
        return (
            f"Your break history {path} {what}. It was kept as {aside.name} "
            "and a new, empty history was started."
        )

    def _wait_for_file(self, path: Path, exc: sqlite3.Error, now: datetime) -> str:
        """The file is fine but cannot be used now: keep it, and work on a copy in memory."""
        try:
            copy = read_copy(path)
            shown = ""
        except (sqlite3.Error, NewerSchemaError, OSError) as read_exc:
            log.warning("history: cannot read %s either: %s", path, read_exc)
            copy = memory()
            shown = " " + translate("history", "Until then, earlier breaks are not shown.")
        self._swap(copy, path)
        self._detach(now)
        return _waiting_message(path, exc) + shown

    def _detach(self, now: datetime) -> None:
        self._detached = True
        self._retry_at = now + RETRY_AFTER

    def _swap(self, conn: sqlite3.Connection, path: Path | None) -> None:
        old, self._conn, self._path = self._conn, conn, path
        if old is not conn:
            old.close()

    def _use_memory(self, message: str) -> str:
        self._swap(memory(), None)
        self._detached, self._waiting = False, []
        return message

    def _move_aside(self, path: Path, now: datetime) -> Path | None:
        if not self._detached:  # detached, ours is the copy in memory: keep it
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
        """Save what waits, if the file can be written now, and let go of it."""
        if self._detached and self._clock is not None:
            self._retry(self._clock.now(), force=True)
            if self._waiting:
                log.error(
                    "history: %d records could not be saved in %s before quitting",
                    len(self._waiting),
                    self._path,
                )
        self._conn.close()

    # -- writing ---------------------------------------------------------

    @contextmanager
    def _transaction(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        conn = conn or self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error as exc:  # the first error is the one to report
                    log.warning("history: rollback failed: %s", exc)
            raise
        conn.execute("COMMIT")

    def _write(self, what: str, op: Op) -> None:
        """Run ``op`` in one transaction on the file.

        A damaged file is moved aside and ``op`` retried once on a new one;
        a file that is busy or on a full disk is kept, and ``op`` waits in
        memory for it (:meth:`_hold`).
        """
        if self._detached:
            self._hold(what, op)
            return
        for attempt in (1, 2):
            try:
                with self._transaction() as conn:
                    op(conn)
                return
            except sqlite3.Error as exc:
                kind = problem_kind(exc)
                if self._clock is None or self._path is None or (kind == DAMAGED and attempt == 2):
                    # Read-only, in memory for good, or a new file as bad as the old.
                    log.error("history: cannot save %s: %s", what, exc)
                    self._report(f"microbreak could not save {what} in its break history ({exc}).")
                    return
                if kind == DAMAGED:
                    log.error("history: cannot save %s: %s", what, exc)
                    what_happened = f"could not be written to ({_short(exc)})"
                    self._report(self._start_afresh(self._path, what_happened, self._clock.now()))
                    if self._detached:
                        break
                    continue
                log.warning("history: cannot save %s now (%s); it waits in memory", what, exc)
                self._report(self._keep_in_memory(self._path, exc, self._clock.now()))
                break
        self._hold(what, op)

    def _keep_in_memory(self, path: Path, exc: sqlite3.Error, now: datetime) -> str:
        """Go on with a copy of the file in memory; returns the message for the user."""
        try:
            copy = copy_of(self._conn)
        except (sqlite3.Error, NewerSchemaError) as read_exc:
            log.warning("history: cannot copy %s: %s", path, read_exc)
            try:
                copy = read_copy(path)
            except (sqlite3.Error, NewerSchemaError, OSError):
                copy = memory()
        self._swap(copy, path)
        self._detach(now)
        return _waiting_message(path, exc)

    def _hold(self, what: str, op: Op) -> None:
        """Apply ``op`` to the copy in memory, keep it for the file, and try the file if due."""
        try:
            with self._transaction() as conn:
                op(conn)
        except sqlite3.Error as exc:  # memory does not fill up; logged in case it does
            log.error("history: cannot keep %s in memory: %s", what, exc)
        self._waiting.append((what, op))
        if self._clock is not None:
            self._retry(self._clock.now())

    def retry_if_due(self) -> None:
        """Save what waits in memory if :data:`RETRY_AFTER` has passed since the last try."""
        if self._detached and self._clock is not None:
            self._retry(self._clock.now())

    def flush(self) -> bool:
        """Try now to save what waits in memory; True if nothing waits any more."""
        if self._detached and self._clock is not None:
            self._retry(self._clock.now(), force=True)
        return not self._detached

    def _retry(self, now: datetime, *, force: bool = False) -> None:
        """Open the file again and write everything that waited, in one transaction."""
        path = self._path
        if path is None or not self._detached:
            return
        if not force and self._retry_at is not None and now < self._retry_at:
            return
        self._retry_at = now + RETRY_AFTER
        try:
            conn = self._connect(path)
        except (sqlite3.Error, NewerSchemaError, OSError) as exc:
            if isinstance(exc, sqlite3.Error) and problem_kind(exc) == DAMAGED:
                # Gone bad while it waited: set it aside; what waits goes to a new one.
                aside = self._move_aside(path, now)
                log.warning("history: %s went bad while writes waited (%s)", path, exc)
                if aside is not None:
                    self._report(
                        translate(
                            "history",
                            "Your break history {path} could not be used ({error}). It was "
                            "kept as {aside}; this session's breaks go to a new one.",
                        ).format(path=path, error=_short(exc), aside=aside.name)
                    )
            log.info("history: %s still cannot be written: %s", path, exc)
            return
        try:
            with self._transaction(conn):
                for _what, op in self._waiting:
                    op(conn)
        except sqlite3.Error as exc:
            conn.close()
            log.info("history: %s still cannot be written: %s", path, exc)
            return
        log.warning("history: %d waiting records saved in %s", len(self._waiting), path)
        self._waiting = []
        self._detached = False
        self._swap(conn, path)
        if self._vacuum_due:
            self._vacuum()

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
        if self._detached:
            self._vacuum_due = True  # once what waits is in the file
        else:
            self._vacuum()

    def _vacuum(self) -> None:
        self._vacuum_due = False
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


# What the command line advises, by what went wrong (history_schema.problem_kind).
_ADVICE = {
    DAMAGED: "Start microbreak once: it keeps the damaged file aside "
    "(as history.sqlite3.broken-<time>) and starts a new history.",
    BUSY: "Another program has it locked (a database browser or a backup tool, say): "
    "try again when it has finished. Nothing was changed.",
    FULL: "The disk is full or cannot be read: free some space and try again. "
    "The file was left as it is.",
    OTHER: "Check that the file and its folder belong to you and can be read. "
    "The file was left as it is.",
}


def _waiting_message(path: Path, exc: sqlite3.Error) -> str:
    kind = problem_kind(exc)
    if kind == BUSY:
        text = translate(
            "history",
            "Your break history {path} is locked by another program ({error}). It is left "
            "as it is; this session's breaks are kept in memory and saved once the other "
            "program lets go of it.",
        )
    elif kind == FULL:
        text = translate(
            "history",
            "Your break history {path} cannot be saved: the disk is full or cannot be "
            "written ({error}). It is left as it is; this session's breaks are kept in "
            "memory and saved once there is space. Free some space on the disk.",
        )
    else:
        text = translate(
            "history",
            "Your break history {path} cannot be saved ({error}). It is left as it is; "
            "this session's breaks are kept in memory and saved once it can be written.",
        )
    return text.format(path=path, error=_short(exc))


def _remove_new(path: Path) -> None:
    """Remove a history this app just created and could not set up, and its WAL files.

    Nothing was ever committed to it, so nothing of the person's is lost.
    """
    for name in (path.name + "-wal", path.name + "-shm", path.name):
        path.with_name(name).unlink(missing_ok=True)


def _short(exc: BaseException) -> str:
    """An error on one line, short enough for a notification."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."
