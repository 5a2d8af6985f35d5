"""The heads-up before a break: shown only where the person can act on it.

A plain notification (a settings problem, "time for a stretch when you
can") may go anywhere that shows text. The heads-up is different: it is
only useful with Start now / Snooze / Skip next to it, so it goes to the
first backend that can carry those buttons and report a click back (the
Flatpak notification portal; org.freedesktop.Notifications where the server
has actions, platform/notify_freedesktop.py; the in-app window as the last
resort, which always works). A tray balloon or plyer cannot act, so they are never used
for it. Like the notifier chain, a backend that raises is logged and
demoted. A click becomes an engine event through the app's one dispatch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from microbreak.core.events import (
    BreakNowRequested,
    Event,
    SkipNextRequested,
    SnoozeRequested,
)

log = logging.getLogger(__name__)


class HeadsUpAction(StrEnum):
    """A button on the heads-up; the value is the action key sent over D-Bus."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"


def event_for(action: HeadsUpAction) -> Event:
    match action:
        case HeadsUpAction.START:
            return BreakNowRequested()
        case HeadsUpAction.SNOOZE:
            return SnoozeRequested()  # the configured length, which the label shows
        case HeadsUpAction.SKIP:
            return SkipNextRequested()


@dataclass(frozen=True)
class HeadsUp:
    """What to show: the buttons are only those the engine would accept now."""

    title: str
    body: str
    buttons: tuple[tuple[HeadsUpAction, str], ...]  # action, translated label
    seconds: float = 30.0  # until the break opens (a backend may let it expire then)
    # Gentle escalation (core/escalation.py): why this reminder is firmer ("" when it is not).
    why: str = ""

    def offers(self, action: HeadsUpAction) -> bool:
        return any(a is action for a, _label in self.buttons)


OnAction = Callable[[HeadsUpAction], object]  # what it returns is not used


class HeadsUpBackend(Protocol):
    name: str

    def available(self) -> bool:
        """Is the service really there and able to show buttons, right now?"""
        ...

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        """Show it (replacing this backend's previous one), or raise."""
        ...

    def hide_heads_up(self) -> None:
        """Take it away; nothing to do when none is shown."""
        ...


class HeadsUpChain:
    def __init__(self, backends: Sequence[HeadsUpBackend], on_action: OnAction) -> None:
        self._backends = list(backends)
        self._on_action = on_action
        self._showing: HeadsUpBackend | None = None

    @property
    def order(self) -> list[str]:
        return [b.name for b in self._backends]

    def append(self, last: HeadsUpBackend) -> None:
        self._backends.append(last)

    def show(self, heads_up: HeadsUp, *, only: str | None = None) -> str | None:
        """Show through the first backend that can act; return its name (None: none could).

        ``only``: that backend alone (a firmer reminder is the app's own window).
        """
        failed: list[HeadsUpBackend] = []
        used: HeadsUpBackend | None = None
        for backend in self._backends:
            if only is not None and backend.name != only:
                continue
            try:
                if not backend.available():
                    continue
                backend.show_heads_up(heads_up, self._action)
            except Exception:
                # A heads-up backend must never take the app down; the break comes anyway.
                log.warning("heads-up backend %s failed; demoting it", backend.name, exc_info=True)
                failed.append(backend)
                continue
            used = backend
            break
        for backend in failed:
            self._backends.remove(backend)
            self._backends.append(backend)
        if self._showing is not None and self._showing is not used:
            self._hide(self._showing)  # an earlier heads-up elsewhere must not linger
        self._showing = used
        if used is None:
            log.warning("no heads-up backend could show %r", heads_up.title)
            return None
        return used.name

    def hide(self) -> None:
        if self._showing is not None:
            self._hide(self._showing)
            self._showing = None

    def _hide(self, backend: HeadsUpBackend) -> None:
        try:
            backend.hide_heads_up()
        except Exception:
            log.warning("heads-up backend %s could not hide it", backend.name, exc_info=True)

    def _action(self, action: HeadsUpAction) -> None:
        log.info("heads-up action: %s", action)
        self._showing = None  # the desktop removes a notification once it is acted on
        try:
            self._on_action(action)
        except Exception:
            # The handler belongs to the app; it must not unwind through Qt's signal delivery.
            log.exception("handling heads-up action %s failed", action)
