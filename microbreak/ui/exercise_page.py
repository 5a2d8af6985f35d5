"""The break window's main page: the exercise, its picture, the step and its countdown.

It shows one PlayerView as it is handed over (:meth:`ExercisePage.show_view`)
and holds the buttons; what a click or a key does is the window's business.
Every text is in the break window's translation context, where the catalogues
keep it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.exercise import StepKind
from microbreak.core.figure_motion import figure_frame
from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.motion import pose_frame
from microbreak.core.player import PlayerView
from microbreak.ui.break_style import break_button, scale_font, set_text
from microbreak.ui.countdown_ring import CountdownRing
from microbreak.ui.figure_view import FigureView
from microbreak.ui.language import HeldLanguage
from microbreak.ui.leave_row import LeaveRow
from microbreak.ui.skip_confirm import SkipConfirmBar
from microbreak.ui.svg_view import SvgView

READ_ALOUD_TIP = QT_TRANSLATE_NOOP(
    "BreakWindow", "Read each step aloud and count the holds, so you can close your eyes"
)
KIND_WORDS = {
    StepKind.MOVE: QT_TRANSLATE_NOOP("BreakWindow", "Move"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("BreakWindow", "Hold"),
    StepKind.RELAX: QT_TRANSLATE_NOOP("BreakWindow", "Relax"),
}


def repetition_text(view: PlayerView, words: HeldLanguage) -> str:
    """ "Rep 2 of 5", "Get ready", "Left side"...: where the person is in the exercise."""
    side = ""
    if view.side is not None:
        side = {
            "left": words.translate("BreakWindow", "left side"),
            "right": words.translate("BreakWindow", "right side"),
        }.get(view.side.value, view.side.value)
    if view.switching_sides:
        return side[:1].upper() + side[1:]
    if view.repetition == 0:
        text = words.translate("BreakWindow", "Get ready")
    elif view.repetitions == 1:
        text = words.translate("BreakWindow", "Once")
    else:
        text = words.translate("BreakWindow", "Rep {n} of {total}").format(
            n=view.repetition, total=view.repetitions
        )
    if not side:
        return text
    return words.translate("BreakWindow", "{where}, {side}").format(where=text, side=side)


def _nth(paths: Sequence[Path], index: int | None) -> Path | None:
    return paths[index] if index is not None and 0 <= index < len(paths) else None


def _label(name: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class ExercisePage(QWidget):
    def __init__(self, words: HeldLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._build_texts()
        self._build_buttons()
        self._lay_out()
        self.set_texts(words)

    def _build_texts(self) -> None:
        self.position_label = _label("position")
        # The top line of the window: a capital's accent ("Übung") can rise above
        # the font's ascent (DejaVu Sans at 9 pt by 2 px) and be cut off there.
        self.position_label.setContentsMargins(0, 3, 0, 0)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        # Gentle escalation: why this break is firmer (hidden when it is not).
        self.why_label = _label("why", wrap=True)
        self.why_label.hide()
        # Word wrap for large text: "High-reach / stretch".
        self.title_label = _label("title", wrap=True)
        scale_font(self.title_label, 1.6, bold=True)
        self.picture = SvgView()  # an exercise with SVG pictures (people's own)
        self.figure = FigureView()  # an exercise drawn from poses
        # One place for either, so the window keeps its layout from one exercise to the next.
        self.pose_area = QStackedWidget()
        self.pose_area.addWidget(self.picture)
        self.pose_area.addWidget(self.figure)
        # Its height is the window's to give (break_size), less on a short
        # screen: a view that kept a minimum of its own would be cropped there.
        for view in (self.picture, self.figure):
            view.setMinimumSize(0, 0)
        self.step_label = _label("step", wrap=True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scale_font(self.step_label, 1.25)
        self.ring = CountdownRing()
        self.kind_label = _label("kind")
        scale_font(self.kind_label, 1.3, bold=True)
        self.rep_label = _label("repetition")
        self.breathing_label = _label(wrap=True)
        # The exercise's safety note: small, but ordinary (readable) text.
        self.safety_label = _label("safety", wrap=True)
        scale_font(self.safety_label, 0.9)
        keep_room = self.safety_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.safety_label.setSizePolicy(keep_room)

    def _build_buttons(self) -> None:
        self.back_button = break_button()
        self.pause_button = break_button()
        self.next_button = break_button()
        self.snooze_button = break_button()
        self.skip_button = break_button()
        self.voice_button = break_button()
        self.voice_button.setCheckable(True)
        self.confirm_bar = SkipConfirmBar()
        self.confirm_skip_button = self.confirm_bar.confirm_skip_button
        self.keep_going_button = self.confirm_bar.keep_going_button

    def _lay_out(self) -> None:
        timing = QHBoxLayout()
        timing.addWidget(self.ring)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.kind_label)
        words.addWidget(self.rep_label)
        words.addStretch(1)
        timing.addLayout(words, 1)

        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.pause_button)
        nav.addWidget(self.next_button)
        self.leave_row = LeaveRow(self.snooze_button, self.voice_button, self.skip_button)
        # The skip question takes the Snooze/Skip row's place: nothing jumps.
        self.bottom = QStackedWidget()
        self.bottom.addWidget(self.leave_row)
        self.bottom.addWidget(self.confirm_bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.position_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.why_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.pose_area, 1)
        layout.addWidget(self.step_label)
        layout.addLayout(timing)
        layout.addWidget(self.breathing_label)
        layout.addWidget(self.safety_label)
        layout.addLayout(nav)
        layout.addWidget(self.bottom)

    def set_texts(self, words: HeldLanguage) -> None:
        """The fixed texts in ``words``, which the page keeps for all it shows after.

        (The snooze button's, counted, are the window's.)
        """
        self._words = words
        self.ring.words = words
        # Italic sets the breathing line apart in Latin and Cyrillic scripts;
        # Arabic and the CJK scripts have no italics (a slanted fallback font
        # may not have the script at all: Arabic was drawn as boxes).
        font = self.breathing_label.font()
        font.setItalic(words.name.split("_")[0] not in NO_ITALICS)
        self.breathing_label.setFont(font)
        translate = words.translate
        self.progress_bar.setAccessibleName(translate("BreakWindow", "Progress through this break"))
        # The arrows are the style's, which point the reading way: in a
        # right-to-left layout Back points right, and the arrow keys swap too.
        rtl = self.isRightToLeft()
        left = translate("BreakWindow", "Left arrow")
        right = translate("BreakWindow", "Right arrow")
        back_key, next_key = (right, left) if rtl else (left, right)
        set_text(
            self.back_button,
            translate("BreakWindow", "&Back"),
            translate("BreakWindow", "Previous exercise ({key})").format(key=back_key),
        )
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        set_text(
            self.pause_button,
            translate("BreakWindow", "&Pause"),
            translate("BreakWindow", "Pause or resume the countdown (Space)"),
        )
        set_text(
            self.next_button,
            translate("BreakWindow", "&Next"),
            translate("BreakWindow", "Next exercise ({key})").format(key=next_key),
        )
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        )  # its arrow after the word, pointing on
        set_text(
            self.skip_button,
            translate("BreakWindow", "S&kip break"),
            translate("BreakWindow", "End this break now (Esc)"),
        )
        set_text(
            self.voice_button,
            translate("BreakWindow", "Read &aloud"),
            translate("BreakWindow", READ_ALOUD_TIP),
        )
        # Where no voice turns up it later reads "Read aloud: no voice" in a
        # window whose width is fixed by then: keep that text's room from the start.
        self.voice_button.setMinimumWidth(
            _width_with(self.voice_button, translate("BreakWindow", "Read aloud: no voice"))
        )
        self.confirm_bar.set_texts(words)

    @property
    def asking_to_skip(self) -> bool:
        return self.bottom.currentWidget() is self.confirm_bar

    def show_view(
        self,
        view: PlayerView,
        *,
        progress: float,
        pictures: Sequence[Path],
        reduced_motion: bool,
        next_allowed: bool,
    ) -> bool:
        """Show ``view``; True while its picture is moving (a crossfade wants quicker ticks)."""
        translate = self._words.translate
        ex = view.exercise
        self.position_label.setText(
            translate("BreakWindow", "Exercise {n} of {total}").format(
                n=view.exercise_number, total=view.exercise_count
            )
        )
        self.progress_bar.setValue(round(progress * 1000))
        self.title_label.setText(ex.name)
        moving = self._show_pose(view, pictures, reduced_motion)
        self.step_label.setText(view.step.text)
        # With reduced motion the ring moves in whole-second steps, not a sweep.
        remaining = view.step_remaining
        if reduced_motion:
            remaining = float(math.ceil(remaining - 1e-6))
        self.ring.set_time(remaining, view.step.seconds, hold=view.step.kind is StepKind.HOLD)
        self.kind_label.setText(
            translate("BreakWindow", "Paused")
            if view.paused
            else translate("BreakWindow", KIND_WORDS[view.step.kind])
        )
        self.rep_label.setText(repetition_text(view, self._words))
        self.breathing_label.setText(ex.breathing)
        self.safety_label.setText(ex.safety)
        self.safety_label.setVisible(bool(ex.safety))  # its room stays (break_size)
        resume, pause = translate("BreakWindow", "&Resume"), translate("BreakWindow", "&Pause")
        self.pause_button.setText(resume if view.paused else pause)
        # While "Skip this break?" waits for an answer, only the answer counts.
        free = not self.asking_to_skip
        self.pause_button.setEnabled(free)
        self.next_button.setEnabled(free and next_allowed)
        self.back_button.setEnabled(free and (view.exercise_number > 1 or view.repetition > 0))
        return moving

    def _show_pose(self, view: PlayerView, pictures: Sequence[Path], reduced_motion: bool) -> bool:
        """The figure (or the pictures) for ``view``; True while it moves."""
        ex = view.exercise
        drawn = ex.figure is not None
        shown: QWidget = self.figure if drawn else self.picture
        self.pose_area.setCurrentWidget(shown)
        shown.setAccessibleName(f"{ex.name}: {view.step.text}")
        if drawn:
            figure = figure_frame(view, reduced_motion=reduced_motion)
            self.figure.set_frame(ex, figure)
            return figure.moving
        frame = pose_frame(view, reduced_motion=reduced_motion)
        self.picture.set_pose(
            _nth(pictures, frame.picture),
            _nth(pictures, frame.previous),
            frame.blend,
            mirrored=frame.mirrored,
        )
        return frame.moving


# Languages whose scripts do not use italics.
NO_ITALICS = frozenset({"ar", "fa", "he", "ja", "ko", "zh"})


def _width_with(button: QPushButton, text: str) -> int:
    """The width ``button`` would want showing ``text`` (its own text is kept)."""
    own = button.text()
    button.setText(text)
    width = button.sizeHint().width()
    button.setText(own)
    return width
