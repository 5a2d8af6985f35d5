"""The chime WAVs as samples, scaled to a volume, played on a thread of their own.

Shared by the backends that play without QtMultimedia (infra/sound_pulse.py,
infra/sound_winsound.py): the files are read once with ``wave``, the samples
scaled with ``array`` (``audioop`` is gone in Python 3.13), and each chime is
played from a short-lived daemon thread, so the Qt event loop never waits for
a sound server and nothing is left running between chimes.
"""

from __future__ import annotations

import array
import io
import math
import sys
import threading
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from microbreak.core.guidance import SoundCue
from microbreak.infra.sound import SoundUnavailableError

LN_100 = math.log(100)


def linear_gain(perceptual: float) -> float:
    """The volume slider's position (0.0 to 1.0) as a factor on the samples.

    The same conversion as Qt's ``QAudio.convertVolume(v,
    LogarithmicVolumeScale, LinearVolumeScale)``, which the QSoundEffect
    backend uses: ``gain = -ln(1 - v) / ln(100)``, and 1.0 from v = 0.99 up
    (the curve reaches 1.0 there and would run off to infinity at 1.0). The
    slider's middle (0.5) is about -16 dB, its default (0.6) about -14 dB.
    """
    v = max(0.0, perceptual)
    if v >= 0.99:
        return 1.0
    return -math.log(1.0 - v) / LN_100


@dataclass(frozen=True)
class Pcm:
    """A WAV file's uncompressed samples and their format."""

    channels: int
    width: int  # bytes a sample: 1 (unsigned 8-bit) or 2 (signed 16-bit little-endian)
    rate: int
    frames: bytes

    @property
    def seconds(self) -> float:
        return len(self.frames) / (self.channels * self.width * self.rate)

    def scaled(self, gain: float) -> bytes:
        """The samples times ``gain`` (clamped to the sample's range), same format."""
        if gain >= 1.0:
            return self.frames
        if self.width == 1:  # unsigned, silence at 128
            return bytes(min(255, max(0, round((s - 128) * gain) + 128)) for s in self.frames)
        samples = array.array("h", self.frames)
        if sys.byteorder == "big":  # WAV is little-endian
            samples.byteswap()
        samples = array.array("h", (min(32767, max(-32768, round(s * gain))) for s in samples))
        if sys.byteorder == "big":
            samples.byteswap()
        return samples.tobytes()

    def wav(self, frames: bytes) -> bytes:
        """``frames`` (in this format) as a whole WAV file, in memory."""
        out = io.BytesIO()
        with wave.open(out, "wb") as w:
            w.setnchannels(self.channels)
            w.setsampwidth(self.width)
            w.setframerate(self.rate)
            w.writeframes(frames)
        return out.getvalue()


def read_pcm(path: Path) -> Pcm:
    """Read a WAV of 8- or 16-bit samples; :class:`SoundUnavailableError` says why not."""
    try:
        with wave.open(str(path)) as w:
            pcm = Pcm(w.getnchannels(), w.getsampwidth(), w.getframerate(), w.readframes(-1))
    except (OSError, EOFError, wave.Error) as exc:
        raise SoundUnavailableError(f"{path} cannot be read ({exc})") from exc
    if pcm.width not in (1, 2):
        raise SoundUnavailableError(f"{path} has {8 * pcm.width}-bit samples (8 or 16 play)")
    return pcm


def read_all(files: Mapping[SoundCue, Path]) -> dict[SoundCue, Pcm]:
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise SoundUnavailableError(f"sound files are missing: {', '.join(missing)}")
    return {cue: read_pcm(path) for cue, path in files.items()}


class OneShotThreads:
    """Runs each chime on a new daemon thread that ends with the chime.

    A thread cannot raise into the app: the first failure is kept and raised
    by the next :meth:`start` (as :class:`SoundUnavailableError` unless it
    was one already, so "no sound server" keeps its kind), and the sound
    player deals with it as with a failure to start a sound.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._failure: SoundUnavailableError | None = None
        self.last: threading.Thread | None = None  # for tests: join it

    @property
    def failed(self) -> bool:
        """A chime's thread failed, and the next start will say so."""
        return self._failure is not None

    def start(self, job: Callable[[], None]) -> None:
        if self._failure is not None:
            raise self._failure
        self.last = threading.Thread(target=self._run, args=(job,), name=self._name, daemon=True)
        self.last.start()

    def _run(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception as exc:  # kept for the next chime, which reports it
            if self._failure is None:
                self._failure = (
                    exc
                    if isinstance(exc, SoundUnavailableError)
                    else SoundUnavailableError(str(exc) or type(exc).__name__)
                )


class ThreadedChimes:
    """A backend that plays each chime's samples on its own thread (see OneShotThreads).

    A subclass says how one chime is sounded, in :meth:`sound`; it blocks,
    on the chime's thread, until the chime has played.
    """

    def __init__(self, chimes: Mapping[SoundCue, Pcm]) -> None:
        self._chimes = chimes
        self.threads = OneShotThreads("microbreak-chime")

    def play(self, cue: SoundCue, volume: float) -> float | None:
        pcm = self._chimes[cue]
        gain = linear_gain(volume)
        self.threads.start(lambda: self.sound(cue, pcm, gain))
        return pcm.seconds

    def healthy(self) -> bool:
        """No chime's thread has failed since it was made (see SoundPlayer.prepare)."""
        return not self.threads.failed

    def sound(self, cue: SoundCue, pcm: Pcm, gain: float) -> None:
        raise NotImplementedError
