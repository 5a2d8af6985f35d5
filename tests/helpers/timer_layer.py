"""The app's real timer layer, run on fake time.

``FakeTimeLayer`` holds a real :class:`~microbreak.infra.qt_scheduler.WakeupTimer`
(APScheduler's scheduler, its job store, misfire grace and coalescing, the
owned QTimer and the queued ``fired`` delivery) and a real
:class:`~microbreak.platform.heartbeat.Heartbeat`, on three fake clocks that
move the way the machine's do:

- wall time (the FakeClock the engine reads; APScheduler reads it too),
- monotonic time (what Qt timers count; stands still in a suspend),
- boot time (keeps running through a suspend).

Nothing waits for real time: when the scheduler starts its QTimer the layer
notes when, in monotonic time, Qt would fire it (a coarse timer anywhere
within 5 % either way, as Qt allows), stops the real one, and runs the
scheduler's timeout itself when fake time gets there. The heartbeat beats
every 60 s of monotonic time and before every wake-up, as the app's monitor
does, so a clock change or an unannounced suspend is noticed up to a minute
late, and a wake-up armed before it fires when the QTimer says, not when the
wall clock does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

import pytest
from apscheduler.executors import base as executors_base
from apscheduler.schedulers import base as schedulers_base
from PySide6.QtCore import QCoreApplication, Qt

from microbreak.core.clock import FakeClock
from microbreak.core.events import Event
from microbreak.infra.qt_scheduler import WakeupTimer
from microbreak.platform.heartbeat import Heartbeat
from microbreak.platform.monitor import HEARTBEAT_MS

BEAT_S = HEARTBEAT_MS / 1000
# Qt keeps a coarse timer within 5 % of its interval, early or late.
COARSE_SLACK = 0.05
# A zero-length wait that keeps re-arming at one instant is a busy loop.
MAX_FIRES_AT_ONE_INSTANT = 20


def _datetime_on(clock: FakeClock) -> type[datetime]:
    class FakeNow(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return clock.now().astimezone(tz)

    return FakeNow


class FakeTimeLayer:
    def __init__(
        self,
        clock: FakeClock,
        rng: random.Random,
        dispatch: Callable[[Event], object],
        on_wakeup: Callable[[], None],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        self.clock = clock
        self.rng = rng
        self._dispatch = dispatch
        self.mono = 0.0
        self.boot = 0.0
        # APScheduler asks the wall clock for "now" when it runs jobs, decides
        # a misfire and computes its next wait: the fake one.
        fake = _datetime_on(clock)
        monkeypatch.setattr(schedulers_base, "datetime", fake)
        monkeypatch.setattr(executors_base, "datetime", fake)
        self.timer_due: float | None = None  # monotonic seconds, as Qt would fire
        self.fires = 0
        self.beats = 0
        self.early_fires = 0
        self.heartbeat = Heartbeat(clock.now, mono=lambda: self.mono, boot=lambda: self.boot)
        self.wakeup = WakeupTimer()
        # The scheduler's one QTimer is (re)started through this signal; ours
        # runs right after the host's slot, so the timer is already set.
        self.wakeup.scheduler._host.rearm.connect(self._rearmed)
        self._rearmed(0.0)  # start() already woke the scheduler once
        self.wakeup.fired.connect(on_wakeup)
        self.next_beat = rng.uniform(0, BEAT_S)  # the beat's phase is arbitrary

    # -- the QTimer, on fake monotonic time ----------------------------------

    def _rearmed(self, wait_seconds: float | None) -> None:
        timer = self.wakeup.scheduler.timer
        if wait_seconds is None or timer is None or not timer.isActive():
            self.timer_due = None
            return
        seconds = timer.interval() / 1000
        if timer.timerType() is Qt.TimerType.CoarseTimer:
            seconds *= 1 + self.rng.uniform(-COARSE_SLACK, COARSE_SLACK)
        self.timer_due = self.mono + seconds
        timer.stop()  # fake time fires it, never real time

    def _fire_timer(self) -> None:
        self.timer_due = None
        self.fires += 1
        before = self.wakeup.armed_for()
        # What the QTimer's timeout runs: the scheduler's own job loop.
        self.wakeup.scheduler._process_jobs()
        if before is not None and before == self.wakeup.armed_for():
            self.early_fires += 1  # nothing was due yet: it re-armed for the rest
        # The job only queues `fired` (see WakeupTimer._due): deliver it.
        QCoreApplication.processEvents()

    def beat(self) -> None:
        """The heartbeat looks at the three clocks and reports what it finds."""
        self.beats += 1
        for event in self.heartbeat.check():
            self._dispatch(event)

    # -- time ------------------------------------------------------------------

    def run_until(self, when: datetime) -> None:
        """The machine runs (all three clocks move together) until the wall
        clock reads ``when``; the QTimer and the heartbeat fire on the way."""
        at_one_instant = 0
        while True:
            remaining = (when - self.clock.now()).total_seconds()
            due = [(self.next_beat, 1)]
            if self.timer_due is not None:
                due.append((self.timer_due, 0))  # the timer first at a tie
            at, what = min(due)
            gap = max(0.0, at - self.mono)
            if gap > remaining:
                self._run(max(remaining, 0.0))
                return
            self._run(gap)
            at_one_instant = at_one_instant + 1 if gap == 0 else 0
            assert at_one_instant < MAX_FIRES_AT_ONE_INSTANT, f"busy loop at {self.clock.now()}"
            if what == 0:
                self._fire_timer()
            else:
                self.next_beat += BEAT_S
                self.beat()

    def _run(self, seconds: float) -> None:
        self.mono += seconds
        self.boot += seconds
        self.clock.advance(timedelta(seconds=seconds))

    def suspend(self, length: timedelta) -> None:
        """The machine sleeps: wall and boot time move on, monotonic time (and
        so every Qt timer) stands still."""
        self.boot += length.total_seconds()
        self.clock.advance(length)

    def set_wall_clock(self, when: datetime) -> None:
        """Someone (NTP, a person) sets the wall clock; nothing else moves."""
        self.clock.set(when)

    def close(self) -> None:
        self.wakeup.shutdown()
