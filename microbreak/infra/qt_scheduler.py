"""Wall-clock wake-ups on the Qt event loop: APScheduler's QtScheduler, fixed.

The break engine never reads the clock; it asks for a wake-up at an absolute
time (an ``ArmTimer`` effect) and expects one ``fired`` signal back, on the GUI
thread. ``WakeupTimer`` is that adapter. It sits on a subclass of APScheduler
3.11's ``QtScheduler`` because the stock one has several traps:

* ``QtScheduler._start_timer`` calls ``QTimer.singleShot`` on every
  ``wakeup()`` (which ``add_job``, ``reschedule_job``, ``modify_job``,
  ``resume`` and ``start`` all call) and keeps its return value to cancel it
  later. PySide6's ``singleShot`` returns ``None``, so nothing is ever
  cancelled: timers pile up, each one runs ``_process_jobs`` and re-arms
  another, and they keep firing after ``shutdown()``. Here the scheduler owns
  exactly one ``QTimer`` that is stopped and restarted.
* It truncates waits with ``int(seconds * 1000)``. A timer that fires a
  fraction of a millisecond early finds nothing due, computes a 0 ms wait and
  spins until the job is due. Waits are rounded up with ``math.ceil``.
* Its default executor is a thread pool, so jobs would run off the GUI thread.
  Jobs run synchronously in ``DebugExecutor`` and do nothing but emit a signal.
* The default ``misfire_grace_time`` is 1 s, while Qt coarse timers may be 5 %
  late and a laptop may be slow to resume. Late wake-ups still run; the engine
  decides what a late wake-up means.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Final

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import STATE_STOPPED, BaseScheduler
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

__all__ = ["OwnedTimerQtScheduler", "WakeupTimer"]

# QTimer takes a signed 32-bit count of milliseconds (~24.8 days). A capped
# wait simply wakes the scheduler early; _process_jobs finds nothing due and
# re-arms for the rest.
MAX_WAIT_MS: Final = 24 * 60 * 60 * 1000
# Qt shifts a coarse timer by up to 5 % either way to batch wake-ups. Early is
# harmless (the scheduler finds nothing due and re-arms for the rest), but 5 %
# late after a 45-minute wait is a break two minutes after the time the tray
# promised. So a long wait is armed short by that 5 % (COARSE_LATE): at its
# latest it fires on time, and the rest (a few percent) is waited again, the
# last few seconds with a precise timer. Two or three more wake-ups per break.
PRECISE_BELOW_MS: Final = 5_000
COARSE_LATE: Final = 1.05
# One hour of grace for jobs that do not set their own.
DEFAULT_MISFIRE_GRACE_S: Final = 3600


class _TimerHost(QObject):
    """Owns the scheduler's one QTimer, on the thread that created the host.

    APScheduler's API may be called from any thread, but a QTimer may only be
    started or stopped from its own thread. Re-arm requests therefore travel as
    a signal: a direct call on the GUI thread, a queued one from elsewhere.
    """

    rearm = Signal(object)  # float | None: seconds to wait, None to stop

    def __init__(self, on_timeout: Callable[[], None], parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("OwnedTimerQtScheduler.host")
        self._on_timeout = on_timeout
        self.timer: QTimer | None = None
        self.rearm.connect(self._rearm)

    @Slot(object)
    def _rearm(self, wait_seconds: float | None) -> None:
        if self.timer is None:
            if wait_seconds is None:
                return
            # Created lazily, here, so it always lives on the host's thread.
            self.timer = QTimer(self)
            self.timer.setObjectName("OwnedTimerQtScheduler.timer")
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._on_timeout)
        self.timer.stop()
        if wait_seconds is None:
            return
        wait_ms = min(math.ceil(max(wait_seconds, 0.0) * 1000), MAX_WAIT_MS)
        precise = wait_ms < PRECISE_BELOW_MS
        self.timer.setTimerType(Qt.TimerType.PreciseTimer if precise else Qt.TimerType.CoarseTimer)
        self.timer.start(wait_ms if precise else math.floor(wait_ms / COARSE_LATE))


class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]  # apscheduler is untyped
    """A ``QtScheduler`` with one owned, restartable timer.

    Construct it on the GUI thread. ``timer_parent`` becomes the Qt parent of
    the internal timer host, so the timer is found among its children.
    """

    def __init__(self, timer_parent: QObject | None = None, **options: object) -> None:
        options.setdefault("executors", {"default": DebugExecutor()})
        options.setdefault(
            "job_defaults",
            {"coalesce": True, "misfire_grace_time": DEFAULT_MISFIRE_GRACE_S, "max_instances": 1},
        )
        self._host = _TimerHost(self._process_jobs, timer_parent)
        super().__init__(**options)

    @property
    def timer(self) -> QTimer | None:
        """The one QTimer, or None before the first wake-up was armed."""
        return self._host.timer

    def shutdown(self, wait: bool = True) -> None:
        # Same as QtScheduler.shutdown, but its _stop_timer is now ours, so the
        # one pending timer really is stopped: nothing fires afterwards.
        BaseScheduler.shutdown(self, wait)
        self._stop_timer()

    def wakeup(self) -> None:
        # The stock version is already _start_timer(0); restated so the whole
        # timer path is visibly ours: a 0 ms restart of the same timer.
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._host.rearm.emit(wait_seconds)

    def _stop_timer(self) -> None:
        # The stock version ends with `del self._timer`; ours keeps the timer.
        self._host.rearm.emit(None)

    def _process_jobs(self) -> None:
        # BaseScheduler._process_jobs does not check for a stopped scheduler
        # (the memory job store keeps its jobs after shutdown), so a wake-up
        # that was already on its way must not run jobs or re-arm.
        if self.state == STATE_STOPPED:
            return
        wait_seconds: float | None = BaseScheduler._process_jobs(self)
        if self.state != STATE_STOPPED:  # a job may have shut us down
            self._start_timer(wait_seconds)

    def _create_default_executor(self) -> DebugExecutor:
        # Used if configure() is called again without executors.
        return DebugExecutor()


JOB_ID: Final = "next_event"


class WakeupTimer(QObject):
    """One wall-clock wake-up at a time, delivered as ``fired`` on the GUI thread.

    Create it on the GUI thread. ``arm(at)`` replaces any earlier time.
    """

    fired = Signal()
    # The job emits this; it reaches `fired` through a queued connection. The
    # job runs inside BaseScheduler._process_jobs, which removes a finished
    # DateTrigger job by id *after* the job returns: a slot that re-armed
    # synchronously would have its new "next_event" job deleted.
    _due = Signal(int)

    def __init__(self, parent: QObject | None = None, timezone: tzinfo | None = None) -> None:
        super().__init__(parent)
        # Each arm()/disarm bumps the generation; a queued delivery for an
        # older generation (superseded, disarmed, shut down) is dropped.
        self._generation = 0
        self._closed = False
        self._due.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._scheduler = OwnedTimerQtScheduler(timer_parent=self, timezone=timezone)
        self._scheduler.start()

    @property
    def scheduler(self) -> OwnedTimerQtScheduler:
        return self._scheduler

    def arm(self, at: datetime | None) -> None:
        """Fire at ``at`` (timezone-aware; a past time fires at once), or disarm on None."""
        if at is not None and (at.tzinfo is None or at.utcoffset() is None):
            raise ValueError(f"WakeupTimer.arm needs a timezone-aware datetime, got {at!r}")
        if self._closed:
            raise RuntimeError("WakeupTimer.arm called after shutdown()")
        self._generation += 1
        if at is None:
            if self._scheduler.get_job(JOB_ID) is not None:
                self._scheduler.remove_job(JOB_ID)
            # remove_job does not wake the scheduler; let the timer re-target
            # (here: stop) instead of waking up for a job that is gone.
            self._scheduler.wakeup()
            return
        self._scheduler.add_job(
            self._on_due,
            trigger=DateTrigger(run_date=at),
            args=(self._generation,),
            id=JOB_ID,
            name=JOB_ID,
            replace_existing=True,
            # No limit: a wake-up hours late (suspend, a stalled machine) is
            # still delivered rather than silently dropped, and the engine
            # decides what it means.
            misfire_grace_time=None,
        )

    def armed_for(self) -> datetime | None:
        if self._closed:
            return None
        job = self._scheduler.get_job(JOB_ID)
        if job is None:
            return None
        run_time: datetime | None = job.next_run_time
        return run_time

    def shutdown(self) -> None:
        """Stop for good: nothing fires afterwards. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._generation += 1
        if self._scheduler.running:
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)

    def _on_due(self, generation: int) -> None:
        # The job itself: only emits a signal (see _due above).
        self._due.emit(generation)

    @Slot(int)
    def _deliver(self, generation: int) -> None:
        if generation == self._generation and not self._closed:
            self.fired.emit()
