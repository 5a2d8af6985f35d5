"""Spoken guidance: an engine that may not exist, loaded only when asked for."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from microbreak.infra.speech import Speaker
from tests.helpers.fakes import SpeechEngineFactory


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
    result = subprocess.run(
        [sys.executable, "-c", REAL_ENGINE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = dict(line.split("=", 1) for line in result.stdout.splitlines())
    if out["available"] == "False":
        # Say what to do about it; and Qt's silent "mock" engine never counts.
        assert out["reason"]
        assert "speech" in out["reason"].lower()
