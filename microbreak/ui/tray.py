"""The tray icon and its menu, or, where there is no tray, a small status window.

``QSystemTrayIcon.isSystemTrayAvailable()`` is False offscreen, on GNOME
without the AppIndicator extension and on bare Wayland; the app then shows
:class:`StatusWindow`, which offers the same actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.clock import Clock
from microbreak.core.describe import clock_time, headline, progress, tooltip
from microbreak.core.state import State, Status
from microbreak.ui.intents import ActionsMenu, Intents
from microbreak.ui.tray_icon_art import draw_icon, quantise

REPAINT_EVERY = timedelta(minutes=1)


def every_minute(slot: Callable[[], None], parent: QObject | None = None) -> QTimer:
    """A running repaint timer: the status words and the icon need no more."""
    timer = QTimer(parent)
    timer.setInterval(int(REPAINT_EVERY.total_seconds() * 1000))
    timer.timeout.connect(slot)
    timer.start()
    return timer


class TrayMessageNotifier:
    """The tray's balloon/notification, as a Notifier backend."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self._tray = tray

    def available(self) -> bool:
        return self._tray.isVisible() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, body: str, *, heads_up: bool = False) -> None:
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)


class ShownStatus:
    """What the tray and the status window both keep: the last status, and the
    menu enabled to match it. Each view draws the rest in its own way."""

    def __init__(self, clock: Clock, menu: ActionsMenu) -> None:
        self._clock = clock
        self._menu = menu
        self._status: Status | None = None
        self._strict = False
        self._max_snoozes = 0

    def set(self, status: Status, *, strict: bool, max_snoozes: int) -> None:
        self._status = status
        self._strict = strict
        self._max_snoozes = max_snoozes

    def refresh_menu(self) -> tuple[Status, datetime, str] | None:
        """Update the menu for now; the status, now and its headline (None before any)."""
        if self._status is None:
            return None
        now = self._clock.now()
        text = headline(self._status, now)
        self._menu.update_for(
            self._status, text, strict=self._strict, max_snoozes=self._max_snoozes
        )
        return self._status, now, text


_Reason = QSystemTrayIcon.ActivationReason


class Tray:
    def __init__(
        self, clock: Clock, intents: Intents, *, icon: QSystemTrayIcon | None = None
    ) -> None:
        self._clock = clock
        # ``icon``: one already shown while the app was starting (ui/tray_first.py).
        self.icon = icon if icon is not None else QSystemTrayIcon()
        self.icon.activated.connect(lambda reason: self._activated(reason, intents))
        self.menu = ActionsMenu(intents)
        self._shown = ShownStatus(clock, self.menu)
        self.menu.aboutToShow.connect(self.refresh)
        self.icon.setContextMenu(self.menu)
        self._painted: tuple[State, int] | None = None
        # Every picture drawn, kept: a new QIcon has a new cache key, and Qt's
        # pixmap cache keeps each one the tray draws (about 2.6 KB a time, up
        # to its 10 MB limit; benchmarks/day_of_breaks.py saw it). At most 65.
        self._icons: dict[tuple[State, int], QIcon] = {}
        self._painted_at: datetime | None = None
        self.repaints = 0
        # The icon's progress needs a wake-up now and then; once a minute is
        # plenty for twelfths of a 45-minute interval.
        self._minute = every_minute(self.refresh)

    def set_status(self, status: Status, *, strict: bool, max_snoozes: int = 0) -> None:
        self._shown.set(status, strict=strict, max_snoozes=max_snoozes)
        self.refresh()

    def set_menu(self, menu: ActionsMenu) -> None:
        """A new menu (the language changed); the next :meth:`set_status` fills it in."""
        old = self.menu
        self.menu = menu
        self._shown = ShownStatus(self._clock, menu)
        menu.aboutToShow.connect(self.refresh)
        self.icon.setContextMenu(menu)
        old.deleteLater()

    def show(self) -> None:
        self.icon.show()

    @staticmethod
    def _activated(reason: QSystemTrayIcon.ActivationReason, intents: Intents) -> None:
        """A click on the icon opens the status window: a host without a menu
        (swaybar has no dbusmenu) calls Activate on a left click and ContextMenu on
        a right one, and a dead icon would leave Settings and Quit out of reach.

        A right click elsewhere shows the menu itself (XEmbed trays, and hosts
        that read the exported menu), so only on Wayland does it open the window.
        """
        if reason in (_Reason.Trigger, _Reason.DoubleClick) or (
            reason is _Reason.Context and QGuiApplication.platformName().startswith("wayland")
        ):
            intents.open_status.emit()

    def hide(self) -> None:
        self._minute.stop()
        self.icon.hide()

    def refresh(self) -> None:
        shown = self._shown.refresh_menu()
        if shown is None:
            return
        status, now, _ = shown
        self.icon.setToolTip(tooltip(status, now))
        wanted = (status.state, quantise(progress(status, now)))
        if wanted == self._painted:
            return
        state_changed = self._painted is None or wanted[0] != self._painted[0]
        recent = self._painted_at is not None and now - self._painted_at < REPAINT_EVERY
        if recent and not state_changed:
            return
        icon = self._icons.get(wanted)
        if icon is None:
            icon = self._icons[wanted] = draw_icon(*wanted)
        self.icon.setIcon(icon)
        self._painted = wanted
        self._painted_at = now
        self.repaints += 1


def _action_button(text: str, action: QAction) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(action.trigger)
    return button


def _menu_button(text: str, menu: QMenu) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return button


class StatusWindow(QWidget):
    """The no-tray path: the status line and the same actions as the tray menu."""

    def __init__(
        self, clock: Clock, intents: Intents, icon: QIcon, *, only_handle: bool = True
    ) -> None:
        super().__init__()
        # Without a tray this window is the app's only handle; beside a tray it
        # is a panel opened from the icon, and closing it just hides it.
        self._only_handle = only_handle
        self.setObjectName("statusWindow")
        self.setWindowTitle("microbreak")
        self.setWindowIcon(icon)
        self.menu = ActionsMenu(intents, self)
        self._shown = ShownStatus(clock, self.menu)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.status_label.setFont(font)
        self.time_label = QLabel()
        m = self.menu
        self.break_now_button = _action_button(self.tr("Take a break now"), m.break_now_action)
        self.snooze_button = _menu_button(self.tr("Snooze"), m.snooze_menu)
        self.skip_button = _action_button(self.tr("Skip next break"), m.skip_action)
        self.pause_button = _menu_button(self.tr("Pause"), m.pause_menu)
        self.resume_button = _action_button(self.tr("Resume"), m.resume_action)
        self.settings_button = _action_button(self.tr("Settings…"), m.settings_action)
        self.about_button = _action_button(self.tr("About"), m.about_action)
        self.quit_button = _action_button(self.tr("Quit"), m.quit_action)
        self.stats_button = _action_button(self.tr("Statistics…"), m.stats_action)
        for button in (self.snooze_button, self.pause_button):
            button.setSizePolicy(self.break_now_button.sizePolicy())
        # What each does, for the tooltip and a screen reader's description.
        tips: tuple[tuple[QAbstractButton, str], ...] = (
            (self.break_now_button, self.tr("Start a break with its exercises now")),
            (self.snooze_button, self.tr("Put the next break off by a few minutes")),
            (self.skip_button, self.tr("Count the next break as taken and start a new interval")),
            (self.pause_button, self.tr("No reminders for a while")),
            (self.resume_button, self.tr("Reminders again, from now")),
            (self.settings_button, self.tr("Change the interval, sounds and more")),
            (self.stats_button, self.tr("Breaks taken, streaks and exercises")),
            (self.about_button, self.tr("What microbreak is, and the health notice")),
            (self.quit_button, self.tr("End microbreak: no more reminders until it starts again")),
        )
        for tool, tip in tips:
            tool.setToolTip(tip)
        grid = QGridLayout()
        grid.addWidget(self.break_now_button, 0, 0)
        grid.addWidget(self.skip_button, 0, 1)
        grid.addWidget(self.snooze_button, 1, 0)
        grid.addWidget(self.pause_button, 1, 1)
        grid.addWidget(self.resume_button, 2, 0)
        grid.addWidget(self.settings_button, 2, 1)
        grid.addWidget(self.stats_button, 3, 0)
        grid.addWidget(self.about_button, 3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.time_label)
        layout.addLayout(grid)
        layout.addWidget(self.quit_button)
        # Its size follows its content and cannot be dragged: tiling compositors
        # (sway) then float it instead of stretching it over the screen. Room
        # for the longer status lines ("Break waiting: ...") from the start.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.status_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self._minute = every_minute(self.refresh, self)
        # The window itself holds the keyboard focus, not its first button: it
        # may appear (at login, when a tray goes) under someone's typing, and a
        # Wayland compositor hands it the keyboard; a focused "Take a break now"
        # would take their next Space as a click. Tab reaches the buttons.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_status(self, status: Status, *, strict: bool, max_snoozes: int = 0) -> None:
        self._shown.set(status, strict=strict, max_snoozes=max_snoozes)
        self.refresh()

    def refresh(self) -> None:
        shown = self._shown.refresh_menu()
        if shown is None:
            return
        status, now, text = shown
        self.status_label.setText(text)
        lines = tooltip(status, now).splitlines()[1:]
        at = status.next_break_at
        self.time_label.setText(self.tr("at {time}").format(time=clock_time(at)) if at else "")
        self.setToolTip("\n".join(lines))
        self.break_now_button.setEnabled(self.menu.break_now_action.isEnabled())
        self.snooze_button.setEnabled(self.menu.snooze_menu.isEnabled())
        self.skip_button.setEnabled(self.menu.skip_action.isEnabled())
        self.resume_button.setEnabled(self.menu.resume_action.isEnabled())

    def set_only_handle(self, only: bool) -> None:
        """A tray came (False: closing now hides) or went (True: closing minimises)."""
        self._only_handle = only

    @property
    def only_handle(self) -> bool:
        return self._only_handle

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._only_handle:
            super().closeEvent(event)
            return
        # Without a tray this window is the app's only handle: closing it
        # minimises instead, and Quit quits.
        event.ignore()
        self.showMinimized()

    def bring_forward(self) -> None:
        """Shown, restored if minimised, raised and focused (the person asked for it)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
