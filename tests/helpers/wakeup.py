"""A wake-up timer the test fires by hand, so a whole break cycle takes no real time."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from microbreak.core.clock import FakeClock

if TYPE_CHECKING:
    from microbreak.app.controller import MicrobreakApp


class FakeTimer(QObject):
    fired = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.armed: datetime | None = None
        self.shut = False

    def arm(self, at: datetime | None) -> None:
        self.armed = at

    def shutdown(self) -> None:
        self.shut = True


def fire(app: MicrobreakApp, clock: FakeClock) -> None:
    """Move the clock to the armed time and fire the timer, as Qt would."""
    timer = app.timer
    assert isinstance(timer, FakeTimer)
    assert timer.armed is not None
    clock.set(max(timer.armed, clock.now()))
    timer.fired.emit()
