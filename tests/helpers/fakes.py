"""Stand-ins for the audio and speech backends (no test touches a sound card),
a notifier that records what it was asked to show, and an empty history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from microbreak.core.guidance import SoundCue
from microbreak.core.records import BreakRecord
from microbreak.infra.sound import SoundUnavailableError
from microbreak.infra.speech import SpeechUnavailableError


class FakeSoundBackend:
    def __init__(self, fail_with: Exception | None = None) -> None:
        self.played: list[tuple[SoundCue, float]] = []
        self.fail_with = fail_with

    def play(self, cue: SoundCue, volume: float) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.played.append((cue, volume))


class SoundBackendFactory:
    """Counts how often the backend is built (it should be built lazily, once)."""

    def __init__(
        self, backend: FakeSoundBackend | None = None, unavailable: str | None = None
    ) -> None:
        self.backend = backend or FakeSoundBackend()
        self.unavailable = unavailable
        self.built = 0
        self.files: Mapping[SoundCue, Path] = {}

    def __call__(self, files: Mapping[SoundCue, Path]) -> FakeSoundBackend:
        self.built += 1
        self.files = files
        if self.unavailable is not None:
            raise SoundUnavailableError(self.unavailable)
        return self.backend


def no_audio_device(files: Mapping[SoundCue, Path]) -> FakeSoundBackend:
    raise SoundUnavailableError("there is no audio output device")


class FakeSpeechEngine:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.busy = False
        self.error: str | None = None
        self.stopped = 0
        self.language = ""

    def say(self, text: str) -> None:
        self.said.append(text)

    def set_language(self, name: str) -> None:
        self.language = name

    def speaking(self) -> bool:
        return self.busy

    def stop(self) -> None:
        self.stopped += 1

    def failed(self) -> str | None:
        return self.error


class SpeechEngineFactory:
    def __init__(self, unavailable: str | None = None) -> None:
        self.engine = FakeSpeechEngine()
        self.unavailable = unavailable
        self.built = 0

    def __call__(self) -> FakeSpeechEngine:
        self.built += 1
        if self.unavailable is not None:
            raise SpeechUnavailableError(self.unavailable)
        return self.engine


def no_speech_engine() -> FakeSpeechEngine:
    raise SpeechUnavailableError("No speech engine is installed.")


# No test touches the sound card or a speech engine: MicrobreakApp's options.
QUIET: dict[str, Any] = {"sound_backend": no_audio_device, "speech_engine": no_speech_engine}


class RecordingNotifier:
    name = "recording"

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.heads_ups: list[str] = []

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str, *, heads_up: bool = False) -> None:
        self.shown.append((title, body))
        if heads_up:
            self.heads_ups.append(title)


class NoHistory:
    def breaks(
        self, since: datetime | None = None, *, exercises_from: datetime | None = None
    ) -> list[BreakRecord]:
        return []

    def clear(self) -> None:
        pass
