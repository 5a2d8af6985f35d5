"""The tray icon controller (offscreen: the icon is set, never shown)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.engine import BreakEngine
from microbreak.core.events import BreakNowRequested, BreakSkipped
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings
from microbreak.ui.intents import Intents
from microbreak.ui.tray import Tray


def test_a_picture_drawn_once_is_reused_not_drawn_again(qtbot: QtBot, clock: FakeClock) -> None:
    # Each new QIcon is kept by Qt's pixmap cache under a new key: redrawing
    # the same picture twice a break grew the app by ~5 KB a break
    # (benchmarks/day_of_breaks.py).
    engine = BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))
    tray = Tray(clock, Intents())
    tray.set_status(engine.status(), strict=False)
    working = tray.icon.icon().cacheKey()
    keys = set()
    for _ in range(5):
        engine.handle(BreakNowRequested())
        tray.set_status(engine.status(), strict=False)
        keys.add(tray.icon.icon().cacheKey())
        engine.handle(BreakSkipped())
        tray.set_status(engine.status(), strict=False)
        keys.add(tray.icon.icon().cacheKey())
    assert tray.repaints == 11
    assert len(keys) == 2
    assert working in keys
    tray.hide()
