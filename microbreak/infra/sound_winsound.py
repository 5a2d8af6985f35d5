"""Chimes on Windows through the standard library's ``winsound``, not QtMultimedia.

``winsound.PlaySound`` has no volume, so each chime is played as a WAV built
in memory from the volume-scaled samples. CPython refuses ``SND_MEMORY``
with ``SND_ASYNC`` ("Cannot play asynchronously from memory": the bytes could
be freed while Windows reads them), so the call is synchronous, on a
short-lived thread of its own that ends with the chime. ``SND_NODEFAULT``:
a chime that cannot play stays silent instead of playing the system's
default sound.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from microbreak.core.guidance import SoundCue
from microbreak.infra.sound import SoundUnavailableError
from microbreak.infra.sound_pcm import Pcm, ThreadedChimes, read_all


class WinSound(Protocol):
    """What is used of the ``winsound`` module (injected: tests run on Linux)."""

    SND_MEMORY: int
    SND_NODEFAULT: int

    def PlaySound(self, sound: bytes | str | None, flags: int, /) -> None: ...  # noqa: N802


class WinSoundBackend(ThreadedChimes):
    def __init__(self, winsound: WinSound, chimes: Mapping[SoundCue, Pcm]) -> None:
        super().__init__(chimes)
        self._winsound = winsound

    def sound(self, cue: SoundCue, pcm: Pcm, gain: float) -> None:
        self.write(pcm, gain)

    def write(self, pcm: Pcm, gain: float) -> None:
        """Play to the end (blocks: on a chime's thread)."""
        ws = self._winsound
        try:
            ws.PlaySound(pcm.wav(pcm.scaled(gain)), ws.SND_MEMORY | ws.SND_NODEFAULT)
        except RuntimeError as exc:  # winsound's "Failed to play sound"
            raise SoundUnavailableError(f"Windows could not play a chime ({exc})") from exc


def winsound_sound_backend(
    files: Mapping[SoundCue, Path], winsound: WinSound | None = None
) -> WinSoundBackend:
    if winsound is None:
        try:
            winsound = importlib.import_module("winsound")
        except ImportError as exc:
            raise SoundUnavailableError(f"winsound cannot be loaded ({exc})") from exc
    assert winsound is not None
    return WinSoundBackend(winsound, read_all(files))
