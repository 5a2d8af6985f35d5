"""Building the whole app from fakes, the way every app-level test does.

``make_app`` goes through the real :func:`microbreak.app.build.build` with a
fake clock, a fake wake-up timer and quiet sound and speech, hands the
windows to qtbot, and remembers the app so that ``stop_all`` (run by an
autouse fixture in conftest.py after every test) stops its timers (a
leftover idle poll would otherwise fire in a later test's event loop) and
hides its break window, which is made only when a break comes.
"""

from __future__ import annotations

import weakref
from typing import Any

from pytestqt.qtbot import QtBot

from microbreak.app.build import build
from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.infra.paths import AppPaths
from tests.helpers.fakes import QUIET
from tests.helpers.wakeup import FakeTimer

_built: list[weakref.ref[MicrobreakApp]] = []


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
    # No test touches the sound card, a speech engine, or the real login items.
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
        # Not the break window: it is made at the first heads-up (stop_all hides it).
        for widget in (w.status_window, w.toast):
            if widget is not None:
                qtbot.addWidget(widget)
    if start:
        a.start()
        if qtbot is not None and w.health_notice is not None:  # first run
            qtbot.addWidget(w.health_notice)
    return a


def stop_all() -> None:
    """Stop the timers of every app built since the last call."""
    while _built:
        app = _built.pop()()
        if app is not None:
            app.stop()
            if (window := app.windows.break_window_made) is not None:
                window.hide()
