"""The guided break: one exercise at a time, a picture, plain steps, a countdown.

A view over a core RoutinePlayer: the window shows what the player says and
turns clicks and keys into player calls or into signals for the app (finished,
skipped, snooze). It decides nothing about the schedule.

Its parts live in their own modules: the step and countdown page
(exercise_page), the skip question (skip_confirm), the end screen
(break_summary), the keys (break_keys: it never eats the user's typing) and
the one fixed size it keeps for the whole break (break_size). This module
holds the break itself: starting, ticking, moving, skipping and ending.

A break keeps the language it opened in, all of it: the exercise's words
come in that language, so the labels, buttons, the countdown's spoken name
and the cues must stay in it too, whatever the app switches to meanwhile.
The window holds the language in force at :meth:`BreakWindow.start`
(ui.language.HeldLanguage) and every text it shows or says goes through it:
``self.tr`` here, the parts' ``words.translate``, and core's words inside
``core.i18n.translating_with``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QHideEvent, QScreen
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from microbreak.core.clock import Clock
from microbreak.core.describe import firmness_why
from microbreak.core.escalation import Firmness
from microbreak.core.exercise import Exercise
from microbreak.core.guidance import SoundOutput, VoiceOutput
from microbreak.core.i18n import translating_with
from microbreak.core.player import RoutinePlayer
from microbreak.core.stats import Summary
from microbreak.ui.announcer import Announcer, Sink, qt_announce
from microbreak.ui.break_guidance import BreakGuidance
from microbreak.ui.break_keys import KEY_GRACE, KeyGuard
from microbreak.ui.break_size import BASE_SIZE, fix_break_size
from microbreak.ui.break_summary import SummaryPage
from microbreak.ui.exercise_page import ExercisePage
from microbreak.ui.language import HeldLanguage, language_in_force
from microbreak.ui.unseen_watch import UnseenWatch

__all__ = ["KEY_GRACE", "SUMMARY_SECONDS", "BreakWindow"]

SUMMARY_SECONDS = 8
TICK_MS = 100  # smooth ring; the window is open only a couple of minutes
BLEND_TICK_MS = 33  # 30 frames a second while the figure moves (or a picture crossfades)


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
        self._words = language_in_force()  # taken again at each start()
        self._snooze_minutes = snooze_minutes
        self._clock = clock
        self._pictures = pictures
        self._reduced_motion = reduced_motion
        self._voice = voice  # the tests reuse it
        # Screen readers hear each step and a calm count (core.guidance).
        self.announcer = Announcer(self, announce)
        self._keys = KeyGuard(self, clock, self)
        self._player: RoutinePlayer | None = None
        self._reported: frozenset[int] = frozenset()
        self._close_at: datetime | None = None
        self._paused_before_asking = False
        # Out of sight (under a full-screen window, another workspace): the
        # countdown waits, so a break nobody saw is never recorded as done.
        self.sight = UnseenWatch(self)
        self.sight.changed.connect(self._hold_while_unseen)
        self._paused_before_unseen = False
        self.setObjectName("breakWindow")
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(BASE_SIZE)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        self._page = ExercisePage(self._words)
        self._summary = SummaryPage(pictures, self._words)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._page)
        self._pages.addWidget(self._summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self._pages)
        self._name_parts()
        self._set_texts(self._words)  # first: the guidance may say "no voice" over them
        self._guidance = BreakGuidance(
            self.voice_button,
            self.announcer,
            sounds,
            voice,
            words=self._words,
            speak_steps=speak_steps,
        )
        self._connect(allow_skip)

    def _name_parts(self) -> None:
        """The parts' widgets under the names the app and the tests know them by."""
        page, summary = self._page, self._summary
        self.position_label, self.progress_bar = page.position_label, page.progress_bar
        self.title_label, self.picture, self.step_label = (
            page.title_label,
            page.picture,
            page.step_label,
        )
        self.ring, self.kind_label, self.rep_label = page.ring, page.kind_label, page.rep_label
        self.breathing_label, self.safety_label = page.breathing_label, page.safety_label
        self.back_button, self.pause_button, self.next_button = (
            page.back_button,
            page.pause_button,
            page.next_button,
        )
        self.snooze_button, self.skip_button = page.snooze_button, page.skip_button
        self.voice_button, self.leave_row = page.voice_button, page.leave_row
        self.confirm_bar = page.confirm_bar
        self.confirm_skip_button = page.confirm_skip_button
        self.keep_going_button = page.keep_going_button
        self.done_mark, self.done_row = summary.done_mark, summary.done_row
        self.summary_title, self.summary_label = summary.summary_title, summary.summary_label
        self.next_break_label, self.close_button = summary.next_break_label, summary.close_button
        self.progress_label = summary.progress_label

    def _connect(self, allow_skip: bool) -> None:
        self._allow_skip = allow_skip
        self._skips_left = True
        self.skip_button.setVisible(self._can_skip)
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button.clicked.connect(self.skip)
        self.confirm_skip_button.clicked.connect(self.skip)
        self.keep_going_button.clicked.connect(self.cancel_skip)
        self.close_button.clicked.connect(self.hide)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        # self.tr stays in the code, as lupdate needs it to find a counted text,
        # but answers in the held language, not in whatever is installed now.
        return self._words.translate("BreakWindow", text, disambiguation, n)

    def _set_texts(self, words: HeldLanguage) -> None:
        """Every fixed text in ``words``, the language this break keeps."""
        self._words = words
        # Set, not inherited: a right-to-left language chosen mid-break would
        # otherwise mirror the window under the person's eyes.
        self.setLayoutDirection(words.direction)
        self.setWindowTitle(self.tr("Time for a break"))
        self._page.set_texts(words)
        self._summary.set_texts(words)
        self._set_snooze_minutes(self._snooze_minutes)

    def _set_snooze_minutes(self, minutes: int) -> None:
        # Here, not on the page: lupdate marks a counted text only in a
        # ``self.tr(text, "", n)`` call, and its context is this class.
        self._snooze_minutes = minutes
        self.snooze_button.setText(self.tr("&Snooze {n} min").format(n=minutes))
        self.snooze_button.setToolTip(
            self.tr("Close this break and bring it back in %n minute(s)", "", minutes)
        )

    # -- the break -------------------------------------------------------

    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    def set_options(
        self, *, snooze_minutes: int, allow_skip: bool, reduced_motion: bool, speak_steps: bool
    ) -> None:
        """New settings from the dialog; a break already open keeps its read-aloud state."""
        self._set_snooze_minutes(snooze_minutes)
        self._allow_skip = allow_skip
        self.skip_button.setVisible(self._can_skip)
        self._reduced_motion = reduced_motion
        if not self.isVisible():
            self._guidance.want_voice(speak_steps)

    def start(
        self,
        exercises: Sequence[Exercise],
        *,
        movement: bool = False,
        eyes: bool = False,
        firmness: Firmness | None = None,
    ) -> None:
        """Open a break with ``exercises`` (in the app's language now, which it keeps).

        A movement or an eye break says so in its title (the taskbar, a screen reader).
        ``firmness``: a firmer break says why above the exercise (gentle escalation).
        """
        self._set_texts(language_in_force())
        # Worded here, in the break's language, as core's other words for it are.
        with translating_with(self._words):
            why = firmness_why(firmness) if firmness is not None else ""
        self._page.why_label.setText(why)
        self._page.why_label.setVisible(bool(why))
        if movement:
            self.setWindowTitle(self.tr("Time to stand up and move"))
        elif eyes:
            self.setWindowTitle(self.tr("Rest your eyes"))
        now = self._clock.now()
        self._player = RoutinePlayer(exercises, now)
        self._reported = frozenset()
        self._close_at = None
        self._pages.setCurrentIndex(0)
        self._page.bottom.setCurrentWidget(self.leave_row)
        self._guidance.begin(self._words)
        self._render()
        # On the screen it will open on first: the size fits that screen's room.
        screen = self._pointer_screen()
        if screen is not None:
            # On Wayland move() is ignored; choosing the screen is what places it.
            self.setScreen(screen)
        # Measured with the first step on the page (its picture, its words).
        fix_break_size(self, self._page, self._summary, self._player)
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        self.show()
        self.raise_()
        self.sight.watch()
        self._keys.start()
        self._timer.start()

    def close_for(self, reason: str, next_break_at: datetime | None = None) -> None:
        """The engine ended the break. After the routine's end the summary lingers."""
        if reason in ("completed", "skipped") and self.on_end_screen():
            if next_break_at is not None:
                self._summary.show_next_break(self._words.clock_time(next_break_at))
            self._close_at = self._clock.now() + timedelta(seconds=SUMMARY_SECONDS)
            return
        self.hide()

    def show_progress(self, today: Summary) -> None:
        """Today's statistics, the break just ended counted: one line on the end screen."""
        if self.on_end_screen():
            self._summary.show_progress(today.today.taken, today.goal, today.streak)

    def tick(self) -> None:
        now = self._clock.now()
        if self._close_at is not None:
            if now >= self._close_at:
                self.hide()
            return
        if self._player is None or self.on_end_screen():
            return
        self._player.tick(now)
        self._render()
        self._report_done()
        if self._player.finished:
            self._finish()

    def on_end_screen(self) -> bool:
        return self._pages.currentIndex() == 1

    def toggle_pause(self) -> None:
        if self._player is not None and not self._player.finished:
            self._player.set_paused(not self._player.paused, self._clock.now())
            self._render()

    @property
    def out_of_sight(self) -> bool:
        return self.sight.unseen

    def _hold_while_unseen(self, unseen: bool) -> None:
        player = self._player
        if player is None or player.finished or self.on_end_screen():
            return
        if unseen:
            self._paused_before_unseen = player.paused  # the person's own pause stays
            player.set_paused(True, self._clock.now())
        else:
            player.set_paused(self._paused_before_unseen, self._clock.now())
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

    def allow_skip_today(self, allowed: bool) -> None:
        """The daily skip budget ([escalation] daily_skips): none left, no Skip offered."""
        self._skips_left = allowed
        self.skip_button.setVisible(self._can_skip)

    @property
    def _can_skip(self) -> bool:
        # Strict mode (a setting) and the day's skips both have to allow it.
        return self._allow_skip and self._skips_left

    def _next_allowed(self) -> bool:
        """Next past the last exercise with nothing done skips the break: not in strict mode."""
        if self._can_skip or self._player is None:
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
        return self._page.asking_to_skip

    def ask_skip(self) -> None:
        """Show "Skip this break?" in place of the Snooze/Skip row; the countdown waits."""
        player = self._player
        if not self._can_skip or player is None or player.finished or self.asking_to_skip:
            return
        focused = self._focus_is_ours()
        self._paused_before_asking = player.paused
        player.set_paused(True, self._clock.now())
        self._page.bottom.setCurrentWidget(self.confirm_bar)
        self._render()
        if focused:
            self.confirm_skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_skip(self) -> None:
        if not self.asking_to_skip:
            return
        focused = self._focus_is_ours()
        self._page.bottom.setCurrentWidget(self.leave_row)
        if self._player is not None and not self._player.finished:
            self._player.set_paused(self._paused_before_asking, self._clock.now())
        self._render()
        if focused:
            self.skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_is_ours(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.owns(focus)

    def owns(self, widget: QWidget) -> bool:
        return widget is self or self.isAncestorOf(widget)

    def skip(self) -> None:
        if self._player is None or not self._can_skip:
            return
        self._page.bottom.setCurrentWidget(self.leave_row)
        self._report_done()
        self.skipped.emit(self._player.summary())

    def _finish(self) -> None:
        """The routine ran out: a finished break if anything was done to the end.

        Moving past the last exercise with nothing done is a skip, and says so.
        """
        assert self._player is not None
        summary = self._player.summary()
        by_id = {ex.id: ex for ex in self._player.exercises}
        self._summary.show_end([by_id[i] for i in summary.completed], summary.active_seconds)
        self._pages.setCurrentIndex(1)
        if summary.completed:
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
        self._guidance.follow(view)
        moving = self._page.show_view(
            view,
            progress=self._player.progress(),
            pictures=self._pictures.get(view.exercise.id, ()),
            reduced_motion=self._reduced_motion,
            next_allowed=self._next_allowed(),
        )
        # A smooth crossfade while the pose changes; a calm 10 Hz otherwise.
        self._timer.setInterval(BLEND_TICK_MS if moving else TICK_MS)

    # -- placement, keys and closing -------------------------------------

    def _pointer_screen(self) -> QScreen | None:
        return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        self._guidance.stop()
        self._keys.stop()
        self._close_at = None
        self.hidden.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button or Alt+F4: asked like Esc, never a skip at once.

        Only the person closes the window this way: the app ends a break with
        close_for() or hide(), and quits with exit(), none of which sends a
        close event. In strict mode, as Esc there, a running break stays open.
        """
        if not self.on_end_screen() and self._player is not None and self.isVisible():
            event.ignore()
            self.ask_skip()
            return
        event.accept()
