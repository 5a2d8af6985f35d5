"""New schedule settings while the engine runs: the break comes when it would have.

Only what places the break (the interval, and smart timing) moves it; saving
anything else leaves the break's time, the eye clock and a deferral as they
were. Driven through the engine harness on the fake clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core.clock import FakeClock
from microbreak.core.control import status_json
from microbreak.core.effects import ArmTimer, Effect, Notify, ShowBreak
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BusyChanged,
    Event,
    SettingsChanged,
    SnoozeRequested,
)
from microbreak.core.eye_rhythm import EyeRhythm
from microbreak.core.records import BreakKind, RecordKind
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)
EYES = ("eyes-far", "eyes-palming")
# Snoozing, strict mode, natural breaks, deferral: none of them places the break.
UNRELATED = ScheduleSettings(snooze_minutes=10, max_snoozes=5, natural_break_minutes=7)


def eyes() -> EyeRhythm:
    return EyeRhythm(20 * MIN, EYES, enabled=True, seconds=20, durations={"eyes-far": 26})


def send(h: Harness, event: Event) -> list[Effect]:
    """Send as the app does: a wake-up armed in the past (a heads-up whose
    time went by during a call, say) fires at once."""
    effects = h.send(event)
    if h.armed is not None and h.armed < h.clock.now():
        h.fire()
    return effects


def save(h: Harness, schedule: ScheduleSettings) -> list[Effect]:
    return send(h, SettingsChanged(schedule))


def lock_for(h: Harness, away: timedelta) -> None:
    h.send(AwayStarted(PauseReason.LOCKED))
    h.run_for(away)
    h.send(AwayEnded(PauseReason.LOCKED))


def opened(h: Harness) -> list[tuple[datetime, BreakKind]]:
    return [(t, e.kind) for t, e in h.log if isinstance(e, ShowBreak)]


# -- settings that do not place the break --------------------------------------


def test_an_unrelated_save_keeps_the_time_a_short_absence_added(clock: FakeClock) -> None:
    h = Harness(clock)
    h.run_for(10 * MIN)
    lock_for(h, 3 * MIN)  # too short for a natural break: the break moves back 3 minutes
    due = MONDAY_9AM + 48 * MIN
    assert h.engine.status().next_break_at == due
    before = status_json(h.engine.status(), clock.now(), "9.9", clock.local)
    h.run_for(5 * MIN)
    save(h, UNRELATED)
    status = h.engine.status()
    assert status.next_break_at == due
    assert status.interval_started_at == MONDAY_9AM
    after = status_json(status, clock.now(), "9.9", clock.local)
    assert after["next_break_at"] == before["next_break_at"]
    h.run_until(due)
    assert opened(h) == [(due, BreakKind.MICRO)]


def test_an_unrelated_save_leaves_an_eye_break_merged_into_the_coming_break(
    clock: FakeClock,
) -> None:
    h = Harness(clock, eyes=eyes())
    h.run_until(MONDAY_9AM + 20 * MIN)
    assert h.break_kind is BreakKind.EYE
    h.run_for(26 * SEC)
    h.send(BreakFinished(("eyes-far",)))
    # The next eye break (40:26) is under five minutes from the break at 45: merged.
    h.run_until(MONDAY_9AM + 42 * MIN)
    assert h.engine.eyes.due() is None
    save(h, UNRELATED)
    assert h.engine.eyes.due() is None
    h.run_until(MONDAY_9AM + 45 * MIN)
    assert opened(h)[1:] == [(MONDAY_9AM + 45 * MIN, BreakKind.MICRO)]


def test_an_unrelated_save_keeps_the_eye_clock(clock: FakeClock) -> None:
    h = Harness(clock, eyes=eyes())
    h.run_until(MONDAY_9AM + 20 * MIN + 26 * SEC)
    h.send(BreakFinished(("eyes-far",)))
    since = h.engine.eyes.since
    h.run_for(5 * MIN)
    save(h, UNRELATED)
    assert h.engine.eyes.since == since


def test_an_unrelated_save_keeps_a_deferred_break_waiting(clock: FakeClock) -> None:
    h = Harness(clock)
    h.run_until(MONDAY_9AM + 44 * MIN)
    h.send(BusyChanged(PauseReason.CALL, busy=True))
    h.run_until(MONDAY_9AM + 45 * MIN)
    assert h.engine.status().deferred
    h.run_for(10 * MIN)
    save(h, UNRELATED)
    assert h.engine.status().deferred
    # The wait still ends 30 minutes after the break fell due, not 30 after the save.
    h.run_until(MONDAY_9AM + 75 * MIN)
    assert [t for t, e in h.log if isinstance(e, Notify)] == [MONDAY_9AM + 75 * MIN]
    assert len(h.records(RecordKind.BREAK_DEFERRED)) == 1


def test_a_longer_heads_up_does_not_make_the_break_late(clock: FakeClock) -> None:
    h = Harness(clock)
    h.run_until(MONDAY_9AM + 44 * MIN + 20 * SEC)
    assert h.engine.state is State.WORKING
    save(h, ScheduleSettings(heads_up_seconds=120))
    # Its time has passed: the heads-up shows now, for the break still at 45.
    assert h.heads_up_for == MONDAY_9AM + 45 * MIN
    h.run_until(MONDAY_9AM + 45 * MIN)
    assert opened(h) == [(MONDAY_9AM + 45 * MIN, BreakKind.MICRO)]


def test_an_unrelated_save_during_the_heads_up_or_a_snooze_keeps_the_break(
    clock: FakeClock,
) -> None:
    h = Harness(clock)
    h.run_until(MONDAY_9AM + 44 * MIN + 40 * SEC)
    assert h.engine.state is State.HEADS_UP
    save(h, UNRELATED)
    assert h.heads_up_for == MONDAY_9AM + 45 * MIN
    h.run_until(MONDAY_9AM + 45 * MIN)
    h.send(SnoozeRequested(5))
    save(h, UNRELATED)
    assert h.engine.state is State.SNOOZED
    assert h.engine.status().next_break_at == MONDAY_9AM + 50 * MIN
    h.run_until(MONDAY_9AM + 50 * MIN)
    assert [t for t, _ in opened(h)] == [MONDAY_9AM + 45 * MIN, MONDAY_9AM + 50 * MIN]
    assert len(h.records(RecordKind.BREAK_SNOOZED)) == 1


# -- a new interval ------------------------------------------------------------


def test_a_new_interval_keeps_the_time_worked_and_the_time_away(clock: FakeClock) -> None:
    h = Harness(clock)
    h.run_for(10 * MIN)
    lock_for(h, 3 * MIN)
    h.run_for(7 * MIN)
    save(h, ScheduleSettings(interval_minutes=30))
    # 17 minutes worked, 3 away: 13 more minutes of work, not 10.
    assert h.engine.status().next_break_at == MONDAY_9AM + 33 * MIN
    assert h.engine.status().interval_started_at == MONDAY_9AM


def test_a_new_interval_saved_while_away_applies_to_the_coming_break(clock: FakeClock) -> None:
    h = Harness(clock)
    h.run_for(10 * MIN)
    h.send(AwayStarted(PauseReason.LOCKED))
    h.run_for(MIN)
    save(h, ScheduleSettings(interval_minutes=30))  # edited in config.toml meanwhile
    h.run_for(MIN)
    h.send(AwayEnded(PauseReason.LOCKED))
    assert h.engine.status().next_break_at == MONDAY_9AM + 32 * MIN


def test_a_new_interval_does_not_undo_a_deferral(clock: FakeClock) -> None:
    h = Harness(clock)
    h.send(BusyChanged(PauseReason.CALL, busy=True))
    h.run_until(MONDAY_9AM + 50 * MIN)
    assert h.engine.status().deferred
    save(h, ScheduleSettings(interval_minutes=30))
    assert h.engine.status().deferred
    h.send(BusyChanged(PauseReason.CALL, busy=False))
    h.run_for(30 * SEC)
    assert opened(h) == [(MONDAY_9AM + 50 * MIN + 30 * SEC, BreakKind.MICRO)]
    assert len(h.records(RecordKind.BREAK_DEFERRED)) == 1


def test_a_longer_interval_lets_eyes_left_to_the_old_break_count_again(
    clock: FakeClock,
) -> None:
    h = Harness(clock, eyes=eyes())
    h.run_until(MONDAY_9AM + 20 * MIN + 26 * SEC)
    h.send(BreakFinished(("eyes-far",)))
    h.run_until(MONDAY_9AM + 42 * MIN)
    assert h.engine.eyes.due() is None  # merged into the break at 45
    save(h, ScheduleSettings(interval_minutes=90))
    # The break moved to 1:30: the eyes get their rest 20 minutes from now, not never.
    assert h.engine.status().next_break_at == MONDAY_9AM + 90 * MIN
    assert h.engine.eyes.due() == clock.now() + 20 * MIN
    h.run_until(MONDAY_9AM + 62 * MIN)
    assert opened(h)[-1] == (MONDAY_9AM + 62 * MIN, BreakKind.EYE)


def test_a_new_interval_saved_during_an_eye_break_applies_to_the_coming_break(
    clock: FakeClock,
) -> None:
    h = Harness(clock, eyes=eyes())
    h.run_until(MONDAY_9AM + 20 * MIN)
    assert opened(h) == [(MONDAY_9AM + 20 * MIN, BreakKind.EYE)]
    save(h, ScheduleSettings(interval_minutes=30))  # in Settings while looking away
    h.send(BreakFinished(("eyes-far",)))
    # The microbreak's interval ran on under the eye break: 30 minutes from 9:00.
    assert h.engine.status().next_break_at == MONDAY_9AM + 30 * MIN


# -- a day of unrelated saves ----------------------------------------------------

unrelated = st.builds(
    ScheduleSettings,
    snooze_minutes=st.integers(1, 60),
    max_snoozes=st.integers(0, 20),
    natural_break_minutes=st.integers(1, 60),
    defer_limit_minutes=st.integers(1, 240),
)
# Absences and calls stay under a minute: whether one counts as a break, or
# outlasts the wait for a busy person, is what those settings decide.
step = st.one_of(
    st.tuples(st.just("work"), st.integers(1, 1200)),
    st.tuples(st.just("lock"), st.integers(1, 55)),
    st.tuples(st.just("call"), st.integers(1, 55)),
    st.tuples(st.just("finish"), st.integers(20, 240)),
    st.tuples(st.just("snooze"), st.integers(0, 30)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(st.tuples(step, st.none() | unrelated), min_size=20, max_size=80),
)
def test_a_day_of_unrelated_saves_never_moves_a_break(
    steps: list[tuple[tuple[str, int], ScheduleSettings | None]],
) -> None:
    """The same day twice, one of them with settings saved now and then."""
    plain = Harness(FakeClock(MONDAY_9AM), eyes=eyes())
    saved = Harness(FakeClock(MONDAY_9AM), eyes=eyes())

    def both(event: Event) -> None:
        send(plain, event)
        send(saved, event)

    def run_both(seconds: int, schedule: ScheduleSettings | None) -> None:
        half = timedelta(seconds=seconds) / 2
        for h in (plain, saved):
            h.run_for(half)
        if schedule is not None:
            save(saved, schedule)
        for h in (plain, saved):
            h.run_for(half)

    for (kind, seconds), schedule in steps:
        on_break = plain.break_open is not None
        if kind == "lock":
            both(AwayStarted(PauseReason.LOCKED))
            run_both(seconds, schedule)
            both(AwayEnded(PauseReason.LOCKED))
        elif kind == "call":
            both(BusyChanged(PauseReason.CALL, busy=True))
            run_both(seconds, schedule)
            both(BusyChanged(PauseReason.CALL, busy=False))
        elif kind == "finish" and on_break:
            run_both(seconds, schedule)
            both(BreakFinished())
        elif kind == "snooze" and on_break and plain.engine.status().snoozes_used == 0:
            run_both(seconds, schedule)
            both(SnoozeRequested(5))
        else:
            run_both(seconds, schedule)
        assert saved.engine.status() == plain.engine.status()

    def shown(h: Harness) -> list[tuple[datetime, Effect]]:
        return [(t, e) for t, e in h.log if not isinstance(e, ArmTimer)]

    assert shown(saved) == shown(plain)
