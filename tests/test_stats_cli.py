"""A simulated month through engine and database; `microbreak stats` and CSV round trips."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from microbreak.cli import build_parser
from microbreak.core.clock import FakeClock
from microbreak.core.events import BreakFinished, IdleSampled
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakKind, BreakRecord, Outcome, Trigger
from microbreak.core.stats import summarize
from microbreak.infra.history import HistoryStore
from microbreak.infra.history_csv import read_csv, save_csv, write_csv
from microbreak.infra.paths import AppPaths
from microbreak.stats_cli import run_stats
from tests.helpers.child import run_python
from tests.history_data import (
    FIRST_DAY,
    HOME,
    YEAR_TRIGGERS,
    Month,
    Recorder,
    load_csv,
    year_of_breaks,
)

ROOT = Path(__file__).resolve().parent.parent


def stats(month: Month, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    args = build_parser().parse_args(["stats", *argv])
    code = run_stats(args, month.paths, month.clock)
    out = capsys.readouterr()
    return code, out.out


def test_the_month_numbers_match_what_the_person_did(
    month: Month, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = stats(month, "--days", "30", "--json", capsys=capsys)
    assert code == 0
    data = json.loads(out)
    assert [d["date"] for d in data["days"]] == [
        (FIRST_DAY + timedelta(days=n)).isoformat() for n in range(30)
    ]
    worked = 0
    for day in data["days"]:
        did = month.per_day.get(date.fromisoformat(day["date"]), Counter())
        worked += bool(did)
        for key in ("completed", "snoozed_then_taken", "partial", "natural", "skipped"):
            assert day[key] == did[key], (day["date"], key)
        assert day["taken"] == did["completed"] + did["snoozed_then_taken"]
        assert day["exercise_seconds"] == did["seconds"]
    assert worked == 22  # weekdays
    total = data["period"]
    assert total["taken"] == sum(
        d["completed"] + d["snoozed_then_taken"] for d in month.per_day.values()
    )
    assert total["natural"] == sum(d["natural"] for d in month.per_day.values())
    assert total["offered"] > total["taken"] > 100
    for ex in data["exercises"]:
        for status, key in (("done", "done"), ("partial", "partial"), ("skipped", "skipped")):
            assert ex[key] == month.per_exercise[f"{ex['id']}:{status}"], (ex["id"], status)
    assert {e["name"] for e in data["exercises"]} >= {"Shoulder rolls", "High-reach stretch"}
    today = data["today"]
    assert today["date"] == "2026-11-24"
    assert today["goal"] == 6
    assert today["open_breaks"] == 0


def test_the_streak_over_the_month(month: Month, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = stats(month, "--days", "30", "--json", capsys=capsys)
    data = json.loads(out)
    # Counted by hand from the days: back from today, weekends pass, the
    # first weekday short of 6 taken ends it.
    expected = 0
    for day in reversed(data["days"]):
        if day["taken"] >= 6:
            expected += 1
        elif day["offered"] and day["date"] != data["today"]["date"]:
            break
    assert data["today"]["streak_days"] == expected


def test_text_output_says_the_same(month: Month, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = stats(month, "--json", capsys=capsys)
    data = json.loads(out)
    _, text = stats(month, capsys=capsys)
    t = data["today"]
    assert text.startswith("microbreak statistics, Tue 24 Nov 2026\n")
    assert f"Today: {t['taken']} of {t['offered']} breaks taken" in text
    assert f"{t['exercise_minutes']} min of exercise" in text
    assert "Last 7 days:" in text
    for day in data["days"]:
        d = date.fromisoformat(day["date"])
        assert f"{d:%a %d %b}" in text
    assert "Shoulder rolls" in text


def test_csv_from_the_command_line_round_trips(
    month: Month, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "breaks.csv"
    code, out = stats(month, "--csv", str(target), capsys=capsys)
    assert code == 0
    store = HistoryStore.open_existing(month.paths.history_db)
    assert store is not None
    records = store.breaks()
    assert out == f"Wrote {len(records)} breaks to {target}\n"
    back = load_csv(target)
    assert back == records
    assert [r.offered_at.utcoffset() for r in back] == [r.offered_at.utcoffset() for r in records]
    # --days limits the export to the last N local days.
    code, out = stats(month, "--csv", "-", "--days", "2", capsys=capsys)
    recent = read_csv(out)
    assert recent == [r for r in records if r.offered_at.date() >= date(2026, 11, 23)]
    assert 0 < len(recent) < len(records)
    # The same numbers come out of the exported file.
    today = month.clock.now().date()
    assert summarize(back, today, days=30) == summarize(records, today, days=30)
    total = summarize(records, today, days=30).total
    # A spreadsheet adding up the counted_as column gets the window's numbers.
    with target.open(encoding="utf-8-sig", newline="") as f:
        words = Counter(row["counted_as"] for row in csv.DictReader(f))
    assert (words["taken"], words["skipped"], words["natural"], words["not counted"]) == (
        total.taken,
        total.skipped,
        total.natural,
        total.deferred,
    )


def test_csv_round_trips_a_year_with_every_kind_of_break(tmp_path: Path) -> None:
    records = year_of_breaks(date(2026, 11, 24), count=2000)
    assert {r.outcome for r in records} == set(Outcome)
    assert {r.trigger for r in records} == set(Trigger) == set(YEAR_TRIGGERS)
    path = tmp_path / "year.csv"
    assert save_csv(path, records) == len(records)
    assert load_csv(path) == records
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8


def test_a_break_a_pause_in_typing_opened_is_kept_and_exported_as_such(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    # Smart timing opens a break at a pause in typing; the history used to
    # file it as scheduled because it did not know the word.
    paths = AppPaths.inside(tmp_path)
    store = HistoryStore.open(paths.history_db, clock)
    rec = Recorder(clock, store, idle_source_works=True)
    rec.run_for(timedelta(minutes=41))  # inside the smart-timing window (40 to 50 min)
    rec.send(IdleSampled(11))  # a pause in typing
    assert rec.break_open is not None
    rec.send(BreakFinished(*rec.results([ExerciseStatus.DONE] * 3)))
    store.close()
    reader = HistoryStore.open_existing(paths.history_db)
    assert reader is not None
    assert [r.trigger for r in reader.breaks()] == [Trigger.PAUSE_IN_TYPING]
    reader.close()
    args = build_parser().parse_args(["stats", "--csv", "-"])
    assert run_stats(args, paths, clock) == 0
    (row,) = read_csv(capsys.readouterr().out)
    assert (row.trigger, row.outcome) == (Trigger.PAUSE_IN_TYPING, Outcome.COMPLETED)


def test_an_open_break_round_trips_too() -> None:
    r = BreakRecord(datetime(2026, 11, 24, 10, tzinfo=HOME), Trigger.MANUAL, None, snoozes=2)
    out = io.StringIO()
    write_csv(out, [r])
    assert read_csv(out.getvalue()) == [r]


def test_a_movement_break_is_exported_as_one_and_older_files_still_read() -> None:
    moved = BreakRecord(
        datetime(2026, 11, 24, 10, tzinfo=HOME),
        Trigger.SCHEDULED,
        Outcome.COMPLETED,
        kind=BreakKind.MOVEMENT,
    )
    out = io.StringIO()
    write_csv(out, [moved])
    header, row = out.getvalue().splitlines()
    assert header.split(",")[2:5] == ["trigger", "kind", "outcome"]
    assert ",scheduled,movement,completed," in row
    assert read_csv(out.getvalue()) == [moved]
    # A file exported before the kind column existed: every break a microbreak.
    old_header = header.replace("kind,", "")
    old_row = row.replace("movement,", "")
    (old,) = read_csv(f"{old_header}\n{old_row}\n")
    assert old.kind is BreakKind.MICRO


def test_a_csv_that_is_not_ours_is_refused_with_the_line() -> None:
    with pytest.raises(ValueError, match=r"missing columns: ended_at, exercises, offered_at"):
        read_csv("a,b\n1,2\n")
    good = io.StringIO()
    write_csv(good, [])
    bad = good.getvalue() + "2026-11-24,2026-11-24T10:00:00,scheduled,,,0,,0,0,[]\n"
    with pytest.raises(ValueError, match=r"line 2: .* has no UTC offset"):
        read_csv(bad)


def test_no_history_yet(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.inside(tmp_path)
    args = build_parser().parse_args(["stats"])
    assert run_stats(args, paths, clock) == 0
    out = capsys.readouterr().out
    assert out.startswith("No breaks recorded yet")
    assert "Today: 0 of 0 breaks taken" in out
    assert not paths.data_dir.exists()  # looking creates nothing
    assert not paths.config_dir.exists()


def test_an_unreadable_history_is_reported_not_moved(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = AppPaths.inside(tmp_path)
    paths.data_dir.mkdir()
    paths.history_db.write_bytes(b"junk" * 500)
    assert run_stats(build_parser().parse_args(["stats"]), paths, clock) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert paths.history_db.read_bytes() == b"junk" * 500


def test_days_must_be_sensible(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["stats", "--days", "0"])
    assert "use 1 to 3660 days, not 0" in capsys.readouterr().err


def test_the_stats_command_runs_without_qt(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "d"), XDG_CONFIG_HOME=str(tmp_path / "c"))
    code = (
        "import sys\n"
        "from microbreak.cli import main\n"
        "rc = main(['stats', '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
        "sys.exit(rc)\n"
    )
    result = run_python(code, env)
    assert json.loads(result.stdout)["today"]["taken"] == 0


def test_stats_is_a_subcommand_of_microbreak() -> None:
    args = build_parser().parse_args(["stats", "--days", "30", "--json"])
    assert isinstance(args, argparse.Namespace)
    assert (args.days, args.json, args.csv) == (30, True, None)


def test_a_reader_that_leaves_early_is_not_an_error(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "d"), XDG_CONFIG_HOME=str(tmp_path / "c"))
    # About 1 MB of JSON: far more than a pipe holds, so the write must fail.
    cmd = [sys.executable, "-m", "microbreak", "stats", "--json", "--days", "3660"]
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None
        child.stdout.readline()
        child.stdout.close()  # like `| head -1`
        assert child.wait(timeout=60) == 0
        assert child.stderr is not None
        assert child.stderr.read() == b""
