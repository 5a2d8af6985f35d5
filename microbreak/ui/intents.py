"""What the user can ask for from the tray or the status window, as signals.

The tray menu and the no-tray status window offer the same actions; both are
built from :class:`ActionsMenu` and emit through one Intents object, so
the app wires each intent once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from microbreak.core.describe import can_snooze, skips_left
from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.state import State, Status

SNOOZE_CHOICES = (5, 10, 15)
# (menu text, pause choice understood by core.durations.pause_end)
PAUSE_CHOICES = (
    (QT_TRANSLATE_NOOP("ActionsMenu", "30 minutes"), "30m"),
    (QT_TRANSLATE_NOOP("ActionsMenu", "1 hour"), "1h"),
    (QT_TRANSLATE_NOOP("ActionsMenu", "2 hours"), "2h"),
    (QT_TRANSLATE_NOOP("ActionsMenu", "Until tomorrow"), "tomorrow"),
    (QT_TRANSLATE_NOOP("ActionsMenu", "Until I resume"), "indefinite"),
)


class Intents(QObject):
    break_now = Signal()
    snooze = Signal(int)  # minutes
    skip_next = Signal()
    pause = Signal(str)  # a PAUSE_CHOICES key
    resume = Signal()
    open_stats = Signal()
    open_settings = Signal()
    open_about = Signal()
    # The status window: the no-tray window, or in tray mode the panel a click
    # on the icon (or a second launch) brings forward.
    open_status = Signal()
    quit = Signal()


class ActionsMenu(QMenu):
    """The full menu: status line, break now, snooze, skip, pause, resume, statistics,
    settings, about, quit."""

    def __init__(self, intents: Intents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_action = QAction("", self)
        self.status_action.setEnabled(False)
        self.addAction(self.status_action)
        self.addSeparator()
        self.break_now_action = self.addAction(self.tr("Take a break now"))
        self.break_now_action.triggered.connect(intents.break_now)
        self.snooze_menu = self.addMenu(self.tr("Snooze"))
        for minutes in SNOOZE_CHOICES:
            action = self.snooze_menu.addAction(self.tr("%n minute(s)", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: intents.snooze.emit(m))
        self.skip_action = self.addAction(self.tr("Skip next break"))
        self.skip_action.triggered.connect(intents.skip_next)
        self.pause_menu = self.addMenu(self.tr("Pause reminders"))
        for text, choice in PAUSE_CHOICES:
            action = self.pause_menu.addAction(self.tr(text))
            action.triggered.connect(lambda _=False, c=choice: intents.pause.emit(c))
        self.resume_action = self.addAction(self.tr("Resume reminders"))
        self.resume_action.triggered.connect(intents.resume)
        self.addSeparator()
        self.stats_action = self.addAction(self.tr("Statistics…"))
        self.stats_action.triggered.connect(intents.open_stats)
        self.settings_action = self.addAction(self.tr("Settings…"))
        self.settings_action.triggered.connect(intents.open_settings)
        self.about_action = self.addAction(self.tr("About microbreak"))
        self.about_action.triggered.connect(intents.open_about)
        self.quit_action = self.addAction(self.tr("Quit"))
        self.quit_action.triggered.connect(intents.quit)

    def update_for(
        self, status: Status, headline: str, *, strict: bool, max_snoozes: int = 0
    ) -> None:
        """Enable what makes sense now; a refused click would only confuse.

        ``max_snoozes``: snoozes allowed per break (0: unlimited).
        """
        self.status_action.setText(headline)
        state = status.state
        self.break_now_action.setEnabled(state is not State.ON_BREAK)
        self.snooze_menu.setEnabled(can_snooze(status, strict=strict, max_snoozes=max_snoozes))
        self.skip_action.setEnabled(
            state not in (State.ON_BREAK, State.PAUSED) and not strict and skips_left(status)
        )
        self.resume_action.setEnabled("user" in status.pause_reasons)
