"""A small in-app heads-up with buttons: the notifier chain's last resort.

Unlike a desktop notification it can offer Snooze and Skip. It appears in the
corner of the screen where the pointer is, without taking focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
        self.start_button = QPushButton("Start now")
        self.snooze_button = QPushButton("Snooze")
        self.skip_button = QPushButton("Skip")
        for button in (self.start_button, self.snooze_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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
        layout.addLayout(buttons)
        self.setAutoFillBackground(True)
        self.setMinimumWidth(320)

    # The Notifier protocol, so the chain can fall back to this window.
    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str) -> None:
        self.title_label.setText(title)
        self.body_label.setText(body)
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()
        self.raise_()
