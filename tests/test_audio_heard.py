"""The chimes and the spoken guidance, heard for real through a null sink.

Every other test of sound and voice runs silent (fake backends). Here a real
break window (tests/audio_child.py, offscreen, on the real clock, short
steps, in German) plays through libpulse-simple into a private PulseAudio and
speaks through QtTextToSpeech, speech-dispatcher and espeak-ng into a second
sink of it (tests/helpers/audio.py); both sinks' monitors are recorded. The
test then checks, on the same clocks as the break:

- each chime sounds at its moment (start, the tick of the second repetition,
  end), in order, for its own length, and nothing else does;
- speech-dispatcher was given the steps, each repetition's words and the
  countdown in order, each at its moment, in German, and each is heard;
- the voice never speaks over a chime.

What it found, now fixed: the words that open and end a break were said over
the chime (both started at once); the first chime of a session came most of
a second late (QtMultimedia loading at the first chime); and a voice loaded
in one language read every later break in that language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from microbreak.infra.resources import sounds_dir
from microbreak.infra.sound import SOUND_FILES, wav_seconds
from tests.audio_child import HOLD_SECONDS, MOVE_SECONDS, REPETITIONS
from tests.helpers.audio import AudioRig, Burst, Queued, Recording, missing_parts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
LATE = 0.35  # how long after its moment a sound may begin (a shared CI machine)
SPOKEN_WITHIN = 0.7  # from speech-dispatcher queueing words to hearing them
LENGTH_SLACK = 0.3  # a heard chime's length against its file's


def chime_seconds(name: str) -> float:
    seconds = wav_seconds(sounds_dir() / name)
    assert seconds is not None
    return seconds


START, TICK, END = (chime_seconds(SOUND_FILES[cue]) for cue in SOUND_FILES)


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AudioRig]:
    missing = missing_parts()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    audio = AudioRig(tmp_path_factory.mktemp("audio"))
    audio.start()
    yield audio
    audio.stop()


@dataclass
class Heard:
    start: float  # time.monotonic when the break (or the chime) began
    wall: float  # time.time then: speech-dispatcher's log is in wall time
    lines: list[dict[str, Any]]
    chimes: list[Burst]
    voice: list[Burst]
    queued: list[Queued]

    def at(self, burst: Burst) -> float:
        return burst.start - self.start

    def queued_at(self, q: Queued) -> float:
        return q.at - self.wall


def hear(rig: AudioRig, mode: str) -> Heard:
    before = len(rig.queued())
    env = rig.env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    with rig.recording() as recorded:
        child = subprocess.run(
            [sys.executable, "-m", "tests.audio_child", mode, "de"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert child.returncode == 0, child.stderr
    lines = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2, child.stdout + child.stderr
    assert lines[1]["problems"] == [], lines[1]
    chimes: Recording = recorded["chimes"]
    voice: Recording = recorded["voice"]
    return Heard(
        lines[0]["start"],
        lines[0]["wall"],
        lines,
        chimes.bursts(),
        voice.bursts(),
        rig.queued()[before:],
    )


@pytest.fixture(scope="module")
def german_break(rig: AudioRig) -> Heard:
    return hear(rig, "break")


def test_each_chime_sounds_at_its_moment_in_order(german_break: Heard) -> None:
    heard = german_break
    assert heard.lines[1]["sounds"] == ["start", "repetition", "end"]
    repetition = MOVE_SECONDS + HOLD_SECONDS
    expected = [(0.0, START), (repetition, TICK), (REPETITIONS * repetition, END)]
    found = [(round(heard.at(b), 2), round(b.end - b.start, 2)) for b in heard.chimes]
    assert len(found) == len(expected), f"chimes heard (at, length): {found}"
    for (at, length), (moment, seconds) in zip(found, expected, strict=True):
        assert moment - 0.05 <= at <= moment + LATE, f"{found} against {expected}"
        assert abs(length - seconds) <= LENGTH_SLACK, f"{found} against {expected}"


def test_the_chimes_load_no_qt_multimedia_and_leave_nothing_running(german_break: Heard) -> None:
    """libpulse-simple plays them: no QtMultimedia, no FFmpeg kept for the day.

    QtTextToSpeech (the voice) is loaded here too: it does not bring either.
    """
    end = german_break.lines[1]
    assert end["multimedia"] is False
    assert end["ffmpeg"] == []
    assert end["chime_threads"] == 0


def test_steps_and_countdown_are_said_in_order_at_their_moments_in_german(
    german_break: Heard,
) -> None:
    heard = german_break
    said = heard.lines[1]["said"]
    move, hold = heard.lines[0]["steps"]
    assert [q.text for q in heard.queued] == said  # all of it reached the engine, in order
    assert all(q.language.startswith("de") for q in heard.queued), heard.queued
    assert all(q.voice and "english" not in q.voice.lower() for q in heard.queued), heard.queued

    repetition = MOVE_SECONDS + HOLD_SECONDS
    # The words (not counts), when each is due: after the chime it follows.
    expected = [
        (0.0 + START, f". {move}"),
        (MOVE_SECONDS, hold),
        (repetition + TICK, f"2 von 2. {move}"),
        (repetition + MOVE_SECONDS, hold),
        (REPETITIONS * repetition + END, "Gut gemacht. "),
    ]
    words = [q for q in heard.queued if not q.text.isdigit()]
    timeline = [(round(heard.queued_at(q), 2), q.text) for q in heard.queued]
    assert len(words) == len(expected), timeline
    for q, (moment, text) in zip(words, expected, strict=True):
        assert text in q.text, timeline
        assert moment - 0.05 <= heard.queued_at(q) <= moment + LATE, timeline

    # The countdown of each hold: the seconds left, said on the second, down to 1.
    for n in range(REPETITIONS):
        hold_start = n * repetition + MOVE_SECONDS
        hold_end = hold_start + HOLD_SECONDS
        counts = [q for q in heard.queued if q.text.isdigit() and hold_start < heard.queued_at(q)]
        counts = [q for q in counts if heard.queued_at(q) < hold_end]
        assert len(counts) >= 2, timeline  # the hold's words take the first seconds
        assert [int(q.text) for q in counts] == list(range(len(counts), 0, -1)), timeline
        for q in counts:
            due = hold_end - int(q.text)
            assert due - 0.05 <= heard.queued_at(q) <= due + LATE, timeline

    # Each was heard: sound on the voice's sink within moments of being queued.
    voice = [(round(heard.at(b), 2), round(heard.at(b) + b.end - b.start, 2)) for b in heard.voice]
    for q in heard.queued:
        at = q.at - heard.wall + heard.start
        assert any(b.start <= at + SPOKEN_WITHIN and b.end >= at for b in heard.voice), (
            f"{q.text!r} queued at {heard.queued_at(q):.2f} s, voice heard at {voice}"
        )
    assert heard.at(heard.voice[0]) >= START - 0.05, voice  # nothing before the first words


def test_the_voice_never_speaks_over_a_chime(german_break: Heard) -> None:
    heard = german_break
    overlaps = [
        (round(heard.at(c), 2), round(heard.at(v), 2))
        for c in heard.chimes
        for v in heard.voice
        # A few tens of milliseconds: each burst is known to one RMS window.
        if v.start < c.end - 0.06 and c.start < v.end - 0.06
    ]
    assert overlaps == []


def test_the_ears_are_deaf_to_a_muted_sink(rig: AudioRig) -> None:
    """The checks above can fail: the same chime and words, muted, are not heard."""
    heard = hear(rig, "chime")
    assert heard.lines[1]["sounds"] == ["start"]
    assert len(heard.chimes) == 1
    assert heard.voice
    rig.set_muted(True)
    try:
        muted = hear(rig, "chime")
    finally:
        rig.set_muted(False)
    assert muted.lines[1]["sounds"] == ["start"]  # the app played it...
    assert [q.text for q in muted.queued] == ["microbreak"]  # ...and said it
    assert muted.chimes == []  # but nothing was heard
    assert muted.voice == []
