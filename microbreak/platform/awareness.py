"""What microbreak can learn about the person at the desk: one Protocol per service.

Each service has per-OS implementations (chosen by ``platform/factory.py``
from the session type and desktop, never from whether a library happens to
load) and a Null fallback that is always safe. The app polls idle sources and
busy detectors and listens to session watchers; the engine decides what the
observations mean.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from microbreak.core.settings import DoNotDisturbSettings
from microbreak.core.state import PauseReason


class IdleSource(Protocol):
    """Seconds since the last keyboard or pointer input."""

    name: str

    def idle_seconds(self) -> float | None:
        """None when the source cannot tell right now (treated as "active")."""
        ...


class SessionEvent(StrEnum):
    SLEEPING = "sleeping"  # the system is about to suspend
    WOKE = "woke"
    LOCKED = "locked"  # screen locked or screen saver active
    UNLOCKED = "unlocked"


class SessionWatcher(Protocol):
    """Pushes suspend/resume and lock/unlock as they happen."""

    name: str

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        """Begin watching; False if this watcher cannot work here."""
        ...

    def stop(self) -> None: ...


class BusyKind(StrEnum):
    """What a busy detector watches: one of the engine's defer reasons.

    The values are the :class:`PauseReason` ones (that enum is the one
    source); :attr:`reason` is the reason a detector's report carries.
    """

    FULLSCREEN = PauseReason.FULLSCREEN.value
    DO_NOT_DISTURB = PauseReason.DO_NOT_DISTURB.value
    CALL = PauseReason.CALL.value  # camera or microphone in use

    @property
    def reason(self) -> PauseReason:
        return PauseReason(self.value)


class BusyDetector(Protocol):
    """Polled: is the person presenting, in a call, or asking not to be disturbed?"""

    name: str
    kind: BusyKind

    def is_busy(self) -> bool | None:
        """None when it cannot tell (treated as not busy)."""
        ...


class InhibitProbe(Protocol):
    """Polled: does something (a video, a presentation) keep the screen from blanking?

    Asked only where ``[do_not_disturb] watching_counts_as_activity`` is on:
    then such a time counts as being at the computer, not as idle.
    """

    name: str

    def is_inhibited(self) -> bool | None:
        """None when it cannot tell (treated as not inhibited)."""
        ...


class NullIdleSource:
    """No idle information: the fixed interval applies and nothing is deferred for idleness."""

    name = "none"

    def idle_seconds(self) -> float | None:
        return None


def busy_kinds_wanted(settings: DoNotDisturbSettings) -> set[BusyKind]:
    """Which kinds of "busy" hold breaks back, by the [do_not_disturb] settings."""
    wanted = {
        BusyKind.FULLSCREEN: settings.fullscreen,
        BusyKind.DO_NOT_DISTURB: settings.desktop_dnd,
        BusyKind.CALL: settings.calls,
    }
    return {kind for kind, on in wanted.items() if on}
