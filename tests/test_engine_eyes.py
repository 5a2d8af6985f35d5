"""Eye breaks (the 20-20-20 rule): a short rhythm of their own beside the breaks.

Driven through the engine harness on the fake clock, which fails the moment
two reminders are up at once (a break over a break, a break over a heads-up).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.control import status_json
from microbreak.core.effects import CloseBreak, Record, ShowBreak
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakSkipped,
    BusyChanged,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
    WorkingHoursChanged,
)
from microbreak.core.eye_rhythm import EyeRhythm, merge_margin
from microbreak.core.records import BreakKind, RecordKind
from microbreak.core.settings import ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import PauseReason, State
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)
EYES = ("eyes-far", "eyes-palming")
DURATIONS = {"eyes-far": 26, "eyes-palming": 39}
E, S = BreakKind.EYE, BreakKind.MICRO


def rhythm(enabled: bool = True, every: int = 20, seconds: int = 20) -> EyeRhythm:
    return EyeRhythm(every * MIN, EYES, enabled=enabled, seconds=seconds, durations=DURATIONS)


def harness(clock: FakeClock, eyes: EyeRhythm | None, interval: int = 45, **kw: int) -> Harness:
    settings = ScheduleSettings(interval_minutes=interval, **kw)  # type: ignore[arg-type]
    return Harness(clock, settings, eyes=eyes)


def opened(h: Harness, kind: BreakKind) -> list[datetime]:
    return [t for t, e in h.log if isinstance(e, ShowBreak) and e.kind is kind]


def next_break(h: Harness) -> BreakKind:
    while h.break_open is None:
        h.fire()
    assert h.break_kind is not None
    return h.break_kind


def test_off_by_default(clock: FakeClock) -> None:
    assert not EyeRhythm().on
    h = harness(clock, None)
    for _ in range(12):
        assert next_break(h) is S
        h.send(BreakFinished(()))
    assert not opened(h, E)


def test_eye_breaks_come_every_twenty_minutes_and_leave_the_break_alone(clock: FakeClock) -> None:
    h = harness(clock, rhythm())
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 20 * MIN
    assert h.break_open == ("eyes-far",)  # 26 s: one exercise is "about 20 seconds"
    assert h.heads_up_kind is None, "an eye break comes without a heads-up"
    clock.advance(26 * SEC)
    h.send(BreakFinished(("eyes-far",)))
    # The break keeps its time, its exercises and its snoozes.
    assert h.engine.status().next_break_at == MONDAY_9AM + 45 * MIN
    assert h.engine.planner.peek() == ("shoulder-rolls", "shoulder-shrug", "high-reach")
    # The next eye break would be at 9:40, five minutes before the break: merged.
    assert next_break(h) is S
    assert clock.now() == MONDAY_9AM + 45 * MIN
    clock.advance(MIN)
    h.send(BreakFinished(()))
    # The break rested the eyes: the eye clock counts from its end.
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 66 * MIN
    assert h.break_open == ("eyes-palming",), "the eye exercises take turns"
    kinds = [e.detail["kind"] for _, e in h.records(RecordKind.BREAK_STARTED)]
    assert kinds == ["eye", "micro", "eye"]


def test_merged_into_a_break_near_it_and_restarted_when_it_ends(clock: FakeClock) -> None:
    # A ten-minute heads-up: the eye break at 9:40 would fall inside it.
    h = harness(clock, rhythm(), interval=45, heads_up_seconds=600)
    assert next_break(h) is E
    h.send(BreakFinished(()))
    h.run_until(MONDAY_9AM + 44 * MIN)
    assert opened(h, E) == [MONDAY_9AM + 20 * MIN]
    assert next_break(h) is S
    clock.advance(2 * MIN)
    h.send(BreakSkipped(()))  # a skipped break ends too: the eye clock restarts
    h.run_until(MONDAY_9AM + 67 * MIN)
    assert h.break_kind is E
    assert h.break_open is not None
    assert opened(h, E)[-1] == MONDAY_9AM + 67 * MIN


def test_never_while_paused_away_busy_or_snoozed(clock: FakeClock) -> None:
    h = harness(clock, rhythm(), interval=60)
    h.run_until(MONDAY_9AM + 5 * MIN)
    h.send(BusyChanged(PauseReason.FULLSCREEN, True))
    h.run_until(MONDAY_9AM + 30 * MIN)
    assert not opened(h, E), "no eye break over a film"
    h.send(BusyChanged(PauseReason.FULLSCREEN, False))
    # The 25 busy minutes were not screen work for the eye clock: 15 minutes still to go.
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 45 * MIN
    h.send(BreakFinished(()))
    h.send(PauseRequested(None))
    h.run_until(MONDAY_9AM + 120 * MIN)
    assert len(opened(h, E)) == 1
    h.send(ResumeRequested())
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 140 * MIN
    h.send(BreakFinished(()))
    h.send(AwayStarted(PauseReason.LOCKED))
    h.run_for(30 * MIN)
    h.send(AwayEnded(PauseReason.LOCKED))  # a natural break: eyes rested too
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 190 * MIN
    h.send(BreakFinished(()))
    # A snoozed break is still coming: the eye break waits for it.
    h.send(SnoozeRequested(30))
    assert h.engine.state is State.SNOOZED
    assert next_break(h) is S
    assert len(opened(h, E)) == 3


def test_not_outside_working_hours(clock: FakeClock) -> None:
    h = harness(clock, rhythm())
    hours = WorkingHoursSettings(enabled=True, monday="09:00-09:30")
    h.send(WorkingHoursChanged(hours))
    assert next_break(h) is E
    h.send(BreakFinished(()))
    h.run_until(MONDAY_9AM + 16 * 60 * MIN)
    assert opened(h, E) == [MONDAY_9AM + 20 * MIN]


def test_a_snoozed_eye_break_comes_back_and_the_break_keeps_its_snoozes(clock: FakeClock) -> None:
    h = harness(clock, rhythm(), interval=60)
    assert next_break(h) is E
    effects = h.send(SnoozeRequested(5))
    assert any(isinstance(e, CloseBreak) for e in effects)
    # The history would take a snoozed (still open) eye break for the next break.
    assert not h.records(RecordKind.BREAK_SNOOZED)
    assert h.engine.status().snoozes_used == 0
    assert h.engine.status().next_break_at == MONDAY_9AM + 60 * MIN
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 25 * MIN


def test_settings_change_applies(clock: FakeClock) -> None:
    eyes = rhythm(enabled=False)
    h = harness(clock, eyes, interval=60)
    h.run_until(MONDAY_9AM + 10 * MIN)
    eyes.reconfigure(True, 15 * MIN, EYES, seconds=60, durations=DURATIONS)
    h.send(Tick())  # what the app sends after reconfiguring (app/settings_apply.py)
    assert next_break(h) is E
    assert clock.now() == MONDAY_9AM + 15 * MIN
    assert h.break_open == EYES  # a minute: both fit
    h.send(BreakFinished(()))
    eyes.reconfigure(False, 15 * MIN, EYES, seconds=60, durations=DURATIONS)
    h.send(Tick())
    assert next_break(h) is S
    assert len(opened(h, E)) == 1


def test_a_day_of_breaks_is_the_same_with_eye_breaks_on(clock: FakeClock) -> None:
    """No break lost or moved: the eye breaks slot in between."""

    def day(eyes: EyeRhythm | None) -> tuple[list[datetime], list[datetime]]:
        h = harness(FakeClock(MONDAY_9AM), eyes)
        end = MONDAY_9AM + timedelta(hours=8)
        while h.clock.now() < end:
            next_break(h)
            h.clock.advance(30 * SEC)
            h.send(BreakFinished(()))
        return opened(h, S), opened(h, E)

    breaks_off, none = day(None)
    breaks_on, eye_breaks = day(rhythm())
    assert not none
    assert breaks_on == breaks_off
    assert len(eye_breaks) >= 8


@pytest.mark.parametrize("seed", range(6))
def test_simulated_weeks_one_reminder_at_a_time_and_none_lost(clock: FakeClock, seed: int) -> None:
    """Two weeks answered at random, with sleeps, calls and pauses.

    The harness fails on two reminders at once. Here, a model of the eye
    clock (plain work since the last rest, time held left out) checks that
    every eye break opened from plain work after exactly the rhythm, never
    with a break near, and that no stretch of work went much longer without
    a rest; and that every break offered ended once.
    """
    rng = random.Random(seed)
    eyes = rhythm()
    h = harness(clock, eyes)
    settings = h.engine.settings
    margin = merge_margin(eyes.every)
    longest = eyes.every + margin + settings.max_snoozes * settings.snooze
    end = clock.now() + timedelta(days=14)
    offered = skipped_ahead = 0
    last_rest, held = clock.now(), timedelta(0)

    def worked() -> timedelta:
        return clock.now() - last_rest - held

    while clock.now() < end:
        while h.break_open is None:
            roll = rng.random()
            if h.heads_up_for is not None and roll < 0.1:
                h.send(SkipNextRequested())
                offered += 1
                skipped_ahead += 1
                last_rest, held = clock.now(), timedelta(0)
            elif roll < 0.03:
                away = rng.choice([MIN, 3 * MIN, 90 * MIN])
                h.send(AwayStarted(PauseReason.SLEEP))
                clock.advance(away)
                h.send(AwayEnded(PauseReason.SLEEP))
                if away >= settings.natural_break:
                    last_rest, held = clock.now(), timedelta(0)
                else:
                    held += away
            elif roll < 0.05:
                busy = rng.choice([2 * MIN, 20 * MIN])
                h.send(BusyChanged(PauseReason.CALL, True))
                h.run_for(busy)
                assert h.break_open is None
                h.send(BusyChanged(PauseReason.CALL, False))
                held += busy
            elif roll < 0.06:
                h.send(PauseRequested(None))
                clock.advance(rng.choice([10 * MIN, 60 * MIN]))
                h.send(ResumeRequested())
                last_rest, held = clock.now(), timedelta(0)
            else:
                before = h.engine.status()
                h.fire()
                if h.break_open is not None and h.break_kind is E:
                    assert before.state is State.WORKING, f"eye break opened from {before.state}"
                    assert before.next_break_at is not None
                    assert before.next_break_at - clock.now() > margin, "eye break near a break"
                    assert worked() == eyes.every
        kind = h.break_kind
        assert worked() <= longest, f"{worked()} of work without a rest"
        on_screen = rng.choice([20, 30] if kind is E else [30, 90, 200]) * SEC
        clock.advance(on_screen)
        roll = rng.random()
        if roll < 0.15 and (kind is E or h.engine.status().snoozes_used < 3):
            h.send(SnoozeRequested(None))
            if kind is E:  # it comes back after the snooze
                last_rest, held = clock.now() + settings.snooze - eyes.every, timedelta(0)
            else:  # not a rest, but not work at the screen either
                held += on_screen
            continue
        h.send(BreakSkipped(()) if roll < 0.35 else BreakFinished(()))
        offered += 1
        last_rest, held = clock.now(), timedelta(0)
    eye_breaks = opened(h, E)
    micro = opened(h, S)
    assert len(eye_breaks) > 200
    assert len(micro) > 150
    ended = [
        e
        for _, e in h.log
        if isinstance(e, Record)
        and e.kind in (RecordKind.BREAK_COMPLETED, RecordKind.BREAK_SKIPPED)
    ]
    snoozed_eyes = [e for e in ended if "snoozed" in e.detail]
    # Every break offered (and every snoozed eye break) ended once: none lost, none doubled.
    assert len(ended) == offered - skipped_ahead + len(snoozed_eyes)


def test_the_status_names_the_next_eye_break(clock: FakeClock) -> None:
    assert harness(clock, rhythm(enabled=False)).engine.status().next_eye_break_at is None
    h = harness(clock, rhythm())
    assert h.engine.status().next_eye_break_at == MONDAY_9AM + 20 * MIN
    data = status_json(h.engine.status(), clock.now(), "9.9", clock.local)
    assert data["next_eye_break_at"] == "2026-11-23T09:20:00+00:00"
    assert next_break(h) is E
    assert h.engine.status().next_eye_break_at is None  # on one now
    clock.advance(26 * SEC)
    h.send(BreakFinished(("eyes-far",)))
    # 9:40:26 is under five minutes before the break at 9:45: left to it, not promised.
    assert h.engine.eyes.due() == MONDAY_9AM + 40 * MIN + 26 * SEC
    assert h.engine.status().next_eye_break_at is None
    h.send(PauseRequested(None))
    assert h.engine.status().next_eye_break_at is None


def test_the_next_eye_break_named_is_the_one_that_opens(clock: FakeClock) -> None:
    h = harness(clock, rhythm(every=10), interval=60)
    named = h.engine.status().next_eye_break_at
    assert next_break(h) is E
    assert clock.now() == named
