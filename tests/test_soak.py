"""Soak in simulated time: 30 days of a person's work on a fake clock.

Random snoozes, skips, pauses, breaks taken, finished and abandoned, idle
spells, lock and sleep (announced and not), clock changes and busy spells,
all driven through the real engine (tests/helpers/engine_harness.py applies the
effects as the app does and asserts they make sense together) and every
Record kept in a real HistoryStore, as the app keeps them. Checked all along:

- no double break (the harness: never two break windows, never a heads-up
  over an open break);
- no lost break: every break window that opens is closed again, every break
  the engine started has an outcome in the history, and breaks keep coming
  day after day;
- the schedule is never in the past: the one armed wake-up is never behind
  the clock, and a scheduled engine always has one;
- the history matches the events: every record is in it once, and every
  break finished in full is counted completed.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.effects import ArmTimer, Record, ShowBreak
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    ClockJumped,
    Event,
    IdleSampled,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SleptUnannounced,
    SnoozeRequested,
)
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import Outcome
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from microbreak.infra.history import HistoryStore
from tests.helpers.engine_harness import Harness

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday
DAYS = 30
MIN = timedelta(minutes=1)
SCHEDULED = (State.WORKING, State.HEADS_UP, State.SNOOZED)


class Soak:
    def __init__(self, seed: int, db: Path, settings: ScheduleSettings) -> None:
        self.rng = random.Random(seed)
        self.clock = FakeClock(START)
        self.h = Harness(self.clock, settings, idle_source_works=True)
        self.store = HistoryStore.open(db, self.clock)
        assert not self.store.problems
        self.kept = len(self.h.log)
        self.away: set[PauseReason] = set()
        self.busy: set[PauseReason] = set()
        self.completed = 0
        self.steps = 0
        self.keep()

    # -- plumbing --------------------------------------------------------

    def keep(self) -> None:
        """Write the new Records to the history, as the app's _apply does, and
        check each new wake-up: the engine never arms one in the past."""
        for at, effect in self.h.log[self.kept :]:
            if isinstance(effect, Record):
                self.store.record(effect)
            if isinstance(effect, ArmTimer) and effect.at is not None:
                assert effect.at >= at - timedelta(seconds=1), f"armed {effect.at} at {at}"
        self.kept = len(self.h.log)

    def send(self, event: Event) -> None:
        self.h.send(event)
        self.after()

    def wait(self, delta: timedelta) -> None:
        """Time passes with the app running; a break that falls due opens."""
        target = self.clock.now() + delta
        status = self.h.engine.status()
        # Nothing holds it (a busy reason defers a due break, by design).
        free = status.state in SCHEDULED and not status.pause_reasons
        due = status.next_break_at if free else None
        shown = self.shown()
        self.h.run_until(target)
        if due is not None and due <= target:
            assert self.shown() > shown, f"the break due at {due} never opened"
        self.after()

    def after(self) -> None:
        h = self.h
        # A wake-up the clock passed while no timer could run (a suspend, a
        # clock set forward) fires as soon as the app runs again, as Qt's does.
        for _ in range(5):
            if h.armed is None or h.armed > self.clock.now():
                break
            h.fire()
        self.keep()
        self.steps += 1
        now = self.clock.now()
        if h.armed is not None:
            assert h.armed > now - timedelta(seconds=1), f"wake-up {h.armed} is behind {now}"
        status = h.engine.status()
        if status.state in SCHEDULED:
            assert status.next_break_at is not None
            assert h.armed is not None, f"scheduled for {status.next_break_at} with no wake-up"
            assert h.armed <= status.next_break_at
        if h.break_open is not None:
            assert h.engine.state is State.ON_BREAK

    # -- a person ----------------------------------------------------------

    def finish_break(self) -> None:
        assert self.h.break_open is not None
        ids = self.h.break_open
        results = tuple(
            ExerciseResult(i, ex, ExerciseStatus.DONE, 30.0) for i, ex in enumerate(ids)
        )
        self.completed += 1
        self.send(BreakFinished(ids, results))

    def during_break(self) -> None:
        rng = self.rng
        self.wait(rng.randint(0, 4) * MIN)
        if self.h.break_open is None:
            return
        choice = rng.random()
        if choice < 0.55:
            self.finish_break()
        elif choice < 0.7:
            ids = self.h.break_open
            done = ids[: rng.randint(0, len(ids) - 1)]
            results = tuple(
                ExerciseResult(i, ex, ExerciseStatus.DONE, 20.0) for i, ex in enumerate(done)
            )
            self.send(BreakSkipped(done, results))
        elif choice < 0.8:
            self.send(SnoozeRequested(rng.choice([None, 1, 5, 10])))
        elif choice < 0.85:
            self.send(SkipNextRequested())  # refused or ends it, either is fine
        elif choice < 0.9:
            self.send(PauseRequested(self.clock.now() + rng.randint(5, 90) * MIN))
        else:
            self.send(AwayStarted(PauseReason.SLEEP))
            self.clock.advance(timedelta(minutes=rng.randint(1, 120)))
            self.send(AwayEnded(PauseReason.SLEEP))

    def step(self) -> None:
        rng = self.rng
        if self.h.break_open is not None:
            self.during_break()
            return
        choice = rng.random()
        now = self.clock.now()
        if choice < 0.45:
            self.wait(timedelta(seconds=rng.randint(10, 50 * 60)))
        elif choice < 0.52:
            self.send(SnoozeRequested(rng.choice([None, 2, 15, 60])))
        elif choice < 0.57:
            self.send(SkipNextRequested())
        elif choice < 0.61:
            self.send(PauseRequested(rng.choice([None, now + rng.randint(5, 180) * MIN])))
        elif choice < 0.65:
            self.send(ResumeRequested())
        elif choice < 0.69:
            self.send(BreakNowRequested())
        elif choice < 0.79:
            # The idle source: a spell away, sampled as it grows, then back.
            away = rng.choice([20, 45, 200, 400, 1800])
            self.send(IdleSampled(rng.uniform(0, 20)))
            for seconds in range(30, away, 60):
                self.h.run_until(now + timedelta(seconds=seconds))
                self.send(IdleSampled(seconds))
            self.h.run_until(now + timedelta(seconds=away))
            self.send(IdleSampled(rng.uniform(0, 3)))
        elif choice < 0.82:
            # A suspend the OS announces: no timer runs until the machine wakes.
            self.send(AwayStarted(PauseReason.SLEEP))
            self.clock.advance(timedelta(minutes=rng.randint(1, 240)))
            self.send(AwayEnded(PauseReason.SLEEP))
        elif choice < 0.84:
            # The screen locks (timers keep running), or unlocks.
            if PauseReason.LOCKED in self.away:
                self.away.discard(PauseReason.LOCKED)
                self.send(AwayEnded(PauseReason.LOCKED))
            else:
                self.away.add(PauseReason.LOCKED)
                self.send(AwayStarted(PauseReason.LOCKED))
                self.wait(timedelta(minutes=rng.randint(1, 240)))
        elif choice < 0.87:
            slept_at = now
            self.clock.advance(timedelta(minutes=rng.randint(6, 600)))
            self.send(SleptUnannounced(slept_at, self.clock.now()))
        elif choice < 0.91:
            jump = timedelta(minutes=rng.choice([-90, -60, -7, -1, 1, 7, 60, 90]))
            self.clock.set(now + jump)
            self.send(ClockJumped(jump))
        else:
            reason = rng.choice(
                [PauseReason.FULLSCREEN, PauseReason.DO_NOT_DISTURB, PauseReason.CALL]
            )
            busy = reason not in self.busy
            (self.busy.add if busy else self.busy.discard)(reason)
            self.send(BusyChanged(reason, busy))

    def end_the_day(self) -> None:
        """The evening: whatever is going on ends, and the night passes."""
        for reason in sorted(self.away):
            self.send(AwayEnded(reason))
        self.away.clear()
        for reason in sorted(self.busy):
            self.send(BusyChanged(reason, False))
        self.busy.clear()
        if self.h.break_open is not None:
            self.finish_break()

    def run(self) -> list[int]:
        breaks_per_day: list[int] = []
        for day in range(DAYS):
            opened = self.shown()
            evening = START + timedelta(days=day, hours=10)
            while self.clock.now() < evening:
                self.step()
            self.end_the_day()
            breaks_per_day.append(self.shown() - opened)
            # Overnight, the laptop sleeps (announced), the clock moves on.
            self.send(AwayStarted(PauseReason.SLEEP))
            self.clock.set(max(self.clock.now(), START + timedelta(days=day + 1)))
            self.send(AwayEnded(PauseReason.SLEEP))
        return breaks_per_day

    def shown(self) -> int:
        return sum(isinstance(e, ShowBreak) for _, e in self.h.log)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "settings"),
    [
        (1, ScheduleSettings()),
        (2, ScheduleSettings(smart_timing=False)),
        (3, ScheduleSettings(smart_timing=False, interval_minutes=30, heads_up_seconds=0)),
    ],
)
def test_thirty_days_of_random_work_keep_every_invariant(
    tmp_path: Path, seed: int, settings: ScheduleSettings
) -> None:
    soak = Soak(seed, tmp_path / "history.sqlite3", settings)
    per_day = soak.run()
    h = soak.h

    # Breaks kept coming: nobody was left without one for a day.
    assert soak.steps > 1000
    assert sum(per_day) > DAYS, per_day
    assert h.break_open is None

    # Every record is in the history, exactly once.
    records = [e for _, e in h.log if isinstance(e, Record)]
    kept = soak.store.events()
    assert Counter(kind for _, kind, _ in kept) == Counter(r.kind for r in records)
    assert len(kept) == len(records)

    # No lost break: each the engine started has an outcome; each finished
    # in full is counted completed.
    breaks = soak.store.breaks()
    started = sum(r.kind == "break_started" for r in records)
    assert started == soak.shown()
    assert all(b.outcome is not None for b in breaks), [b for b in breaks if b.outcome is None]
    assert sum(b.outcome is Outcome.COMPLETED for b in breaks) == soak.completed
    assert soak.completed > 0
    soak.store.close()
