"""The tray icon controller, offscreen (never shown), on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPainter, QPixmap
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.engine import BreakEngine
from microbreak.core.events import BreakNowRequested, BreakSkipped
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings
from microbreak.core.state import PauseReason, State, Status
from microbreak.ui.intents import PAUSE_CHOICES, SNOOZE_CHOICES, ActionsMenu, Intents
from microbreak.ui.tray import Tray
from microbreak.ui.tray_icon_art import draw_icon

MIN = timedelta(minutes=1)


def status(
    state: State,
    started: datetime,
    next_at: datetime | None,
    *,
    snoozes: int = 0,
    reasons: frozenset[PauseReason] = frozenset(),
) -> Status:
    return Status(state, next_at, None, reasons, snoozes, started)


@pytest.fixture
def intents(qapp: object) -> Intents:
    return Intents()


@pytest.fixture
def tray(clock: FakeClock, intents: Intents) -> Iterator[Tray]:
    t = Tray(clock, intents)
    yield t
    t.hide()
    t.menu.deleteLater()
    t.icon.deleteLater()


def test_the_tooltip_has_the_exact_time(tray: Tray, clock: FakeClock) -> None:
    now = clock.now()
    tray.set_status(status(State.WORKING, now, now + 45 * MIN), strict=False)
    assert tray.icon.toolTip() == "microbreak\nNext break in 45 min (at 09:45:00)"
    assert tray.menu.status_action.text() == "Next break in 45 min"
    clock.advance(timedelta(minutes=43, seconds=1))
    tray.refresh()
    assert tray.icon.toolTip() == "microbreak\nNext break in 2 min (at 09:45:00)"


def test_the_icon_is_repainted_at_most_once_a_minute(tray: Tray, clock: FakeClock) -> None:
    start = clock.now()
    # A 10-minute interval: the ring's twelfths change every 50 s.
    tray.set_status(status(State.WORKING, start, start + 10 * MIN), strict=False)
    assert tray.repaints == 1
    painted_at = [clock.now()]
    for _ in range(5 * 6):  # five minutes, ten seconds at a time
        clock.advance(10)
        before = tray.repaints
        tray.refresh()  # the minute timer, or the menu opening, may ask any time
        if tray.repaints != before:
            painted_at.append(clock.now())
    gaps = [b - a for a, b in pairwise(painted_at)]
    assert len(painted_at) >= 4  # the ring does move...
    assert all(gap >= MIN for gap in gaps)  # ...but never twice in a minute
    # A change of state repaints at once, however recent the last picture.
    before = tray.repaints
    now = clock.now()
    tray.set_status(status(State.HEADS_UP, start, now + 30 * timedelta(seconds=1)), strict=False)
    assert tray.repaints == before + 1
    tray.set_status(status(State.ON_BREAK, now, None), strict=False)
    assert tray.repaints == before + 2


def test_every_menu_action_emits_its_intent(tray: Tray, intents: Intents, clock: FakeClock) -> None:
    now = clock.now()
    tray.set_status(status(State.WORKING, now, now + 45 * MIN), strict=False)
    got: list[tuple[str, object]] = []
    intents.snooze.connect(lambda m: got.append(("snooze", m)))
    intents.pause.connect(lambda c: got.append(("pause", c)))
    for name in ("break_now", "skip_next", "resume", "quit", "open_stats", "open_settings"):
        getattr(intents, name).connect(lambda n=name: got.append((n, None)))
    menu = tray.menu
    for action in menu.snooze_menu.actions():
        action.trigger()
    for action in menu.pause_menu.actions():
        action.trigger()
    for action in (
        menu.skip_action,
        menu.break_now_action,
        menu.stats_action,
        menu.settings_action,
        menu.quit_action,
    ):
        action.trigger()
    paused = status(State.PAUSED, now, None, reasons=frozenset({PauseReason.USER}))
    tray.set_status(paused, strict=False)
    menu.resume_action.trigger()
    assert got == [
        *[("snooze", m) for m in SNOOZE_CHOICES],
        *[("pause", choice) for _, choice in PAUSE_CHOICES],
        ("skip_next", None),
        ("break_now", None),
        ("open_stats", None),
        ("open_settings", None),
        ("quit", None),
        ("resume", None),
    ]
    assert [a.text() for a in menu.snooze_menu.actions()] == [
        "5 minutes",
        "10 minutes",
        "15 minutes",
    ]
    assert menu.quit_action.text() == "Quit"


def test_the_menu_offers_only_what_the_engine_would_take(tray: Tray, clock: FakeClock) -> None:
    now = clock.now()
    menu = tray.menu
    tray.set_status(
        status(State.SNOOZED, now, now + 5 * MIN, snoozes=2), strict=False, max_snoozes=3
    )
    assert menu.snooze_menu.isEnabled()
    tray.set_status(
        status(State.SNOOZED, now, now + 5 * MIN, snoozes=3), strict=False, max_snoozes=3
    )
    assert not menu.snooze_menu.isEnabled()  # the limit is reached
    tray.set_status(
        status(State.SNOOZED, now, now + 5 * MIN, snoozes=9), strict=False, max_snoozes=0
    )
    assert menu.snooze_menu.isEnabled()  # 0: unlimited
    tray.set_status(status(State.WORKING, now, now + 45 * MIN), strict=True)
    assert not menu.snooze_menu.isEnabled()
    assert not menu.skip_action.isEnabled()
    paused = status(State.PAUSED, now, None, reasons=frozenset({PauseReason.USER}))
    tray.set_status(paused, strict=False)
    assert not menu.snooze_menu.isEnabled()
    assert menu.resume_action.isEnabled()
    tray.set_status(status(State.ON_BREAK, now, None), strict=False)
    assert not menu.break_now_action.isEnabled()
    assert not menu.resume_action.isEnabled()


def _alpha_along_the_middle(state: State, size: int) -> list[int]:
    image = draw_icon(state, 0, size).pixmap(size, size).toImage()
    return [image.pixelColor(x, size // 2).alpha() for x in range(size)]


def test_the_icon_reads_at_22_pixels(qapp: object, artifacts_dir: Path) -> None:
    """A thick ring whose unfilled track is still clearly there, and a big centre dot."""
    for state in (State.WORKING, State.SNOOZED):
        row = _alpha_along_the_middle(state, 22)
        track = [x for x in range(6) if row[x] >= 100]  # the unfilled ring, left side
        dot = [x for x in range(22) if row[x] >= 250]  # the centre mark, opaque
        assert len(track) >= 4, row
        assert len(dot) >= 4, row
        assert max(track) < min(dot) - 1, row  # with a gap between ring and dot
    sheet = QPixmap(6 * 70, 2 * 70)
    sheet.fill(QColor("#f0f0f0"))
    painter = QPainter(sheet)
    for i, state in enumerate(State):
        for j, size in enumerate((22, 64)):
            painter.drawPixmap(4 + i * 70, 4 + j * 70, draw_icon(state, 5, size).pixmap(size, size))
    painter.end()
    assert sheet.save(str(artifacts_dir / "tray-icons.png"))


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


def test_a_new_menu_takes_the_old_ones_place_and_shows_the_status(
    qtbot: QtBot, clock: FakeClock
) -> None:
    # What a language change does: the tray icon stays, its menu is rebuilt.
    engine = BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))
    tray = Tray(clock, Intents())
    tray.set_status(engine.status(), strict=False)
    fresh = ActionsMenu(Intents())
    qtbot.addWidget(fresh)
    tray.set_menu(fresh)
    assert tray.menu is fresh
    assert tray.icon.contextMenu() is fresh
    assert fresh.status_action.text() == ""  # filled in by the next status
    tray.set_status(engine.status(), strict=False)
    assert fresh.status_action.text() == "Next break in 45 min"
    tray.hide()
