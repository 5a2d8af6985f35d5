"""The status window beside a tray: opened by a click on the icon or a second launch.

swaybar (and any tray host without a menu) only calls the item's Activate or
ContextMenu; without an answer to those the icon would be a dead end, with
Settings and Quit out of reach. A second launch from a menu asks the running
app, over the control socket, to show the same window.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.control import Request, encode_request
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app

Reason = QSystemTrayIcon.ActivationReason


def tray_app(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> MicrobreakApp:
    app = make_app(qtbot, clock, paths, use_tray=True)
    assert app.tray is not None
    assert app.windows.status_window is None, "beside a tray it is made when asked for"
    return app


def test_a_click_on_the_icon_opens_the_status_window_and_closing_hides_it(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = tray_app(qtbot, clock, paths)
    assert app.tray is not None
    app.tray.icon.activated.emit(Reason.Trigger)
    window = app.windows.status_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.status_label.text() == "Next break in 45 min"
    assert window.settings_button.isEnabled()
    window.close()
    assert not window.isVisible()
    assert not window.isMinimized()  # closed, not minimised: the tray is the handle
    # It follows the engine while open again.
    app.tray.icon.activated.emit(Reason.DoubleClick)
    assert window.isVisible()
    app.intents.break_now.emit()
    assert window.status_label.text() == "On a break"


def test_a_right_click_is_left_to_the_menu_off_wayland(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = tray_app(qtbot, clock, paths)
    assert app.tray is not None
    app.tray.icon.activated.emit(Reason.Context)  # offscreen: not Wayland
    assert app.windows.status_window is None


def test_show_over_the_control_socket_brings_the_window_forward(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = tray_app(qtbot, clock, paths)
    reply = json.loads(app.handle_control(encode_request(Request("show"))))
    assert reply["ok"]
    assert reply["message"] == "Next break in 45 min"
    qtbot.waitUntil(lambda: app.windows.status_window is not None)
    window = app.windows.status_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)


def test_settings_statistics_and_about_commands_open_their_windows(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    """Every menu item is a command too, so a keyboard shortcut can open it."""
    app = tray_app(qtbot, clock, paths)
    w = app.windows
    opened: dict[str, Callable[[], QWidget | None]] = {
        "settings": lambda: w.settings_dialog,
        "statistics": lambda: w.stats_window,
        "about": lambda: w.about_window,
    }
    for cmd, window_of in opened.items():
        assert window_of() is None
        reply = json.loads(app.handle_control(encode_request(Request(cmd))))
        assert reply["ok"], reply
        qtbot.waitUntil(lambda: window_of() is not None)  # noqa: B023  # waited for here
        window = window_of()
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(window.isVisible)


def test_show_restores_the_minimised_no_tray_window(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    window = app.windows.status_window
    assert window is not None
    window.close()  # without a tray: minimised, never closed
    assert window.isMinimized()
    app.handle_control(encode_request(Request("show")))
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()


class Probe:
    def __init__(self, answer: bool) -> None:
        self.answer = answer

    def __call__(self) -> bool:
        return self.answer


def test_a_tray_that_comes_later_takes_over_and_one_that_goes_gives_the_window_back(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    probe = Probe(False)
    app = make_app(qtbot, clock, paths, use_tray=False, tray_probe=probe)
    window = app.windows.status_window
    assert window is not None
    assert window.isVisible()
    assert not app.tray.icon.isVisible()
    probe.answer = True  # the panel started after the app
    app.deps.tray_presence.check()
    assert app.tray.icon.isVisible()
    assert "Next break in 45 min" in app.tray.icon.toolTip()
    assert not window.isVisible(), "the icon is the handle now"
    window.close()  # a panel beside the tray: closing hides it
    app.intents.open_status.emit()
    assert window.isVisible()
    window.close()
    assert not window.isMinimized()
    probe.answer = False  # the panel crashed
    app.deps.tray_presence.check()
    assert not app.tray.icon.isVisible()
    assert window.isVisible(), "without a tray the window is the handle again"
    window.close()
    assert window.isMinimized()


def test_typing_into_the_status_window_when_it_appears_presses_nothing(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    """At login the window may appear under the person's typing, and a Wayland
    compositor gives it the keyboard (seen on GNOME): Space or Enter must not
    press "Take a break now". Tab reaches the buttons, as ever."""
    app = make_app(qtbot, clock, paths)  # no tray: the window is the handle
    window = app.windows.status_window
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    focus = QApplication.focusWidget()
    assert not isinstance(focus, QAbstractButton), f"{focus} would take Space as a click"
    with qtbot.assertNotEmitted(app.intents.break_now):
        for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_A):
            qtbot.keyClick(QApplication.focusWidget() or window, key)
    assert app.engine.state.name == "WORKING"
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.break_now_button
