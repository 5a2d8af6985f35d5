"""The daily budget: one calm notice after a day's hours of active computer time.

The engine tests drive simulated weeks through the engine harness on the fake
clock. What the person did (at the desk, on a break, idle, asleep, locked,
paused) is written down by the test itself as it drives them, and the
notice must come when that account reaches the budget: exactly once a day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from microbreak.core.clock import FakeClock
from microbreak.core.daily_budget import BudgetDay, DailyBudget
from microbreak.core.effects import ArmTimer, CloseBreak, Effect, Notify, Record, ShowBreak
from microbreak.core.engine import BreakEngine
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BusyChanged,
    ClockJumped,
    DailyBudgetChanged,
    Event,
    IdleSampled,
    PauseRequested,
    SleptUnannounced,
    SnoozeRequested,
    WorkingHoursChanged,
)
from microbreak.core.planner import RoutinePlanner
from microbreak.core.records import RecordKind
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import PauseReason
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
# Smart timing off: breaks come at fixed minutes, so the numbers below are exact.
SCHEDULE = ScheduleSettings(smart_timing=False)


def harness(clock: FakeClock, hours: int | None, saved: BudgetDay | None = None) -> Harness:
    """hours None: the engine as built without a budget (the default, off)."""
    if hours is None:
        return Harness(clock, SCHEDULE, idle_source_works=True)
    budget = DailyBudget.restored(clock.local, clock.now(), saved, hours)
    return Harness(clock, SCHEDULE, idle_source_works=True, daily_budget=budget)


@dataclass
class Person:
    """Drives the harness like a person at a desk and keeps their own account of it."""

    h: Harness
    # Break windows open (from, to), and the times the person was not at work.
    breaks: list[tuple[datetime, datetime]] = field(default_factory=list)
    absent: list[tuple[datetime, datetime]] = field(default_factory=list)
    opened: int = 0

    @property
    def now(self) -> datetime:
        return self.h.clock.now()

    def work_until(self, when: datetime) -> None:
        """At the desk until ``when``: every break taken for a minute, every third snoozed once."""
        while True:
            if self.h.break_open is not None:
                start = self.now
                self.opened += 1
                if self.opened % 3 == 0:
                    self.h.send(SnoozeRequested(None))
                else:
                    self.h.clock.advance(MIN)
                    self.h.send(BreakFinished(()))
                self.breaks.append((start, self.now))
                continue
            if self.h.armed is None or self.h.armed > when:
                break
            self.h.fire()
        self.h.clock.set(max(when, self.now))

    def send(self, event: Event) -> None:
        self.h.send(event)

    def away(self, start: datetime, end: datetime) -> None:
        self.absent.append((start, end))

    def active(self, start: datetime, end: datetime) -> timedelta:
        """By the person's own account: time at work between two moments."""
        total = end - start
        for a, b in self.breaks + self.absent:
            overlap = min(b, end) - max(a, start)
            if overlap > timedelta(0):
                total -= overlap
        return total


def a_day(p: Person, day: datetime) -> None:
    """09:00 to 17:00 with a short idle spell, a nap, a pause and an unannounced suspend."""
    at = day.replace(hour=9, minute=0)
    p.work_until(at)
    p.send(AwayEnded(PauseReason.LOCKED))  # last night's lock, if any
    p.work_until(at.replace(hour=10, minute=1))
    p.send(IdleSampled(60))  # away since 10:00
    p.work_until(at.replace(hour=10, minute=3, second=5))
    p.send(IdleSampled(5))  # back at 10:03
    p.away(at.replace(hour=10), at.replace(hour=10, minute=3))
    p.work_until(at.replace(hour=12))
    p.send(AwayStarted(PauseReason.SLEEP))
    p.h.clock.set(at.replace(hour=12, minute=40))
    p.send(AwayEnded(PauseReason.SLEEP))
    p.away(at.replace(hour=12), at.replace(hour=12, minute=40))
    p.work_until(at.replace(hour=14))
    p.send(PauseRequested(at.replace(hour=14, minute=20)))
    p.away(at.replace(hour=14), at.replace(hour=14, minute=20))
    p.work_until(at.replace(hour=15, minute=33))
    p.send(SleptUnannounced(at.replace(hour=15, minute=30), at.replace(hour=15, minute=33)))
    p.away(at.replace(hour=15, minute=30), at.replace(hour=15, minute=33))
    p.work_until(at.replace(hour=17))
    p.send(AwayStarted(PauseReason.LOCKED))
    p.away(at.replace(hour=17), at.replace(hour=17) + timedelta(hours=16))


def a_week(p: Person) -> None:
    p.away(MONDAY_9AM.replace(hour=0), MONDAY_9AM)  # before the app started
    for d in range(7):
        a_day(p, MONDAY_9AM + timedelta(days=d))
        p.h.clock.set(MONDAY_9AM + timedelta(days=d + 1) - timedelta(minutes=1))


def notices(h: Harness) -> list[tuple[datetime, Notify]]:
    return [(t, e) for t, e in h.log if isinstance(e, Notify)]


def days(start: datetime, count: int) -> Iterator[datetime]:
    midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight + timedelta(days=d) for d in range(count))


# -- through the engine -----------------------------------------------------


def test_one_notice_a_day_when_the_active_time_reaches_the_budget(clock: FakeClock) -> None:
    p = Person(harness(clock, 2))
    a_week(p)
    told = notices(p.h)
    assert [t.date() for t, _ in told] == [d.date() for d in days(MONDAY_9AM, 7)]
    for at, notice in told:
        midnight = at.replace(hour=0, minute=0, second=0)
        assert p.active(midnight, at) == 2 * HOUR, f"told at {at}"
        assert "2 hours today" in notice.body
    # Monday, worked out by hand: 45 min to the first break, 14 more before
    # the idle spell at 10:00, 31 from 10:03 to the second break at 10:34
    # (moved back by the 3 minutes away), then 30 after it ends at 10:35.
    assert told[0][0] == MONDAY_9AM.replace(hour=11, minute=5)
    (record,) = [e for t, e in p.h.records(RecordKind.DAILY_BUDGET_REACHED) if t == told[0][0]]
    assert record.detail == {"hours": 2, "active_minutes": 120}


def test_time_away_asleep_locked_paused_or_on_a_break_does_not_count(clock: FakeClock) -> None:
    # Seven hours between 09:00 and 17:00 is more than the day's time at work.
    p = Person(harness(clock, 7))
    a_week(p)
    assert notices(p.h) == []
    h = p.h
    for day in days(MONDAY_9AM, 7):
        end = day.replace(hour=17)
        assert 6 * HOUR < p.active(day, end) < 7 * HOUR
    # At the end of Sunday, the engine's count is the person's.
    sunday = MONDAY_9AM + timedelta(days=6)
    h.clock.set(sunday.replace(hour=20))
    start = sunday.replace(hour=0)
    assert h.engine.status().active_today == p.active(start, h.clock.now())
    assert h.engine.status().daily_budget_hours == 7


class WithoutBudget(BreakEngine):
    """The engine as it was before the daily budget: it never wakes for it, never tells."""

    def _follow_budget(self, now: datetime) -> list[Effect]:
        return []

    def _budget_wakeup(self) -> datetime | None:
        return None


def test_off_by_default_adds_no_wake_up() -> None:
    def arms(hours: int | None, engine: type[BreakEngine] = BreakEngine) -> list[object]:
        clock = FakeClock(MONDAY_9AM)
        h = Harness(clock, SCHEDULE, idle_source_works=True)
        budget = None if hours is None else DailyBudget(clock.local, hours)
        h.engine = engine(
            clock,
            SCHEDULE,
            RoutinePlanner(DEFAULT_EXERCISES, 3),
            idle_source_works=True,
            daily_budget=budget,
        )
        h.log.clear()
        h.apply(h.engine.start())
        a_week(Person(h))
        return [(t, e.at) for t, e in h.log if isinstance(e, ArmTimer)]

    without = arms(None, WithoutBudget)
    assert arms(None) == without
    assert arms(0) == without
    # What makes the comparison worth having: on, the budget wakes the engine.
    assert arms(1) != without


def test_counts_afresh_at_local_midnight(clock: FakeClock) -> None:
    # 22:00 on Sunday evening in New York (UTC-5): working into the night.
    zone = timezone(timedelta(hours=-5))
    start = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)
    clock = FakeClock(start, zone)
    p = Person(harness(clock, 3))
    p.work_until(start + 2 * HOUR - MIN)  # 23:59 local: under 3 hours either way
    assert notices(p.h) == []
    p.work_until(start + 2 * HOUR + 5 * MIN)  # 00:05 local
    assert p.h.engine.status().active_today <= 5 * MIN
    p.work_until(start + 6 * HOUR)  # 04:00 local
    ((at, _),) = notices(p.h)
    local_midnight = datetime(2026, 11, 23, 0, 0, tzinfo=zone)
    assert clock.local(at).date() == date(2026, 11, 23)
    assert p.active(local_midnight, at) == 3 * HOUR


def test_an_absence_over_midnight_leaves_the_new_day_empty(clock: FakeClock) -> None:
    budget = DailyBudget(clock.local, 8)
    late = MONDAY_9AM.replace(hour=23, minute=50)
    budget.resume(late)
    # Found out at 00:01 that nobody typed since 23:59: nothing counts for Tuesday.
    budget.check(late + 11 * MIN)
    budget.halt(late + 9 * MIN)
    assert budget.active(late + 11 * MIN) == timedelta(0)
    assert budget.active(late + 9 * MIN) == timedelta(0)  # Tuesday's count now


def test_a_notice_waits_until_the_person_is_back_at_work(clock: FakeClock) -> None:
    h = harness(clock, 1)
    p = Person(h)
    p.work_until(MONDAY_9AM + 50 * MIN)
    h.send(BusyChanged(PauseReason.CALL, True))
    p.work_until(MONDAY_9AM + 2 * HOUR)
    assert notices(h) == [], "not during a call"
    assert h.armed is None or h.armed != MONDAY_9AM + 2 * HOUR, "no wake-up for it while busy"
    h.send(BusyChanged(PauseReason.CALL, False))
    ((at, _),) = notices(h)
    assert at == MONDAY_9AM + 2 * HOUR
    p.work_until(MONDAY_9AM + 8 * HOUR)
    assert len(notices(h)) == 1, "nothing more about it that day"


def test_a_smaller_budget_than_the_day_so_far_tells_at_once(clock: FakeClock) -> None:
    h = harness(clock, 0)
    p = Person(h)
    p.work_until(MONDAY_9AM + 3 * HOUR)
    assert notices(h) == []
    h.send(DailyBudgetChanged(2))
    ((at, notice),) = notices(h)
    assert at == MONDAY_9AM + 3 * HOUR
    assert "2 hours today" in notice.body
    h.send(DailyBudgetChanged(1))
    assert len(notices(h)) == 1, "told today already"


def test_time_outside_working_hours_does_not_count(clock: FakeClock) -> None:
    h = harness(clock, 1)
    p = Person(h)
    hours = WorkingHoursSettings(enabled=True, monday="09:00-09:30, 11:00-17:00")
    h.send(WorkingHoursChanged(hours))
    p.work_until(MONDAY_9AM + 2 * HOUR + 29 * MIN)  # 11:29: 30 + 29 minutes at work
    assert notices(h) == []
    p.work_until(MONDAY_9AM + 3 * HOUR)
    ((at, _),) = notices(h)
    assert at == MONDAY_9AM + 2 * HOUR + 30 * MIN


def test_the_count_survives_a_restart_the_same_day_only(clock: FakeClock) -> None:
    first = harness(clock, 2)
    Person(first).work_until(MONDAY_9AM + 90 * MIN)
    saved = first.engine.daily_budget.snapshot(clock.now())
    assert saved.active == 89 * MIN  # one break so far, of a minute at 09:45
    # Back an hour later: 31 more minutes to go.
    clock.advance(HOUR)
    again = harness(clock, 2, saved)
    assert again.engine.status().active_today == 89 * MIN
    restarted = clock.now()
    Person(again).work_until(clock.now() + HOUR)
    ((at, _),) = notices(again)
    # 31 minutes of work and the break at 45 minutes after the restart is later.
    assert at == restarted + 31 * MIN
    told = again.engine.daily_budget.snapshot(clock.now())
    assert told.notified
    # Told, then restarted: not told again today.
    third = harness(clock, 2, told)
    Person(third).work_until(clock.now() + 3 * HOUR)
    assert notices(third) == []
    # Another day: the saved count is dropped.
    clock.set(MONDAY_9AM + timedelta(days=1))
    tuesday = harness(clock, 2, told)
    assert tuesday.engine.status().active_today == timedelta(0)


def test_a_notice_comes_once_with_a_break_record_and_no_reminder_on_top(clock: FakeClock) -> None:
    h = harness(clock, 1)
    Person(h).work_until(MONDAY_9AM + 2 * HOUR)
    effects_at_notice = [e for t, e in h.log if t == notices(h)[0][0]]
    assert not any(isinstance(e, ShowBreak | CloseBreak) for e in effects_at_notice)
    assert any(isinstance(e, Record) for e in effects_at_notice)


# -- the budget alone ---------------------------------------------------------


def test_due_is_where_the_running_stretch_reaches_the_budget(clock: FakeClock) -> None:
    budget = DailyBudget(clock.local, 2)
    assert budget.due(MONDAY_9AM) is None, "not counting"
    budget.resume(MONDAY_9AM)
    budget.halt(MONDAY_9AM + 30 * MIN)
    budget.resume(MONDAY_9AM + HOUR)
    assert budget.due(MONDAY_9AM + HOUR) == MONDAY_9AM + 2 * HOUR + 30 * MIN
    budget.reconfigure(0)
    assert budget.due(MONDAY_9AM + HOUR) is None, "off"


def test_a_stretch_that_would_pass_midnight_is_due_the_next_day(clock: FakeClock) -> None:
    budget = DailyBudget(clock.local, 2)
    budget.resume(MONDAY_9AM.replace(hour=23))
    assert budget.due(MONDAY_9AM.replace(hour=23)) == MONDAY_9AM.replace(hour=2) + timedelta(days=1)


def test_restored_keeps_only_today(clock: FakeClock) -> None:
    today = BudgetDay(MONDAY_9AM.date(), 3 * HOUR, notified=False)
    yesterday = BudgetDay(MONDAY_9AM.date() - timedelta(days=1), 3 * HOUR, notified=True)
    assert DailyBudget.restored(clock.local, MONDAY_9AM, today, 8).active(MONDAY_9AM) == 3 * HOUR
    fresh = DailyBudget.restored(clock.local, MONDAY_9AM, yesterday, 8)
    assert fresh.active(MONDAY_9AM) == timedelta(0)
    assert not fresh.snapshot(MONDAY_9AM).notified


def test_a_clock_change_is_not_time_at_work(clock: FakeClock) -> None:
    h = harness(clock, 1)
    Person(h).work_until(MONDAY_9AM + 30 * MIN)
    clock.set(MONDAY_9AM + 3 * HOUR)  # set forward by hand, no time passed
    h.send(ClockJumped(3 * HOUR - 30 * MIN))
    assert h.engine.status().active_today == 30 * MIN
    assert notices(h) == []
