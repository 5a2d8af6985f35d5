"""What a break says and sounds like, step by step: cues as data.

The break window compares the player's view before and after each tick and
asks :func:`cues_between` what to play or say: a chime when the break starts,
a tick at each repetition, a different chime at the end; spoken, each new step
(with the exercise's name or the repetition number in front) and a count
during holds, so a person can follow with their eyes closed. Whether a cue is
heard is the outputs' business (sound settings, a speech engine that may not
exist); this module only decides what would be worth hearing, so it is tested
on a fake clock without any audio.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from microbreak.core.describe import in_full_words
from microbreak.core.exercise import StepKind
from microbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from microbreak.core.player import PlayerView


class SoundCue(StrEnum):
    START = "start"  # a break begins
    REPETITION = "repetition"  # the next repetition begins (optional, off by default)
    END = "end"  # the break is over


@dataclass(frozen=True)
class PlaySound:
    cue: SoundCue


@dataclass(frozen=True)
class Speak:
    text: str
    count: bool = False  # a number of a hold's countdown
    # Said over the step's words if the voice is still reading them: a hold's
    # last count (see final_count).
    over_words: bool = False

    @property
    def on_time_only(self) -> bool:
        """A count is worth saying only on time: if the voice is still busy
        with the step's words, it is dropped rather than said late."""
        return self.count and not self.over_words


Cue = PlaySound | Speak


class SoundOutput(Protocol):
    def play(self, cue: SoundCue) -> float:
        """Play a cue, or do nothing; how many seconds it sounds for. Never raises."""


class VoiceStatus(Protocol):
    @property
    def available(self) -> bool: ...

    @property
    def reason(self) -> str:
        """Why not, in words for the person, when not available."""


class VoiceOutput(Protocol):
    def probe(self) -> VoiceStatus:
        """Is there a speech engine? Loads it on first call."""

    def known_status(self) -> VoiceStatus | None:
        """What is known without loading an engine: None until there is reason to doubt."""

    def speak_in(self, language: str) -> None:
        """Say what comes next in ``language`` (a locale name: "de_DE", "en")."""

    def say(self, text: str, *, count: bool = False) -> None:
        """Say it, or do nothing. Never raises."""

    def stop(self) -> None: ...


FINISHED_WORDS = QT_TRANSLATE_NOOP("guidance", "Well done. That is the end of this break.")
PAUSED_WORDS = QT_TRANSLATE_NOOP("guidance", "Paused.")


def counted(remaining: int, step_seconds: int) -> bool:
    """Which whole seconds left in a hold are said aloud: the last five, and each ten."""
    if remaining < 1 or remaining >= step_seconds:
        return False
    return remaining <= 5 or remaining % 10 == 0


def cues_between(before: PlayerView | None, after: PlayerView) -> list[Cue]:
    """The cues for going from ``before`` (None: the break just opened) to ``after``."""
    if before is None:
        return [PlaySound(SoundCue.START), Speak(_introduce(after))]
    if after.finished:
        return (
            []
            if before.finished
            else [PlaySound(SoundCue.END), Speak(translate("guidance", FINISHED_WORDS))]
        )
    if after.paused:
        if not before.paused:
            return [Speak(translate("guidance", PAUSED_WORDS))]
        # Back or Next while paused: the window shows another exercise, so say
        # which (it stays paused; the chimes and counts wait for the resume).
        return [Speak(_introduce(after))] if after.position != before.position else []
    if after.position != before.position:
        new_exercise = after.exercise_number != before.exercise_number
        new_repetition = after.repetition >= 1 and (
            after.repetition != before.repetition or after.side != before.side
        )
        cues: list[Cue] = []
        if new_repetition:
            cues.append(PlaySound(SoundCue.REPETITION))
        if new_exercise:
            cues.append(Speak(_introduce(after)))
        elif new_repetition and after.repetitions > 1:
            cues.append(
                Speak(
                    translate("guidance", "{n} of {total}. {step}").format(
                        n=after.repetition, total=after.repetitions, step=after.step.text
                    )
                )
            )
        else:
            cues.append(Speak(after.step.text))
        return cues
    if after.step.kind is StepKind.HOLD and not before.paused:
        left = _whole(after.step_remaining)
        if left < _whole(before.step_remaining) and counted(left, after.step.seconds):
            return [Speak(str(left), count=True, over_words=final_count(left))]
    return []


def final_count(remaining: int) -> bool:
    """The hold's last count ("1") is said even over the step's words.

    The earlier counts give way to the words, and a short hold whose words
    are long (read aloud, they outlast all but its last second, more so in
    German) would otherwise end with no number at all: the "1" is the cue
    that the hold ends. It cuts at most the words' last second; words that
    outlast the hold are cut by the next step's a second later anyway.
    """
    return remaining == 1


def _introduce(view: PlayerView) -> str:
    return translate("guidance", "{exercise}. {step}").format(
        exercise=view.exercise.name, step=view.step.text
    )


def _whole(seconds: float) -> int:
    # As the countdown ring shows it: 4.2 s left reads "5".
    return math.ceil(seconds - 1e-6) if seconds > 0 else 0


# A screen reader speaks over the person's own reading: its countdown is the
# last three seconds only, where the voice (which the person turned on) counts
# more.
ANNOUNCED_COUNTS = 3


def announcements_between(before: PlayerView | None, after: PlayerView) -> list[str]:
    """What a screen reader is told between two views: each step, and a calm count.

    The words are the spoken guidance's (:func:`cues_between`); a hold adds
    how long it lasts as it starts, and of its count only 3, 2, 1 are told.
    """
    texts = []
    for cue in cues_between(before, after):
        if not isinstance(cue, Speak):
            continue
        if cue.count and int(cue.text) > ANNOUNCED_COUNTS:
            continue
        texts.append(cue.text)
    starts_hold = before is None or after.position != before.position
    if texts and starts_hold and not after.finished and after.step.kind is StepKind.HOLD:
        texts.append(in_full_words(after.step.seconds))
    return texts
