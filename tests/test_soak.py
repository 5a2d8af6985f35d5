"""Soak in simulated time: 30 days of a person's work on a fake clock.

Random snoozes, skips, pauses, breaks taken, finished and abandoned, idle
spells, lock and sleep (announced and not), clock changes and busy spells,
all driven through the real engine (tests/helpers/engine_harness.py applies the
effects as the app does and asserts they make sense together), its wake-ups
through the app's real timer layer (WakeupTimer: APScheduler with its misfire
grace and coalescing, the owned QTimer, the queued delivery) on fake time
(tests/helpers/timer_layer.py), and every Record kept in a real HistoryStore,
as the app keeps them. An unannounced suspend or a clock change reaches the
engine only through the real Heartbeat, which beats once a minute and before
each wake-up: up to a minute late, as in the app. Checked all along:

- no double break (the harness: never two break windows, never a heads-up
  over an open break);
- no lost break: every break window that opens is closed again, every break
  the engine started has an outcome in the history, a break that falls due
  while nothing holds it opens (within the timer's and the heartbeat's
  slack), and EVERY simulated day has a break (each ends with an ordinary
  stretch of work, so a day without one is a lost break, not a pause);
- no lost wake-up: the timer layer always holds exactly the wake-up the
  engine last asked for, with a QTimer running for it, and a scheduled engine
  always has one;
- the history matches the events: every record is in it once, and every
  break finished in full is counted completed.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.effects import ArmTimer, Effect, Record, ShowBreak
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    Event,
    IdleSampled,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.player import ExerciseResult, ExerciseStatus
from microbreak.core.records import Outcome
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from microbreak.infra.history import HistoryStore
from tests.helpers.engine_harness import Harness
from tests.helpers.timer_layer import COARSE_SLACK, FakeTimeLayer

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday
DAYS = 30
MIN = timedelta(minutes=1)
SCHEDULED = (State.WORKING, State.HEADS_UP, State.SNOOZED)
# Each day ends with this much ordinary work: nothing paused, skipped or
# snoozed, so a break is owed in it whatever the morning did.
STEADY = timedelta(hours=3)


class TimedHarness(Harness):
    """The harness, its ArmTimer effects handed to the real timer layer."""

    layer: FakeTimeLayer | None = None

    def apply(self, effects: list[Effect]) -> None:
        super().apply(effects)
        if self.layer is not None:
            for effect in effects:
                if isinstance(effect, ArmTimer):
                    self.layer.wakeup.arm(effect.at)


class Soak:
    def __init__(
        self, seed: int, db: Path, settings: ScheduleSettings, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.rng = random.Random(seed)
        self.clock = FakeClock(START)
        self.h = TimedHarness(self.clock, settings, idle_source_works=True)
        self.layer = FakeTimeLayer(self.clock, self.rng, self.noticed, self.woke, monkeypatch)
        self.h.layer = self.layer
        self.layer.wakeup.arm(self.h.armed)  # what start() asked for
        self.store = HistoryStore.open(db, self.clock)
        assert not self.store.problems
        self.kept = len(self.h.log)
        self.away: set[PauseReason] = set()
        self.busy: set[PauseReason] = set()
        # A suspend or clock change the heartbeat has not reported yet, and
        # the stretches of the log written while one was (start, end).
        self.unnoticed = False
        self.surprises: list[tuple[int, int]] = []
        self._surprise_from = 0
        self.completed = 0
        self.steps = 0
        self.keep()

    # -- plumbing --------------------------------------------------------

    def keep(self) -> None:
        """Write the new Records to the history, as the app's _apply does, and
        check each new wake-up: the engine never arms one in the past, unless
        the clock moved in a way it has not been told of yet (then the past
        wake-up fires at once, and the heartbeat before it tells)."""
        for index, (at, effect) in enumerate(self.h.log[self.kept :], start=self.kept):
            if isinstance(effect, Record):
                self.store.record(effect)
            if isinstance(effect, ArmTimer) and effect.at is not None and not self._unaware(index):
                assert effect.at >= at - timedelta(seconds=1), f"armed {effect.at} at {at}"
        self.kept = len(self.h.log)

    def _unaware(self, index: int) -> bool:
        if self.unnoticed and index >= self._surprise_from:
            return True
        return any(start <= index < end for start, end in self.surprises)

    def surprise(self) -> None:
        """The wall clock moved without the engine being told (yet)."""
        if not self.unnoticed:
            self.unnoticed = True
            self._surprise_from = len(self.h.log)
        self.after()

    def send(self, event: Event) -> None:
        self.h.send(event)
        self.after()

    def noticed(self, event: Event) -> None:
        """The heartbeat reports a suspend or a clock change, as the monitor does."""
        self.h.send(event)
        if self.unnoticed:
            # Up to the effects of the first event told: a beat may report a
            # clock change and a suspend together, the first handled without
            # knowing the second.
            self.unnoticed = False
            self.surprises.append((self._surprise_from, len(self.h.log)))

    def woke(self) -> None:
        """The WakeupTimer fired: as the app's _on_wakeup, the heartbeat first,
        then the Tick. The one-shot job is used up."""
        self.h.armed = None
        self.layer.beat()
        self.h.send(Tick())

    def wait(self, delta: timedelta) -> None:
        """Time passes with the app running; a break that falls due opens."""
        now = self.clock.now()
        target = now + delta
        status = self.h.engine.status()
        # Nothing holds it (a busy reason defers a due break, by design), and
        # the engine knows what time it is (no surprise waiting for a beat).
        free = status.state in SCHEDULED and not status.pause_reasons and not self.unnoticed
        due = status.next_break_at if free else None
        shown = self.shown()
        self.layer.run_until(target)
        # A coarse QTimer may be 5 % of its wait late, counted from when the
        # wake-up was armed (then a heads-up's few seconds, on a timer too).
        if due is not None:
            armed_at = next(t for t, e in reversed(self.h.log) if isinstance(e, ArmTimer))
            waited = max(due - armed_at, timedelta(0))
            slack = 1.1 * COARSE_SLACK * waited + timedelta(seconds=5)
            if due + slack <= target:
                assert self.shown() > shown, f"the break due at {due} never opened"
        self.after()

    def suspend(self, length: timedelta, *, announced: bool) -> None:
        if announced:
            self.send(AwayStarted(PauseReason.SLEEP))
            self.layer.suspend(length)
            # On WOKE the monitor lets the heartbeat swallow the announced gap.
            self.layer.heartbeat.check()
            self.send(AwayEnded(PauseReason.SLEEP))
        else:
            self.layer.suspend(length)
            self.surprise()

    def after(self) -> None:
        h = self.h
        self.keep()
        self.steps += 1
        # The timer layer holds exactly what the engine asked for, with a
        # QTimer running for it: a wake-up cannot be lost in between.
        assert self.layer.wakeup.armed_for() == h.armed, (self.layer.wakeup.armed_for(), h.armed)
        if h.armed is not None:
            assert self.layer.timer_due is not None, f"{h.armed} armed with no QTimer running"
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
            self.suspend(timedelta(minutes=rng.randint(1, 120)), announced=True)

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
                self.layer.run_until(now + timedelta(seconds=seconds))
                self.send(IdleSampled(seconds))
            self.layer.run_until(now + timedelta(seconds=away))
            self.send(IdleSampled(rng.uniform(0, 3)))
        elif choice < 0.82:
            # A suspend the OS announces: no timer runs until the machine wakes.
            self.suspend(timedelta(minutes=rng.randint(1, 240)), announced=True)
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
            # A suspend nobody announced: the heartbeat notices, within a minute.
            self.suspend(timedelta(minutes=rng.randint(6, 600)), announced=False)
        elif choice < 0.91:
            # The wall clock is set: the heartbeat notices, within a minute.
            jump = timedelta(minutes=rng.choice([-90, -60, -7, -1, 1, 7, 60, 90]))
            self.layer.set_wall_clock(now + jump)
            self.surprise()
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

    def steady_work(self, until: datetime) -> None:
        """Ordinary work: whatever is going on ends, a pause is resumed, and
        then nothing but work and the breaks that come (taken in full)."""
        self.end_the_day()
        if self.h.engine.status().state is State.PAUSED:
            self.send(ResumeRequested())
        while self.clock.now() < until:
            if self.h.break_open is not None:
                self.wait(self.rng.randint(1, 3) * MIN)
                if self.h.break_open is not None:
                    self.finish_break()
                continue
            self.send(IdleSampled(self.rng.uniform(0, 3)))
            self.wait(min(self.rng.randint(1, 20) * MIN, until - self.clock.now()))

    def run(self) -> list[int]:
        breaks_per_day: list[int] = []
        for day in range(DAYS):
            opened = self.shown()
            evening = START + timedelta(days=day, hours=10)
            while self.clock.now() < evening - STEADY:
                self.step()
            # From wherever the day's last step left the clock (a long
            # suspend may end in the evening).
            self.steady_work(self.clock.now() + STEADY)
            self.end_the_day()
            breaks_per_day.append(self.shown() - opened)
            # Overnight, the laptop sleeps (announced), the clock moves on.
            night = START + timedelta(days=day + 1) - self.clock.now()
            self.suspend(max(night, timedelta(0)), announced=True)
        return breaks_per_day

    def shown(self) -> int:
        return sum(isinstance(e, ShowBreak) for _, e in self.h.log)


@pytest.fixture
def soak_of(qtbot: QtBot) -> Iterator[list[Soak]]:
    """Soaks made in a test (on the QApplication qtbot brings), their timer
    layers shut down after it."""
    made: list[Soak] = []
    yield made
    for soak in made:
        soak.layer.close()


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
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    soak_of: list[Soak],
    seed: int,
    settings: ScheduleSettings,
) -> None:
    soak = Soak(seed, tmp_path / "history.sqlite3", settings, monkeypatch)
    soak_of.append(soak)
    per_day = soak.run()
    h = soak.h

    # Breaks kept coming: nobody was left without one for a single day.
    assert soak.steps > 1000
    assert len(per_day) == DAYS
    assert all(n >= 1 for n in per_day), per_day
    assert h.break_open is None
    # The timer layer really ran: wake-ups, coarse ones early (re-armed for
    # the rest), and the heartbeat beating once a (fake) minute.
    layer = soak.layer
    assert layer.fires > 500
    assert layer.early_fires > 10
    assert layer.beats > DAYS * 60

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
