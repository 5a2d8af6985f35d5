"""The history file's schema: tables, migrations, opening a file, stored times.

Tables (created by :data:`MIGRATIONS`):

- ``breaks``: one row per break offered, from the first time it was offered
  (its window opened, or its heads-up was snoozed) to its outcome; the time and
  the UTC offset it was offered in, the trigger, the snooze count, the outcome
  and why; its kind (``micro`` or ``movement``, from version 3).
- ``break_exercises``: each exercise of each opening of the break window, with
  how far it got and the seconds spent on it.
- ``events``: every record the engine emits, verbatim (kind, time, JSON
  detail), pauses and resumes included. A migration that changes what the
  records mean re-derives the rows from here.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger(__name__)


def _rederive_taken_breaks(conn: sqlite3.Connection) -> None:
    """1 -> 2: a break in which the person exercised was taken, however it ended.

    Version 1 filed a break skipped after an exercise was partly done, or put
    off by a pause, the app closing or going away after one was done, as
    skipped, deferred or natural. Each such break becomes partial if its
    exercises, or the engine's own records of it in ``events`` (every exercise
    reported between its offer and its end), show an exercise done, or one
    partly done for 15 seconds or more. Written out here, not imported: a
    migration must do the same thing forever.
    """

    def moved(status: object, seconds: object) -> bool:
        return status == "done" or (
            status == "partial" and isinstance(seconds, int | float) and seconds >= 15
        )

    candidates = conn.execute(
        "SELECT id, offered_utc, ended_utc FROM breaks "
        "WHERE outcome IN ('skipped', 'deferred', 'natural')"
    ).fetchall()
    taken: list[int] = []
    for break_id, offered, ended in candidates:
        kept = conn.execute(
            "SELECT status, seconds FROM break_exercises WHERE break_id = ?", (break_id,)
        ).fetchall()
        if any(moved(status, seconds) for status, seconds in kept):
            taken.append(break_id)
            continue
        if ended is None:
            continue
        # After its offer (an earlier break may end in the same second) and
        # up to its end: the records of this break and of no other.
        for kind, text in conn.execute(
            "SELECT kind, detail FROM events WHERE at_utc > ? AND at_utc <= ? "
            "AND kind IN ('exercise_done', 'break_skipped', 'break_completed')",
            (offered, ended),
        ):
            try:
                detail = json.loads(text)
            except ValueError:
                continue
            if not isinstance(detail, dict):
                continue
            items = [detail] if kind == "exercise_done" else detail.get("exercises")
            if isinstance(items, list) and any(
                isinstance(i, dict) and moved(i.get("status"), i.get("seconds")) for i in items
            ):
                taken.append(break_id)
                break
    conn.executemany("UPDATE breaks SET outcome = 'partial' WHERE id = ?", [(i,) for i in taken])


# Each entry moves the schema from version i to i + 1 (``PRAGMA user_version``):
# an SQL script, or a function for a step that must read JSON. Never edit a
# released entry: append a new one, and add the version it makes to
# tests/test_history.py's per-version samples. The words in the columns are
# the values of core.records' enums (trigger: Trigger, which has grown since
# the comment below; outcome: Outcome; reason: EndReason or PauseReason) and,
# for events.kind, RecordKind. The columns are plain TEXT, so a new value
# needs no migration.
Migration = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[Migration, ...] = (
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
    # 1 -> 2
    _rederive_taken_breaks,
    # 2 -> 3: movement breaks (core.records.BreakKind); every earlier break was a microbreak.
    "ALTER TABLE breaks ADD COLUMN kind TEXT NOT NULL DEFAULT 'micro';",
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history file cannot be read (for the command line, which moves nothing).

    ``advice`` says what the person can do about it, or is empty.
    """

    def __init__(self, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.advice = advice


class NewerSchemaError(HistoryError):
    pass


class QuickCheckFailed(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found the file damaged."""


# What an sqlite3.Error says about the file (see problem_kind).
DAMAGED = "damaged"  # the file itself is bad: only this moves it aside
BUSY = "busy"  # another program holds a lock on it: wait, then try again later
FULL = "full"  # the disk is full or failing: the file is fine, try again later
OTHER = "other"  # anything else (permissions, say): the file is left alone too

_KINDS = {
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
    sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_LOCKED: BUSY,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_IOERR: FULL,
}


def problem_kind(exc: BaseException) -> str:
    """DAMAGED only when SQLite says the file is not a database or is corrupt.

    Anything else (a full disk, an I/O error, another program's lock) says
    nothing about the file, and a person's history must not be set aside for
    it. The extended code (SQLITE_IOERR_SHMSIZE, say) is in the low byte's family.
    """
    if isinstance(exc, QuickCheckFailed):
        return DAMAGED
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return OTHER
    return _KINDS.get(code & 0xFF, OTHER)


# -- stored times: UTC text, and the offset it happened in ---------------------


def utc_text(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def offset_of(when: datetime) -> int:
    delta = when.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


_ZONES: dict[int, timezone] = {}


def zone(offset: int | None) -> timezone:
    found = _ZONES.get(offset or 0)
    if found is None:
        found = _ZONES[offset or 0] = timezone(timedelta(seconds=offset or 0))
    return found


def local(utc: str, offset: int) -> datetime:
    return datetime.fromisoformat(utc).replace(tzinfo=UTC).astimezone(zone(offset))


# -- opening -------------------------------------------------------------------


# SQLite's page cache, in KiB when negative. Its default (2 MB) fills as the
# history grows and each end screen reads the day's streak: over the first
# hundred breaks the app's private memory climbed 2 MB for pages a small
# history never needs kept; the OS page cache serves the rare re-read.
CACHE_SIZE = -256


def connect(target: str | Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """Open, check and migrate; raises sqlite3.Error if the file is unusable."""
    conn = sqlite3.connect(target, isolation_level=None, timeout=busy_timeout_ms / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise QuickCheckFailed(f"quick_check failed: {check[0] if check else 'no answer'}")
        _check_version(conn)  # before WAL, which would rewrite a newer file's header
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def read_copy(path: Path) -> sqlite3.Connection:
    """The file's content in memory, for reading when it cannot be opened to write.

    A disk too full for the ``-shm`` file SQLite makes to open a WAL database
    still reads: then the file is read as immutable, which is exact only while
    no ``-wal`` holds commits not yet in it, so only then. Raises sqlite3.Error
    (or NewerSchemaError) when it cannot be read either way.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.1)
        return _copied(source)
    except sqlite3.Error:
        if wal.exists() and wal.stat().st_size > 0:
            raise
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    return _copied(source)


def copy_of(source: sqlite3.Connection) -> sqlite3.Connection:
    """A connection to a copy in memory of what ``source`` holds; raises sqlite3.Error.

    Not ``Connection.backup``: on a file another program has locked that
    retries for ever, where this fails at once (after the busy timeout).
    """
    data = bytearray(source.serialize())
    if len(data) >= 20:
        # Header bytes 18-19 say WAL (2); a copy in memory has no WAL file to
        # open and must read as a plain database (1).
        data[18] = data[19] = 1
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        copy.deserialize(data)
        copy.execute("PRAGMA foreign_keys = ON")
        migrate(copy, quiet=True)
    except BaseException:
        copy.close()
        raise
    return copy


def _copied(source: sqlite3.Connection) -> sqlite3.Connection:
    try:
        return copy_of(source)
    finally:
        source.close()


def memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    # Quietly: a fresh in-memory history is no news (the log once said
    # "migrated" twice per start, once for this and once for the file).
    migrate(conn, quiet=True)
    return conn


def _check_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"it was written by a newer microbreak (history schema {version}; "
            f"this version knows up to {SCHEMA_VERSION})"
        )
    return version


def apply_migration(conn: sqlite3.Connection, step: Migration) -> None:
    """Run one step, in the caller's transaction (or none, for a test building old files)."""
    if isinstance(step, str):
        for statement in _statements(step):
            conn.execute(statement)
    else:
        step(conn)


def _statements(script: str) -> list[str]:
    """A script's statements, for running inside a transaction (executescript commits)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current)
            current = ""
    return [s for s in statements if s.strip()]


def migrate(conn: sqlite3.Connection, *, quiet: bool = False) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`, one transaction per step."""
    version = _check_version(conn)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply_migration(conn, MIGRATIONS[target - 1])
            conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    # One line for the whole climb (a new file goes 0 -> 1 -> 2 at once).
    if not quiet and version < SCHEMA_VERSION:
        log.info("history schema migrated from version %d to %d", version, SCHEMA_VERSION)
    return version
