"""WakeupTimer / OwnedTimerQtScheduler over real Qt timers.

This is the one place where short real waits are right: the unit under test is
the adapter over QTimer itself. Everything else drives time with FakeClock.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.executors.debug import DebugExecutor
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from pytestqt.qtbot import QtBot

from microbreak.infra.qt_scheduler import MAX_WAIT_MS, OwnedTimerQtScheduler, WakeupTimer


def pending_jobs(wakeup: WakeupTimer) -> int:
    """How many APScheduler jobs wait (the design keeps at most one)."""
    return 0 if wakeup._closed else len(wakeup._scheduler.get_jobs())


def timer_active(wakeup: WakeupTimer) -> bool:
    """Whether the scheduler's one owned QTimer is running."""
    timer = wakeup._scheduler.timer
    return timer is not None and timer.isActive()


def _in(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


class _Recorder:
    """Counts `fired` emissions and notes when and on which thread they came."""

    def __init__(self, timer: WakeupTimer) -> None:
        self.threads: list[int] = []
        self.times: list[float] = []
        self.walls: list[datetime] = []
        timer.fired.connect(self._on_fired)

    def _on_fired(self) -> None:
        self.threads.append(threading.get_ident())
        self.times.append(time.monotonic())
        self.walls.append(datetime.now(UTC))

    @property
    def count(self) -> int:
        return len(self.times)


@pytest.fixture
def wakeup(qtbot: QtBot) -> Iterator[WakeupTimer]:
    timer = WakeupTimer()
    yield timer
    timer.shutdown()


@pytest.mark.slow
def test_fires_once_on_the_gui_thread_not_early(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    rec = _Recorder(wakeup)
    start = time.monotonic()
    with qtbot.waitSignal(wakeup.fired, timeout=10_000):
        wakeup.arm(_in(1.0))
        assert timer_active(wakeup)
    qtbot.wait(150)

    assert rec.count == 1
    assert rec.times[0] - start >= 0.9
    assert rec.threads == [threading.get_ident()]  # pytest runs tests on the main thread
    assert wakeup.armed_for() is None
    assert pending_jobs(wakeup) == 0
    assert not timer_active(wakeup)  # nothing left to wait for


@pytest.mark.slow
def test_rearming_keeps_one_job_one_timer_and_fires_once(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    rec = _Recorder(wakeup)
    wakeup.arm(_in(0.3))
    timer = wakeup.scheduler.timer
    assert timer is not None
    timeouts: list[None] = []
    timer.timeout.connect(lambda: timeouts.append(None))

    last = _in(0.3)
    for i in range(20):
        last = _in(0.3 + i * 0.015)
        wakeup.arm(last)
        if i % 5 == 0:
            qtbot.wait(1)  # let some of the 0 ms wake-ups run in between

    assert pending_jobs(wakeup) == 1
    assert wakeup.armed_for() == last
    assert wakeup.findChildren(QTimer) == [timer]
    assert wakeup.scheduler.timer is timer

    with qtbot.waitSignal(wakeup.fired, timeout=10_000):
        pass
    qtbot.wait(200)

    assert rec.count == 1
    assert rec.walls[0] >= last
    # The stock QtScheduler would have one singleShot chain per arm() here.
    # Ours: a few 0 ms wake-ups that ran between batches, plus the real one.
    assert len(timeouts) <= 6
    assert wakeup.findChildren(QTimer) == [timer]


@pytest.mark.slow
def test_nothing_fires_after_shutdown(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    wakeup.arm(_in(0.2))
    wakeup.shutdown()
    assert not timer_active(wakeup)

    with qtbot.assertNotEmitted(wakeup.fired, wait=1000):
        pass

    assert not timer_active(wakeup)
    assert pending_jobs(wakeup) == 0
    assert wakeup.armed_for() is None
    wakeup.shutdown()  # idempotent
    with pytest.raises(RuntimeError):
        wakeup.arm(_in(1))


@pytest.mark.slow
def test_arm_none_disarms(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    wakeup.arm(_in(0.3))
    wakeup.arm(None)
    assert wakeup.armed_for() is None
    assert pending_jobs(wakeup) == 0

    with qtbot.assertNotEmitted(wakeup.fired, wait=800):
        pass
    assert not timer_active(wakeup)
    wakeup.arm(None)  # disarming twice is harmless


def test_naive_datetime_is_refused(wakeup: WakeupTimer) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        wakeup.arm(datetime.now() + timedelta(seconds=1))
    assert pending_jobs(wakeup) == 0


@pytest.mark.parametrize("ago", [timedelta(seconds=5), timedelta(hours=2)])
def test_past_time_fires_promptly(qtbot: QtBot, wakeup: WakeupTimer, ago: timedelta) -> None:
    # Two hours is beyond the scheduler's default grace: a very late wake-up
    # (after a suspend) is still delivered; the engine decides what it means.
    rec = _Recorder(wakeup)
    with qtbot.waitSignal(wakeup.fired, timeout=10_000):
        wakeup.arm(datetime.now(UTC) - ago)
    qtbot.wait(50)
    assert rec.count == 1


def test_rearm_from_the_fired_slot_survives(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    # The job runs inside _process_jobs, which deletes a finished DateTrigger
    # job by id after the job returns; a synchronous re-arm would be lost.
    rec = _Recorder(wakeup)
    wakeup.fired.connect(lambda: wakeup.arm(_in(0.1)) if rec.count == 1 else None)

    wakeup.arm(_in(0.05))
    qtbot.waitUntil(lambda: rec.count == 2, timeout=10_000)
    assert pending_jobs(wakeup) == 0


def test_superseded_delivery_is_dropped(qtbot: QtBot, wakeup: WakeupTimer) -> None:
    # The job has run (its `fired` is queued) when arm(None) comes: stay quiet.
    wakeup.arm(_in(-1))
    wakeup.scheduler._process_jobs()  # run the due job now, as the timer would
    assert pending_jobs(wakeup) == 0
    wakeup.arm(None)
    with qtbot.assertNotEmitted(wakeup.fired, wait=100):
        pass
    # ...and the same for a delivery superseded by a new arm().
    wakeup.arm(_in(-1))
    wakeup.scheduler._process_jobs()
    wakeup.arm(_in(0.05))
    with qtbot.waitSignals([wakeup.fired], timeout=10_000):
        pass


def test_signal_emit_keeps_refcounts() -> None:
    """Guard for a PySide6 6.12.0 bug that this adapter (and the app) would hit.

    On Python 3.11, PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True``
    without taking a reference: every Python-side emit drops one reference to
    ``True`` and after a few thousand emits the interpreter aborts with "Fatal
    Python error: bool_dealloc". 6.11.3 is fine, and so is Python 3.12+, where
    ``True`` is immortal.
    """

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.ping.emit()
    leaked = before - sys.getrefcount(True)
    assert leaked < 50, "PySide6 SignalInstance.emit() leaks a reference to True per call"


def test_waits_round_up_cap_and_pick_the_timer_type(qtbot: QtBot) -> None:
    owner = QObject()
    scheduler = OwnedTimerQtScheduler(timer_parent=owner)  # never started: a firing is a no-op
    assert scheduler.timer is None  # created lazily
    assert isinstance(scheduler._executors["default"], DebugExecutor)
    assert scheduler._job_defaults["coalesce"] is True
    assert scheduler._job_defaults["misfire_grace_time"] >= 3600

    scheduler._start_timer(0.0004)  # would truncate to 0 ms and spin
    timer = scheduler.timer
    assert timer is not None
    assert timer.isSingleShot()
    assert timer.interval() == 1
    assert timer.timerType() == Qt.TimerType.PreciseTimer

    scheduler._start_timer(1.0001)
    assert timer.interval() == 1001

    scheduler._start_timer(4.9)
    assert (timer.interval(), timer.timerType()) == (4900, Qt.TimerType.PreciseTimer)

    # Long waits: coarse (Qt may move it 5 % either way), armed so that even
    # 5 % late it fires no later than the job is due.
    scheduler._start_timer(45 * 60)
    assert timer.timerType() == Qt.TimerType.CoarseTimer
    assert timer.interval() * 1.05 <= 45 * 60_000
    assert timer.interval() > 45 * 60_000 * 0.95  # and not needlessly early

    scheduler._start_timer(10**9)
    assert timer.interval() * 1.05 <= MAX_WAIT_MS
    assert timer.isActive()

    scheduler._start_timer(None)
    assert not timer.isActive()
    assert owner.findChildren(QTimer) == [timer]
