"""The break window with its real chimes and real voice, for tests/test_audio_heard.py.

Run as ``python -m tests.audio_child MODE LANGUAGE`` with the environment of
tests/helpers/audio.py's AudioRig (its PulseAudio and speech-dispatcher):

- ``break``: a one-exercise break in LANGUAGE, on the real clock, with short
  steps (MOVE_SECONDS, HOLD_SECONDS, REPETITIONS), offscreen, Read aloud on
  and the tick at each repetition on, until a few seconds after its end;
- ``chime``: the start chime and one sentence, through the same players.

A child process, not the test's own: QtMultimedia and QtTextToSpeech find
their sound server when they first load, and in the test process another
test may have loaded them already without one.

It prints one JSON line when the break starts (``start``: time.monotonic and
time.time) and one at the end (``sounds``, ``said``: what the app handed to
its players, ``problems``, and what the chimes left loaded or running:
``multimedia``, whether PySide6.QtMultimedia was imported; ``ffmpeg``, the
FFmpeg libraries mapped; ``chime_threads``, chime threads still alive).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from microbreak.core import i18n
from microbreak.core.exercise import Exercise, Sides, StepKind
from microbreak.core.guidance import SoundCue
from microbreak.core.settings import SoundSettings
from microbreak.infra.resources import (
    builtin_exercises_dir,
    load_exercises,
    sounds_dir,
    translations_dir,
)
from microbreak.infra.sound import SoundPlayer
from microbreak.infra.speech import Speaker
from microbreak.infra.system_clock import SystemClock
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.language import LanguageSwitch, install_english_plurals

MOVE_SECONDS = 3
HOLD_SECONDS = 9
REPETITIONS = 2
EXERCISE = "shoulder-squeeze"  # a move and a hold, seated
HEADS_UP_MS = 1000
AFTER_END_MS = 6500  # the end chime and "Well done..." are heard before the child quits


def short_exercise(exercise: Exercise) -> Exercise:
    """The exercise's first move and first hold, short, twice, on one side."""
    move = next(s for s in exercise.steps if s.kind is StepKind.MOVE)
    hold = next(s for s in exercise.steps if s.kind is StepKind.HOLD)
    return replace(
        exercise,
        setup=(),
        sides=Sides.NONE,
        repetitions=REPETITIONS,
        steps=(replace(move, seconds=MOVE_SECONDS), replace(hold, seconds=HOLD_SECONDS)),
    )


def say_line(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def ffmpeg_mapped() -> list[str]:
    """The FFmpeg libraries (QtMultimedia's media backend) this process has mapped."""
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    names = {line.rsplit("/", 1)[-1] for line in lines if "/" in line}
    return sorted(n for n in names if n.startswith(("libavcodec", "libavformat", "libffmpeg")))


def main(mode: str, language: str) -> None:
    app = QApplication([])
    install_english_plurals(app, translations_dir())
    switch = LanguageSwitch(app, translations_dir(), forced=None)
    switch.use("en")
    sounds = SoundPlayer(
        SoundSettings(enabled=True, volume=100, tick_each_repetition=True), sounds_dir()
    )
    speaker = Speaker()
    # Read aloud was used in an English break before: the voice is loaded in
    # English, then the person chose LANGUAGE.
    speaker.probe()
    switch.use(language)

    def report() -> None:
        problems = [p for p in (sounds.problem, speaker.probe().reason) if p]
        say_line(
            sounds=[str(c) for c in sounds.recent],
            said=list(speaker.recent),
            problems=problems,
            multimedia="PySide6.QtMultimedia" in sys.modules,
            ffmpeg=ffmpeg_mapped(),
            chime_threads=sum(t.name == "microbreak-chime" for t in threading.enumerate()),
        )
        app.quit()

    if mode == "chime":
        say_line(start=time.monotonic(), wall=time.time())
        sounds.play(SoundCue.START)
        speaker.say("microbreak")
        QTimer.singleShot(3000, report)
        app.exec()
        return

    catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
    exercise = short_exercise(catalog.exercises[EXERCISE])
    window = BreakWindow(
        SystemClock(),
        catalog.pictures,
        snooze_minutes=5,
        sounds=sounds,
        voice=speaker,
        speak_steps=True,
        announce=lambda _target, _text: None,
    )
    window.finished.connect(lambda _summary: QTimer.singleShot(AFTER_END_MS, report))
    sounds.prepare()  # as the app's WindowFactory does when it makes the window

    def start() -> None:
        say_line(start=time.monotonic(), wall=time.time(), steps=[s.text for s in exercise.steps])
        window.start([exercise])

    # The window is made at the heads-up, HEADS_UP_MS before the break.
    QTimer.singleShot(HEADS_UP_MS, start)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
