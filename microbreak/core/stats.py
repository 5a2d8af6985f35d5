"""Statistics from the break history: per day, today, the streak, per exercise.

Pure: it is given the records and today's date and counts. The statistics
window, ``microbreak stats`` and its ``--json`` all use :func:`summarize`, so
they cannot disagree.

The words, once, for everything that shows them:

Each break counts as one :class:`~microbreak.core.records.Tally`, from its
outcome (``BreakRecord.counted_as``); the CSV export writes the same word.

- *Taken*: completed or partly done. Any exercise done, however the break
  ended (Skip, a pause, the app closing), makes it taken (core.records.moved).
- *Skipped*: declined on purpose, nothing done: Skip, "Skip next break".
- *Movement*: of the taken breaks, those that asked the person to stand up
  and move (core.movement); shown as "of which N movement breaks".
- *Eye breaks* (core.eye_rhythm) are counted apart: only those taken, as
  "N eye breaks". Twenty seconds of looking away is not a break toward the
  goal, and at three an hour they would swamp every other number.
- *Natural*: the person was away (idle, asleep, locked): a rest of its own,
  neither taken nor skipped.
- *Not counted* (deferred): put off by a pause, by being busy too long, or by
  the app closing while the break was pending. The person never said no.
- A break is *offered* when it was put in front of the person and they
  answered it: taken or skipped. A break still open (snoozed, or on screen)
  is not counted yet.
- The chart stacks four kinds: completed (taken without a snooze, partly done
  included), snoozed then taken, natural, skipped. Breaks not counted are in
  the tooltip only.
- Time is the seconds actually spent exercising; it reads "40 s" under a
  minute and in whole minutes from there (:func:`time_text`).
- The *day* of a break is the local date where it was offered, read from the
  UTC offset stored with it.
- The *streak* counts days that reached the goal, back from today. Today
  counts once it reaches the goal but does not break the streak before the
  day is over; a day with no break offered at all (a weekend, a day off, the
  app not running) neither breaks nor extends it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from microbreak.core.i18n import Context, translate
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakKind, BreakRecord, Outcome, Tally

DEFAULT_DAYS = 7
# The streak looks back at most this far (a little over the longest retention
# anyone would notice the difference for).
MAX_STREAK_DAYS = 3660


def whole_minutes(seconds: float) -> int:
    """Minutes for people: rounded half up, so 90 s is 2 min, 89 s is 1 min."""
    return math.floor(seconds / 60 + 0.5)


def time_text(seconds: float) -> str:
    """Time spent exercising, for people: "40 s" under a minute, else "3 min".

    Never "0 min" for an exercise someone did: 26 s of it reads "26 s".
    """
    whole = math.floor(seconds + 0.5)
    if whole <= 0:
        return translate("stats", "{n} min").format(n=0)
    if whole < 60:
        return translate("stats", "{n} s").format(n=whole)
    return translate("stats", "{n} min").format(n=whole_minutes(seconds))


@dataclass(frozen=True)
class DayStats:
    day: date
    completed: int = 0  # taken without a snooze (partly done ones included)
    snoozed_then_taken: int = 0
    natural: int = 0
    skipped: int = 0  # declined on purpose (Skip, skip next), nothing done
    partial: int = 0  # of the taken ones, how many only partly done
    deferred: int = 0  # put off, not counted: a pause, busy, the app closed
    exercise_seconds: float = 0.0
    movement: int = 0  # of the taken ones, how many were movement breaks (core.movement)
    eyes: int = 0  # eye breaks taken, counted apart from all the above (core.eye_rhythm)

    @property
    def taken(self) -> int:
        return self.completed + self.snoozed_then_taken

    @property
    def offered(self) -> int:
        return self.taken + self.skipped

    @property
    def exercise_minutes(self) -> int:
        return whole_minutes(self.exercise_seconds)

    @property
    def exercise_time(self) -> str:
        return time_text(self.exercise_seconds)

    def as_dict(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "taken": self.taken,
            "offered": self.offered,
            "completed": self.completed,
            "snoozed_then_taken": self.snoozed_then_taken,
            "natural": self.natural,
            "skipped": self.skipped,
            "partial": self.partial,
            "deferred": self.deferred,
            "movement": self.movement,
            "eyes": self.eyes,
            "exercise_minutes": self.exercise_minutes,
            "exercise_seconds": round(self.exercise_seconds),
            "exercise_time": self.exercise_time,
        }


@dataclass(frozen=True)
class ExerciseStats:
    exercise_id: str
    done: int = 0
    partial: int = 0  # started, left before the end
    skipped: int = 0  # planned for a break but not started
    seconds: float = 0.0

    @property
    def planned(self) -> int:
        return self.done + self.partial + self.skipped

    @property
    def minutes(self) -> int:
        return whole_minutes(self.seconds)

    @property
    def time(self) -> str:
        return time_text(self.seconds)


@dataclass(frozen=True)
class Summary:
    today: DayStats
    goal: int  # breaks a day
    streak: int  # days reaching the goal, see the module docstring
    days: tuple[DayStats, ...]  # the period, oldest first, ending today, no gaps
    exercises: tuple[ExerciseStats, ...]  # over the period, most done first
    open_breaks: int = 0  # snoozed or on screen right now, not counted yet
    total: DayStats = field(default_factory=lambda: DayStats(date.min))  # over the period

    @property
    def goal_met(self) -> bool:
        return self.today.taken >= self.goal

    @property
    def to_goal(self) -> int:
        return max(0, self.goal - self.today.taken)

    def as_dict(self, names: Mapping[str, str] | None = None) -> dict[str, object]:
        """Plain data for ``--json``: every number the window shows."""
        names = names or {}
        total = self.total
        return {
            "today": {
                **self.today.as_dict(),
                "goal": self.goal,
                "goal_met": self.goal_met,
                "streak_days": self.streak,
                "open_breaks": self.open_breaks,
            },
            "period": {
                "days": len(self.days),
                "first": self.days[0].day.isoformat(),
                "last": self.days[-1].day.isoformat(),
                **{k: v for k, v in total.as_dict().items() if k != "date"},
            },
            "days": [d.as_dict() for d in self.days],
            "exercises": [
                {
                    "id": e.exercise_id,
                    "name": names.get(e.exercise_id, e.exercise_id),
                    "done": e.done,
                    "partial": e.partial,
                    "skipped": e.skipped,
                    "minutes": e.minutes,
                    "seconds": round(e.seconds),
                    "time": e.time,
                }
                for e in self.exercises
            ],
        }


class _Day:
    """Mutable counters for one day while counting."""

    __slots__ = (
        "completed",
        "deferred",
        "eyes",
        "movement",
        "natural",
        "partial",
        "seconds",
        "skipped",
        "snoozed_then_taken",
    )

    def __init__(self) -> None:
        self.completed = 0
        self.snoozed_then_taken = 0
        self.natural = 0
        self.skipped = 0
        self.partial = 0
        self.deferred = 0
        self.seconds = 0.0
        self.movement = 0
        self.eyes = 0

    def add(self, record: BreakRecord) -> None:
        counted = record.counted_as
        if record.kind is BreakKind.EYE:
            self.eyes += counted is Tally.TAKEN
            return
        if counted is Tally.TAKEN:
            if record.snoozes:
                self.snoozed_then_taken += 1
            else:
                self.completed += 1
            if record.outcome is Outcome.PARTIAL:
                self.partial += 1
            if record.kind is BreakKind.MOVEMENT:
                self.movement += 1
        elif counted is Tally.NATURAL:
            self.natural += 1
        elif counted is Tally.SKIPPED:
            self.skipped += 1
        else:
            self.deferred += 1
        for exercise in record.exercises:
            self.seconds += exercise.seconds

    def freeze(self, day: date) -> DayStats:
        return DayStats(
            day,
            self.completed,
            self.snoozed_then_taken,
            self.natural,
            self.skipped,
            self.partial,
            self.deferred,
            self.seconds,
            self.movement,
            self.eyes,
        )


def summarize(
    records: Iterable[BreakRecord],
    today: date,
    *,
    days: int = DEFAULT_DAYS,
    goal: int = 6,
) -> Summary:
    """Count ``records`` into a :class:`Summary` of the ``days`` up to ``today``."""
    if days < 1:
        raise ValueError("days must be at least 1")
    first = today - timedelta(days=days - 1)
    by_day: dict[date, _Day] = {}
    exercises: dict[str, list[float]] = {}  # id -> [done, partial, skipped, seconds]
    open_breaks = 0
    for record in records:
        if record.counted_as is Tally.OPEN:
            open_breaks += 1
            continue
        day = record.offered_at.date()
        counters = by_day.get(day)
        if counters is None:
            counters = by_day[day] = _Day()
        counters.add(record)
        if first <= day <= today:
            for ex in record.exercises:
                row = exercises.get(ex.exercise_id)
                if row is None:
                    row = exercises[ex.exercise_id] = [0, 0, 0, 0.0]
                if ex.status is ExerciseStatus.DONE:
                    row[0] += 1
                elif ex.status is ExerciseStatus.PARTIAL:
                    row[1] += 1
                else:  # skipped, or still "planned" in a break that has ended
                    row[2] += 1
                row[3] += ex.seconds
    period = tuple(
        (by_day.get(d) or _Day()).freeze(d) for d in (first + timedelta(n) for n in range(days))
    )
    total = _Day()
    for d in period:
        total.completed += d.completed
        total.snoozed_then_taken += d.snoozed_then_taken
        total.natural += d.natural
        total.skipped += d.skipped
        total.partial += d.partial
        total.deferred += d.deferred
        total.seconds += d.exercise_seconds
        total.movement += d.movement
        total.eyes += d.eyes
    per_exercise = sorted(
        (
            ExerciseStats(ex_id, int(row[0]), int(row[1]), int(row[2]), row[3])
            for ex_id, row in exercises.items()
        ),
        key=lambda e: (-e.done, e.exercise_id),
    )
    return Summary(
        today=period[-1],
        goal=goal,
        streak=streak((c.freeze(d) for d, c in by_day.items()), today, goal),
        days=period,
        exercises=tuple(per_exercise),
        open_breaks=open_breaks,
        total=total.freeze(first),
    )


def streak(days: Iterable[DayStats], today: date, goal: int) -> int:
    """Days reaching ``goal``, counted back from today (see the module docstring)."""
    by_day = {d.day: d for d in days}
    if not by_day:
        return 0
    count = 0
    day = today
    earliest = max(min(by_day), today - timedelta(days=MAX_STREAK_DAYS))
    while day >= earliest:
        stats = by_day.get(day)
        if stats is not None and stats.taken >= goal:
            count += 1
        elif stats is not None and stats.offered and day != today:
            break
        day -= timedelta(days=1)
    return count


# -- in words: the window and ``microbreak stats`` say the same sentences -------


# Each sentence is translated whole (core.i18n), in the catalogue's plural
# form for its count: Polish needs three ("1 przerwa", "2 przerwy", "5 przerw").
stats = Context("stats")


def taken_text(day: DayStats) -> str:
    """Taken of offered, natural breaks, time: "4 of 5 breaks taken, 7 min of exercise"."""
    parts = [stats.tr("{taken} of %n break(s) taken", "", day.offered).format(taken=day.taken)]
    if day.movement:
        parts.append(stats.tr("of which %n movement break(s)", "", day.movement))
    if day.natural:
        parts.append(stats.tr("%n natural break(s)", "", day.natural))
    if day.eyes:
        parts.append(stats.tr("%n eye break(s)", "", day.eyes))
    parts.append(translate("stats", "{time} of exercise").format(time=day.exercise_time))
    return translate("stats", ", ").join(parts)


def goal_text(summary: Summary) -> str:
    """Encouraging, never scolding: what is left, or that it is done."""
    goal = summary.goal
    if summary.goal_met:
        return stats.tr("Daily goal of %n break(s) reached. Well done!", "", goal)
    if summary.today.taken == 0:
        return stats.tr("Your goal: %n break(s) a day.", "", goal)
    return stats.tr("Your goal: %n break(s) a day, {left} to go.", "", goal).format(
        left=summary.to_goal
    )


def streak_text(summary: Summary) -> str:
    if summary.streak == 0:
        return translate("stats", "Reach your goal today to start a streak.")
    return stats.tr("%n day(s) in a row at your goal.", "", summary.streak)


def period_text(summary: Summary) -> str:
    return stats.tr("Last %n day(s): {taken}", "", len(summary.days)).format(
        taken=taken_text(summary.total)
    )
