"""The engine and the person: idle, sleep, lock, clock changes, busy, smart timing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core import cadence
from microbreak.core.clock import FakeClock
from microbreak.core.describe import headline
from microbreak.core.effects import CloseBreak, CloseReason, Notify, Record, ShowBreak, ShowHeadsUp
from microbreak.core.engine import AWAY_AFTER
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BusyChanged,
    ClockJumped,
    IdleSampled,
    SettingsChanged,
    SleptUnannounced,
    SnoozeRequested,
    Tick,
)
from microbreak.core.records import RecordKind, Trigger
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import DEFER_REASONS, PauseReason, State
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)
FIXED = ScheduleSettings(smart_timing=False)


def idle(h: Harness, seconds: float) -> None:
    h.send(IdleSampled(seconds))


def test_short_time_away_pushes_the_break_back_by_as_much(clock: FakeClock) -> None:
    h = Harness(clock, FIXED, idle_source_works=True)
    start = clock.now()
    h.run_for(10 * MIN)
    idle(h, 40)  # stepped away 40 s ago
    assert h.engine.state is State.PAUSED
    assert h.engine.status().pause_reasons == {PauseReason.IDLE}
    h.run_for(3 * MIN)
    idle(h, 2)  # back, 2 s ago: away for 3 min 38 s
    assert h.engine.state is State.WORKING
    away = 3 * MIN + 38 * SEC
    assert h.engine.status().next_break_at == start + 45 * MIN + away


def test_five_minutes_away_is_a_natural_break(clock: FakeClock) -> None:
    h = Harness(clock, FIXED, idle_source_works=True)
    h.run_for(30 * MIN)
    idle(h, 60)
    h.run_for(6 * MIN)
    back = clock.now() - 1 * SEC
    idle(h, 1)
    assert h.records(RecordKind.NATURAL_BREAK)[0][1].detail == {"away_minutes": 7.0, "via": "idle"}
    assert h.engine.status().next_break_at == back + 45 * MIN


def test_no_break_opens_while_away_and_it_is_offered_on_return(clock: FakeClock) -> None:
    h = Harness(clock, FIXED, idle_source_works=True)
    start = clock.now()
    h.run_until(start + 44 * MIN)
    idle(h, 31)  # away since 43:29
    h.run_until(start + 47 * MIN)  # the break fell due while away
    assert h.break_open is None
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp)]
    idle(h, 0)  # back after 3.5 min: not a natural break
    due = h.engine.status().next_break_at
    assert due is not None
    assert due == start + 45 * MIN + 3 * MIN + 31 * SEC
    h.run_until(due)
    assert h.engine.state is State.ON_BREAK


def test_idle_that_began_during_a_break_is_not_time_away_after_it(clock: FakeClock) -> None:
    """A natural break was recorded 2.8 min after a completed break."""
    h = Harness(clock, FIXED, idle_source_works=True)
    h.run_for(10 * MIN)
    idle(h, 1)
    h.send(BreakNowRequested())  # the person stops typing to follow the exercises
    h.run_for(150 * SEC)
    h.send(BreakFinished())  # the routine ran to its end on its own
    ended = clock.now()
    h.run_for(15 * SEC)
    idle(h, 165)  # no input since just before the break
    assert h.engine.status().pause_reasons == {PauseReason.IDLE}
    h.run_until(ended + 168 * SEC)  # back 2.8 min after the break ended
    idle(h, 0)
    assert not h.records(RecordKind.NATURAL_BREAK)
    # The absence counts from the end of the break: 2.8 min, not 5.3.
    assert h.engine.status().next_break_at == ended + 45 * MIN + 168 * SEC


def test_no_heads_up_for_someone_who_has_gone_quiet(clock: FakeClock) -> None:
    """The last sample said 25 s without input; ten seconds on, the chair is empty."""
    h = Harness(clock, FIXED, idle_source_works=True)
    start = clock.now()
    heads_up_at = start + 45 * MIN - 30 * SEC
    h.run_until(heads_up_at - 10 * SEC)
    idle(h, 25)
    h.run_until(heads_up_at)
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp)]
    assert h.engine.status().pause_reasons == {PauseReason.IDLE}
    # Still gone at the due time: no break opens either.
    h.run_until(start + 50 * MIN)
    idle(h, 576)
    assert h.break_open is None
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp)]


def test_the_heads_up_shows_to_someone_typing(clock: FakeClock) -> None:
    h = Harness(clock, FIXED, idle_source_works=True)
    start = clock.now()
    heads_up_at = start + 45 * MIN - 30 * SEC
    h.run_until(heads_up_at - 10 * SEC)
    idle(h, 2)
    h.run_until(heads_up_at)
    assert h.engine.state is State.HEADS_UP


def test_an_old_sample_does_not_make_someone_away(clock: FakeClock) -> None:
    """Samples stop on a break or a pause: a minute-old one says nothing of now."""
    h = Harness(clock, FIXED, idle_source_works=True)
    start = clock.now()
    h.run_until(start + 44 * MIN)
    idle(h, 2)
    h.run_until(start + 45 * MIN - 30 * SEC)
    assert h.engine.state is State.HEADS_UP


def test_idle_during_a_break_is_ignored(clock: FakeClock) -> None:
    h = Harness(clock, FIXED, idle_source_works=True)
    h.send(BreakNowRequested())
    idle(h, 600)
    assert h.engine.state is State.ON_BREAK


def test_smart_timing_waits_for_a_pause_in_typing(clock: FakeClock) -> None:
    h = Harness(clock, idle_source_works=True)
    start = clock.now()
    status = h.engine.status()
    # The 45-minute interval, give or take 5 minutes (a fifth of it, at most 5).
    assert status.earliest_break_at == start + 40 * MIN
    assert status.next_break_at == start + 50 * MIN
    h.run_for(20 * MIN)
    idle(h, 15)  # a pause, but too early
    assert h.engine.state is State.WORKING
    assert h.engine.idle_poll_interval() == timedelta(seconds=15)
    h.run_until(start + 41 * MIN)
    assert h.engine.idle_poll_interval() == timedelta(seconds=5)
    idle(h, 3)  # still typing
    assert h.engine.state is State.WORKING
    idle(h, 11)  # a pause of 11 s
    assert h.engine.state is State.ON_BREAK
    assert h.records(RecordKind.BREAK_STARTED)[0][1].detail["trigger"] == Trigger.PAUSE_IN_TYPING


def test_smart_timing_comes_anyway_at_the_end_of_its_window_after_a_heads_up(
    clock: FakeClock,
) -> None:
    h = Harness(clock, idle_source_works=True)
    start = clock.now()
    h.run_until(start + 50 * MIN - 31 * SEC)
    for _ in range(10):
        idle(h, 1)  # never a pause
    h.run_until(start + 50 * MIN)
    assert h.engine.state is State.ON_BREAK
    assert [e.break_at for _, e in h.log if isinstance(e, ShowHeadsUp)] == [start + 50 * MIN]


def test_smart_timing_follows_an_interval_of_two_minutes(clock: FakeClock) -> None:
    """A new user sets the interval to 2 and presses Apply: a break in about 2 minutes."""
    h = Harness(clock, idle_source_works=True)
    start = clock.now()
    h.run_for(10 * SEC)
    h.send(SettingsChanged(ScheduleSettings(interval_minutes=2)))
    status = h.engine.status()
    # 2 minutes give or take a fifth: 1:36 to 2:24 after the interval began.
    assert status.earliest_break_at == start + 96 * SEC
    assert status.next_break_at == start + 144 * SEC
    assert headline(status, clock.now()) == "Next break in about 2 min, at a pause in your typing"
    # Typing without a pause until 1:50, then a pause of 12 s: the break.
    while clock.now() < start + 110 * SEC:
        h.run_for(5 * SEC)
        idle(h, 1)
    assert h.engine.state is State.WORKING
    h.run_for(12 * SEC)
    idle(h, 12)
    assert h.engine.state is State.ON_BREAK
    opened = h.records(RecordKind.BREAK_STARTED)[0][0]
    assert start + 96 * SEC <= opened <= start + 144 * SEC


def test_smart_timing_never_later_than_the_end_of_its_window(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(interval_minutes=2), idle_source_works=True)
    start = clock.now()
    while h.break_open is None:
        h.run_for(5 * SEC)
        if h.break_open is None and h.engine.state is not State.PAUSED:
            idle(h, 1)
    assert h.records(RecordKind.BREAK_STARTED)[0][0] == start + 144 * SEC


def test_without_an_idle_source_the_fixed_interval_applies(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(smart_timing=True), idle_source_works=False)
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN
    assert h.engine.status().earliest_break_at is None
    assert h.engine.idle_poll_interval() is None


def test_sleep_longer_than_a_natural_break_counts_and_leaves_no_burst(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.run_for(40 * MIN)
    h.send(AwayStarted(PauseReason.SLEEP))
    assert h.armed is None
    clock.advance(timedelta(hours=3))  # lid closed through two due times
    h.send(AwayEnded(PauseReason.SLEEP))
    assert h.records(RecordKind.NATURAL_BREAK)
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN
    h.run_for(44 * MIN)
    assert not [e for _, e in h.log if isinstance(e, ShowBreak)]


def test_sleep_during_a_break_closes_the_window(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.send(BreakNowRequested())
    effects = h.send(AwayStarted(PauseReason.SLEEP))
    assert CloseBreak(CloseReason.INTERRUPTED) in effects
    clock.advance(timedelta(hours=1))
    h.send(AwayEnded(PauseReason.SLEEP))
    assert h.break_open is None
    assert h.engine.state is State.WORKING


def test_lock_and_sleep_overlap_and_end_in_any_order(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.run_for(10 * MIN)
    h.send(AwayStarted(PauseReason.LOCKED))
    clock.advance(MIN)
    h.send(AwayStarted(PauseReason.SLEEP))
    clock.advance(30 * MIN)
    h.send(AwayEnded(PauseReason.LOCKED))
    assert h.engine.state is State.PAUSED
    clock.advance(MIN)
    h.send(AwayEnded(PauseReason.SLEEP))
    assert h.engine.state is State.WORKING
    assert len(h.records(RecordKind.NATURAL_BREAK)) == 1


def test_unannounced_sleep_found_by_the_heartbeat_counts_once(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.run_for(20 * MIN)
    slept_at = clock.now()
    clock.advance(timedelta(hours=2))
    h.send(SleptUnannounced(slept_at, clock.now()))
    assert len(h.records(RecordKind.NATURAL_BREAK)) == 1
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN
    # The late timer firing afterwards changes nothing.
    h.send(Tick())
    assert not h.records(RecordKind.BREAK_MISSED)


@pytest.mark.parametrize("jump", [timedelta(hours=1), -timedelta(hours=1), timedelta(minutes=-7)])
def test_a_clock_change_moves_nothing_twice(clock: FakeClock, jump: timedelta) -> None:
    h = Harness(clock, FIXED)
    h.run_for(10 * MIN)
    left = h.engine.status().next_break_at - clock.now()  # type: ignore[operator]
    clock.set(clock.now() + jump)
    h.send(ClockJumped(jump))
    assert h.engine.status().next_break_at - clock.now() == left  # type: ignore[operator]
    h.run_for(left - 30 * SEC)
    assert h.engine.state is State.HEADS_UP
    h.run_for(30 * SEC)
    assert h.engine.state is State.ON_BREAK
    assert len([e for _, e in h.log if isinstance(e, ShowBreak)]) == 1


def test_a_dst_change_is_not_a_clock_change(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    due = h.engine.status().next_break_at
    # The same instant written with another offset, as after a DST switch.
    clock.set(clock.now().astimezone(timezone(timedelta(hours=2))))
    h.run_for(45 * MIN)
    assert h.engine.state is State.ON_BREAK
    assert h.records(RecordKind.BREAK_STARTED)[0][0] == due


def test_full_screen_defers_the_break_until_it_ends(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    start = clock.now()
    h.run_for(40 * MIN)
    h.send(BusyChanged(PauseReason.FULLSCREEN, True))
    assert h.engine.state is State.WORKING  # busy, but nothing is due yet
    assert PauseReason.FULLSCREEN in h.engine.status().pause_reasons
    h.run_until(start + 50 * MIN)
    assert h.break_open is None
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp)]
    status = h.engine.status()
    assert status.state is State.PAUSED
    assert status.deferred
    assert status.pause_reasons == {PauseReason.FULLSCREEN}
    h.send(BusyChanged(PauseReason.FULLSCREEN, False))
    h.run_for(30 * SEC)
    assert h.engine.state is State.ON_BREAK
    assert [e.break_at for _, e in h.log if isinstance(e, ShowHeadsUp)]


def test_a_heads_up_is_withdrawn_when_a_call_starts(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.run_for(45 * MIN - 10 * SEC)
    assert h.engine.state is State.HEADS_UP
    h.send(BusyChanged(PauseReason.CALL, True))
    assert h.heads_up_for is None


def test_deferral_gives_up_with_a_gentle_notification(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.send(BusyChanged(PauseReason.CALL, True))
    h.run_for(45 * MIN)
    assert h.engine.status().deferred
    h.run_for(30 * MIN)
    notes = [e for _, e in h.log if isinstance(e, Notify)]
    assert len(notes) == 1
    assert "busy for 30 minutes" in notes[0].body
    assert h.break_open is None
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN


def test_snoozing_a_deferred_break_counts_from_the_snooze(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.send(BusyChanged(PauseReason.CALL, True))
    h.run_for(50 * MIN)
    assert h.engine.status().deferred
    h.send(SnoozeRequested(15))
    assert h.engine.status().next_break_at == clock.now() + 15 * MIN
    assert h.armed is not None
    assert h.armed >= clock.now()


def test_break_now_works_while_busy(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    h.send(BusyChanged(PauseReason.DO_NOT_DISTURB, True))
    h.send(BreakNowRequested())
    assert h.engine.state is State.ON_BREAK


def test_only_defer_reasons_can_be_busy(clock: FakeClock) -> None:
    h = Harness(clock, FIXED)
    with pytest.raises(ValueError, match="not a reason to defer"):
        h.engine.handle(BusyChanged(PauseReason.USER, True))


# -- a simulated week with random idle, sleep and calls -----------------------

step = st.one_of(
    st.tuples(st.just("work"), st.integers(1, 900)),
    st.tuples(st.just("idle"), st.integers(0, 1800)),
    st.tuples(st.just("sleep"), st.integers(60, 6 * 3600)),
    st.tuples(st.just("lock"), st.integers(30, 3600)),
    st.tuples(st.just("call"), st.integers(60, 5400)),
    st.tuples(st.just("fullscreen"), st.integers(60, 3600)),
    st.tuples(st.just("snooze"), st.just(0)),
    st.tuples(st.just("finish"), st.integers(30, 200)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(step, min_size=20, max_size=120),
    smart=st.booleans(),
)
def test_a_random_week_keeps_the_invariants(steps: list[tuple[str, int]], smart: bool) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 9, tzinfo=UTC))
    h = Harness(clock, ScheduleSettings(smart_timing=smart), idle_source_works=True)
    last_break_end = clock.now()

    def check(before_reasons: frozenset[PauseReason], effects_from: int) -> None:
        nonlocal last_break_end
        status = h.engine.status()
        if status.next_break_at is not None and status.state is not State.PAUSED:
            # The schedule is never in the past (a due break opens or waits).
            assert status.next_break_at >= clock.now() - SEC
        for at, effect in h.log[effects_from:]:
            if isinstance(effect, CloseBreak):
                last_break_end = at
            if isinstance(effect, ShowBreak) and effect.trigger != "manual":
                # Never while away, paused or busy.
                assert not before_reasons, before_reasons
                gap = at - last_break_end
                interval = h.engine.settings.interval
                assert gap >= min(5 * MIN, interval - cadence.spread(interval)), gap

    def tick_through(seconds: int, idle_from: datetime | None = None) -> None:
        """Let time pass in 15-second idle samples, as the app would poll."""
        end = clock.now() + timedelta(seconds=seconds)
        stuck = 0
        while clock.now() < end:
            stuck += 1
            assert stuck < 10_000, f"time stands still at {clock.now()}: {h.engine.status()}"
            nxt = min(end, clock.now() + 15 * SEC)
            if h.armed is not None and h.armed <= nxt:
                nxt = max(h.armed, clock.now())
            clock.set(nxt)
            before = h.engine.status().pause_reasons
            mark = len(h.log)
            moment = clock.now()
            fired = 0
            while h.armed is not None and h.armed <= clock.now():
                h.fire()
                fired += 1
                assert fired < 5, f"busy loop at {moment}: {h.engine.status()} armed {h.armed}"
            seconds_idle = (clock.now() - idle_from).total_seconds() if idle_from else 0.0
            h.send(IdleSampled(seconds_idle if idle_from else 1.0))
            check(before, mark)

    for kind, amount in steps:
        if kind == "work":
            tick_through(amount)
        elif kind == "idle":
            tick_through(amount, idle_from=clock.now())
            tick_through(15)
        elif kind in ("sleep", "lock"):
            reason = PauseReason.SLEEP if kind == "sleep" else PauseReason.LOCKED
            h.send(AwayStarted(reason))
            assert h.break_open is None or kind == "lock"
            clock.advance(amount)
            mark = len(h.log)
            h.send(AwayEnded(reason))
            check(frozenset({PauseReason.SLEEP}), mark)
        elif kind in ("call", "fullscreen"):
            h.send(BusyChanged(PauseReason(kind), True))
            tick_through(amount)
            assert h.break_open is None or h.engine.state is State.ON_BREAK
            h.send(BusyChanged(PauseReason(kind), False))
        elif kind == "snooze" and h.engine.state in (State.ON_BREAK, State.HEADS_UP):
            h.send(SnoozeRequested())
            last_break_end = clock.now() - 10 * MIN  # a snoozed break may return in 5 min
        elif kind == "finish" and h.engine.state is State.ON_BREAK:
            clock.advance(amount)
            h.send(BreakFinished())
        assert (
            not (h.engine.status().pause_reasons & DEFER_REASONS)
            or h.break_open is None
            or (h.engine.state is State.ON_BREAK)
        )
    # Every Record is well-formed data for the history.
    assert all(isinstance(e.kind, RecordKind) for _, e in h.log if isinstance(e, Record))


def test_away_threshold_is_thirty_seconds() -> None:
    assert timedelta(seconds=30) == AWAY_AFTER


# -- working hours -----------------------------------------------------------


def test_no_reminders_outside_working_hours_and_the_day_starts_fresh(clock: FakeClock) -> None:
    from microbreak.core.events import WorkingHoursChanged
    from microbreak.core.settings import WorkingHoursSettings

    hours = WorkingHoursSettings(enabled=True, monday="09:30-11:00")  # Monday 09:00 now
    h = Harness(clock, FIXED)
    h.send(WorkingHoursChanged(hours))
    status = h.engine.status()
    assert status.state is State.PAUSED
    assert status.pause_reasons == {PauseReason.OUTSIDE_WORKING_HOURS}
    assert h.armed == clock.now() + 30 * MIN  # wakes when work starts
    h.run_for(30 * MIN)
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN
    h.run_for(45 * MIN)
    assert h.engine.state is State.ON_BREAK
    h.send(BreakFinished())  # 10:15: the next break would be at 11:00...
    h.run_until(clock.now().replace(hour=11, minute=30))
    assert h.engine.state is State.PAUSED  # ...but the working day ended then
    assert h.break_open is None
    # Tuesday keeps the default 09:00-17:00: reminders start again at 09:00.
    h.run_until(clock.now().replace(hour=8, minute=59) + timedelta(days=1))
    assert h.engine.state is State.PAUSED
    h.run_for(MIN)
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN


def test_working_hours_are_read_in_the_clocks_zone_not_the_machines() -> None:
    from microbreak.core.events import WorkingHoursChanged
    from microbreak.core.settings import WorkingHoursSettings

    # The tests pin the machine's own zone to UTC; the clock's is UTC+1.
    # Monday 08:00 UTC is 09:00 there, inside 09:00-17:00 (outside in UTC).
    here = timezone(timedelta(hours=1))
    hours = WorkingHoursChanged(WorkingHoursSettings(enabled=True))
    morning = Harness(FakeClock(datetime(2026, 11, 23, 8, tzinfo=UTC), zone=here), FIXED)
    morning.send(hours)
    assert morning.engine.state is State.WORKING
    # 16:30 UTC is 17:30 there: the day is over (not yet in UTC), until
    # Tuesday 09:00 there.
    evening = Harness(FakeClock(datetime(2026, 11, 23, 16, 30, tzinfo=UTC), zone=here), FIXED)
    evening.send(hours)
    assert evening.engine.status().pause_reasons == {PauseReason.OUTSIDE_WORKING_HOURS}
    assert evening.armed == datetime(2026, 11, 24, 9, tzinfo=here)


def test_every_kind_of_busy_detector_reports_a_reason_to_defer() -> None:
    from microbreak.platform.awareness import BusyKind

    assert {k.reason for k in BusyKind} == DEFER_REASONS
    assert all(k.value == k.reason.value for k in BusyKind)
