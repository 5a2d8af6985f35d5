"""Building the whole app from fakes, the way every app-level test does.

``make_app`` goes through the real :func:`microbreak.app.build.build` with a
fake clock, a fake wake-up timer and quiet sound and speech, hands the
windows to qtbot, and remembers the app so that ``stop_all`` (run by an
autouse fixture in conftest.py after every test) stops its timers: a
leftover idle poll would otherwise fire in a later test's event loop.
"""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from microbreak.app.build import build
from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.infra.paths import AppPaths
from tests.fakes import no_audio_device, no_speech_engine

# No test touches the sound card, a speech engine, or the real login items.
QUIET: dict[str, Any] = {"sound_backend": no_audio_device, "speech_engine": no_speech_engine}

_built: list[weakref.ref[MicrobreakApp]] = []


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


class FakeAutostart:
    name = "fake"

    def __init__(self, fail: bool = False, *, on: bool = False) -> None:
        self.on = on
        self.calls: list[bool] = []
        self.fail = fail

    def is_enabled(self) -> bool:
        return self.on

    def set_enabled(self, on: bool) -> None:
        from microbreak.platform.autostart import AutostartError

        self.calls.append(on)
        if self.fail:
            raise AutostartError("cannot write the login item: permission denied")
        self.on = on


class RecordingNotifier:
    name = "recording"

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.heads_ups: list[str] = []

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str, *, heads_up: bool = False) -> None:
        self.shown.append((title, body))
        if heads_up:
            self.heads_ups.append(title)


def make_app(
    qtbot: QtBot | None,
    clock: FakeClock,
    paths: AppPaths,
    *,
    start: bool = True,
    **options: Any,
) -> MicrobreakApp:
    """The app without a tray (unless told), its windows handed to qtbot, started
    (unless told not to)."""
    options = {
        "use_tray": False,
        "exit_event_loop": lambda: None,
        "autostart": FakeAutostart(),
        **QUIET,
        **options,
    }
    a = build(clock, paths, FakeTimer(), **options)
    _built.append(weakref.ref(a))
    w = a.windows
    if qtbot is not None:
        for widget in (w.status_window, w.break_window, w.toast):
            if widget is not None:
                qtbot.addWidget(widget)
    if start:
        a.start()
        if qtbot is not None and w.health_notice is not None:  # first run
            qtbot.addWidget(w.health_notice)
    return a


def fire(app: MicrobreakApp, clock: FakeClock) -> None:
    """Move the clock to the armed time and fire the timer, as Qt would."""
    timer = app.timer
    assert isinstance(timer, FakeTimer)
    assert timer.armed is not None
    clock.set(max(timer.armed, clock.now()))
    timer.fired.emit()


def stop_all() -> None:
    """Stop the timers of every app built since the last call."""
    while _built:
        app = _built.pop()()
        if app is not None:
            app.stop()
