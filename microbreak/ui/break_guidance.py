"""What a break sounds like: its chimes, its voice (Read aloud), its screen-reader words.

core.guidance decides what is worth hearing between two views of the
player; this delivers it to the outputs that exist, and keeps the Read aloud
button honest about whether there is a voice at all.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from microbreak.core.guidance import (
    PlaySound,
    SoundOutput,
    Speak,
    VoiceOutput,
    announcements_between,
    cues_between,
)
from microbreak.core.i18n import translating_with
from microbreak.core.player import PlayerView
from microbreak.ui.announcer import Announcer
from microbreak.ui.language import HeldLanguage


class BreakGuidance:
    def __init__(
        self,
        voice_button: QPushButton,
        announcer: Announcer,
        sounds: SoundOutput | None,
        voice: VoiceOutput | None,
        *,
        words: HeldLanguage,
        speak_steps: bool,
    ) -> None:
        # Not the window: a window holding this, held back, would be a
        # reference cycle (see Announcer).
        self._button = voice_button
        self._announcer = announcer
        self._sounds = sounds
        self._voice = voice
        self._words = words
        self._last_view: PlayerView | None = None
        self._no_voice: str | None = None  # why, once known
        # Words that wait for a chime to end: said over it, neither is heard
        # (found by ear, tests/test_audio_heard.py). The chime's real length,
        # so a real timer, not the break's clock.
        self._waiting: Speak | None = None
        self._after_chime = QTimer(voice_button)
        self._after_chime.setSingleShot(True)
        self._after_chime.timeout.connect(self._say_waiting)
        voice_button.setChecked(speak_steps and voice is not None)
        voice_button.setVisible(voice is not None)
        voice_button.toggled.connect(self._toggled)
        self._show_known_voice()

    def begin(self, words: HeldLanguage) -> None:
        """A break opens in ``words``: all is new, and the voice is checked if it is wanted."""
        self._words = words
        self._last_view = None
        if self._voice is not None:
            self._voice.speak_in(words.name)
        if self._no_voice is not None:
            self._show_voice_missing(self._no_voice)  # in this break's language
        if self._button.isChecked():
            self._check_voice()
        else:
            self._show_known_voice()

    def follow(self, view: PlayerView) -> None:
        """Play, say and announce what changed since the last view (see core.guidance)."""
        # core words them; in the break's language, whatever the app speaks now.
        with translating_with(self._words):
            cues = cues_between(self._last_view, view)
            announced = announcements_between(self._last_view, view)
        for text in announced:
            self._announcer.announce(text)
        self._last_view = view
        speak = self._voice is not None and self._button.isChecked()
        chime = 0.0
        for cue in cues:
            if isinstance(cue, PlaySound):
                if self._sounds is not None:
                    chime = max(chime, self._sounds.play(cue.cue))
            elif speak:
                self._say(cue, after=chime)

    def _say(self, cue: Speak, *, after: float) -> None:
        """Say ``cue`` once ``after`` seconds of chime are over; newer words replace waiting."""
        if cue.count and self._waiting is not None:
            # Words still to come (none yet said): any count now, the last too,
            # would replace them.
            return
        self._after_chime.stop()
        self._waiting = None
        if after > 0:
            self._waiting = cue
            self._after_chime.start(round(after * 1000))
        elif self._voice is not None:
            self._voice.say(cue.text, count=cue.on_time_only)

    def _say_waiting(self) -> None:
        cue, self._waiting = self._waiting, None
        if cue is not None and self._voice is not None and self._button.isChecked():
            self._voice.say(cue.text, count=cue.on_time_only)

    def want_voice(self, speak_steps: bool) -> None:
        """The setting, for the next break (an open one keeps what the person chose in it)."""
        self._button.blockSignals(True)
        self._button.setChecked(speak_steps and self._voice is not None)
        self._button.blockSignals(False)

    def stop(self) -> None:
        self._after_chime.stop()
        self._waiting = None
        if self._voice is not None and self._button.isChecked():
            self._voice.stop()

    def _toggled(self, on: bool) -> None:
        if on:
            if self._check_voice() and self._last_view is not None and self._voice is not None:
                # Start with the step in progress, so nothing is missed.
                self._voice.say(self._last_view.step.text)
        elif self._voice is not None:
            self._after_chime.stop()
            self._waiting = None
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
        self._no_voice = reason
        translate = self._words.translate
        button = self._button
        button.blockSignals(True)
        button.setChecked(False)
        button.blockSignals(False)
        button.setEnabled(False)
        button.setText(translate("BreakWindow", "Read aloud: no voice"))
        tip = translate("BreakWindow", "Spoken guidance is not available. {reason}").format(
            reason=reason
        )
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
