"""``microbreak stats``: the statistics window's numbers on the command line.

Reads the history file directly, so the app need not be running, and never
loads Qt (import-linter checks). The numbers come from ``core.stats.summarize``,
like the window's.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from microbreak.core.clock import Clock
from microbreak.core.records import BreakRecord
from microbreak.core.stats import (
    DEFAULT_DAYS,
    Summary,
    goal_text,
    period_text,
    streak_text,
    summarize,
    taken_text,
)
from microbreak.infra.config_store import load_config
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.infra.system_clock import SystemClock

if TYPE_CHECKING:
    from microbreak.infra.paths import AppPaths

MAX_DAYS = 3660


def add_stats_command(commands: Any) -> None:
    """Register ``stats`` on the ``microbreak`` command's sub-parsers."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "stats",
        help="print your break statistics (or export them with --csv)",
        description=(
            "Print the numbers the statistics window shows: today, the goal and streak, "
            "each day and each exercise. Reads the history; the app need not be running."
        ),
    )
    parser.add_argument(
        "--days",
        type=_days,
        default=None,
        metavar="N",
        help=f"how many days back, today included (default {DEFAULT_DAYS}; "
        "with --csv, the whole history)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help="write every break (of the last N days with --days) to FILE as CSV; - for stdout",
    )
    parser.set_defaults(run=run_stats)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"use 1 to {MAX_DAYS} days, not {days}")
    return days


def run_stats(
    args: argparse.Namespace, paths: AppPaths | None = None, clock: Clock | None = None
) -> int:
    if paths is None:
        # Here, not at the top: `microbreak --version` imports this module and
        # must answer even where platformdirs is missing.
        from microbreak.infra.paths import app_paths  # noqa: PLC0415

        paths = app_paths()
    now = (clock or SystemClock()).now()
    # Here, not at the top: the running app imports this module (the command
    # line's parser) and must not load sqlite3 until its history is used.
    from microbreak.infra.history import HistoryError, HistoryStore  # noqa: PLC0415

    try:
        store = HistoryStore.open_existing(paths.history_db)
    except HistoryError as exc:
        print(f"microbreak: {exc}", file=sys.stderr)
        if exc.advice:  # what to do depends on what went wrong (a full disk, a lock...)
            print(exc.advice, file=sys.stderr)
        return 1
    records: list[BreakRecord] = []
    if store is not None:
        records = store.breaks()
        store.close()
    if args.csv is not None:
        return _export(args.csv, records, args.days, now)
    # Read the config without writing one: the command line only looks.
    config = load_config(paths.config_file, now, create=False)
    for problem in config.problems:
        print(f"microbreak: {problem}", file=sys.stderr)
    summary = summarize(
        records,
        now.date(),
        days=args.days or DEFAULT_DAYS,
        goal=config.settings.goals.breaks_per_day,
    )
    catalog = load_exercises(builtin_exercises_dir(), paths.user_exercises_dir)
    names = {i: ex.name for i, ex in catalog.exercises.items()}
    try:
        if args.json:
            json.dump(summary.as_dict(names), sys.stdout, indent=2)
            print()
        else:
            if not records:
                print("No breaks recorded yet: they show here after your first break.\n")
            print_text(summary, names, sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        # `microbreak stats | head`: the reader left; that is not an error.
        # Point stdout at nothing so Python's exit-time flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _export(target: str, records: list[BreakRecord], days: int | None, now: datetime) -> int:
    from microbreak.infra.history_csv import save_csv, write_csv  # noqa: PLC0415

    if days is not None:
        first = now.date().toordinal() - days + 1
        records = [r for r in records if r.offered_at.date().toordinal() >= first]
    if target == "-":
        write_csv(sys.stdout, records)
        return 0
    try:
        count = save_csv(Path(target), records)
    except OSError as exc:
        problem = exc.strerror or exc
        advice = " Free some space, or write it elsewhere." if exc.errno == errno.ENOSPC else ""
        print(f"microbreak: cannot write {target}: {problem}.{advice}", file=sys.stderr)
        return 1
    print(f"Wrote {count} break{'s' if count != 1 else ''} to {target}")
    return 0


def print_text(summary: Summary, names: dict[str, str], out: TextIO) -> None:
    today = summary.today
    w = out.write
    w(f"microbreak statistics, {today.day:%a %d %b %Y}\n\n")
    w(f"Today: {taken_text(today)}\n")
    w(f"{goal_text(summary)} {streak_text(summary)}\n\n")
    w(f"{period_text(summary)}\n")
    header = (
        "Day",
        "Taken",
        "Offered",
        "Completed",
        "Snoozed, taken",
        "Natural",
        "Skipped",
        "Put off",
        "Time",
    )
    rows = [
        (
            f"{d.day:%a %d %b}",
            d.taken,
            d.offered,
            d.completed,
            d.snoozed_then_taken,
            d.natural,
            d.skipped,
            d.deferred,
            d.exercise_time,
        )
        for d in summary.days
    ]
    _table(out, header, rows)
    if summary.total.deferred:
        w("  Put off: paused, busy or the app closed while a break was due; not counted.\n")
    w(f"\nExercises, last {len(summary.days)} days:\n")
    if not summary.exercises:
        w("  none yet\n")
        return
    _table(
        out,
        ("Exercise", "Done", "Partly done", "Not started", "Time"),
        [
            (names.get(e.exercise_id, e.exercise_id), e.done, e.partial, e.skipped, e.time)
            for e in summary.exercises
        ],
    )


def _table(out: TextIO, header: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> None:
    cells = [header, *[tuple(str(c) for c in row) for row in rows]]
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(header))]
    for row in cells:
        first = f"{row[0]!s:<{widths[0]}}"
        rest = "  ".join(f"{c!s:>{w}}" for c, w in zip(row[1:], widths[1:], strict=True))
        out.write(f"  {first}  {rest}\n")
