"""Spoken guidance: an engine that may not exist, loaded only when asked for."""

from __future__ import annotations

import ctypes.util
import logging
import os
import sys
from dataclasses import replace
from datetime import timedelta

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Exercise
from microbreak.core.guidance import FINISHED_WORDS, Speak, cues_between
from microbreak.core.player import PlayerView, RoutinePlayer
from microbreak.infra.speech import Speaker
from tests.helpers.child import run_python
from tests.helpers.fakes import FakeSpeechEngine, SpeechEngineFactory
from tests.helpers.routine import make


def test_nothing_is_loaded_until_asked() -> None:
    factory = SpeechEngineFactory()
    speaker = Speaker(factory)
    speaker.say("Lift your shoulders.")  # not probed yet: says nothing, loads nothing
    assert factory.built == 0
    assert speaker.probe().available
    speaker.say("Lift your shoulders.")
    assert factory.engine.said == ["Lift your shoulders."]
    speaker.probe()
    assert factory.built == 1


def test_no_engine_is_reported_with_a_reason_and_stays_quiet(
    caplog: pytest.LogCaptureFixture,
) -> None:
    factory = SpeechEngineFactory(unavailable="No speech engine is installed.")
    speaker = Speaker(factory)
    with caplog.at_level(logging.WARNING):
        status = speaker.probe()
        speaker.probe()
        speaker.say("Hold.")  # never raises
    assert not status.available
    assert status.reason == "No speech engine is installed."
    assert factory.built == 1
    assert len(caplog.records) == 1


def test_a_late_count_is_dropped_but_steps_are_always_said() -> None:
    factory = SpeechEngineFactory()
    speaker = Speaker(factory)
    speaker.probe()
    factory.engine.busy = True
    speaker.say("3", count=True)
    speaker.say("Relax.")
    factory.engine.busy = False
    speaker.say("2", count=True)
    assert factory.engine.said == ["Relax.", "2"]


def test_an_engine_that_fails_later_turns_the_voice_off() -> None:
    factory = SpeechEngineFactory()
    speaker = Speaker(factory)
    speaker.probe()
    factory.engine.error = "speech-dispatcher went away"
    speaker.say("Hold.")
    status = speaker.probe()
    assert not status.available
    assert "speech-dispatcher went away" in status.reason
    assert factory.engine.said == []


REAL_ENGINE = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from microbreak.infra.speech import Speaker
status = Speaker().probe()
print(f"available={status.available}")
print(f"reason={status.reason}")
"""


@pytest.mark.slow
def test_the_real_engine_is_found_or_the_reason_is_given() -> None:
    """QtTextToSpeech for real, in its own process (Qt logs engine failures)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_python(REAL_ENGINE, env)
    out = dict(line.split("=", 1) for line in result.stdout.splitlines())
    if out["available"] == "False":
        # Say what to do about it; and Qt's silent "mock" engine never counts.
        assert out["reason"]
        assert "speech" in out["reason"].lower()


def test_a_missing_speech_library_is_known_without_starting_an_engine() -> None:
    factory = SpeechEngineFactory()
    speaker = Speaker(factory, precheck=lambda: "No speech engine is installed.")
    status = speaker.known_status()
    assert status is not None
    assert not status.available
    assert status.reason == "No speech engine is installed."
    assert not speaker.probe().available  # the probe agrees, and starts nothing
    assert factory.built == 0


def test_nothing_is_known_before_the_probe_unless_the_precheck_says_so() -> None:
    factory = SpeechEngineFactory(unavailable="speech-dispatcher does not start")
    speaker = Speaker(factory)  # another factory than Qt's: no precheck of Qt's library
    assert speaker.known_status() is None
    assert factory.built == 0
    speaker.probe()
    known = speaker.known_status()
    assert known is not None
    assert known.reason == "speech-dispatcher does not start"


def test_the_qt_engine_is_prechecked_by_speech_dispatchers_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from microbreak.infra import speech

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(speech, "linker_finds", lambda name: False)
    missing = speech.Speaker().known_status()
    assert missing is not None
    assert missing.reason.startswith("No speech engine is installed.")
    monkeypatch.setattr(speech, "linker_finds", lambda name: name == "speechd")
    assert speech.Speaker().known_status() is None  # only starting it can tell


def test_the_linker_cache_answers_as_find_library_does() -> None:
    from microbreak.infra.speech import linker_finds

    for name in ("c", "m", "surely-no-such-library-here"):
        assert linker_finds(name) == (ctypes.util.find_library(name) is not None), name


def test_what_is_said_is_said_in_the_language_asked_for() -> None:
    """A voice loaded in one break's language reads the next break's in its own."""
    factory = SpeechEngineFactory()
    speaker = Speaker(factory)
    speaker.probe()
    speaker.say("Hello")
    assert factory.engine.language == ""  # none asked for: the engine's own
    speaker.speak_in("de_DE")
    speaker.say("Hallo")
    assert factory.engine.language == "de_DE"


class TalkingEngine(FakeSpeechEngine):
    """A voice that takes time to talk: busy for ``len(text) / rate`` seconds
    of the fake clock (espeak-ng says 13 to 19 characters a second of the
    built-in steps), and cut off by the next thing it is told to say."""

    def __init__(self, clock: FakeClock, rate: float = 14.0) -> None:
        super().__init__()
        self.clock = clock
        self.rate = rate
        self.until = clock.now()

    def say(self, text: str) -> None:
        super().say(text)
        self.until = self.clock.now() + timedelta(seconds=len(text) / self.rate)

    def speaking(self) -> bool:
        return self.clock.now() < self.until


def heard_through(exercise: Exercise, clock: FakeClock) -> list[str]:
    """What a person hears of a whole break: the core's cues said by the Speaker."""
    engine = TalkingEngine(clock)
    speaker = Speaker(lambda: engine)
    speaker.probe()
    player = RoutinePlayer([exercise], clock.now())
    before: PlayerView | None = None
    while True:
        view = player.view()
        for cue in cues_between(before, view):
            if isinstance(cue, Speak):
                speaker.say(cue.text, count=cue.on_time_only)  # as the break window does
        before = view
        if view.finished:
            return engine.said
        clock.advance(0.1)
        player.tick(clock.now())


@pytest.mark.parametrize("hold", [2, 3, 5])
def test_a_short_hold_read_aloud_still_ends_with_a_spoken_count(
    clock: FakeClock, hold: int
) -> None:
    """Its words outlast all but the last second: the earlier counts would be
    said late and are dropped, but the last one is the cue that the hold ends."""
    words = "Glide your head back so it sits over your shoulders, chin level. Hold."
    assert len(words) / 14.0 > hold - 1  # the voice is still reading at every count
    ex = make("squeeze", reps=1, hold=hold)
    ex = replace(ex, steps=(ex.steps[0], replace(ex.steps[1], text=words)))
    said = heard_through(ex, clock)
    after_words = said[said.index(words) + 1 :]
    assert after_words[0] == "1"
    assert not [w for w in after_words[1:] if w.isdigit()]


def test_a_hold_whose_words_are_short_is_counted_once_the_words_are_over(
    clock: FakeClock,
) -> None:
    said = heard_through(make("shrug", reps=1, hold=5), clock)  # "Hold": 0.3 s of talk
    assert said[said.index("Hold") + 1 :][:4] == ["4", "3", "2", "1"]
    # Words that take 2.5 s leave the last numbers only, each on time.
    ex = make("reach", reps=1, hold=5)
    words = "Stretch up as high as you can. Hold."
    ex = replace(ex, steps=(ex.steps[0], replace(ex.steps[1], text=words)))
    said = heard_through(ex, clock)
    assert said[said.index(words) + 1 :][:3] == ["2", "1", FINISHED_WORDS]
