"""The break engine, driven through a fake clock: every transition, and the refusals."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.effects import (
    ArmTimer,
    CloseBreak,
    CloseReason,
    HideHeadsUp,
    Notify,
    Record,
    Refused,
    ShowBreak,
    ShowHeadsUp,
)
from microbreak.core.engine import MISSED_BREAK_GRACE
from microbreak.core.events import (
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    ExerciseDone,
    PauseRequested,
    ResumeRequested,
    SettingsChanged,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import RecordKind
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)


@pytest.fixture
def h(clock: FakeClock) -> Harness:
    return Harness(clock)


def test_default_cadence_is_45_minutes_with_a_30_second_heads_up(h: Harness) -> None:
    start = h.clock.now()
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == start + 45 * MIN
    assert h.armed == start + 45 * MIN - 30 * SEC

    h.run_until(start + 45 * MIN - 31 * SEC)
    assert h.engine.state is State.WORKING
    assert h.heads_up_for is None

    h.run_until(start + 45 * MIN - 30 * SEC)
    assert h.engine.state is State.HEADS_UP
    assert h.heads_up_for == start + 45 * MIN
    assert h.armed == start + 45 * MIN

    h.run_until(start + 45 * MIN)
    assert h.engine.state is State.ON_BREAK
    assert h.break_open == ("shoulder-rolls", "shoulder-shrug", "high-reach")
    assert h.heads_up_for is None
    assert h.armed is None  # the window drives the break; no engine timer


def test_next_break_counts_from_the_end_of_the_last_break(h: Harness) -> None:
    h.run_for(45 * MIN)
    assert h.engine.state is State.ON_BREAK
    h.clock.advance(3 * MIN + 17 * SEC)  # the routine took a while
    end = h.clock.now()
    effects = h.send(BreakFinished(("shoulder-rolls",)))
    assert CloseBreak(CloseReason.COMPLETED) in effects
    assert h.engine.status().next_break_at == end + 45 * MIN
    assert h.engine.status().interval_started_at == end


def test_routine_rotates_so_every_exercise_comes_up(h: Harness) -> None:
    seen: list[str] = []
    for _ in range(5):
        h.send(BreakNowRequested())
        assert h.break_open is not None
        seen += h.break_open
        h.clock.advance(2 * MIN)
        h.send(BreakFinished())
    assert set(seen) == {
        "shoulder-rolls",
        "shoulder-shrug",
        "high-reach",
        "shoulder-squeeze",
        "upper-back-movement",
    }
    # Five exercises, three per break: each comes up exactly three times in 5 breaks.
    assert all(seen.count(x) == 3 for x in set(seen))


def test_snooze_from_the_heads_up_moves_the_break_and_warns_again(h: Harness) -> None:
    start = h.clock.now()
    h.run_until(start + 45 * MIN - 30 * SEC)
    assert h.engine.state is State.HEADS_UP
    effects = h.send(SnoozeRequested())
    assert HideHeadsUp() in effects
    assert h.engine.state is State.SNOOZED
    new_due = start + 50 * MIN - 30 * SEC  # five minutes from the snooze
    assert h.engine.status().next_break_at == new_due
    h.run_until(new_due - 31 * SEC)
    assert h.engine.state is State.SNOOZED
    h.run_until(new_due - 30 * SEC)
    assert h.engine.state is State.HEADS_UP
    h.run_until(new_due)
    assert h.engine.state is State.ON_BREAK


def test_snooze_during_a_break_closes_it_and_reopens_later(h: Harness) -> None:
    h.run_for(45 * MIN)
    h.clock.advance(20 * SEC)
    snoozed_at = h.clock.now()
    effects = h.send(SnoozeRequested(10))
    assert CloseBreak(CloseReason.SNOOZED) in effects
    assert h.break_open is None
    assert h.engine.status().next_break_at == snoozed_at + 10 * MIN
    h.run_until(snoozed_at + 10 * MIN)
    assert h.engine.state is State.ON_BREAK


def test_a_snoozed_break_comes_back_with_the_same_exercises(h: Harness) -> None:
    h.send(BreakNowRequested())
    first = h.break_open
    h.send(SnoozeRequested())
    h.run_for(5 * MIN)
    assert h.break_open == first


def test_snooze_from_the_heads_up_counts_from_the_snooze(h: Harness) -> None:
    start = h.clock.now()
    h.run_until(start + 45 * MIN - 30 * SEC)
    h.send(SnoozeRequested())
    assert h.engine.status().next_break_at == h.clock.now() + 5 * MIN


def test_snooze_while_working_postpones_rather_than_brings_forward(h: Harness) -> None:
    start = h.clock.now()
    h.run_for(10 * MIN)
    h.send(SnoozeRequested(15))
    assert h.engine.status().next_break_at == start + 60 * MIN


def test_a_second_snooze_never_brings_the_break_closer(h: Harness) -> None:
    """`microbreak snooze` twice: the second moved the break 92 s earlier."""
    start = h.clock.now()
    h.run_until(start + 45 * MIN - 30 * SEC)
    h.send(SnoozeRequested())  # from the heads-up: 5 minutes from now
    first = h.engine.status().next_break_at
    assert first == h.clock.now() + 5 * MIN
    h.run_for(28 * SEC)  # 4:32 left
    h.send(SnoozeRequested(3))
    assert h.engine.status().next_break_at == first + 3 * MIN
    assert h.engine.state is State.SNOOZED


def test_a_snooze_during_a_long_heads_up_does_not_bring_the_break_closer(
    clock: FakeClock,
) -> None:
    h = Harness(clock, ScheduleSettings(heads_up_seconds=600))
    start = clock.now()
    h.run_until(start + 45 * MIN - 10 * MIN)
    assert h.engine.state is State.HEADS_UP
    h.send(SnoozeRequested(1))
    next_at = h.engine.status().next_break_at
    assert next_at is not None
    assert next_at >= start + 45 * MIN


def test_snoozes_are_limited_per_break(h: Harness) -> None:
    h.run_for(45 * MIN)
    for _ in range(3):
        assert not any(isinstance(e, Refused) for e in h.send(SnoozeRequested()))
        h.run_until(h.engine.status().next_break_at or h.clock.now())
    assert h.engine.state is State.ON_BREAK
    effects = h.send(SnoozeRequested())
    assert isinstance(effects[0], Refused)
    assert "snoozed 3 times" in effects[0].message
    # Taking the break resets the count.
    h.send(BreakFinished())
    h.run_until(h.engine.status().next_break_at or h.clock.now())
    assert not any(isinstance(e, Refused) for e in h.send(SnoozeRequested()))


def test_unlimited_snoozes_when_max_is_zero(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(max_snoozes=0))
    for _ in range(10):
        assert not any(isinstance(e, Refused) for e in h.send(SnoozeRequested(1)))


def test_skip_next_break_counts_it_as_if_taken_at_its_due_time(h: Harness) -> None:
    start = h.clock.now()
    h.run_until(start + 45 * MIN - 30 * SEC)
    effects = h.send(SkipNextRequested())
    assert HideHeadsUp() in effects
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == start + 90 * MIN
    h.run_until(start + 90 * MIN - 31 * SEC)
    assert not [t for t, e in h.log if isinstance(e, ShowBreak)]


def test_skip_the_break_in_progress(h: Harness) -> None:
    h.run_for(45 * MIN)
    h.clock.advance(40 * SEC)
    end = h.clock.now()
    effects = h.send(BreakSkipped(("shoulder-rolls",)))
    assert effects[0] == CloseBreak(CloseReason.SKIPPED)
    assert Record(RecordKind.BREAK_SKIPPED, end, {"exercises_done": ["shoulder-rolls"]}) in effects
    assert h.engine.status().next_break_at == end + 45 * MIN


def test_each_exercise_and_the_whole_break_are_recorded_for_the_history(h: Harness) -> None:
    h.run_for(45 * MIN)
    assert h.engine.state is State.ON_BREAK
    done = ExerciseResult(0, "shoulder-rolls", ExerciseStatus.DONE, 34.04)
    assert h.send(ExerciseDone(done)) == [
        Record(
            RecordKind.EXERCISE_DONE,
            h.clock.now(),
            {"position": 0, "exercise": "shoulder-rolls", "status": "done", "seconds": 34.0},
        )
    ]
    part = ExerciseResult(1, "shoulder-shrug", ExerciseStatus.PARTIAL, 5.0)
    effects = h.send(BreakSkipped(("shoulder-rolls",), (done, part)))
    assert (
        Record(
            RecordKind.BREAK_SKIPPED,
            h.clock.now(),
            {
                "exercises_done": ["shoulder-rolls"],
                "exercises": [
                    {
                        "position": 0,
                        "exercise": "shoulder-rolls",
                        "status": "done",
                        "seconds": 34.0,
                    },
                    {
                        "position": 1,
                        "exercise": "shoulder-shrug",
                        "status": "partial",
                        "seconds": 5.0,
                    },
                ],
            },
        )
        in effects
    )
    # A report that arrives after the break closed changes nothing and says nothing.
    assert h.send(ExerciseDone(done)) == []


def test_pause_for_an_hour_then_resume_by_itself(h: Harness) -> None:
    start = h.clock.now()
    h.run_for(20 * MIN)
    until = h.clock.now() + 60 * MIN
    h.send(PauseRequested(until))
    status = h.engine.status()
    assert status.state is State.PAUSED
    assert status.paused_until == until
    assert status.pause_reasons == frozenset({PauseReason.USER})
    assert status.next_break_at is None
    assert h.armed == until
    # No heads-up, no break during the pause even though one was due at 45 min.
    h.run_until(until - SEC)
    assert h.engine.state is State.PAUSED
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp | ShowBreak)]
    h.run_until(until)
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == until + 45 * MIN
    assert h.records(RecordKind.PAUSE_EXPIRED)
    assert h.engine.status().interval_started_at == until > start


def test_pause_until_resumed_and_resume(h: Harness) -> None:
    h.send(PauseRequested(None))
    assert h.armed is None
    h.run_for(timedelta(hours=5))
    assert h.engine.state is State.PAUSED
    resumed = h.clock.now()
    h.send(ResumeRequested())
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == resumed + 45 * MIN


def test_pause_during_heads_up_or_break_clears_it(h: Harness) -> None:
    start = h.clock.now()
    h.run_until(start + 45 * MIN - 10 * SEC)
    assert HideHeadsUp() in h.send(PauseRequested(None))
    h.send(ResumeRequested())
    h.send(BreakNowRequested())
    effects = h.send(PauseRequested(None))
    assert CloseBreak(CloseReason.PAUSED) in effects
    assert h.engine.state is State.PAUSED


def test_break_now_while_paused_runs_and_the_pause_holds_after(h: Harness) -> None:
    h.send(PauseRequested(None))
    h.send(BreakNowRequested())
    assert h.engine.state is State.ON_BREAK
    h.clock.advance(2 * MIN)
    h.send(BreakFinished())
    assert h.engine.state is State.PAUSED
    assert h.armed is None


@pytest.mark.parametrize(
    ("setup", "event", "message"),
    [
        ("paused", SnoozeRequested(), "cannot snooze while paused"),
        ("paused", SkipNextRequested(), "cannot skip while paused"),
        ("on_break", SkipNextRequested(), "a break is in progress: use Skip break to end it"),
        ("on_break", BreakNowRequested(), "a break is already in progress"),
        ("working", BreakFinished(), "no break is in progress"),
        ("working", BreakSkipped(), "no break is in progress"),
        ("working", ResumeRequested(), "reminders are not paused"),
        ("working", SnoozeRequested(0), "a snooze must be 1 to 240 minutes, not 0"),
        ("working", SnoozeRequested(-5), "a snooze must be 1 to 240 minutes, not -5"),
    ],
)
def test_refused_transitions_change_nothing(
    h: Harness, setup: str, event: object, message: str
) -> None:
    if setup == "paused":
        h.send(PauseRequested(None))
    elif setup == "on_break":
        h.send(BreakNowRequested())
    before = h.engine.status()
    armed = h.armed
    effects = h.send(event)  # type: ignore[arg-type]
    assert effects == [Refused(message)]
    assert h.engine.status() == before
    assert h.armed == armed


def test_pause_end_in_the_past_is_refused(h: Harness) -> None:
    effects = h.send(PauseRequested(h.clock.now() - MIN))
    assert effects == [Refused("the end of a pause must be in the future")]
    assert h.engine.state is State.WORKING


def test_strict_mode_refuses_snooze_and_skip(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(strict=True))
    assert h.send(SnoozeRequested()) == [Refused("strict mode is on: breaks cannot be snoozed")]
    assert h.send(SkipNextRequested()) == [Refused("strict mode is on: breaks cannot be skipped")]
    h.send(BreakNowRequested())
    assert h.send(BreakSkipped()) == [Refused("strict mode is on: breaks cannot be skipped")]
    assert h.engine.state is State.ON_BREAK


def test_strict_mode_keeps_the_break_open_and_pauses_when_it_ends(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(strict=True))
    h.send(BreakNowRequested())
    until = clock.now() + 60 * MIN
    effects = h.send(PauseRequested(until))
    assert not [e for e in effects if isinstance(e, CloseBreak | Record)]
    assert [e.title for e in effects if isinstance(e, Notify)] == [
        "Reminders pause after this break"
    ]
    assert h.engine.state is State.ON_BREAK
    assert h.break_open is not None
    h.clock.advance(2 * MIN)
    effects = h.send(BreakFinished())
    kinds = [e.kind for e in effects if isinstance(e, Record)]
    assert kinds == [RecordKind.BREAK_COMPLETED, RecordKind.PAUSED]
    assert h.engine.state is State.PAUSED
    assert h.engine.status().paused_until == until
    assert h.armed == until
    h.run_until(until)
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == until + 45 * MIN


def test_strict_mode_a_pause_that_runs_out_during_the_break_is_dropped(
    clock: FakeClock,
) -> None:
    h = Harness(clock, ScheduleSettings(strict=True))
    h.send(BreakNowRequested())
    h.send(PauseRequested(clock.now() + 1 * MIN))
    h.clock.advance(2 * MIN)
    effects = h.send(BreakFinished())
    assert [e.kind for e in effects if isinstance(e, Record)] == [RecordKind.BREAK_COMPLETED]
    assert h.engine.state is State.WORKING
    assert h.engine.status().next_break_at == clock.now() + 45 * MIN


def test_strict_mode_resume_takes_back_a_pause_that_had_not_begun(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(strict=True))
    h.send(BreakNowRequested())
    h.send(PauseRequested(None))
    assert h.send(ResumeRequested()) == []
    h.send(BreakFinished())
    assert h.engine.state is State.WORKING
    assert not h.records(RecordKind.PAUSED)


def test_heads_up_off_goes_straight_to_the_break(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(heads_up_seconds=0))
    start = clock.now()
    assert h.armed == start + 45 * MIN
    h.run_until(start + 45 * MIN)
    assert h.engine.state is State.ON_BREAK
    assert not [e for _, e in h.log if isinstance(e, ShowHeadsUp)]


def test_heads_up_never_longer_than_half_the_interval(clock: FakeClock) -> None:
    h = Harness(clock, ScheduleSettings(interval_minutes=2, heads_up_seconds=600))
    assert h.armed == clock.now() + 1 * MIN


def test_a_wakeup_long_after_the_due_time_does_not_open_a_stale_break(h: Harness) -> None:
    start = h.clock.now()
    # The laptop slept through the heads-up and the break.
    h.clock.set(start + 45 * MIN + MISSED_BREAK_GRACE + 2 * MIN)
    effects = h.send(Tick())
    assert not any(isinstance(e, ShowBreak | ShowHeadsUp) for e in effects)
    assert h.records(RecordKind.BREAK_MISSED)
    assert h.engine.status().next_break_at == h.clock.now() + 45 * MIN


def test_a_slightly_late_timer_still_opens_the_break(h: Harness) -> None:
    start = h.clock.now()
    h.clock.set(start + 45 * MIN + 20 * SEC)
    assert any(isinstance(e, ShowBreak) for e in h.send(Tick()))


def test_an_early_or_spurious_tick_does_nothing_but_rearm(h: Harness) -> None:
    armed = h.armed
    h.clock.advance(5 * MIN)
    assert h.send(Tick()) == [ArmTimer(armed)]
    assert h.engine.state is State.WORKING


def test_settings_change_keeps_time_already_worked(h: Harness) -> None:
    start = h.clock.now()
    h.run_for(20 * MIN)
    h.send(SettingsChanged(ScheduleSettings(interval_minutes=30)))
    assert h.engine.status().next_break_at == start + 30 * MIN
    # Shortened below the time already worked: warn first, do not jump straight in.
    h.send(SettingsChanged(ScheduleSettings(interval_minutes=10)))
    assert h.engine.status().next_break_at == h.clock.now() + 30 * SEC
    h.run_for(30 * SEC)
    assert [e for _, e in h.log if isinstance(e, ShowHeadsUp)]
    assert h.engine.state is State.ON_BREAK


def test_settings_change_while_snoozed_keeps_the_snoozed_time(h: Harness) -> None:
    h.run_for(45 * MIN)
    h.send(SnoozeRequested())
    due = h.engine.status().next_break_at
    h.send(SettingsChanged(ScheduleSettings(interval_minutes=60)))
    assert h.engine.status().next_break_at == due


def test_an_early_wakeup_is_rearmed_for_the_same_time(h: Harness) -> None:
    # The timer fired early (a clock step between the scheduler's check and
    # ours): the one-shot job is used up, so the engine must arm it again.
    armed = h.armed
    h.clock.advance(MIN)
    assert [e for e in h.send(Tick()) if isinstance(e, ArmTimer)] == [ArmTimer(armed)]


def test_other_events_rearm_only_when_the_wakeup_moves(h: Harness) -> None:
    h.send(PauseRequested(None))
    assert not [e for e in h.send(PauseRequested(None)) if isinstance(e, ArmTimer)]
    h.send(ResumeRequested())
    assert [e for e in h.send(SnoozeRequested()) if isinstance(e, ArmTimer)]


def test_a_simulated_working_week(clock: FakeClock) -> None:
    """Five days of 09:00-17:30 with lunch, meetings, snoozes, skips and breaks.

    The harness asserts the effects stay consistent at every step (one heads-up
    at a time, never two breaks, a refusal changes nothing). Here we check the
    schedule itself: each break opens exactly when it was due, exactly an
    interval after the last break ended (or a snooze/resume), never while
    paused, and always after a heads-up.
    """
    rng = random.Random(20261123)
    h = Harness(clock)
    interval = 45 * MIN
    breaks = 0
    for day in range(5):
        day_start = clock.now().replace(hour=9, minute=0, second=0) + timedelta(days=0)
        if day:
            h.run_until(day_start)
            assert h.engine.state is State.WORKING, "the overnight pause ended at 09:00"
            assert h.engine.status().next_break_at == day_start + interval
        lunch = day_start.replace(hour=12, minute=30)
        lunch_done = False
        while clock.now() < day_start.replace(hour=17, minute=30):
            status = h.engine.status()
            if not lunch_done and clock.now() >= lunch:
                h.send(PauseRequested(clock.now() + 60 * MIN))
                lunch_done = True
                h.run_for(60 * MIN)
                assert h.records(RecordKind.PAUSE_EXPIRED)[-1][0] == clock.now()
                continue
            due = status.next_break_at
            assert due is not None
            roll = rng.random()
            if roll < 0.05:
                # A meeting: pause until resumed, resume 30-90 minutes later.
                h.send(PauseRequested(None))
                h.run_for(timedelta(minutes=rng.randint(30, 90)))
                assert h.engine.state is State.PAUSED
                resumed = clock.now()
                h.send(ResumeRequested())
                assert h.engine.status().next_break_at == resumed + interval
                continue
            heads_up_count = len([e for _, e in h.log if isinstance(e, ShowHeadsUp)])
            h.run_until(due)
            assert clock.now() == due
            assert h.engine.state is State.ON_BREAK, f"no break at {due}"
            assert len([e for _, e in h.log if isinstance(e, ShowHeadsUp)]) == heads_up_count + 1
            breaks += 1
            roll = rng.random()
            if roll < 0.15:
                snoozed_at = clock.now()
                h.send(SnoozeRequested())
                assert h.engine.status().next_break_at == snoozed_at + 5 * MIN
            elif roll < 0.25:
                h.clock.advance(timedelta(seconds=rng.randint(3, 60)))
                h.send(BreakSkipped())
                assert h.engine.status().next_break_at == clock.now() + interval
            elif roll < 0.3:
                h.clock.advance(timedelta(seconds=rng.randint(60, 150)))
                h.send(BreakFinished())
                h.run_for(timedelta(minutes=rng.randint(1, 40)))
                if h.engine.state in (State.WORKING, State.HEADS_UP):
                    h.send(SkipNextRequested())
                    assert h.engine.state is State.WORKING
            else:
                h.clock.advance(timedelta(seconds=rng.randint(100, 200)))
                ended = clock.now()
                h.send(BreakFinished(h.break_open or ()))
                assert h.engine.status().next_break_at == ended + interval
        # End of the working day: pause until 09:00 tomorrow.
        if h.engine.state is State.ON_BREAK:
            h.send(BreakFinished())
        tomorrow = (clock.now() + timedelta(days=1)).replace(hour=9, minute=0, second=0)
        h.send(PauseRequested(tomorrow))
        h.run_until(tomorrow - SEC)
        assert h.engine.state is State.PAUSED
    assert breaks >= 5 * 6, f"only {breaks} breaks in a week"
    # Every break that opened was preceded by a heads-up for exactly that time.
    show_times = [t for t, e in h.log if isinstance(e, ShowBreak)]
    heads_up = {e.break_at for _, e in h.log if isinstance(e, ShowHeadsUp)}
    assert all(t in heads_up for t in show_times)
    assert h.refusals == []


def test_engine_never_reads_the_real_clock(clock: FakeClock) -> None:
    # A clock far in the past: if anything read the real time, due times would
    # land in 2026 instead of 1999.
    old = FakeClock(datetime(1999, 1, 1, 9, tzinfo=clock.now().tzinfo))
    h = Harness(old)
    h.run_for(45 * MIN)
    assert all(t.year == 1999 for t, _ in h.log)
    assert h.engine.state is State.ON_BREAK
