"""Feeds the engine what the platform sees: idle time, sleep and lock, busy, clock gaps.

Wake-ups are the budget here (the whole app aims under 0.5 a second): idle
time is sampled only as often as the engine asks (``idle_poll_interval``: every
15 s normally, 5 s inside the smart-timing window, not at all on a break or
while paused); busy detectors are asked only just before a timer wake-up (a
heads-up or a break is about to happen) and, while a break waits for them,
every 30 s; the heartbeat beats once a minute and before every wake-up.

Watching: where ``[do_not_disturb] watching_counts_as_activity`` is on, a
quiet keyboard while something keeps the screen awake (a video, a
presentation: the desktop's idle inhibitor) is reported as no idle at all,
so a film is neither taken for a natural break nor for someone away. The
inhibit probes are asked only then, and only once the keyboard has been
quiet long enough for idleness to mean anything to the engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer

from microbreak.core.events import AwayEnded, AwayStarted, BusyChanged, Event, IdleSampled
from microbreak.core.presence import PAUSE_IN_INPUT
from microbreak.core.state import PauseReason
from microbreak.platform.awareness import (
    BusyDetector,
    BusyKind,
    IdleSource,
    InhibitProbe,
    NullIdleSource,
    SessionEvent,
    SessionWatcher,
)
from microbreak.platform.heartbeat import Heartbeat

log = logging.getLogger(__name__)

HEARTBEAT_MS = 60_000
DEFERRED_POLL_MS = 30_000

_SESSION_EVENTS: dict[SessionEvent, Event] = {
    SessionEvent.SLEEPING: AwayStarted(PauseReason.SLEEP),
    SessionEvent.WOKE: AwayEnded(PauseReason.SLEEP),
    SessionEvent.LOCKED: AwayStarted(PauseReason.LOCKED),
    SessionEvent.UNLOCKED: AwayEnded(PauseReason.LOCKED),
}


@dataclass
class Awareness:
    """The platform services the app was given (all Null by default: tests, or nothing works)."""

    idle: IdleSource = field(default_factory=NullIdleSource)
    watchers: Sequence[SessionWatcher] = ()
    busy: Sequence[BusyDetector] = ()
    heartbeat: Heartbeat | None = None
    inhibit: Sequence[InhibitProbe] = ()


class AwarenessMonitor(QObject):
    def __init__(
        self,
        dispatch: Callable[[Event], object],
        idle: IdleSource,
        watchers: Sequence[SessionWatcher],
        busy: Sequence[BusyDetector],
        heartbeat: Heartbeat,
        *,
        idle_interval: Callable[[], timedelta | None],
        deferred: Callable[[], bool],
        inhibit: Sequence[InhibitProbe] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dispatch = dispatch
        self.idle_source = idle
        self._watchers = list(watchers)
        self._running: list[SessionWatcher] = []
        self._all_busy = list(busy)
        self._busy = list(busy)
        self._busy_state: dict[str, bool] = {}
        self._kind_state: dict[BusyKind, bool] = {}
        self._heartbeat = heartbeat
        self._inhibit = list(inhibit)
        self._watching_counts = False  # [do_not_disturb] watching_counts_as_activity
        self._idle_interval = idle_interval
        self._deferred = deferred
        self._idle_timer = self._timer(self.sample_idle)
        self._beat_timer = self._timer(self.beat)
        self._beat_timer.setSingleShot(False)
        self._busy_timer = self._timer(self.refresh_busy)
        self._busy_timer.setSingleShot(False)

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @property
    def session_watchers(self) -> list[str]:
        return [w.name for w in self._running]

    @property
    def busy_detectors(self) -> list[str]:
        return [d.name for d in self._busy]

    def start(self) -> None:
        for watcher in self._watchers:
            if watcher.start(self._on_session_event):
                self._running.append(watcher)
        self._beat_timer.start(HEARTBEAT_MS)
        self.reschedule()

    def stop(self) -> None:
        for timer in (self._idle_timer, self._beat_timer, self._busy_timer):
            timer.stop()
        for watcher in self._running:
            watcher.stop()
        self._running.clear()

    def reschedule(self) -> None:
        """Re-read what the engine needs; call after every dispatch."""
        interval = self._idle_interval()
        if interval is None or self.idle_source.name == "none":
            self._idle_timer.stop()
        elif not self._idle_timer.isActive() or self._idle_timer.interval() != _ms(interval):
            self._idle_timer.start(_ms(interval))
        if self._deferred() and self._busy:
            if not self._busy_timer.isActive():
                self._busy_timer.start(DEFERRED_POLL_MS)
        else:
            self._busy_timer.stop()

    def before_wakeup(self) -> None:
        """Just before the engine's timer Tick: anything missed, is the person busy,
        and are they at the desk at all (no heads-up or break for someone away)?"""
        self.beat()
        self.refresh_busy()
        if self.idle_source.name != "none":
            seconds = self._idle_seconds()
            if seconds is not None:
                self._dispatch(IdleSampled(seconds))

    def sample_idle(self) -> None:
        seconds = self._idle_seconds()
        if seconds is not None:
            self._dispatch(IdleSampled(seconds))
        self.reschedule()

    def count_watching_as_activity(self, on: bool) -> None:
        """Whether a video or presentation keeping the screen awake counts as being here."""
        self._watching_counts = on

    def _idle_seconds(self) -> float | None:
        """The idle source's answer, or none at all while watching counts and goes on."""
        seconds = self.idle_source.idle_seconds()
        if (
            seconds is not None
            and self._watching_counts
            and seconds >= PAUSE_IN_INPUT.total_seconds()
            and any(probe.is_inhibited() for probe in self._inhibit)
        ):
            return 0.0
        return seconds

    def want_busy_kinds(self, kinds: Collection[BusyKind]) -> None:
        """Ask only the detectors of these kinds (the [do_not_disturb] settings).

        A kind no longer wanted while it was busy ends now, so a break it was
        holding back is offered.
        """
        self._busy = [d for d in self._all_busy if d.kind in kinds]
        for kind, busy in list(self._kind_state.items()):
            if kind not in kinds:
                del self._kind_state[kind]
                if busy:
                    self._dispatch(BusyChanged(kind.reason, False))
        if self._running or self._beat_timer.isActive():  # started
            self.reschedule()

    def refresh_busy(self) -> None:
        for detector in self._busy:
            busy = bool(detector.is_busy())
            # Several detectors can report one kind (camera and microphone are
            # both "call"): the kind is busy if any of them is.
            self._busy_state[detector.name] = busy
        for kind in {d.kind for d in self._busy}:
            any_busy = any(
                self._busy_state.get(d.name, False) for d in self._busy if d.kind is kind
            )
            if self._kind_state.get(kind, False) != any_busy:
                self._kind_state[kind] = any_busy
                self._dispatch(BusyChanged(kind.reason, any_busy))

    def beat(self) -> None:
        for event in self._heartbeat.check():
            log.info("heartbeat: %s", event)
            self._dispatch(event)

    def _on_session_event(self, event: SessionEvent) -> None:
        log.info("session: %s", event.value)
        if event is SessionEvent.WOKE:
            # The wall-clock gap of this sleep is announced; do not count it twice.
            self._heartbeat.check()
        self._dispatch(_SESSION_EVENTS[event])


def _ms(interval: timedelta) -> int:
    return max(1, int(interval.total_seconds() * 1000))
