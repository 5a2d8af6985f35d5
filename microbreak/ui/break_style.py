"""How the break window's buttons and larger texts are made, for each of its parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def break_button() -> QPushButton:
    """A button of the break window; its text and tip are set with the window's language."""
    button = QPushButton()
    # No fixed accessible name: Qt names a button by its text (mnemonic
    # dropped), which follows Pause/Resume, a new snooze length and "no voice".
    # Tab focus only: a mouse click must not give a button focus, or Space
    # would press that button instead of pausing the timer.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def set_text(button: QPushButton, text: str, tip: str) -> None:
    button.setText(text)
    button.setToolTip(tip)
