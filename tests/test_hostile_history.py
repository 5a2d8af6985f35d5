"""The break history and the private files under hostile conditions (issue 17).

- A full disk (a small tmpfs, filled to the last byte; needs root to mount,
  else skipped with the reason): at start-up and while running, the history
  is kept as it is, the person told once, the session's breaks kept in memory
  and written when there is space again; no 0-byte file; ``microbreak stats``
  still reads; the log says so on one line, not a traceback per line.
- Another program holding the write lock (another connection, or another
  process with ``BEGIN EXCLUSIVE``): the history is never split; the write
  waits in memory and is written at a later write. The waits are SQLite's
  busy timeout (made short here) and the fake clock, never a sleep.
- Messages: ``stats`` advice that fits a full disk, a lock, a newer file.
- Permissions: the history, its -wal/-shm, the log and the CSV export 0600
  in 0700 folders; older 0644 files tightened at start.

Scenarios that can go wrong in more than one way run TRIALS times each; the
counts go to docs/PERFORMANCE.md's reliability section.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from microbreak.cli import build_parser
from microbreak.core.clock import FakeClock
from microbreak.core.effects import Record
from microbreak.core.events import BreakFinished, BreakNowRequested
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import Outcome, RecordKind
from microbreak.infra.history import RETRY_AFTER, SCHEMA_VERSION, HistoryStore
from microbreak.infra.history_csv import save_csv
from microbreak.infra.log_file import PrivateLogFile
from microbreak.infra.paths import AppPaths
from microbreak.settings_cli import run_import
from microbreak.stats_cli import run_stats
from tests.history_data import Recorder

DONE = ExerciseStatus.DONE
TRIALS = 10  # per scenario that loops


# -- a small disk that can be filled ------------------------------------------


class SmallDisk:
    """A tmpfs of a few MB: ``fill()`` takes every free byte, ``free()`` gives it back."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler"

    def fill(self) -> None:
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            block = b"\0" * 65536
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    if len(block) == 1:
                        break
                    block = block[: len(block) // 2]
        finally:
            os.close(fd)

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a full disk needs a small tmpfs, and mounting one needs root on Linux")
    root = tmp_path / "disk"
    root.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


def take_break(rec: Recorder) -> None:
    """One break, every exercise done: five records."""
    rec.send(BreakNowRequested())
    rec.do_exercises([DONE, DONE, DONE])
    rec.send(BreakFinished(*rec.results([DONE, DONE, DONE])))


def history(db: Path, clock: FakeClock, breaks: int) -> None:
    """A healthy history of ``breaks`` completed breaks, closed as the app leaves it."""
    store = HistoryStore.open(db, clock, busy_timeout_ms=50)
    assert store.problems == []
    rec = Recorder(clock, store)
    for _ in range(breaks):
        take_break(rec)
        clock.advance(1200)
    store.close()


def completed(db: Path) -> int:
    reader = HistoryStore.open_existing(db)
    assert reader is not None
    try:
        return sum(r.outcome is Outcome.COMPLETED for r in reader.breaks())
    finally:
        reader.close()


def siblings(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


# -- a full disk ----------------------------------------------------------------


def test_a_full_disk_at_start_keeps_the_history_and_saves_the_session_later(
    disk: SmallDisk, clock: FakeClock
) -> None:
    lost = 0
    for trial in range(TRIALS):
        db = disk.root / f"trial{trial}" / "history.sqlite3"
        history(db, clock, breaks=3)
        size = db.stat().st_size
        disk.fill()
        try:
            store = HistoryStore.open(db, clock, busy_timeout_ms=50)
            told: list[str] = []
            store.on_problem = told.append
            (message,) = store.problems
            assert "the disk is full" in message
            assert "left as it is" in message
            assert "broken" not in message
            rec = Recorder(clock, store)
            take_break(rec)  # the session goes on...
            clock.advance(RETRY_AFTER.total_seconds())
            take_break(rec)  # ...and a retry on a full disk stays quiet
            assert told == []
            assert store.waiting == 10
            # What the stats window reads: the file's breaks and the session's.
            assert sum(r.outcome is Outcome.COMPLETED for r in store.breaks()) == 5
            assert siblings(db) == ["history.sqlite3", "history.sqlite3-shm", "history.sqlite3-wal"]
            assert db.stat().st_size == size
        finally:
            disk.free()
        clock.advance(RETRY_AFTER.total_seconds())
        take_break(rec)  # space again: this write takes the waiting ones along
        assert store.waiting == 0
        store.close()
        lost += 6 - completed(db)
        assert not list(db.parent.glob("*.broken-*"))
    assert lost == 0


def test_a_full_disk_while_running_keeps_every_record(disk: SmallDisk, clock: FakeClock) -> None:
    lost = 0
    for trial in range(TRIALS):
        db = disk.root / f"trial{trial}" / "history.sqlite3"
        store = HistoryStore.open(db, clock, busy_timeout_ms=50)
        told: list[str] = []
        store.on_problem = told.append
        rec = Recorder(clock, store)
        take_break(rec)
        disk.fill()
        try:
            for _ in range(3):
                take_break(rec)
                clock.advance(RETRY_AFTER.total_seconds())
            (message,) = told  # said once, not once per record
            assert "the disk is full" in message
            assert store.waiting == 15
            assert sum(r.outcome is Outcome.COMPLETED for r in store.breaks()) == 4
        finally:
            disk.free()
        # No write comes: quitting saves what waits.
        store.close()
        lost += 4 - completed(db)
        assert not list(db.parent.glob("*.broken-*"))
    assert lost == 0


def test_a_full_disk_before_the_first_break_leaves_no_empty_file(
    disk: SmallDisk, clock: FakeClock
) -> None:
    db = disk.root / "data" / "history.sqlite3"
    db.parent.mkdir()
    disk.fill()
    try:
        store = HistoryStore.open(db, clock, busy_timeout_ms=50)
        assert "the disk is full" in store.problems[0]
        assert not db.parent.exists() or siblings(db) == []
        take_break(Recorder(clock, store))
        assert siblings(db) == []
    finally:
        disk.free()
    assert store.flush()
    store.close()
    assert completed(db) == 1


def test_the_stats_command_reads_a_history_on_a_full_disk(
    disk: SmallDisk, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.inside(disk.root)
    history(paths.history_db, clock, breaks=2)
    disk.fill()
    try:
        code = run_stats(build_parser().parse_args(["stats", "--json"]), paths, clock)
        out, err = capsys.readouterr()
        assert code == 0, err
        assert '"completed": 2' in out
        export = build_parser().parse_args(["stats", "--csv", str(disk.root / "x.csv")])
        code = run_stats(export, paths, clock)
        assert code == 1
        err = capsys.readouterr().err
        assert "No space left on device. Free some space" in err
        assert "(None)" not in err
        assert not (disk.root / "x.csv").exists()  # not half a file
    finally:
        disk.free()


def test_a_full_disk_makes_one_line_on_stderr_not_a_traceback_per_log_line(
    disk: SmallDisk, capfd: pytest.CaptureFixture[str]
) -> None:
    from microbreak.app.main import setup_logging  # here: it loads Qt

    paths = AppPaths.inside(disk.root)
    root = logging.getLogger()
    before = list(root.handlers), root.level
    setup_logging(paths)
    added = [h for h in root.handlers if h not in before[0]]
    try:
        disk.fill()
        for n in range(25):
            logging.getLogger("microbreak.test").info("line %d %s", n, "x" * 5000)
        err = capfd.readouterr().err
        assert "--- Logging error ---" not in err
        (line,) = err.splitlines()
        assert "cannot write the log file" in line
        assert "No space left on device" in line
    finally:
        disk.free()
        for h in added:
            root.removeHandler(h)
            h.close()
        root.setLevel(before[1])


def test_import_settings_on_a_full_disk_says_what_happened(
    disk: SmallDisk,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "mine.toml"
    source.write_text("[schedule]\ninterval_minutes = 30\n" + "# padding\n" * 20000)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(disk.root))
    disk.fill()
    try:
        code = run_import(build_parser().parse_args(["import-settings", str(source)]))
    finally:
        disk.free()
    assert code != 0
    err = capsys.readouterr().err
    assert "No space left on device" in err
    assert "(None)" not in err


# -- another program's lock -------------------------------------------------------


def test_a_write_lock_held_by_another_program_does_not_split_the_history(
    tmp_path: Path, clock: FakeClock
) -> None:
    lost = 0
    for trial in range(2 * TRIALS):
        db = tmp_path / f"trial{trial}" / "history.sqlite3"
        store = HistoryStore.open(db, clock, busy_timeout_ms=20)
        told: list[str] = []
        store.on_problem = told.append
        rec = Recorder(clock, store)
        take_break(rec)
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # a database browser, a backup tool
        try:
            take_break(rec)
            take_break(rec)
            (message,) = told
            assert "locked by another program" in message
            assert store.waiting == 10
            assert siblings(db) == ["history.sqlite3", "history.sqlite3-shm", "history.sqlite3-wal"]
            assert sum(r.outcome is Outcome.COMPLETED for r in store.breaks()) == 3
        finally:
            other.rollback()
            other.close()
        clock.advance(RETRY_AFTER.total_seconds())
        take_break(rec)
        assert store.waiting == 0
        lost += 4 - completed(db)
        store.close()
    assert lost == 0


def test_what_waited_is_saved_at_a_wake_up_once_the_lock_is_gone(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The app asks at each timer wake-up (app/controller.py), not only at the next record."""
    db = tmp_path / "history.sqlite3"
    store = HistoryStore.open(db, clock, busy_timeout_ms=20)
    store.on_problem = lambda _message: None
    rec = Recorder(clock, store)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    take_break(rec)
    assert store.waiting > 0
    other.rollback()
    other.close()
    store.retry_if_due()  # too soon after the last try: nothing is tried
    assert store.waiting > 0
    clock.advance(RETRY_AFTER.total_seconds())
    store.retry_if_due()
    assert store.waiting == 0
    assert completed(db) == 1
    store.close()


def test_a_lock_held_by_another_process_at_start_keeps_the_file(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    history(db, clock, breaks=2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute(\"INSERT INTO events (at_utc, utc_offset, kind) VALUES ('x', 0, 'x')\")\n"
            "c.execute('COMMIT')\n"  # the lock stays until the connection closes
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        store = HistoryStore.open(db, clock, busy_timeout_ms=20)
        assert "locked by another program" in store.problems[0]
        store.close_interrupted(clock.now())
        take_break(Recorder(clock, store))
        assert "history.sqlite3" in siblings(db)
        assert not [name for name in siblings(db) if "broken" in name]
    finally:
        holder.communicate("")  # its stdin closes: it lets go
    assert store.flush()
    store.close()
    assert completed(db) == 3
    assert not list(db.parent.glob("*.broken-*"))


def test_the_stats_command_says_what_to_do_about_a_lock_or_a_newer_file(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.inside(tmp_path)
    history(paths.history_db, clock, breaks=1)
    other = sqlite3.connect(paths.history_db, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert run_stats(build_parser().parse_args(["stats"]), paths, clock) == 1
    finally:
        other.close()
    err = capsys.readouterr().err
    assert "Another program has it locked" in err
    assert "Start microbreak" not in err

    conn = sqlite3.connect(paths.history_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert run_stats(build_parser().parse_args(["stats"]), paths, clock) == 1
    err = capsys.readouterr().err
    assert "written by a newer microbreak" in err
    assert "update this one" in err
    assert "Start microbreak" not in err  # a start would not set it aside


# -- private files -----------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def everyday_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what most desktops use: files 0644, folders 0755
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("everyday_umask")
def test_a_new_history_log_and_export_are_private(tmp_path: Path, clock: FakeClock) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    store = HistoryStore.open(db, clock)
    store.record(Record(RecordKind.PAUSED, clock.now(), {}))
    assert {p.name: mode(p) for p in db.parent.iterdir()} == {
        "history.sqlite3": 0o600,
        "history.sqlite3-wal": 0o600,
        "history.sqlite3-shm": 0o600,
    }
    assert mode(db.parent) == 0o700
    log_file = tmp_path / "log" / "microbreak.log"
    handler = PrivateLogFile(log_file)
    handler.emit(logging.makeLogRecord({"msg": "hello"}))
    handler.doRollover()  # the rotated file and the new one
    handler.emit(logging.makeLogRecord({"msg": "again"}))
    handler.close()
    assert {p.name: mode(p) for p in log_file.parent.iterdir()} == {
        "microbreak.log": 0o600,
        "microbreak.log.1": 0o600,
    }
    assert mode(log_file.parent) == 0o700
    export = tmp_path / "export.csv"
    save_csv(export, store.breaks())
    assert mode(export) == 0o600
    store.close()


@pytest.mark.usefixtures("everyday_umask")
def test_an_older_versions_readable_files_are_tightened_at_start(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    history(db, clock, breaks=1)
    kept = sqlite3.connect(db)  # the -wal and -shm stay while it is open
    kept.execute("SELECT 1 FROM breaks").fetchall()
    log_file = tmp_path / "log" / "microbreak.log"
    log_file.parent.mkdir()
    log_file.write_text("old\n")
    log_file.with_name("microbreak.log.2").write_text("older\n")
    for p in [db.parent, log_file.parent]:
        os.chmod(p, 0o755)
    for p in [*db.parent.iterdir(), *log_file.parent.iterdir()]:
        os.chmod(p, 0o644)
    HistoryStore.open(db, clock).close()
    PrivateLogFile(log_file).close()
    try:
        assert {p.name: mode(p) for p in db.parent.iterdir()} == {
            "history.sqlite3": 0o600,
            "history.sqlite3-wal": 0o600,
            "history.sqlite3-shm": 0o600,
        }
    finally:
        kept.close()
    assert mode(db.parent) == mode(log_file.parent) == 0o700
    assert {p.name: mode(p) for p in log_file.parent.iterdir()} == {
        "microbreak.log": 0o600,
        "microbreak.log.2": 0o600,
    }
