"""Break histories for tests and benchmarks.

- :class:`Recorder`: the engine harness writing every record to a history
  store, as the app does.
- :func:`simulate_month`: a person working through a month with the real
  engine on a fake clock (weekdays 09:00-17:00, a week abroad at UTC-5), who
  takes, snoozes, skips and misses breaks from a seeded script. It counts
  what it did itself, so the statistics can be checked against it.
- :func:`year_of_breaks`: about 10,000 finished breaks over a year, written
  straight as records (for the benchmark: fast to make, and the most anyone
  would have); :func:`add_breaks` puts such records straight into a store.
- :func:`load_csv`: read back a CSV export file.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.effects import Effect, Record
from microbreak.core.events import (
    BreakFinished,
    BreakSkipped,
    Event,
    ExerciseDone,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import BreakRecord, EndReason, ExerciseRecord, Outcome, Trigger
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.history import HistoryStore, utc_text
from microbreak.infra.history_csv import read_csv
from microbreak.infra.paths import AppPaths
from tests.helpers.engine_harness import Harness

DONE, PARTIAL, SKIPPED = ExerciseStatus.DONE, ExerciseStatus.PARTIAL, ExerciseStatus.SKIPPED
HOME = timezone(timedelta(hours=1))
ABROAD = timezone(timedelta(hours=-5))
EXERCISE_SECONDS = 40.0


class Recorder(Harness):
    """The engine harness, writing every Record to the store as the app does."""

    def __init__(
        self, clock: FakeClock, store: HistoryStore, *, idle_source_works: bool = False
    ) -> None:
        self.store = store
        super().__init__(clock, idle_source_works=idle_source_works)

    def send(self, event: Event) -> list[Effect]:
        effects = super().send(event)
        for effect in effects:
            if isinstance(effect, Record):
                self.store.record(effect)
        return effects

    def do_exercises(self, statuses: list[ExerciseStatus], seconds: float = 30) -> None:
        """Spend ``seconds`` on each exercise; report those DONE as the window would."""
        assert self.break_open is not None
        for position, (ex_id, status) in enumerate(zip(self.break_open, statuses, strict=False)):
            self.clock.advance(seconds)
            if status is DONE:
                self.send(ExerciseDone(ExerciseResult(position, ex_id, status, seconds)))

    def results(
        self, statuses: list[ExerciseStatus], seconds: float = 30
    ) -> tuple[tuple[str, ...], tuple[ExerciseResult, ...]]:
        """The (exercises_done, results) a break window reports for ``statuses``."""
        assert self.break_open is not None
        results = tuple(
            ExerciseResult(i, ex_id, status, seconds if status in (DONE, PARTIAL) else 0.0)
            for i, (ex_id, status) in enumerate(zip(self.break_open, statuses, strict=True))
        )
        return tuple(r.exercise_id for r in results if r.status is DONE), results


# What the simulated person does with a break, and how often.
ACTIONS = (
    ("complete", 50),
    ("snooze_then_complete", 15),
    ("partial", 10),
    ("skip", 8),
    ("skip_next", 5),
    ("away", 12),
)

# What opened the breaks of year_of_breaks: mostly the schedule, as in life,
# and every trigger there is, for the round trips.
YEAR_TRIGGERS = (Trigger.MANUAL, *[Trigger.SCHEDULED] * 4, Trigger.PAUSE_IN_TYPING)

FIRST_DAY = date(2026, 10, 26)  # a Monday; 30 days to Tue 24 Nov 2026


@dataclass
class Month:
    """A simulated month in a history file, and what the person did."""

    paths: AppPaths
    clock: FakeClock  # 18:00 on the last day
    per_day: dict[date, Counter[str]]
    per_exercise: Counter[str]


def build_month(root: Path) -> Month:
    """Simulate :data:`FIRST_DAY` and the 29 days after into ``root``'s data dir."""
    paths = AppPaths.inside(root)
    store = HistoryStore.open(
        paths.history_db, FakeClock(datetime.combine(FIRST_DAY, time(9), HOME))
    )
    assert store.problems == []
    clock, per_day, per_exercise = simulate_month(store, FIRST_DAY)
    store.close()
    return Month(paths, clock, per_day, per_exercise)


def simulate_month(
    store: HistoryStore, first_day: date, *, days: int = 30, seed: int = 7
) -> tuple[FakeClock, dict[date, Counter[str]], Counter[str]]:
    """A month of work through the real engine into ``store``.

    Returns the clock (left at 18:00 on the last day), what the person did
    per local day (keys: completed, snoozed_then_taken, partial, natural,
    skipped, seconds) and per exercise (``id:done``, ``id:partial``,
    ``id:skipped``).
    """
    rng = random.Random(seed)
    actions = [a for a, weight in ACTIONS for _ in range(weight)]
    clock = FakeClock(datetime.combine(first_day, time(9), HOME))
    rec = Recorder(clock, store)
    rec.send(PauseRequested(None))  # as if the evening before
    per_day: dict[date, Counter[str]] = {}
    per_exercise: Counter[str] = Counter()
    for n in range(days):
        day = first_day + timedelta(days=n)
        zone = ABROAD if days - 8 <= n < days - 1 else HOME  # a week abroad near the end
        if day.weekday() >= 5:
            continue
        clock.set(datetime.combine(day, time(9), zone))
        rec.send(ResumeRequested())
        tally = per_day.setdefault(day, Counter())
        end = datetime.combine(day, time(17), zone)
        while True:
            due = rec.engine.status().next_break_at
            assert due is not None
            if due > end:
                break
            _one_break(rec, rng.choice(actions), due, tally, per_exercise)
        clock.set(max(clock.now(), datetime.combine(day, time(17, 30), zone)))
        rec.send(PauseRequested(None))
    clock.set(
        max(clock.now(), datetime.combine(first_day + timedelta(days=days - 1), time(18), zone))
    )
    return clock, per_day, per_exercise


def _one_break(
    rec: Recorder,
    action: str,
    due: datetime,
    tally: Counter[str],
    per_exercise: Counter[str],
) -> None:
    if action == "away":
        rec.clock.set(due + timedelta(minutes=20))  # asleep or away: the timer fires late
        rec.send(Tick())
        tally["natural"] += 1
        return
    if action == "skip_next":
        rec.run_until(due - timedelta(minutes=10))
        rec.send(SkipNextRequested())
        tally["skipped"] += 1
        return
    rec.run_until(due)
    assert rec.break_open is not None
    if action == "snooze_then_complete":
        rec.clock.advance(5)
        rec.send(SnoozeRequested(5))  # from the open window
        rec.run_until(rec.clock.now() + timedelta(minutes=5))
        assert rec.break_open is not None
    routine = rec.break_open
    statuses = {
        "complete": [DONE, DONE, DONE],
        "snooze_then_complete": [DONE, DONE, DONE],
        "partial": [DONE, PARTIAL, SKIPPED],
        "skip": [SKIPPED, SKIPPED, SKIPPED],
    }[action]
    rec.do_exercises([s for s in statuses if s is not SKIPPED], EXERCISE_SECONDS)
    done, results = rec.results(statuses, EXERCISE_SECONDS)
    if action == "skip":
        rec.send(BreakSkipped(done, results))
        tally["skipped"] += 1
    elif action == "partial":
        rec.send(BreakSkipped(done, results))
        tally["completed"] += 1
        tally["partial"] += 1
    else:
        rec.send(BreakFinished(done, results))
        tally["snoozed_then_taken" if action != "complete" else "completed"] += 1
    for ex_id, status in zip(routine, statuses, strict=True):
        per_exercise[f"{ex_id}:{status}"] += 1
        if status is not SKIPPED:
            tally["seconds"] += int(EXERCISE_SECONDS)


def year_of_breaks(end: date, *, count: int = 10_000, seed: int = 1) -> list[BreakRecord]:
    """About ``count`` finished breaks, every day of the year up to ``end``.

    10,000 a year is 27 a day: a heavy user, breaks every half hour from 07:00
    to 21:00, weekends too. Each has three exercises (unless natural).
    """
    rng = random.Random(seed)
    days = [end - timedelta(days=n) for n in range(365, -1, -1)]
    per_day = count / len(days)
    outcomes = [
        (Outcome.COMPLETED, 0, 55),
        (Outcome.COMPLETED, 1, 12),
        (Outcome.PARTIAL, 0, 8),
        (Outcome.SKIPPED, 0, 10),
        (Outcome.NATURAL, 0, 10),
        (Outcome.DEFERRED, 0, 5),
    ]
    pool = [(o, s) for o, s, w in outcomes for _ in range(w)]
    records: list[BreakRecord] = []
    made = 0
    for i, day in enumerate(days):
        target = round(per_day * (i + 1)) - made
        made += target
        start = datetime.combine(day, time(7), HOME)
        spacing = 14 * 60 // (target + 1)
        for k in range(target):
            when = start + timedelta(minutes=spacing * (k + 1) + rng.randint(-3, 3))
            outcome, snoozes = rng.choice(pool)
            routine = [DEFAULT_EXERCISES[(k * 3 + j) % len(DEFAULT_EXERCISES)] for j in range(3)]
            if outcome is Outcome.COMPLETED:
                statuses = [DONE, DONE, DONE]
            elif outcome is Outcome.PARTIAL:
                statuses = [DONE, PARTIAL, SKIPPED]
            elif outcome in (Outcome.SKIPPED, Outcome.DEFERRED):
                statuses = [SKIPPED, SKIPPED, SKIPPED]
            else:
                statuses = []
            exercises = tuple(
                ExerciseRecord(1, j, ex, st, 0.0 if st is SKIPPED else 30.0 + rng.random() * 20)
                for j, (ex, st) in enumerate(zip(routine, statuses, strict=False))
            )
            records.append(
                BreakRecord(
                    when,
                    YEAR_TRIGGERS[k % len(YEAR_TRIGGERS)],
                    outcome,
                    reason={Outcome.NATURAL: EndReason.AWAY, Outcome.DEFERRED: EndReason.PAUSE}.get(
                        outcome, ""
                    ),
                    snoozes=snoozes,
                    ended_at=when + timedelta(minutes=2),
                    exercises=exercises,
                )
            )
    return records


def _offset(when: datetime) -> int:
    delta = when.utcoffset()
    assert delta is not None
    return int(delta.total_seconds())


def add_breaks(store: HistoryStore, records: Iterable[BreakRecord]) -> None:
    """Insert finished breaks straight into the store's tables, in one transaction.

    For fixtures and benchmarks: thousands of breaks at once, without running
    the engine. The rows are the ones the store itself writes.
    """
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    for r in records:
        attempts = max((e.attempt for e in r.exercises), default=0)
        cur = conn.execute(
            "INSERT INTO breaks (offered_utc, utc_offset, trigger, outcome, reason, "
            "snoozes, attempts, ended_utc, ended_offset) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                utc_text(r.offered_at),
                _offset(r.offered_at),
                str(r.trigger),
                None if r.outcome is None else str(r.outcome),
                r.reason,
                r.snoozes,
                attempts,
                None if r.ended_at is None else utc_text(r.ended_at),
                None if r.ended_at is None else _offset(r.ended_at),
            ),
        )
        conn.executemany(
            "INSERT INTO break_exercises VALUES (?,?,?,?,?,?)",
            [
                (cur.lastrowid, e.attempt, e.position, e.exercise_id, str(e.status), e.seconds)
                for e in r.exercises
            ],
        )
    conn.execute("COMMIT")


def load_csv(path: Path) -> list[BreakRecord]:
    """Read back a file the CSV export wrote."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        return read_csv(f)
