"""A small in-app notification: the last resort of both notification chains.

For the heads-up before a break (through ``ToastHeadsUp``, the heads-up
chain's last backend, used where no desktop service can show buttons) it
offers Start now, Snooze and Skip and stays until the break opens or is put off.
Any other message (a refusal, a settings problem) has no buttons and hides
itself after INFO_SECONDS, or when clicked. It appears in the corner of the
screen where the pointer is, without taking focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.platform.heads_up import HeadsUp, HeadsUpAction, OnAction

INFO_SECONDS = 10
MIN_WIDTH = 320
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
# Every heads-up backend has the buttons right there, so no text sends people
# to the tray icon. The app words desktop notifications' buttons with these too.
HEADS_UP_BODY = QT_TRANSLATE_NOOP("HeadsUpToast", "Time to stretch soon.")
MOVEMENT_HEADS_UP_BODY = QT_TRANSLATE_NOOP("HeadsUpToast", "Time to stand up and move soon.")
START_LABEL = QT_TRANSLATE_NOOP("HeadsUpToast", "Start now")
SNOOZE_MINUTES_LABEL = QT_TRANSLATE_NOOP("HeadsUpToast", "Snooze {n} min")
SKIP_LABEL = QT_TRANSLATE_NOOP("HeadsUpToast", "Skip")


class HeadsUpToast(QWidget):
    snooze_clicked = Signal()
    skip_clicked = Signal()
    start_clicked = Signal()

    name = "toast"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headsUpToast")
        self.setWindowTitle("microbreak")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        # Gentle escalation: why this reminder is firmer (core/escalation.py).
        self.why_label = QLabel()
        self.why_label.setObjectName("why")
        self.why_label.setWordWrap(True)
        self.why_label.hide()
        self.start_button = QPushButton(self.tr(START_LABEL))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.skip_button = QPushButton(self.tr(SKIP_LABEL))
        self.start_button.setToolTip(self.tr("Start the break now"))
        self.snooze_button.setToolTip(self.tr("Put this break off by a few minutes"))
        self.skip_button.setToolTip(self.tr("Leave out this break"))
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Where the window manager gives the toast the keyboard anyway (sway
        # focuses every new window), the toast itself takes it, not the first
        # button: a Space or Enter typed as it appears must not press Start now.
        # Tab still reaches the buttons.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.start_button.clicked.connect(self.start_clicked)
        self.snooze_button.clicked.connect(self.snooze_clicked)
        self.skip_button.clicked.connect(self.skip_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        layout.addWidget(self.why_label)
        layout.addLayout(buttons)
        self.setAutoFillBackground(True)
        self.setMinimumWidth(MIN_WIDTH)
        self.heads_up = False
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(INFO_SECONDS * 1000)
        self.hide_timer.timeout.connect(self.hide)

    def allow_snooze(self, allowed: bool) -> None:
        """The app says whether the engine would take a snooze (the limit per break)."""
        self.snooze_button.setEnabled(allowed)

    def allow_skip(self, allowed: bool) -> None:
        """Strict mode: the engine takes no skip, so the button is not offered."""
        self.skip_button.setEnabled(allowed)

    def _heads_up_body(self, body: str) -> str:
        """Its own sentence, without a notification's "from the icon" advice: its
        buttons are right here. A movement break keeps its own wording."""
        movement = self.tr(MOVEMENT_HEADS_UP_BODY)
        return movement if body.startswith(movement) else self.tr(HEADS_UP_BODY)

    # The Notifier protocol, so the chain can fall back to this window.
    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str, *, heads_up: bool = False, why: str = "") -> None:
        self.heads_up = heads_up
        self.title_label.setText(title)
        self.body_label.setText(self._heads_up_body(body) if heads_up else body)
        self.why_label.setText(why)
        self.why_label.setVisible(bool(why))
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setVisible(heads_up)
        if heads_up:
            self.hide_timer.stop()  # it goes when the break opens or is put off
        else:
            self.hide_timer.start()
        # A fixed size: a tiling window manager (sway) floats a window whose
        # minimum and maximum sizes are equal, and tiles any other, giving this
        # small note half the screen or all of it. Unfixed first, so each
        # message gets the size its own text needs.
        self.setMinimumSize(MIN_WIDTH, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self.adjustSize()
        self.setFixedSize(self.size())
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # for when it is activated
        self.show()
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.heads_up:
            self.hide()  # a click dismisses a message
        super().mousePressEvent(event)


class ToastHeadsUp:
    """The toast as the heads-up chain's last backend: always there, always able to act.

    Its buttons go to the app's dispatch already (``app/windows.py``), so the
    chain's action callback is not needed here. The toast is looked up at each
    call: a change of language replaces it.
    """

    name = "toast"

    def __init__(self, toast: Callable[[], HeadsUpToast]) -> None:
        self._toast = toast

    def available(self) -> bool:
        return True

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        toast = self._toast()
        toast.allow_snooze(heads_up.offers(HeadsUpAction.SNOOZE))
        for action, label in heads_up.buttons:
            if action is HeadsUpAction.SNOOZE:
                toast.snooze_button.setText(label)  # "Snooze 5 min", as the break window says
        toast.allow_skip(heads_up.offers(HeadsUpAction.SKIP))
        toast.notify(heads_up.title, heads_up.body, heads_up=True, why=heads_up.why)

    def hide_heads_up(self) -> None:
        self._toast().hide()
