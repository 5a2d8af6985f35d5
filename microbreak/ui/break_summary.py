"""The end of a break: what was done, and when the next one comes.

A tick in the ring, a large heading, the sentence naming what was done with a
small picture of each exercise, the next break's time in large print, one
line of today's progress ("Today: 4 of 6 breaks taken · 3-day streak", the
statistics' own numbers, given by the app once the break is recorded), and
one Close button. A break ended with nothing done has no tick and no pictures, and
says so kindly. Its texts are in the break window's translation context.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from microbreak.core.describe import time_spent
from microbreak.core.exercise import Exercise
from microbreak.core.i18n import translating_with
from microbreak.ui.break_style import break_button, scale_font, set_text
from microbreak.ui.countdown_ring import DoneMark
from microbreak.ui.figure_view import FigureView, still_frame
from microbreak.ui.language import HeldLanguage
from microbreak.ui.svg_view import SvgView

DONE_PER_ROW = 3  # small pictures on the end screen
DONE_PICTURES_MAX = 2 * DONE_PER_ROW
DONE_NAME_WIDTH = 110


def _centred(name: str, factor: float, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    scale_font(label, factor, bold=bold)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


class SummaryPage(QWidget):
    def __init__(
        self,
        pictures: Mapping[str, Sequence[Path]],
        words: HeldLanguage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._words = words
        self.setObjectName("summaryPage")
        self.done_mark = DoneMark()
        self.summary_title = _centred("summaryTitle", 2.2, bold=True)
        self.summary_label = _centred("summary", 1.15)
        # One small picture per exercise done, its name under it.
        self.done_row = QWidget()
        self.done_row.setObjectName("doneExercises")
        self._done_layout = QGridLayout(self.done_row)
        self._done_layout.setContentsMargins(0, 0, 0, 0)
        self._done_layout.setSpacing(12)
        self.next_break_label = _centred("nextBreak", 1.3, bold=True)
        self.progress_label = _centred("todayProgress", 1.0)
        self.close_button = break_button()
        self.close_button.setMinimumWidth(160)
        scale_font(self.close_button, 1.15)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(2)
        layout.addWidget(self.done_mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.summary_title)
        layout.addSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addSpacing(16)
        layout.addWidget(self.done_row)
        layout.addStretch(1)
        layout.addWidget(self.next_break_label)
        layout.addSpacing(6)
        layout.addWidget(self.progress_label)
        layout.addStretch(2)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_texts(words)

    def set_texts(self, words: HeldLanguage) -> None:
        """The fixed texts in ``words``, which the page keeps for all it shows after."""
        self._words = words
        translate = words.translate
        self.summary_title.setText(translate("BreakWindow", "Well done!"))
        set_text(
            self.close_button,
            translate("BreakWindow", "&Close"),
            translate("BreakWindow", "Close this window"),
        )

    def show_end(self, done: Sequence[Exercise], active_seconds: float) -> None:
        """The break is over: ``done`` are the exercises done to the end (maybe none)."""
        translate = self._words.translate
        self.show_done(done)
        if done:
            self.summary_title.setText(translate("BreakWindow", "Well done!"))
            text = self.done_sentence([ex.name for ex in done], active_seconds)
        else:
            self.summary_title.setText(translate("BreakWindow", "Break ended early"))
            text = translate(
                "BreakWindow", "Every bit of movement helps. Try a whole routine next time."
            )
        self.summary_label.setText(text)
        self.next_break_label.setText("")
        self.progress_label.setText("")  # until the app has recorded this break

    def show_next_break(self, time: str) -> None:
        self.next_break_label.setText(
            self._words.translate("BreakWindow", "Next break at {time}.").format(time=time)
        )

    def show_progress(self, taken: int, goal: int, streak: int) -> None:
        """Today's breaks taken of the daily goal, and the streak of days at it."""
        self.progress_label.setText(self.progress_line(taken, goal, streak))

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        # self.tr is what lupdate reads as a counted text (the n); it answers
        # in the break's held language, as BreakWindow.tr does.
        return self._words.translate("SummaryPage", text, disambiguation, n)

    def progress_line(self, taken: int, goal: int, streak: int) -> str:
        if taken >= goal:
            today = self.tr("Today: %n break(s) taken, your daily goal reached", "", taken)
        else:
            today = self.tr("Today: {taken} of %n break(s) taken", "", goal).format(taken=taken)
        if streak <= 0:
            return today
        return self.tr("{today} · {streak}").format(
            today=today, streak=self.tr("%n-day streak", "", streak)
        )

    def show_done(self, exercises: Sequence[Exercise]) -> None:
        """The small pictures of what was done (the last pose of each), three a row.

        More than two rows would crowd the window: a long break done whole is
        named in the sentence above, without pictures.
        """
        # The last break's cells go by unparenting them: the grid then deletes
        # its own item for each. Taking the items out (takeAt) hands each one
        # to the caller, and PySide never deletes it: a QWidgetItem lost per
        # picture, twice a break (the size fitting, then the end screen).
        for cell in self.done_row.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            cell.setParent(None)
        shown = exercises if len(exercises) <= DONE_PICTURES_MAX else []
        names = []
        for ex in shown:
            name = QLabel(ex.name)
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            name.setFixedWidth(DONE_NAME_WIDTH)
            names.append(name)
        # Names wrap inside a grid, which does not grow a row for them: each
        # gets the height of the tallest name.
        tallest = max((n.heightForWidth(DONE_NAME_WIDTH) for n in names), default=0)
        for n, (ex, name) in enumerate(zip(shown, names, strict=True)):
            name.setFixedHeight(tallest)
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            picture = _done_picture(ex, self._pictures.get(ex.id, ()))
            picture.setMinimumSize(0, 0)
            picture.setFixedSize(84, 84)
            picture.setAccessibleName(ex.name)
            column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(name, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addStretch(1)
            # A short last row sits in the middle, like a line of centred text.
            row, col = divmod(n, DONE_PER_ROW)
            left = len(shown) - row * DONE_PER_ROW
            offset = (DONE_PER_ROW - left) if left < DONE_PER_ROW else 0
            self._done_layout.addWidget(cell, row, 2 * col + offset, 1, 2)
        self.done_row.setVisible(bool(shown))
        self.done_mark.setVisible(bool(exercises))

    def done_sentence(self, names: Sequence[str], seconds: float) -> str:
        translate = self._words.translate
        listed = names[0]
        if len(names) > 1:
            listed = translate("BreakWindow", "{first} and {last}").format(
                first=translate("BreakWindow", ", ").join(names[:-1]), last=names[-1]
            )
        return translate("BreakWindow", "You did {exercises} in {time}.").format(
            exercises=listed, time=self._spent(seconds)
        )

    def _spent(self, seconds: float) -> str:
        # core words it; in the break's language, not whatever the app speaks now.
        with translating_with(self._words):
            return time_spent(seconds)


def _done_picture(ex: Exercise, pictures: Sequence[Path]) -> QWidget:
    """The exercise's last pose, small: the figure's or its last picture."""
    if ex.figure is not None:
        figure = FigureView()
        figure.set_frame(ex, still_frame(ex))
        return figure
    picture = SvgView()
    picture.set_pose(pictures[-1] if pictures else None)
    return picture
