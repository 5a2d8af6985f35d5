"""Chimes through libpulse-simple (PulseAudio, or PipeWire's pulse server), via ctypes.

Why not QSoundEffect: its first chime loads QtMultimedia's FFmpeg backend,
some 20 to 30 MB that a tray app then keeps all day, to play three small
WAVs. libpulse-simple is a few hundred kilobytes and is on every desktop
that has sound.

Each chime opens its own stream on its own short-lived thread, writes the
volume-scaled samples, waits for them to play (drain) and closes the stream:
between chimes there is no connection, no libpulse thread and no wake-up.

The stream is named: the client "microbreak", the stream after the file
("start.wav"). Its media role ("event") cannot be set: the simple API takes
no property list, and the PULSE_PROP environment variable would apply to the
whole process (the voice too), so the stream has no role.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from microbreak.core.guidance import SoundCue
from microbreak.infra.sound import SoundServerAbsentError, SoundUnavailableError
from microbreak.infra.sound_pcm import Pcm, ThreadedChimes, read_all

SONAME = "libpulse-simple.so.0"
APP_NAME = b"microbreak"
PA_STREAM_PLAYBACK = 1
PA_SAMPLE_U8 = 0
PA_SAMPLE_S16LE = 3
FORMATS = {1: PA_SAMPLE_U8, 2: PA_SAMPLE_S16LE}
LATENCY_SECONDS = 0.1  # how much is buffered ahead: the chime starts at once


class SampleSpec(ctypes.Structure):
    _fields_ = (("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8))


class BufferAttr(ctypes.Structure):
    _fields_ = (
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    )


DEFAULT = 0xFFFFFFFF  # (uint32_t) -1: let the server choose


class PulseSimple(Protocol):
    """The five functions of libpulse-simple (and libpulse's pa_strerror) used here."""

    def pa_simple_new(self, *args: Any) -> Any: ...
    def pa_simple_write(self, *args: Any) -> int: ...
    def pa_simple_drain(self, *args: Any) -> int: ...
    def pa_simple_free(self, *args: Any) -> None: ...
    def pa_strerror(self, *args: Any) -> bytes | None: ...


def load_pulse_simple() -> PulseSimple:
    """Load libpulse-simple and declare the functions' types, or say why not."""
    # find_library asks ldconfig, which a bundle or a sandbox may not have:
    # then the soname, which the dynamic loader finds on its own.
    name = ctypes.util.find_library("pulse-simple") or SONAME
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise SoundUnavailableError(f"libpulse-simple cannot be loaded ({exc})") from exc
    p, c_int_p = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
    lib.pa_simple_new.restype = p
    lib.pa_simple_new.argtypes = [
        ctypes.c_char_p,  # server: the default
        ctypes.c_char_p,  # application name
        ctypes.c_int,  # direction
        ctypes.c_char_p,  # device: the default
        ctypes.c_char_p,  # stream name
        ctypes.POINTER(SampleSpec),
        p,  # channel map: the default
        ctypes.POINTER(BufferAttr),
        c_int_p,
    ]
    lib.pa_simple_write.restype = ctypes.c_int
    lib.pa_simple_write.argtypes = [p, ctypes.c_char_p, ctypes.c_size_t, c_int_p]
    lib.pa_simple_drain.restype = ctypes.c_int
    lib.pa_simple_drain.argtypes = [p, c_int_p]
    lib.pa_simple_free.restype = None
    lib.pa_simple_free.argtypes = [p]
    # libpulse's, found through libpulse-simple, which links it.
    lib.pa_strerror.restype = ctypes.c_char_p
    lib.pa_strerror.argtypes = [ctypes.c_int]
    return lib


class PulseSoundBackend(ThreadedChimes):
    """Plays each cue's WAV through its own short-lived pa_simple stream."""

    def __init__(
        self, lib: PulseSimple, chimes: Mapping[SoundCue, Pcm], names: Mapping[SoundCue, str]
    ) -> None:
        super().__init__(chimes)
        self._lib = lib
        self._names = names

    def sound(self, cue: SoundCue, pcm: Pcm, gain: float) -> None:
        self.write(pcm, pcm.scaled(gain), self._names[cue])

    def write(self, pcm: Pcm, frames: bytes, name: str) -> None:
        """Open a stream, play ``frames`` to the end, close it (blocks: on a chime's thread)."""
        stream = self.open(pcm, name)
        error = ctypes.c_int(0)
        try:
            # A stream that fails once open is the server going away (it
            # restarted, the session ended): asked again at the next break.
            if self._lib.pa_simple_write(stream, frames, len(frames), ctypes.byref(error)) < 0:
                raise SoundServerAbsentError(self.why("a chime could not be played", error))
            if self._lib.pa_simple_drain(stream, ctypes.byref(error)) < 0:
                raise SoundServerAbsentError(self.why("a chime could not be played", error))
        finally:
            self._lib.pa_simple_free(stream)

    def open(self, pcm: Pcm, name: str) -> Any:
        spec = SampleSpec(FORMATS[pcm.width], pcm.rate, pcm.channels)
        ahead = int(LATENCY_SECONDS * pcm.rate) * pcm.channels * pcm.width
        attr = BufferAttr(DEFAULT, ahead, DEFAULT, DEFAULT, DEFAULT)
        error = ctypes.c_int(0)
        stream = self._lib.pa_simple_new(
            None,
            APP_NAME,
            PA_STREAM_PLAYBACK,
            None,
            name.encode(),
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not stream:
            raise SoundServerAbsentError(self.why("the sound server cannot be reached", error))
        return stream

    def why(self, what: str, error: ctypes.c_int) -> str:
        said = self._lib.pa_strerror(error.value)
        detail = said.decode(errors="replace") if said else f"error {error.value}"
        return f"{what} (PulseAudio: {detail})"


def pulse_sound_backend(
    files: Mapping[SoundCue, Path], lib: PulseSimple | None = None
) -> PulseSoundBackend:
    """Load libpulse-simple and the files, and check the sound server answers.

    The check opens one stream and closes it without playing (a few
    milliseconds, at the heads-up when the break window is made), so "no
    sound server" is known and logged before the first chime, not after it.
    """
    lib = load_pulse_simple() if lib is None else lib
    chimes = read_all(files)
    backend = PulseSoundBackend(lib, chimes, {cue: path.name for cue, path in files.items()})
    if chimes:
        cue = next(iter(chimes))
        lib.pa_simple_free(backend.open(chimes[cue], files[cue].name))
    return backend
