"""Chimes and ticks, loaded at the first sound, failing quietly.

The backend is chosen in :func:`system_sound_backend`: on Windows the
standard library's winsound (infra/sound_winsound.py), on Linux
libpulse-simple (infra/sound_pulse.py), elsewhere, or where those cannot
play, QSoundEffect from QtMultimedia. Nothing is loaded until the first sound
is due, and QtMultimedia not at all where another backend plays (idle memory
matters for a tray app that runs all day: its FFmpeg backend alone costs
20 to 30 MB). With no audio device, no sound
library on the system, or a sound that fails to play, microbreak logs the
reason once and stays silent: no error dialog, no exception, no retry storm.
The backend is injected, so tests cover those paths without audio.
"""

from __future__ import annotations

import logging
import sys
import wave
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from microbreak.core.guidance import SoundCue
from microbreak.core.settings import SoundSettings

log = logging.getLogger(__name__)

RECENT = 20
SOUND_FILES = {
    SoundCue.START: "start.wav",
    SoundCue.REPETITION: "tick.wav",
    SoundCue.END: "end.wav",
}


class SoundUnavailableError(Exception):
    """This machine cannot play sounds; the message says why, for the log."""


class SoundServerAbsentError(SoundUnavailableError):
    """No sound server answers now; one may later (started after us, or restarted)."""


class SoundBackend(Protocol):
    def play(self, cue: SoundCue, volume: float) -> float | None:
        """Start playing a cue at ``volume`` (0.0 to 1.0); may raise.

        Returns how many seconds it sounds for, if known.
        """


BackendFactory = Callable[[Mapping[SoundCue, Path]], SoundBackend]


class QtSoundBackend:
    """One preloaded QSoundEffect per cue. Built only by :func:`qt_sound_backend`."""

    def __init__(self, files: Mapping[SoundCue, Path]) -> None:
        from PySide6.QtCore import QUrl  # noqa: PLC0415
        from PySide6.QtMultimedia import QSoundEffect  # noqa: PLC0415

        self._effects = {}
        self._seconds = {cue: wav_seconds(path) for cue, path in files.items()}
        for cue, path in files.items():
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[cue] = effect

    def play(self, cue: SoundCue, volume: float) -> float | None:
        from PySide6.QtMultimedia import QAudio, QSoundEffect  # noqa: PLC0415

        effect = self._effects[cue]
        if effect.status() is QSoundEffect.Status.Error:
            raise SoundUnavailableError(f"{effect.source().toLocalFile()} could not be loaded")
        # The slider is perceptual; QSoundEffect wants a linear gain.
        effect.setVolume(
            QAudio.convertVolume(
                volume,
                QAudio.VolumeScale.LogarithmicVolumeScale,
                QAudio.VolumeScale.LinearVolumeScale,
            )
        )
        effect.play()
        return self._seconds[cue]


def wav_seconds(path: Path) -> float | None:
    """How long a WAV file sounds (its header, read in microseconds), if it can be read."""
    try:
        with wave.open(str(path)) as sound:
            return float(sound.getnframes() / sound.getframerate())
    except (OSError, EOFError, wave.Error):
        return None


def quiet_multimedia_logs() -> None:
    """QtMultimedia (also loaded by QtTextToSpeech) reports every optional codec
    library it cannot find as a warning; none is needed for a WAV or a voice."""
    from PySide6.QtCore import QLoggingCategory  # noqa: PLC0415

    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
    )


def qt_sound_backend(files: Mapping[SoundCue, Path]) -> SoundBackend:
    """Load QtMultimedia now and check there is somewhere to play to."""
    quiet_multimedia_logs()
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415
    except ImportError as exc:  # e.g. libpulse.so.0 missing on a minimal Linux
        raise SoundUnavailableError(f"Qt Multimedia cannot be loaded ({exc})") from exc
    if not QMediaDevices.audioOutputs():
        raise SoundUnavailableError("there is no audio output device")
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise SoundUnavailableError(f"sound files are missing: {', '.join(missing)}")
    return QtSoundBackend(files)


def system_sound_backend(files: Mapping[SoundCue, Path]) -> SoundBackend:
    """The one place the backend is chosen; see the module's docstring."""
    # Imported here: both modules import this one.
    if sys.platform == "win32":
        from microbreak.infra.sound_winsound import winsound_sound_backend  # noqa: PLC0415

        return winsound_sound_backend(files)
    if sys.platform != "darwin":
        from microbreak.infra.sound_pulse import pulse_sound_backend  # noqa: PLC0415

        try:
            return pulse_sound_backend(files)
        except SoundServerAbsentError:
            # Not QtMultimedia instead: on Linux it plays to the same server,
            # and loading it would cost some 26 MB, kept all day, for nothing.
            raise
        except SoundUnavailableError as exc:
            # No libpulse-simple: Qt 6 may still play (its own PipeWire
            # backend, say), at its cost.
            log.info("chimes through QtMultimedia: %s", exc)
    return qt_sound_backend(files)


class SoundPlayer:
    """What the break window plays through. Honours ``[sound]``; never raises."""

    def __init__(
        self,
        settings: SoundSettings,
        folder: Path,
        backend_factory: BackendFactory = system_sound_backend,
    ) -> None:
        self._settings = settings
        self._files = {cue: folder / name for cue, name in SOUND_FILES.items()}
        self._factory = backend_factory
        self._backend: SoundBackend | None = None
        self.problem: str | None = None  # why sounds are off, once something failed
        # No sound server answered: silent until the next break's prepare() asks again.
        self.waiting_for_server: str | None = None
        self._absent_logged = False
        # The last few cues handed to the backend (bounded: the app runs for days).
        self.recent: deque[SoundCue] = deque(maxlen=RECENT)

    @property
    def loaded(self) -> bool:
        return self._backend is not None

    def update(self, settings: SoundSettings) -> None:
        """Use new ``[sound]`` settings from the next cue on."""
        self._settings = settings

    def wanted(self, cue: SoundCue) -> bool:
        s = self._settings
        if not s.enabled or s.volume == 0:
            return False
        return cue is not SoundCue.REPETITION or s.tick_each_repetition

    def prepare(self) -> None:
        """Load the sounds now if chimes are on, so the first one is not late.

        Loading QtMultimedia and the files takes most of a second (the
        other backends a few milliseconds, to find the sound server): done at
        the first chime, the chime sounds that much after the break opens,
        and over the voice that was timed to follow it. The app calls it at
        every heads-up and as every break opens: that is also when a sound
        server that did not answer is asked again.
        """
        if not (self._settings.enabled and self._settings.volume > 0):
            return
        healthy = getattr(self._backend, "healthy", None)
        if healthy is not None and not healthy():
            # The last break's final chime failed on its thread (the server
            # went away): made afresh now rather than failing this break's
            # first chime with that old news.
            self._backend = None
        self._load(ask_server_again=True)

    def play(self, cue: SoundCue) -> float:
        """Play ``cue`` if wanted; how many seconds it sounds for (0.0: silent or unknown)."""
        if not self.wanted(cue):
            return 0.0
        backend = self._load()
        if backend is None:
            return 0.0
        try:
            seconds = backend.play(cue, self._settings.volume / 100)
            self.recent.append(cue)
        except Exception as exc:  # any failure means: stay silent
            self._give_up(exc)
            return 0.0
        return seconds or 0.0

    def _load(self, ask_server_again: bool = False) -> SoundBackend | None:
        if ask_server_again:
            self.waiting_for_server = None
        if self._backend is None and self.problem is None and self.waiting_for_server is None:
            try:
                self._backend = self._factory(self._files)
            except Exception as exc:  # any failure means: stay silent
                self._give_up(exc)
            else:
                if self._absent_logged:
                    log.info("a sound server answers again: chimes are back")
                    self._absent_logged = False
        return self._backend

    def _give_up(self, exc: Exception) -> None:
        if isinstance(exc, SoundServerAbsentError):
            # Often the desktop's sound server starting after an autostarted
            # app: asked again at the next break, and said once, not each time.
            self.waiting_for_server = str(exc)
            self._backend = None
            if not self._absent_logged:
                log.warning("chimes are silent until a sound server answers: %s", exc)
                self._absent_logged = True
            return
        self.problem = str(exc) or type(exc).__name__
        self._backend = None
        log.warning("sounds are off for this session: %s", self.problem)
