"""The break history as CSV: one row per break, for a spreadsheet or a backup.

Written by the statistics window's Export button and ``microbreak stats --csv``.
:func:`read_csv` reads the same file back into the same records (the tests
check the round trip). ``date``, ``counted_as``, ``exercises_done`` and
``exercise_seconds`` are there for people and are recomputed, not read;
``exercises`` holds each exercise as JSON so nothing is lost. ``counted_as`` is
what the statistics count the break as (``core.records.Tally``: taken,
skipped, natural, not counted, open), so a spreadsheet adds up to the same
numbers as the statistics window.
"""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakKind, BreakRecord, ExerciseRecord, Outcome, Trigger
from microbreak.infra.atomic import write_atomic

COLUMNS = (
    "date",
    "offered_at",
    "trigger",
    "kind",
    "outcome",
    "counted_as",
    "reason",
    "snoozes",
    "ended_at",
    "exercises_done",
    "exercise_seconds",
    "exercises",
)


def write_csv(out: TextIO, records: Iterable[BreakRecord]) -> int:
    """Write ``records`` to an open text file; returns how many."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for r in records:
        writer.writerow(
            (
                r.offered_at.date().isoformat(),
                r.offered_at.isoformat(),
                str(r.trigger),
                str(r.kind),
                "" if r.outcome is None else str(r.outcome),
                str(r.counted_as),
                r.reason,
                r.snoozes,
                "" if r.ended_at is None else r.ended_at.isoformat(),
                sum(e.status is ExerciseStatus.DONE for e in r.exercises),
                round(r.exercise_seconds, 1),
                json.dumps(
                    [
                        {
                            "attempt": e.attempt,
                            "position": e.position,
                            "id": e.exercise_id,
                            "status": str(e.status),
                            "seconds": e.seconds,
                        }
                        for e in r.exercises
                    ],
                    separators=(",", ":"),
                ),
            )
        )
        count += 1
    return count


def save_csv(path: Path, records: Iterable[BreakRecord]) -> int:
    """Write ``records`` to ``path``; raises OSError, leaving an earlier file whole.

    A new file is private (0600: what a person did all day); one already there
    keeps its permissions. A regular file is replaced in one step, so a full
    disk leaves the earlier export as it was, not half of the new one; a
    device or pipe (``/dev/stdout``) is written to as it is.
    """
    out = io.StringIO(newline="")
    count = write_csv(out, records)
    # utf-8-sig: spreadsheet programs then read the text as UTF-8, not a code page.
    data = out.getvalue().encode("utf-8-sig")
    if path.is_symlink():  # replace what it points to, not the link
        path = path.resolve()
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        regular = True
    if regular:
        write_atomic(path, data, make_folders=False)
    else:
        with path.open("wb") as target:
            target.write(data)
    return count


def read_csv(source: TextIO | str) -> list[BreakRecord]:
    """Read a file written by :func:`write_csv`; raises ValueError naming the bad line."""
    stream = io.StringIO(source) if isinstance(source, str) else source
    reader = csv.DictReader(stream)
    fields = [f.lstrip("\ufeff") for f in reader.fieldnames or ()]
    recomputed = {"date", "counted_as", "exercises_done", "exercise_seconds"}
    # Files written before movement breaks have no kind: every break was a microbreak.
    optional = {"kind"}
    missing = set(COLUMNS) - set(fields) - recomputed - optional
    if missing:
        raise ValueError(
            f"not a microbreak history CSV (missing columns: {', '.join(sorted(missing))})"
        )
    reader.fieldnames = fields
    records = []
    for row in reader:
        try:
            records.append(_record(row))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"line {reader.line_num}: {exc}") from exc
    return records


def _record(row: dict[str, str]) -> BreakRecord:
    exercises = tuple(
        ExerciseRecord(
            int(e["attempt"]),
            int(e["position"]),
            str(e["id"]),
            ExerciseStatus(e["status"]),
            float(e["seconds"]),
        )
        for e in json.loads(row["exercises"] or "[]")
    )
    return BreakRecord(
        offered_at=_aware(row["offered_at"]),
        trigger=Trigger(row["trigger"]),
        kind=BreakKind(row["kind"]) if row.get("kind") else BreakKind.MICRO,
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        reason=row["reason"],
        snoozes=int(row["snoozes"]),
        ended_at=_aware(row["ended_at"]) if row["ended_at"] else None,
        exercises=exercises,
    )


def _aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return when
