"""The break window's "Skip this break?" bar, in place of the Snooze/Skip row.

Esc or the title bar's close button asks before a break is skipped: a key
pressed by mistake must not throw the break away. The bar only shows the
question; the window decides what the answers do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from microbreak.ui.break_style import break_button, set_text
from microbreak.ui.language import HeldLanguage


class SkipConfirmBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSkip")
        self.question = QLabel()
        self.confirm_skip_button = break_button()
        self.keep_going_button = break_button()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question, 1)
        row.addWidget(self.confirm_skip_button)
        row.addWidget(self.keep_going_button)

    def set_texts(self, words: HeldLanguage) -> None:
        # The break window's context: these texts were its own before the split.
        self.question.setText(words.translate("BreakWindow", "Skip this break?"))
        set_text(
            self.confirm_skip_button,
            words.translate("BreakWindow", "Skip"),
            words.translate("BreakWindow", "Yes, end this break (Enter)"),
        )
        set_text(
            self.keep_going_button,
            words.translate("BreakWindow", "Keep going"),
            words.translate("BreakWindow", "Go on with the break (Esc)"),
        )
