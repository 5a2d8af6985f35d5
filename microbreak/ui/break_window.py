"""The guided break: one exercise at a time, a picture, plain steps, a countdown.

A view over a core RoutinePlayer: the window shows what the player says and
turns clicks and keys into player calls or into signals for the app (finished,
skipped, snooze). It decides nothing about the schedule.

It must never eat the user's typing: it is shown without taking focus, and for
its first two seconds every key aimed at it is dropped, so a sentence being
typed when the break opens cannot press Skip.

Its keys mean the same whatever has focus: Space pauses, the arrows move
between exercises, Esc asks to skip (so does the title bar's close button);
Tab moves between the buttons and Enter presses the focused one (or confirms
the skip). An application event filter, installed while the window is shown,
sees each key before any button does.

It keeps one size and place for the whole break (:meth:`_size_for_break`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.clock import Clock
from microbreak.core.describe import clock_time, time_spent
from microbreak.core.exercise import Exercise, StepKind
from microbreak.core.guidance import (
    PlaySound,
    SoundOutput,
    VoiceOutput,
    announcements_between,
    cues_between,
)
from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.motion import pose_frame
from microbreak.core.player import PlayerView, RoutinePlayer
from microbreak.ui.announcer import Announcer, Sink, qt_announce
from microbreak.ui.countdown_ring import CountdownRing, DoneMark
from microbreak.ui.svg_view import SvgView

KEY_GRACE = timedelta(seconds=2)
DONE_PER_ROW = 3  # small pictures on the end screen
DONE_PICTURES_MAX = 2 * DONE_PER_ROW
DONE_NAME_WIDTH = 110
BASE_SIZE = QSize(420, 560)  # the smallest a break opens at; more for large text
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
SUMMARY_SECONDS = 8
TICK_MS = 100  # smooth ring; the window is open only a couple of minutes
BLEND_TICK_MS = 40  # while one pose crossfades into the next
READ_ALOUD_TIP = QT_TRANSLATE_NOOP(
    "BreakWindow", "Read each step aloud and count the holds, so you can close your eyes"
)
_KIND_WORDS = {
    StepKind.MOVE: QT_TRANSLATE_NOOP("BreakWindow", "Move"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("BreakWindow", "Hold"),
    StepKind.RELAX: QT_TRANSLATE_NOOP("BreakWindow", "Relax"),
}
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The keys the window answers itself, whatever has focus.
_OUR_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape, *_ENTER_KEYS)
_PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


def repetition_text(view: PlayerView) -> str:
    """ "Rep 2 of 5", "Get ready", "Left side"...: where the person is in the exercise."""
    side = ""
    if view.side is not None:
        side = {
            "left": QCoreApplication.translate("BreakWindow", "left side"),
            "right": QCoreApplication.translate("BreakWindow", "right side"),
        }.get(view.side.value, view.side.value)
    if view.switching_sides:
        return side[:1].upper() + side[1:]
    if view.repetition == 0:
        text = QCoreApplication.translate("BreakWindow", "Get ready")
    elif view.repetitions == 1:
        text = QCoreApplication.translate("BreakWindow", "Once")
    else:
        text = QCoreApplication.translate("BreakWindow", "Rep {n} of {total}").format(
            n=view.repetition, total=view.repetitions
        )
    if not side:
        return text
    return QCoreApplication.translate("BreakWindow", "{where}, {side}").format(
        where=text, side=side
    )


def _nth(paths: Sequence[Path], index: int | None) -> Path | None:
    return paths[index] if index is not None and 0 <= index < len(paths) else None


def _tallest(label: QLabel, texts: Sequence[str], width: int) -> int:
    """The height ``label`` needs at ``width`` for the tallest of ``texts`` (0 for none)."""
    heights = []
    for text in texts:
        if text:
            label.setText(text)
            heights.append(label.heightForWidth(width))
    label.clear()
    return max(heights, default=0)


def _scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    # No fixed accessible name: Qt names a button by its text (mnemonic
    # dropped), which follows Pause/Resume, a new snooze length and "no voice".
    # Tab focus only: a mouse click must not give a button focus, or Space
    # would press that button instead of pausing the timer.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class BreakWindow(QWidget):
    # Both carry the player's BreakSummary (ids done to the end, and how each
    # exercise went).
    finished = Signal(object)
    skipped = Signal(object)
    # An ExerciseResult, the moment an exercise is done to the end: the history
    # keeps it even if the app dies later in the break.
    exercise_done = Signal(object)
    snooze_requested = Signal()
    # The window went away (its end screen closed, or the app hid it): a window
    # kept through a change of language may be replaced now.
    hidden = Signal()

    def __init__(
        self,
        clock: Clock,
        pictures: Mapping[str, Sequence[Path]],
        *,
        snooze_minutes: int,
        allow_skip: bool = True,
        reduced_motion: bool = False,
        sounds: SoundOutput | None = None,
        voice: VoiceOutput | None = None,
        speak_steps: bool = False,
        announce: Sink = qt_announce,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._pictures = pictures
        self._reduced_motion = reduced_motion
        self._sounds = sounds
        self._voice = voice
        self._speak_steps = speak_steps
        # Screen readers hear each step and a calm count (core.guidance).
        self.announcer = Announcer(self, announce)
        self._last_view: PlayerView | None = None
        self._player: RoutinePlayer | None = None
        self._reported: frozenset[int] = frozenset()
        self._opened_at: datetime | None = None
        self._close_at: datetime | None = None
        self._filtering = False
        self._paused_before_asking = False
        self.setObjectName("breakWindow")
        self.setWindowTitle(self.tr("Time for a break"))
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(BASE_SIZE)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_exercise_page(snooze_minutes, allow_skip))
        self._pages.addWidget(self._build_summary_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self._pages)

    # -- building --------------------------------------------------------

    def _build_exercise_page(self, snooze_minutes: int, allow_skip: bool) -> QWidget:
        self._build_texts()
        self._build_buttons(snooze_minutes, allow_skip)
        return self._lay_out_exercise_page()

    def _build_texts(self) -> None:
        self.position_label = QLabel()
        self.position_label.setObjectName("position")
        # The top line of the window: a capital's accent ("Übung") can rise above
        # the font's ascent (DejaVu Sans at 9 pt by 2 px) and be cut off there.
        self.position_label.setContentsMargins(0, 3, 0, 0)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(6)
        self.progress_bar.setAccessibleName(self.tr("Progress through this break"))
        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)  # large text: "High-reach / stretch"
        self.picture = SvgView()
        self.step_label = QLabel()
        self.step_label.setObjectName("step")
        self.step_label.setWordWrap(True)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        step_font = self.step_label.font()
        step_font.setPointSizeF(step_font.pointSizeF() * 1.25)
        self.step_label.setFont(step_font)
        self.ring = CountdownRing()
        self.kind_label = QLabel()
        self.kind_label.setObjectName("kind")
        kind_font = self.kind_label.font()
        kind_font.setPointSizeF(kind_font.pointSizeF() * 1.3)
        kind_font.setBold(True)
        self.kind_label.setFont(kind_font)
        self.rep_label = QLabel()
        self.rep_label.setObjectName("repetition")
        self.breathing_label = QLabel()
        self.breathing_label.setWordWrap(True)
        breathing_font = self.breathing_label.font()
        breathing_font.setItalic(True)
        self.breathing_label.setFont(breathing_font)
        # The exercise's safety note: small, but ordinary (readable) text.
        self.safety_label = QLabel()
        self.safety_label.setObjectName("safety")
        self.safety_label.setWordWrap(True)
        safety_font = self.safety_label.font()
        safety_font.setPointSizeF(safety_font.pointSizeF() * 0.9)
        self.safety_label.setFont(safety_font)
        keep_room = self.safety_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.safety_label.setSizePolicy(keep_room)

    def _build_buttons(self, snooze_minutes: int, allow_skip: bool) -> None:
        # The arrows are the style's, which point the reading way: in a
        # right-to-left layout Back points right, and the arrow keys swap too.
        rtl = self.isRightToLeft()
        back_key, next_key = (self.tr("Right arrow"), self.tr("Left arrow"))
        if not rtl:
            back_key, next_key = next_key, back_key
        self.back_button = _button(
            self.tr("&Back"), self.tr("Previous exercise ({key})").format(key=back_key)
        )
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.pause_button = _button(
            self.tr("&Pause"), self.tr("Pause or resume the countdown (Space)")
        )
        self.next_button = _button(
            self.tr("&Next"), self.tr("Next exercise ({key})").format(key=next_key)
        )
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
        )  # its arrow after the word, pointing on
        self.snooze_button = _button(
            self.tr("&Snooze {n} min").format(n=snooze_minutes),
            self.tr("Close this break and bring it back in %n minute(s)", "", snooze_minutes),
        )
        self.skip_button = _button(self.tr("S&kip break"), self.tr("End this break now (Esc)"))
        self.skip_button.setVisible(allow_skip)
        self._allow_skip = allow_skip
        self.voice_button = _button(self.tr("Read &aloud"), self.tr(READ_ALOUD_TIP))
        self.voice_button.setCheckable(True)
        self.voice_button.setChecked(self._speak_steps and self._voice is not None)
        self.voice_button.setVisible(self._voice is not None)
        self.voice_button.toggled.connect(self._voice_toggled)
        self._show_known_voice()

        self.confirm_bar = QWidget()
        self.confirm_bar.setObjectName("confirmSkip")
        confirm = QHBoxLayout(self.confirm_bar)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(QLabel(self.tr("Skip this break?")), 1)
        self.confirm_skip_button = _button(self.tr("Skip"), self.tr("Yes, end this break (Enter)"))
        self.keep_going_button = _button(
            self.tr("Keep going"), self.tr("Go on with the break (Esc)")
        )
        confirm.addWidget(self.confirm_skip_button)
        confirm.addWidget(self.keep_going_button)
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button.clicked.connect(self.skip)
        self.confirm_skip_button.clicked.connect(self.skip)
        self.keep_going_button.clicked.connect(self.cancel_skip)

    def _lay_out_exercise_page(self) -> QWidget:
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
        self.leave_row = QWidget()
        leave = QHBoxLayout(self.leave_row)
        leave.setContentsMargins(0, 0, 0, 0)
        leave.addWidget(self.snooze_button)
        leave.addWidget(self.voice_button)
        leave.addStretch(1)
        leave.addWidget(self.skip_button)
        # The skip question takes the Snooze/Skip row's place: nothing jumps.
        self._bottom = QStackedWidget()
        self._bottom.addWidget(self.leave_row)
        self._bottom.addWidget(self.confirm_bar)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.position_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.title_label)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.step_label)
        layout.addLayout(timing)
        layout.addWidget(self.breathing_label)
        layout.addWidget(self.safety_label)
        layout.addLayout(nav)
        layout.addWidget(self._bottom)
        return page

    def _build_summary_page(self) -> QWidget:
        """The end of the break: what was done, and when the next one comes.

        A tick in the ring, a large heading, the sentence naming what was done
        with a small picture of each exercise, the next break's time in large
        print, and one Close button. A break ended with nothing done has no
        tick and no pictures, and says so kindly.
        """
        page = QWidget()
        page.setObjectName("summaryPage")
        self.done_mark = DoneMark()
        self.summary_title = QLabel(self.tr("Well done!"))
        self.summary_title.setObjectName("summaryTitle")
        _scale_font(self.summary_title, 2.2, bold=True)
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_title.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        _scale_font(self.summary_label, 1.15)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One small picture per exercise done, its name under it.
        self.done_row = QWidget()
        self.done_row.setObjectName("doneExercises")
        self._done_layout = QGridLayout(self.done_row)
        self._done_layout.setContentsMargins(0, 0, 0, 0)
        self._done_layout.setSpacing(12)
        self.next_break_label = QLabel()
        self.next_break_label.setObjectName("nextBreak")
        _scale_font(self.next_break_label, 1.3, bold=True)
        self.next_break_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_break_label.setWordWrap(True)
        self.close_button = _button(self.tr("&Close"), self.tr("Close this window"))
        self.close_button.setMinimumWidth(160)
        _scale_font(self.close_button, 1.15)
        self.close_button.clicked.connect(self.hide)
        layout = QVBoxLayout(page)
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
        layout.addStretch(2)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _show_done(self, exercises: Sequence[Exercise]) -> None:
        """The small pictures of what was done (the last pose of each), three a row.

        More than two rows would crowd the window: a long break done whole is
        named in the sentence above, without pictures.
        """
        while (item := self._done_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
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
            picture = SvgView()
            picture.setMinimumSize(0, 0)
            picture.setFixedSize(84, 84)
            pictures = self._pictures.get(ex.id, ())
            picture.set_pose(pictures[-1] if pictures else None)
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

    def _done_sentence(self, names: Sequence[str], seconds: float) -> str:
        listed = names[0]
        if len(names) > 1:
            listed = self.tr("{first} and {last}").format(
                first=self.tr(", ").join(names[:-1]), last=names[-1]
            )
        return self.tr("You did {exercises} in {time}.").format(
            exercises=listed, time=time_spent(seconds)
        )

    # -- the break -------------------------------------------------------

    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    def set_options(
        self, *, snooze_minutes: int, allow_skip: bool, reduced_motion: bool, speak_steps: bool
    ) -> None:
        """New settings from the dialog; a break already open keeps its read-aloud state."""
        self.snooze_button.setText(self.tr("&Snooze {n} min").format(n=snooze_minutes))
        self.snooze_button.setToolTip(
            self.tr("Close this break and bring it back in %n minute(s)", "", snooze_minutes)
        )
        self._allow_skip = allow_skip
        self.skip_button.setVisible(allow_skip)
        self._reduced_motion = reduced_motion
        self._speak_steps = speak_steps
        if not self.isVisible():
            self.voice_button.blockSignals(True)
            self.voice_button.setChecked(speak_steps and self._voice is not None)
            self.voice_button.blockSignals(False)

    def start(self, exercises: Sequence[Exercise]) -> None:
        now = self._clock.now()
        self._player = RoutinePlayer(exercises, now)
        self._reported = frozenset()
        self._opened_at = now
        self._close_at = None
        self._last_view = None
        self._pages.setCurrentIndex(0)
        self._bottom.setCurrentWidget(self.leave_row)
        if self.voice_button.isChecked():
            self._check_voice()
        else:
            self._show_known_voice()
        self._size_for_break(self._player)
        self._render()
        self._place_on_pointer_screen()
        self.show()
        self.raise_()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def close_for(self, reason: str, next_break_at: datetime | None = None) -> None:
        """The engine ended the break. After the routine's end the summary lingers."""
        if reason in ("completed", "skipped") and self._pages.currentIndex() == 1:
            if next_break_at is not None:
                self.next_break_label.setText(
                    self.tr("Next break at {time}.").format(time=clock_time(next_break_at))
                )
            self._close_at = self._clock.now() + timedelta(seconds=SUMMARY_SECONDS)
            return
        self.hide()

    def tick(self) -> None:
        now = self._clock.now()
        if self._close_at is not None:
            if now >= self._close_at:
                self.hide()
            return
        if self._player is None or self._pages.currentIndex() != 0:
            return
        self._player.tick(now)
        self._render()
        self._report_done()
        if self._player.finished:
            self._finish()

    def toggle_pause(self) -> None:
        if self._player is not None and not self._player.finished:
            self._player.set_paused(not self._player.paused, self._clock.now())
            self._render()

    def go_next(self) -> None:
        if self._player is not None and self._next_allowed():
            self._player.next_exercise(self._clock.now())
            self._render()
            self._report_done()
            if self._player.finished:
                self._finish()

    def allow_snooze(self, allowed: bool) -> None:
        """The app says whether the engine would take a snooze (the limit per break)."""
        self.snooze_button.setEnabled(allowed)

    def _next_allowed(self) -> bool:
        """Next past the last exercise with nothing done skips the break: not in strict mode."""
        if self._allow_skip or self._player is None:
            return True
        view = self._player.view()
        last = view.exercise_number == view.exercise_count
        return not last or bool(self._player.completed_positions)

    def go_back(self) -> None:
        if self._player is not None:
            self._player.previous_exercise(self._clock.now())
            self._render()

    @property
    def asking_to_skip(self) -> bool:
        return self._bottom.currentWidget() is self.confirm_bar

    def ask_skip(self) -> None:
        """Show "Skip this break?" in place of the Snooze/Skip row; the countdown waits."""
        player = self._player
        if not self._allow_skip or player is None or player.finished or self.asking_to_skip:
            return
        focused = self._focus_is_ours()
        self._paused_before_asking = player.paused
        player.set_paused(True, self._clock.now())
        self._bottom.setCurrentWidget(self.confirm_bar)
        self._render()
        if focused:
            self.confirm_skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_skip(self) -> None:
        if not self.asking_to_skip:
            return
        focused = self._focus_is_ours()
        self._bottom.setCurrentWidget(self.leave_row)
        if self._player is not None and not self._player.finished:
            self._player.set_paused(self._paused_before_asking, self._clock.now())
        self._render()
        if focused:
            self.skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_is_ours(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def skip(self) -> None:
        if self._player is None or not self._allow_skip:
            return
        self._bottom.setCurrentWidget(self.leave_row)
        self._report_done()
        self.skipped.emit(self._player.summary())

    def _finish(self) -> None:
        """The routine ran out: a finished break if anything was done to the end.

        Moving past the last exercise with nothing done is a skip, and says so.
        """
        assert self._player is not None
        summary = self._player.summary()
        by_id = {ex.id: ex for ex in self._player.exercises}
        done = [by_id[i].name for i in summary.completed]
        self._show_done([by_id[i] for i in summary.completed])
        if done:
            self.summary_title.setText(self.tr("Well done!"))
            text = self._done_sentence(done, summary.active_seconds)
        else:
            self.summary_title.setText(self.tr("Break ended early"))
            text = self.tr("Every bit of movement helps. Try a whole routine next time.")
        self.summary_label.setText(text)
        self.next_break_label.setText("")
        self._pages.setCurrentIndex(1)
        if done:
            self.finished.emit(summary)
        else:
            self.skipped.emit(summary)

    def _report_done(self) -> None:
        assert self._player is not None
        done = self._player.completed_positions
        for position in sorted(done - self._reported):
            self.exercise_done.emit(self._player.result(position))
        self._reported = done

    def _render(self) -> None:
        if self._player is None:
            return
        view = self._player.view()
        self._announce(view)
        ex = view.exercise
        self.position_label.setText(
            self.tr("Exercise {n} of {total}").format(
                n=view.exercise_number, total=view.exercise_count
            )
        )
        self.progress_bar.setValue(round(self._player.progress() * 1000))
        self.title_label.setText(ex.name)
        frame = pose_frame(view, reduced_motion=self._reduced_motion)
        pictures = self._pictures.get(ex.id, ())
        self.picture.set_pose(
            _nth(pictures, frame.picture),
            _nth(pictures, frame.previous),
            frame.blend,
            mirrored=frame.mirrored,
        )
        # A smooth crossfade while the pose changes; a calm 10 Hz otherwise.
        self._timer.setInterval(BLEND_TICK_MS if frame.moving else TICK_MS)
        self.picture.setAccessibleName(f"{ex.name}: {view.step.text}")
        self.step_label.setText(view.step.text)
        # With reduced motion the ring moves in whole-second steps, not a sweep.
        remaining = view.step_remaining
        if self._reduced_motion:
            remaining = float(math.ceil(remaining - 1e-6))
        self.ring.set_time(remaining, view.step.seconds, hold=view.step.kind is StepKind.HOLD)
        self.kind_label.setText(
            self.tr("Paused") if view.paused else self.tr(_KIND_WORDS[view.step.kind])
        )
        self.rep_label.setText(repetition_text(view))
        self.breathing_label.setText(ex.breathing)
        self.safety_label.setText(ex.safety)
        self.safety_label.setVisible(bool(ex.safety))  # its room stays (_size_for_break)
        self.pause_button.setText(self.tr("&Resume") if view.paused else self.tr("&Pause"))
        # While "Skip this break?" waits for an answer, only the answer counts.
        free = not self.asking_to_skip
        self.pause_button.setEnabled(free)
        self.next_button.setEnabled(free and self._next_allowed())
        self.back_button.setEnabled(free and (view.exercise_number > 1 or view.repetition > 0))

    def _size_for_break(self, player: RoutinePlayer) -> None:
        """One size for the whole break, from the largest text it will show.

        Each wrapped text gets the height of its tallest version in this
        routine (a one-line tip keeps the room of the three-line one), the
        safety note keeps its room where an exercise has none, and the
        Snooze/Skip row the room of the skip question: nothing moves when a
        step, an exercise or the question changes, and the window neither
        grows nor re-centres. Large system fonts make it larger, up to the
        screen; the picture, which may shrink, gives way first.
        """
        self.setMinimumSize(0, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        self._bottom.setFixedHeight(
            max(self.leave_row.sizeHint().height(), self.confirm_bar.sizeHint().height())
        )
        width = max(BASE_SIZE.width(), layout.minimumSize().width())
        inner = width - margins.left() - margins.right()
        exercises = player.exercises
        for label, texts in (
            (self.title_label, [ex.name for ex in exercises]),
            (self.step_label, player.step_texts()),
            (self.breathing_label, [ex.breathing for ex in exercises]),
            (self.safety_label, [ex.safety for ex in exercises]),
        ):
            label.setFixedHeight(_tallest(label, texts, inner))
        # The end screen as it would be with everything done: it must fit too.
        self._show_done(exercises)
        self.summary_label.setText(
            self._done_sentence([ex.name for ex in exercises], player.total_seconds)
        )
        self.next_break_label.setText(self.tr("Next break at {time}.").format(time="00:00"))
        needed = max(BASE_SIZE.height(), layout.totalHeightForWidth(width))
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width, needed = min(width, area.width()), min(needed, area.height())
        self.setFixedSize(width, needed)

    # -- sound and voice -------------------------------------------------

    def _announce(self, view: PlayerView) -> None:
        """Play, say and announce what changed since the last view (see core.guidance)."""
        cues = cues_between(self._last_view, view)
        for text in announcements_between(self._last_view, view):
            self.announcer.announce(text)
        self._last_view = view
        speak = self._voice is not None and self.voice_button.isChecked()
        for cue in cues:
            if isinstance(cue, PlaySound):
                if self._sounds is not None:
                    self._sounds.play(cue.cue)
            elif speak and self._voice is not None:
                self._voice.say(cue.text, count=cue.count)

    def _voice_toggled(self, on: bool) -> None:
        if on:
            if self._check_voice() and self._last_view is not None and self._voice is not None:
                # Start with the step in progress, so nothing is missed.
                self._voice.say(self._last_view.step.text)
        elif self._voice is not None:
            self._voice.stop()

    def _show_known_voice(self) -> None:
        """Grey out Read aloud from the start where there is surely no voice.

        Asks only what is known without loading an engine (a missing speech
        library, or an engine that already failed): the engine itself is
        started only when Read aloud is switched on.
        """
        if self._voice is not None:
            status = self._voice.known_status()
            if status is not None and not status.available:
                self._show_voice_missing(status.reason)

    def _check_voice(self) -> bool:
        """Load the speech engine; without one, show the option disabled and say why."""
        if self._voice is None:
            return False
        status = self._voice.probe()
        if not status.available:
            self._show_voice_missing(status.reason)
        return status.available

    def _show_voice_missing(self, reason: str) -> None:
        self.voice_button.blockSignals(True)
        self.voice_button.setChecked(False)
        self.voice_button.blockSignals(False)
        self.voice_button.setEnabled(False)
        self.voice_button.setText(self.tr("Read aloud: no voice"))
        tip = self.tr("Spoken guidance is not available. {reason}").format(reason=reason)
        self.voice_button.setToolTip(tip)
        self.voice_button.setAccessibleDescription(tip)

    # -- placement and input ---------------------------------------------

    def _place_on_pointer_screen(self) -> None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        # On Wayland move() is ignored; choosing the screen is what places it.
        self.setScreen(screen)
        area = screen.availableGeometry()
        self.move(area.center() - self.rect().center())

    def in_key_grace(self) -> bool:
        return self._opened_at is not None and self._clock.now() - self._opened_at < KEY_GRACE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every key aimed at this window or its buttons comes here first."""
        if event.type() not in _KEY_EVENTS or not isinstance(watched, QWidget):
            return False
        if not (watched is self or self.isAncestorOf(watched)):
            return False
        if self.in_key_grace():
            return True
        assert isinstance(event, QKeyEvent)
        if event.key() not in _OUR_KEYS or event.modifiers() & ~_PLAIN:
            return False  # Tab, Alt+mnemonics and the rest work as usual
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # "this key is for the widget", so it arrives as a KeyPress
            return True
        if event.type() == QEvent.Type.KeyPress:
            self._key(Qt.Key(event.key()), watched)
        return True  # a button never sees our keys, pressed or released

    def _key(self, key: Qt.Key, target: QWidget) -> None:
        button = target if isinstance(target, QAbstractButton) else None
        if button is not None and not (button.isVisible() and button.isEnabled()):
            button = None
        if self._pages.currentIndex() == 1:
            if key in _ENTER_KEYS and button is not None:
                button.click()
            elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Space, *_ENTER_KEYS):
                self.hide()
            return
        if key in _ENTER_KEYS:
            if button is not None:
                button.click()
            elif self.asking_to_skip:
                self.skip()
        elif key == Qt.Key.Key_Escape:
            if self.asking_to_skip:
                self.cancel_skip()
            else:
                self.ask_skip()
        elif self.asking_to_skip:
            return  # Space and the arrows wait for the answer
        elif key == Qt.Key.Key_Space:
            self.toggle_pause()
        elif key == (Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right):
            self.go_next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.go_back()

    def _stop_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        if self._voice is not None and self.voice_button.isChecked():
            self._voice.stop()
        self._stop_filtering()
        self._close_at = None
        self.hidden.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button or Alt+F4: asked like Esc, never a skip at once.

        Only the person closes the window this way: the app ends a break with
        close_for() or hide(), and quits with exit(), none of which sends a
        close event. In strict mode, as Esc there, a running break stays open.
        """
        if self._pages.currentIndex() == 0 and self._player is not None and self.isVisible():
            event.ignore()
            self.ask_skip()
            return
        event.accept()
