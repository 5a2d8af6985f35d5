"""Sounds: the shipped files, lazy loading, settings, and silence when there is no audio."""

from __future__ import annotations

import ctypes.util
import logging
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from microbreak.core.guidance import SoundCue
from microbreak.core.settings import SoundSettings
from microbreak.infra.resources import sounds_dir
from microbreak.infra.sound import SOUND_FILES, SoundPlayer, SoundUnavailableError
from tests.helpers.child import run_python
from tests.helpers.fakes import FakeSoundBackend, SoundBackendFactory

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_sounds_are_what_the_script_makes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging/tools/make_sounds.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in SOUND_FILES.values():
        assert (tmp_path / name).read_bytes() == (sounds_dir() / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(SOUND_FILES.values()))
def test_each_sound_is_short_small_mono_wav(name: str) -> None:
    with wave.open(str(sounds_dir() / name)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22_050)
        seconds = w.getnframes() / w.getframerate()
    assert 0.03 < seconds < 2.0
    assert (sounds_dir() / name).stat().st_size < 100_000


def test_the_start_and_end_chimes_differ() -> None:
    start = (sounds_dir() / SOUND_FILES[SoundCue.START]).read_bytes()
    end = (sounds_dir() / SOUND_FILES[SoundCue.END]).read_bytes()
    assert start != end


def test_nothing_is_loaded_until_the_first_sound(tmp_path: Path) -> None:
    factory = SoundBackendFactory()
    player = SoundPlayer(SoundSettings(), sounds_dir(), factory)
    assert factory.built == 0
    assert not player.loaded
    player.play(SoundCue.START)
    player.play(SoundCue.END)
    assert factory.built == 1
    assert factory.backend.played == [(SoundCue.START, 0.6), (SoundCue.END, 0.6)]
    assert factory.files[SoundCue.START] == sounds_dir() / "start.wav"


def test_sound_off_never_loads_the_audio_module() -> None:
    factory = SoundBackendFactory()
    player = SoundPlayer(SoundSettings(enabled=False), sounds_dir(), factory)
    for cue in SoundCue:
        player.play(cue)
    assert factory.built == 0
    muted = SoundPlayer(SoundSettings(volume=0), sounds_dir(), factory)
    muted.play(SoundCue.START)
    assert factory.built == 0


def test_the_repetition_tick_is_optional() -> None:
    factory = SoundBackendFactory()
    SoundPlayer(SoundSettings(), sounds_dir(), factory).play(SoundCue.REPETITION)
    assert factory.backend.played == []
    settings = SoundSettings(tick_each_repetition=True, volume=30)
    ticking = SoundPlayer(settings, sounds_dir(), factory)
    ticking.play(SoundCue.REPETITION)
    assert factory.backend.played == [(SoundCue.REPETITION, 0.3)]


def test_no_audio_device_means_silence_and_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    factory = SoundBackendFactory(unavailable="there is no audio output device")
    player = SoundPlayer(SoundSettings(), sounds_dir(), factory)
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            player.play(SoundCue.START)  # never raises
            player.play(SoundCue.END)
    assert factory.built == 1  # no retry storm
    assert player.problem == "there is no audio output device"
    assert [r.getMessage() for r in caplog.records] == [
        "sounds are off for this session: there is no audio output device"
    ]


def test_a_sound_that_fails_to_play_turns_sounds_off_quietly(
    caplog: pytest.LogCaptureFixture,
) -> None:
    factory = SoundBackendFactory(FakeSoundBackend(fail_with=RuntimeError("device lost")))
    player = SoundPlayer(SoundSettings(), sounds_dir(), factory)
    with caplog.at_level(logging.WARNING):
        player.play(SoundCue.START)
        player.play(SoundCue.END)
    assert player.problem == "device lost"
    assert len(caplog.records) == 1
    assert list(player.recent) == []


def test_only_the_last_few_cues_are_remembered() -> None:
    player = SoundPlayer(SoundSettings(), sounds_dir(), SoundBackendFactory())
    for _ in range(100):
        player.play(SoundCue.START)
    assert len(player.recent) == 20


def test_the_missing_device_error_names_itself() -> None:
    assert str(SoundUnavailableError("there is no audio output device")).startswith("there is")


REAL_BACKEND = """
import logging, sys
logging.basicConfig(level=logging.WARNING, format="%(message)s")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from microbreak.core.guidance import SoundCue
from microbreak.core.settings import SoundSettings
from microbreak.infra.resources import sounds_dir
from microbreak.infra.sound import SoundPlayer
player = SoundPlayer(SoundSettings(), sounds_dir())
player.play(SoundCue.START)
player.play(SoundCue.END)
print("problem=" + str(player.problem))
print("waiting=" + str(player.waiting_for_server))
print("played=" + ",".join(player.recent))
print("multimedia=" + str("PySide6.QtMultimedia" in sys.modules))
"""


@pytest.mark.slow
def test_the_real_backend_plays_or_stays_silent_without_raising() -> None:
    """The backend the app chooses, in its own process (it may print Qt warnings).

    On a machine with no sound server (like CI) the chimes wait, silent, for
    one to answer, and QtMultimedia is not loaded for them (it would play to
    the same server); on a desktop it plays both chimes.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_python(REAL_BACKEND, env)
    assert "Traceback" not in result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert lines["problem"] == "None"
    if lines["waiting"] == "None":
        assert lines["played"] == "start,end"
    else:
        assert lines["played"] == ""
        assert result.stderr.count("chimes are silent until a sound server answers") == 1
    if sys.platform.startswith("linux") and ctypes.util.find_library("pulse-simple"):
        assert lines["multimedia"] == "False"


LAZY = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
from microbreak.app.build import build
from microbreak.infra.paths import AppPaths
from microbreak.infra.system_clock import SystemClock

class Timer(QObject):
    fired = Signal()
    def arm(self, at): pass
    def shutdown(self): pass

root = Path(tempfile.mkdtemp())
paths = AppPaths.inside(root)
mb = build(SystemClock(), paths, Timer(), use_tray=False)
mb.start()
heavy = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
print(sorted(m for m in sys.modules if m.startswith(heavy)))
"""


@pytest.mark.slow
def test_the_idle_app_has_not_loaded_multimedia_or_speech() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_python(LAZY, env)
    assert result.stdout.strip() == "[]"
