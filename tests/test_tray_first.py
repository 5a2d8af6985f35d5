"""The icon shown before the rest of the app is imported, and taken over by the tray."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.state import State, Status
from microbreak.infra.paths import AppPaths
from microbreak.ui.intents import Intents
from microbreak.ui.tray import Tray
from microbreak.ui.tray_first import show_icon_first, wait_until_painted
from tests.helpers.app import make_app


def test_the_early_icon_has_its_picture_and_the_apps_name(qapp: object) -> None:
    icon, painted = show_icon_first(wait_ms=0)
    try:
        assert not icon.icon().isNull()
        assert icon.toolTip() == "microbreak"
        assert icon.contextMenu() is None  # the menu comes with the build
        # Offscreen Qt draws no XEmbed widget of its own: nothing was waited for.
        assert painted is False
    finally:
        icon.hide()
        icon.deleteLater()


def test_the_wait_ends_at_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(40, 40)
    widget.show()
    assert wait_until_painted(widget, 5_000)


def test_the_wait_gives_up_when_nothing_is_painted(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown: never painted
    qtbot.addWidget(widget)
    assert not wait_until_painted(widget, 0)


def test_the_tray_takes_the_early_icon_over(qapp: object, clock: FakeClock) -> None:
    early = QSystemTrayIcon()
    tray = Tray(clock, Intents(), icon=early)
    try:
        assert tray.icon is early
        assert early.contextMenu() is tray.menu
        now = clock.now()
        tray.set_status(Status(State.PAUSED, None, None, frozenset(), 0, now), strict=False)
        assert early.toolTip().startswith("microbreak\n")  # the real status from now on
    finally:
        tray.hide()
        tray.menu.deleteLater()


def test_build_uses_the_icon_main_showed(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> None:
    early = QSystemTrayIcon()
    app = make_app(qtbot, clock, paths, use_tray=True, tray_icon=early)
    assert app.tray.icon is early
    assert early.contextMenu() is app.tray.menu
    assert not early.icon().isNull()
