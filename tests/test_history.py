"""The SQLite history: schema and migrations, engine records to rows, crashes and bad files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.effects import Record
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import (
    BreakKind,
    BreakRecord,
    ExerciseRecord,
    Outcome,
    RecordKind,
    Tally,
    Trigger,
)
from microbreak.core.state import PauseReason
from microbreak.core.stats import summarize
from microbreak.infra.history import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryError,
    HistoryStore,
    migrate,
)
from microbreak.infra.history_schema import apply_migration
from tests.history_data import Recorder, add_breaks

ROOT = Path(__file__).resolve().parent.parent
MIN = timedelta(minutes=1)
DONE, PARTIAL, SKIPPED, PLANNED = (
    ExerciseStatus.DONE,
    ExerciseStatus.PARTIAL,
    ExerciseStatus.SKIPPED,
    ExerciseStatus.PLANNED,
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(db: Path, clock: FakeClock) -> HistoryStore:
    s = HistoryStore.open(db, clock, busy_timeout_ms=100)
    assert s.problems == []
    return s


@pytest.fixture
def rec(clock: FakeClock, store: HistoryStore) -> Recorder:
    return Recorder(clock, store)


def only(store: HistoryStore) -> BreakRecord:
    (record,) = store.breaks()
    return record


# -- schema --------------------------------------------------------------------


def test_a_new_history_is_wal_full_sync_and_at_the_current_schema(
    store: HistoryStore, db: Path
) -> None:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.path == db


def _insert_sample_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO breaks VALUES (7, '2026-11-20T08:00:00', 3600, 'manual', 'completed', '', "
        "1, 1, '2026-11-20T08:02:00', 3600)"
    )
    conn.execute("INSERT INTO break_exercises VALUES (7, 1, 0, 'shoulder-rolls', 'done', 34.0)")
    conn.execute(
        "INSERT INTO events (at_utc, utc_offset, kind, detail) "
        "VALUES ('2026-11-20T08:00:00', 3600, 'break_started', '{}')"
    )
    # Misfiled by version 1, as it wrote them. 8: an exercise done, then the
    # app closed: "deferred". 9: skipped after 25 s of an exercise, the rows
    # lost, the engine's record of it kept in events. 10: the app closed on a
    # snoozed break, nothing done: rightly put off.
    conn.executescript(
        """
        INSERT INTO breaks VALUES (8, '2026-11-20T09:00:00', 3600, 'scheduled', 'deferred',
            'app closed', 0, 1, '2026-11-20T09:00:40', 3600);
        INSERT INTO break_exercises VALUES (8, 1, 0, 'wall-reach', 'done', 40.0);
        INSERT INTO break_exercises VALUES (8, 1, 1, 'high-reach', 'skipped', 0);
        INSERT INTO breaks VALUES (9, '2026-11-20T10:00:00', 3600, 'scheduled', 'skipped', '',
            0, 1, '2026-11-20T10:00:30', 3600);
        INSERT INTO events (at_utc, utc_offset, kind, detail) VALUES
            ('2026-11-20T10:00:30', 3600, 'break_skipped',
             '{"exercises": [{"exercise": "wall-lean", "position": 0, "seconds": 25.0,
               "status": "partial"}], "exercises_done": []}');
        INSERT INTO breaks VALUES (10, '2026-11-20T11:00:00', 3600, 'scheduled', 'deferred',
            'app closed', 1, 0, '2026-11-20T11:00:00', 3600);
        """
    )


def _check_sample_v1(store: HistoryStore) -> None:
    first, *rest = store.breaks()
    assert first.offered_at == datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert first.trigger is Trigger.MANUAL
    assert first.outcome is Outcome.COMPLETED
    assert first.snoozes == 1
    assert first.exercises == (ExerciseRecord(1, 0, "shoulder-rolls", DONE, 34.0),)
    assert [kind for _, kind, _ in store.events()] == ["break_started", "break_skipped"]
    # Re-derived: what the person did, the reason kept.
    assert [(r.outcome, r.reason) for r in rest] == [
        (Outcome.PARTIAL, "app closed"),
        (Outcome.PARTIAL, ""),
        (Outcome.DEFERRED, "app closed"),
    ]


def _insert_sample_v2(conn: sqlite3.Connection) -> None:
    # As version 2 writes them: taken after a pause cut it short, put off by one.
    conn.executescript(
        """
        INSERT INTO breaks VALUES (1, '2026-11-20T08:00:00', 0, 'pause_in_typing', 'partial',
            'pause', 0, 1, '2026-11-20T08:01:00', 0);
        INSERT INTO break_exercises VALUES (1, 1, 0, 'wall-reach', 'done', 40.0);
        INSERT INTO breaks VALUES (2, '2026-11-20T09:00:00', 0, 'scheduled', 'deferred',
            'pause', 1, 0, '2026-11-20T09:03:00', 0);
        """
    )


def _check_sample_v2(store: HistoryStore) -> None:
    a, b = store.breaks()
    assert (a.trigger, a.outcome, a.reason) == (Trigger.PAUSE_IN_TYPING, Outcome.PARTIAL, "pause")
    assert a.exercises == (ExerciseRecord(1, 0, "wall-reach", DONE, 40.0),)
    assert (b.outcome, b.reason, b.snoozes) == (Outcome.DEFERRED, "pause", 1)
    assert a.kind is b.kind is BreakKind.MICRO  # before movement breaks


def _insert_sample_v3(conn: sqlite3.Connection) -> None:
    # As version 3 writes them: a movement break taken, a microbreak skipped.
    conn.executescript(
        """
        INSERT INTO breaks VALUES (1, '2026-11-20T08:00:00', 0, 'scheduled', 'completed',
            '', 0, 1, '2026-11-20T08:03:00', 0, 'movement');
        INSERT INTO break_exercises VALUES (1, 1, 0, 'stand-move', 'done', 96.0);
        INSERT INTO breaks VALUES (2, '2026-11-20T09:00:00', 0, 'scheduled', 'skipped',
            '', 0, 1, '2026-11-20T09:00:10', 0, 'micro');
        """
    )


def _check_sample_v3(store: HistoryStore) -> None:
    a, b = store.breaks()
    assert (a.kind, a.outcome) == (BreakKind.MOVEMENT, Outcome.COMPLETED)
    assert (b.kind, b.outcome) == (BreakKind.MICRO, Outcome.SKIPPED)


# Data as each schema version wrote it, and how it must read after migrating.
# A new migration adds its version here.
SAMPLES: dict[int, tuple[Callable[[sqlite3.Connection], None], Callable[[HistoryStore], None]]] = {
    1: (_insert_sample_v1, _check_sample_v1),
    2: (_insert_sample_v2, _check_sample_v2),
    3: (_insert_sample_v3, _check_sample_v3),
}


def test_every_schema_version_has_a_sample() -> None:
    assert set(SAMPLES) == set(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", ["missing", *range(SCHEMA_VERSION + 1)])
def test_migrates_from_every_earlier_version_keeping_the_data(
    db: Path, clock: FakeClock, version: int | str
) -> None:
    db.parent.mkdir(parents=True)
    if version != "missing":
        assert isinstance(version, int)
        conn = sqlite3.connect(db, isolation_level=None)
        for step, migration in enumerate(MIGRATIONS[:version], start=1):
            apply_migration(conn, migration)
            conn.execute(f"PRAGMA user_version = {step}")
        if version in SAMPLES:
            SAMPLES[version][0](conn)
        conn.close()
    store = HistoryStore.open(db, clock)
    assert store.problems == []
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    if isinstance(version, int) and version in SAMPLES:
        SAMPLES[version][1](store)
    else:
        assert store.breaks() == []
    # And it works at the new version.
    store.record(
        Record(RecordKind.BREAK_STARTED, clock.now(), {"trigger": "manual", "exercises": ["a"]})
    )
    assert store.breaks()[-1].trigger is Trigger.MANUAL


def test_a_new_history_says_once_that_its_schema_was_made(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    with caplog.at_level("INFO", logger="microbreak.infra.history_schema"):
        migrate(conn)
        migrate(conn)  # already current: nothing to say
    assert [r.getMessage() for r in caplog.records] == [
        f"history schema migrated from version 0 to {SCHEMA_VERSION}"
    ]


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    conn.execute("CREATE TABLE events (x)")  # in the way of migration 1
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='breaks'").fetchone() == (0,)


def test_a_history_from_a_newer_version_is_left_alone(db: Path, clock: FakeClock) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    store = HistoryStore.open(db, clock)
    assert store.path is None
    assert "newer microbreak" in store.problems[0]
    store.record(Record(RecordKind.PAUSED, clock.now(), {}))  # kept in memory, no crash
    assert db.read_bytes() == before
    assert list(db.parent.glob("*.broken-*")) == []


# -- from engine records to breaks ---------------------------------------------


def test_a_completed_break_with_each_exercise_and_its_seconds(rec: Recorder) -> None:
    start = rec.clock.now()
    rec.run_for(45 * MIN)
    assert rec.break_open is not None
    routine = rec.break_open
    rec.do_exercises([DONE, DONE, DONE], seconds=40)
    rec.send(BreakFinished(*rec.results([DONE, DONE, DONE], seconds=40)))
    r = only(rec.store)
    assert r.offered_at == start + 45 * MIN
    assert r.offered_at.utcoffset() == timedelta(0)
    assert (r.trigger, r.outcome, r.snoozes, r.reason) == (
        Trigger.SCHEDULED,
        Outcome.COMPLETED,
        0,
        "",
    )
    assert r.ended_at == start + 47 * MIN
    assert r.exercises == tuple(
        ExerciseRecord(1, i, ex_id, DONE, 40.0) for i, ex_id in enumerate(routine)
    )
    assert [k for _, k, _ in rec.store.events()] == [
        "break_started",
        "exercise_done",
        "exercise_done",
        "exercise_done",
        "break_completed",
    ]


def test_snoozed_twice_then_taken_is_one_break(rec: Recorder) -> None:
    rec.run_for(45 * MIN - 30 * timedelta(seconds=1))  # the heads-up
    offered = rec.clock.now()
    rec.send(SnoozeRequested(5))
    rec.run_for(6 * MIN)  # opens 5 min after it was due
    assert rec.break_open is not None
    rec.send(SnoozeRequested(5))  # from the open window
    rec.run_for(5 * MIN)
    rec.do_exercises([DONE, DONE, DONE])
    rec.send(BreakFinished(*rec.results([DONE, DONE, DONE])))
    r = only(rec.store)
    assert r.offered_at == offered
    assert (r.outcome, r.snoozes) == (Outcome.COMPLETED, 2)
    # The first opening's exercises were put off, not skipped.
    assert [(e.attempt, e.status) for e in r.exercises] == [(2, DONE), (2, DONE), (2, DONE)]


def test_partly_done_then_skipped(rec: Recorder) -> None:
    rec.send(BreakNowRequested())
    rec.do_exercises([DONE])
    rec.send(BreakSkipped(*rec.results([DONE, PARTIAL, SKIPPED])))
    r = only(rec.store)
    assert (r.trigger, r.outcome) == (Trigger.MANUAL, Outcome.PARTIAL)
    assert [(e.status, e.seconds) for e in r.exercises] == [(DONE, 30), (PARTIAL, 30), (SKIPPED, 0)]


def test_an_exercise_done_before_a_snooze_makes_a_later_skip_partial(rec: Recorder) -> None:
    rec.send(BreakNowRequested())
    rec.do_exercises([DONE])
    rec.send(SnoozeRequested(5))
    rec.run_for(5 * MIN)
    rec.send(BreakSkipped(*rec.results([SKIPPED, SKIPPED, SKIPPED])))
    assert only(rec.store).outcome is Outcome.PARTIAL


def test_a_skip_that_names_only_the_exercises_done_keeps_their_places_and_seconds(
    rec: Recorder,
) -> None:
    """As a command-line skip sends it: ids, no per-exercise results."""
    rec.send(BreakNowRequested())
    assert rec.break_open is not None
    rolls, shrug, reach = rec.break_open
    rec.do_exercises([DONE], seconds=34)
    rec.send(BreakSkipped((rolls, reach)))  # reach: done, but never reported
    r = only(rec.store)
    assert r.outcome is Outcome.PARTIAL
    assert [(e.position, e.exercise_id, e.status, e.seconds) for e in r.exercises] == [
        (0, rolls, DONE, 34.0),
        (1, shrug, SKIPPED, 0.0),
        (2, reach, DONE, 0.0),
    ]


def test_a_finish_with_no_break_started_on_record_still_counts(store: HistoryStore) -> None:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    store.record(Record(RecordKind.BREAK_COMPLETED, at, {"exercises_done": ["a", "b"]}))
    r = only(store)
    assert r.outcome is Outcome.COMPLETED
    assert [(e.position, e.exercise_id, e.status) for e in r.exercises] == [
        (0, "a", DONE),
        (1, "b", DONE),
    ]


@pytest.mark.parametrize(
    ("seconds", "outcome"),
    [(25.0, Outcome.PARTIAL), (15.0, Outcome.PARTIAL), (5.0, Outcome.SKIPPED)],
)
def test_skip_after_part_of_an_exercise_is_taken_a_glance_is_not(
    rec: Recorder, seconds: float, outcome: Outcome
) -> None:
    rec.send(BreakNowRequested())
    rec.clock.advance(seconds)
    rec.send(BreakSkipped(*rec.results([PARTIAL, SKIPPED, SKIPPED], seconds)))
    r = only(rec.store)
    assert r.outcome is outcome
    day = summarize([r], r.offered_at.date()).today
    assert (day.taken, day.skipped) == ((1, 0) if outcome is Outcome.PARTIAL else (0, 1))


def test_skipped_from_the_window_with_nothing_done(rec: Recorder) -> None:
    rec.send(BreakNowRequested())
    rec.send(BreakSkipped(*rec.results([SKIPPED, SKIPPED, SKIPPED])))
    assert only(rec.store).outcome is Outcome.SKIPPED


def test_skipped_ahead_and_natural_breaks(rec: Recorder) -> None:
    rec.send(SkipNextRequested())
    due = rec.engine.status().next_break_at
    assert due is not None
    rec.run_until(due - MIN)
    # The laptop sleeps through the next break.
    rec.clock.advance(30 * MIN)
    rec.send(Tick())
    first, second = rec.store.breaks()
    assert (first.outcome, first.reason) == (Outcome.SKIPPED, "ahead")
    assert (second.outcome, second.reason) == (Outcome.NATURAL, "away")


def test_a_snoozed_break_then_away_is_natural_with_its_snooze(rec: Recorder) -> None:
    rec.send(SnoozeRequested(10))
    rec.clock.advance(2 * 60 * MIN)
    rec.send(Tick())
    r = only(rec.store)
    assert (r.outcome, r.snoozes) == (Outcome.NATURAL, 1)


@pytest.mark.parametrize("away", [PauseReason.SLEEP, PauseReason.LOCKED])
def test_a_snoozed_break_then_a_natural_break_is_closed_natural(
    rec: Recorder, away: PauseReason
) -> None:
    # Found by tests/test_soak.py: time away reported as a natural break (not
    # a late timer's break_missed) left the snoozed break open, and the next
    # break was then counted as the same one, offered hours before.
    rec.send(SnoozeRequested(10))
    rec.send(AwayStarted(away))
    rec.clock.advance(2 * 60 * MIN)
    rec.send(AwayEnded(away))
    # The reason says how it happened: sleep or locked.
    r = only(rec.store)
    assert (r.outcome, r.reason, r.snoozes) == (
        Outcome.NATURAL,
        away,
        1,
    )  # the reason says how: sleep, locked
    rec.send(BreakNowRequested())
    assert len(rec.store.breaks()) == 2


def test_a_pause_mid_break_after_an_exercise_is_taken_and_a_snoozed_one_put_off(
    rec: Recorder,
) -> None:
    rec.send(BreakNowRequested())
    rec.do_exercises([DONE])
    rec.send(PauseRequested(None))  # a meeting: the window goes, the exercise was done
    rec.send(ResumeRequested())
    rec.send(SnoozeRequested(5))
    rec.send(PauseRequested(rec.clock.now() + 60 * MIN))
    first, second = rec.store.breaks()
    assert (first.outcome, first.reason) == (Outcome.PARTIAL, "pause")
    assert [e.status for e in first.exercises] == [DONE, SKIPPED, SKIPPED]
    assert (second.outcome, second.reason, second.snoozes) == (Outcome.DEFERRED, "pause", 1)
    kinds = [k for _, k, _ in rec.store.events()]
    assert kinds.count("paused") == 2
    assert "resumed" in kinds


def test_a_break_left_open_by_the_last_run_after_an_exercise_was_taken(
    rec: Recorder, clock: FakeClock
) -> None:
    rec.send(BreakNowRequested())
    rec.do_exercises([DONE])
    last = clock.now()
    clock.advance(timedelta(hours=3))
    assert rec.store.close_interrupted(clock.now()) == 1
    r = only(rec.store)
    assert (r.outcome, r.reason, r.ended_at) == (Outcome.PARTIAL, "app closed", last)
    assert rec.store.close_interrupted(clock.now()) == 0


def test_a_snoozed_break_pending_when_the_app_quit_is_put_off_not_skipped(
    rec: Recorder, clock: FakeClock
) -> None:
    due = rec.engine.status().next_break_at
    assert due is not None
    rec.run_until(due - MIN)  # the heads-up
    rec.send(SnoozeRequested(5))
    clock.advance(timedelta(hours=12))  # quit; started again the next morning
    assert rec.store.close_interrupted(clock.now()) == 1
    r = only(rec.store)
    assert (r.outcome, r.reason, r.snoozes) == (Outcome.DEFERRED, "app closed", 1)
    assert r.counted_as is Tally.NOT_COUNTED
    day = summarize(rec.store.breaks(), r.offered_at.date()).today
    assert (day.taken, day.offered, day.skipped, day.deferred) == (0, 0, 0, 1)


def test_times_keep_the_offset_they_happened_in(store: HistoryStore) -> None:
    berlin = datetime(2026, 11, 24, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    ny = datetime(2026, 11, 24, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    for when in (berlin, ny):
        store.record(Record(RecordKind.BREAK_MISSED, when, {"reason": "away"}))
    a, b = store.breaks()
    assert (a.offered_at, a.offered_at.utcoffset()) == (berlin, timedelta(hours=1))
    assert (b.offered_at, b.offered_at.utcoffset()) == (ny, timedelta(hours=-5))
    assert (a.offered_at.date().day, b.offered_at.date().day) == (24, 24)
    raw = store._conn.execute("SELECT offered_utc, utc_offset FROM breaks").fetchall()
    assert raw == [("2026-11-23T23:30:00", 3600), ("2026-11-25T04:30:00", -18000)]


# -- retention and clearing ----------------------------------------------------


def old_break(days_ago: int, now: datetime) -> BreakRecord:
    when = now - timedelta(days=days_ago)
    return BreakRecord(
        when,
        Trigger.SCHEDULED,
        Outcome.COMPLETED,
        ended_at=when + 2 * MIN,
        exercises=(ExerciseRecord(1, 0, "shoulder-rolls", DONE, 34.0),),
    )


def test_retention_forgets_breaks_older_than_keep_days(
    store: HistoryStore, clock: FakeClock
) -> None:
    now = clock.now()
    add_breaks(store, [old_break(d, now) for d in (400, 31, 29, 1)])
    store.record(Record(RecordKind.PAUSED, now - timedelta(days=40), {}))
    assert store.prune(now, 0) == 0
    assert len(store.breaks()) == 4
    assert store.prune(now, 30) == 2
    assert [(now - r.offered_at).days for r in store.breaks()] == [29, 1]
    assert store._conn.execute("SELECT count(*) FROM break_exercises").fetchone() == (2,)
    assert store.events() == []


def test_clear_leaves_nothing_behind_in_the_file(store: HistoryStore, db: Path) -> None:
    add_breaks(store, [old_break(d, datetime(2026, 11, 23, tzinfo=UTC)) for d in range(50)])
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"shoulder-rolls" in db.read_bytes()
    store.clear()
    assert store.breaks() == []
    data = db.read_bytes() + db.with_name(db.name + "-wal").read_bytes()
    assert b"shoulder-rolls" not in data


# -- crashes, corrupt and locked files -----------------------------------------


def test_kill_9_mid_break_loses_nothing_recorded(db: Path, clock: FakeClock) -> None:
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "history_child.py"), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == "mid-break\n", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()
    # Nothing was checkpointed: what the child committed lives in the WAL.
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    reader = HistoryStore.open_existing(db)
    assert reader is not None
    r = only(reader)
    assert (r.outcome, r.snoozes, r.trigger) == (None, 1, Trigger.SCHEDULED)
    assert [(e.exercise_id, e.status) for e in r.exercises] == [
        ("shoulder-rolls", DONE),
        ("shoulder-shrug", DONE),
        ("high-reach", PLANNED),
    ]
    assert [e.seconds for e in r.exercises[:2]] == [34.0, 43.0]
    assert [k for _, k, _ in reader.events()] == [
        "break_snoozed",
        "break_started",
        "exercise_done",
        "exercise_done",
    ]
    reader.close()
    app_store = HistoryStore.open(db, clock)
    assert app_store.close_interrupted(clock.now()) == 1
    # The next start closes it: two exercises were done, so it was taken.
    assert (only(app_store).outcome, only(app_store).reason) == (Outcome.PARTIAL, "app closed")


def test_a_file_that_is_not_a_database_is_moved_aside(db: Path, clock: FakeClock) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database" * 100)
    store = HistoryStore.open(db, clock)
    (aside,) = db.parent.glob("history.sqlite3.broken-*")
    assert aside.name == "history.sqlite3.broken-20261123T090000"
    assert aside.read_bytes() == b"this is not a database" * 100
    (message,) = store.problems
    assert message.startswith(f"Your break history {db} could not be used (file is not a database)")
    assert "kept as history.sqlite3.broken-20261123T090000" in message
    assert "new, empty history was started" in message
    store.record(Record(RecordKind.PAUSED, clock.now(), {}))
    assert store.path == db
    assert len(store.events()) == 1


def test_a_corrupt_database_is_moved_aside_with_its_wal(db: Path, clock: FakeClock) -> None:
    store = HistoryStore.open(db, clock)
    add_breaks(store, [old_break(d, clock.now()) for d in range(200)])
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\xab" * 8  # a b-tree page header
    db.write_bytes(bytes(data))
    db.with_name(db.name + "-wal").write_bytes(b"")
    again = HistoryStore.open(db, clock)
    assert "could not be used (quick_check failed" in again.problems[0]
    assert (db.parent / "history.sqlite3.broken-20261123T090000").is_file()
    assert again.breaks() == []


# A held lock, a full disk: tests/test_hostile_history.py.


def test_an_unusable_place_keeps_the_history_in_memory(tmp_path: Path, clock: FakeClock) -> None:
    (tmp_path / "file").write_text("")
    store = HistoryStore.open(tmp_path / "file" / "history.sqlite3", clock)
    assert store.path is None
    assert "not being saved this session" in store.problems[0]
    store.record(Record(RecordKind.BREAK_MISSED, clock.now(), {"reason": "away"}))
    assert only(store).outcome is Outcome.NATURAL


def test_the_command_line_reader_moves_nothing(db: Path) -> None:
    assert HistoryStore.open_existing(db) is None
    db.parent.mkdir(parents=True)
    db.write_bytes(b"junk" * 1000)
    with pytest.raises(HistoryError, match="cannot be read"):
        HistoryStore.open_existing(db)
    assert db.read_bytes() == b"junk" * 1000


def test_a_movement_break_is_kept_as_one_whether_taken_snoozed_or_skipped_ahead(
    db: Path, clock: FakeClock
) -> None:
    store = HistoryStore.open(db, clock)
    at = clock.now()
    store.record(
        Record(RecordKind.BREAK_SNOOZED, at, {"minutes": 5, "count": 1, "kind": "movement"})
    )
    store.record(
        Record(
            RecordKind.BREAK_STARTED,
            at + timedelta(minutes=5),
            {"trigger": "scheduled", "exercises": ["stand-move"], "kind": "movement"},
        )
    )
    store.record(Record(RecordKind.BREAK_COMPLETED, at + timedelta(minutes=8), {}))
    store.record(
        Record(RecordKind.NEXT_BREAK_SKIPPED, at + timedelta(minutes=9), {"kind": "movement"})
    )
    store.record(
        Record(
            RecordKind.BREAK_STARTED,
            at + timedelta(minutes=10),
            {"trigger": "manual", "exercises": ["shoulder-rolls"]},
        )
    )
    kinds = [b.kind for b in store.breaks()]
    assert kinds == [BreakKind.MOVEMENT, BreakKind.MOVEMENT, BreakKind.MICRO]
