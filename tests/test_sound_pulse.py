"""Chimes without QtMultimedia: libpulse-simple and winsound, their libraries injected.

The real libpulse-simple is heard in tests/test_audio_heard.py; winsound
cannot run here, so its fake refuses what CPython's refuses.
"""

from __future__ import annotations

import array
import ctypes
import ctypes.util
import logging
import math
import sys
import threading
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from microbreak.core.guidance import SoundCue
from microbreak.core.settings import SoundSettings
from microbreak.infra.resources import sounds_dir
from microbreak.infra.sound import (
    SOUND_FILES,
    SoundPlayer,
    SoundServerAbsentError,
    SoundUnavailableError,
    wav_seconds,
)
from microbreak.infra.sound_pcm import OneShotThreads, Pcm, linear_gain, read_pcm
from microbreak.infra.sound_pulse import (
    APP_NAME,
    PA_SAMPLE_S16LE,
    PA_SAMPLE_U8,
    PA_STREAM_PLAYBACK,
    BufferAttr,
    PulseSoundBackend,
    SampleSpec,
    load_pulse_simple,
    pulse_sound_backend,
)
from microbreak.infra.sound_winsound import winsound_sound_backend

REFUSED = 6  # PA_ERR_CONNECTIONREFUSED


def shipped() -> dict[SoundCue, Path]:
    return {cue: sounds_dir() / name for cue, name in SOUND_FILES.items()}


def write_wav(path: Path, width: int, samples: list[int], rate: int = 8000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(rate)
        if width == 1:
            w.writeframes(bytes(samples))
        else:
            w.writeframes(array.array("h", samples).tobytes())
    return path


class FakePulse:
    """libpulse-simple as seen through ctypes: records each call, can refuse."""

    def __init__(self, refuse_after: int | None = None, write_fails: bool = False) -> None:
        self.refuse_after = refuse_after  # opens that succeed before the server goes away
        self.refused = 0
        self.write_fails = write_fails
        self.opened: list[dict[str, Any]] = []
        self.written: dict[int, bytes] = {}
        self.drained: list[int] = []
        self.freed: list[int] = []

    def pa_simple_new(self, *args: Any) -> int | None:
        server, name, direction, device, stream_name, spec, channel_map, attr, error = args
        if self.refuse_after is not None and len(self.opened) >= self.refuse_after:
            self.refused += 1
            error._obj.value = REFUSED
            return None
        s: SampleSpec = spec._obj
        a: BufferAttr = attr._obj
        self.opened.append(
            {
                "server": server,
                "name": name,
                "direction": direction,
                "device": device,
                "stream": stream_name,
                "spec": (s.format, s.rate, s.channels),
                "tlength": a.tlength,
                "map": channel_map,
            }
        )
        return len(self.opened)  # a handle: never 0

    def pa_simple_write(self, stream: int, data: bytes, size: int, error: Any) -> int:
        if self.write_fails:
            error._obj.value = 15
            return -1
        assert len(data) == size
        self.written[stream] = self.written.get(stream, b"") + data
        return 0

    def pa_simple_drain(self, stream: int, error: Any) -> int:
        self.drained.append(stream)
        return 0

    def pa_simple_free(self, stream: int) -> None:
        self.freed.append(stream)

    def pa_strerror(self, code: int) -> bytes | None:
        return {REFUSED: b"Connection refused", 15: b"Bad state"}.get(code)


def pulse_player(lib: FakePulse) -> SoundPlayer:
    """The app's sound player, its chimes through libpulse-simple faked by ``lib``."""
    return SoundPlayer(SoundSettings(), sounds_dir(), lambda files: pulse_sound_backend(files, lib))


def last_chime_ended(player: SoundPlayer) -> PulseSoundBackend:
    """Wait for the chime's thread the player's backend last started; the backend."""
    backend = player._backend
    assert isinstance(backend, PulseSoundBackend)
    assert backend.threads.last is not None
    backend.threads.last.join(timeout=10)
    return backend


def played(backend: PulseSoundBackend, cue: SoundCue, volume: float) -> float | None:
    """Play and wait for the chime's thread to end (join, not a timer)."""
    seconds = backend.play(cue, volume)
    thread = backend.threads.last
    assert thread is not None
    thread.join(timeout=10)
    assert not thread.is_alive()
    return seconds


def test_the_volume_follows_qts_perceptual_to_linear_conversion() -> None:
    # Figures from QAudio.convertVolume(v, Logarithmic, Linear) in PySide6 6.11.
    qt = {0.0: 0.0, 0.1: 0.0228788, 0.5: 0.150515, 0.6: 0.19897, 0.9: 0.5, 0.98: 0.849485}
    for slider, gain in qt.items():
        assert linear_gain(slider) == pytest.approx(gain, abs=1e-6), slider
    assert linear_gain(0.99) == linear_gain(1.0) == 1.0
    assert linear_gain(-0.1) == 0.0


def test_a_chime_opens_a_named_stream_plays_it_to_the_end_and_closes_it() -> None:
    lib = FakePulse()
    backend = pulse_sound_backend(shipped(), lib)
    assert lib.freed == [1]  # the check at load: opened and closed, nothing written
    assert lib.written == {}
    threads = threading.active_count()

    seconds = played(backend, SoundCue.START, 1.0)

    assert seconds == wav_seconds(sounds_dir() / "start.wav")
    start = lib.opened[1]
    assert start["name"] == APP_NAME == b"microbreak"
    assert start["stream"] == b"start.wav"
    assert start["direction"] == PA_STREAM_PLAYBACK
    assert start["server"] is None  # the default server, device and channel map
    assert start["device"] is None
    assert start["map"] is None
    assert start["spec"] == (PA_SAMPLE_S16LE, 22_050, 1)
    assert start["tlength"] == 2205 * 2  # a tenth of a second buffered ahead
    with wave.open(str(sounds_dir() / "start.wav")) as w:
        assert lib.written[2] == w.readframes(-1)  # full volume: the file's samples
    assert lib.drained == [2]  # played to the end...
    assert lib.freed == [1, 2]  # ...then closed: no connection between chimes
    assert threading.active_count() == threads  # and no thread


def test_the_samples_are_scaled_by_the_volume(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "s.wav", 2, [0, 1000, -1000, 32767, -32768])
    lib = FakePulse()
    backend = pulse_sound_backend({SoundCue.START: wav}, lib)
    played(backend, SoundCue.START, 0.9)  # gain 0.5
    assert list(array.array("h", lib.written[2])) == [0, 500, -500, 16384, -16384]
    played(backend, SoundCue.START, 0.0)
    assert list(array.array("h", lib.written[3])) == [0, 0, 0, 0, 0]


def test_eight_bit_samples_are_scaled_around_their_middle(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "s.wav", 1, [128, 228, 28, 255, 0])
    lib = FakePulse()
    backend = pulse_sound_backend({SoundCue.START: wav}, lib)
    played(backend, SoundCue.START, 0.9)
    assert lib.opened[1]["spec"] == (PA_SAMPLE_U8, 8000, 1)
    assert list(lib.written[2]) == [128, 178, 78, 192, 64]


def test_other_sample_widths_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "s.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(3)
        w.setframerate(8000)
        w.writeframes(b"\0" * 9)
    with pytest.raises(Exception, match="24-bit samples"):
        read_pcm(path)


def test_no_sound_server_is_known_at_load_logged_once_and_asked_again_next_break(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # An autostarted app often starts before the desktop's sound server.
    lib = FakePulse(refuse_after=0)
    player = pulse_player(lib)
    absent = "the sound server cannot be reached (PulseAudio: Connection refused)"
    with caplog.at_level(logging.INFO):
        player.prepare()  # at the heads-up
        for _ in range(3):
            assert player.play(SoundCue.START) == 0.0
        assert lib.refused == 1  # not asked again at every chime of the break
        player.prepare()  # the next break: still no server, and no second log line
        assert lib.refused == 2
        assert player.waiting_for_server == absent
        assert player.problem is None  # not off for the session
        lib.refuse_after = None  # the server is up
        assert player.play(SoundCue.START) == 0.0  # asked at the next break, not mid-break
        player.prepare()
        assert player.play(SoundCue.START) > 0
    assert [r.getMessage() for r in caplog.records] == [
        f"chimes are silent until a sound server answers: {absent}",
        "a sound server answers again: chimes are back",
    ]
    assert lib.freed == [1]  # the load's check opened one stream and closed it


def test_a_server_gone_mid_day_silences_the_chimes_until_the_next_break(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lib = FakePulse(refuse_after=1)  # the server answered at load, then went away
    player = pulse_player(lib)
    with caplog.at_level(logging.WARNING):
        assert player.play(SoundCue.START) > 0  # started: its thread finds no server
        last_chime_ended(player)
        assert player.play(SoundCue.END) == 0.0
        player.play(SoundCue.END)
    assert player.problem is None
    assert player.waiting_for_server == (
        "the sound server cannot be reached (PulseAudio: Connection refused)"
    )
    assert len(caplog.records) == 1


def test_a_failed_write_still_closes_the_stream() -> None:
    lib = FakePulse(write_fails=True)
    backend = pulse_sound_backend(shipped(), lib)
    played(backend, SoundCue.END, 0.6)
    assert lib.freed == [1, 2]
    with pytest.raises(Exception, match=r"could not be played \(PulseAudio: Bad state\)"):
        backend.play(SoundCue.END, 0.6)


def test_missing_files_are_refused_before_the_server_is_asked(tmp_path: Path) -> None:
    lib = FakePulse()
    with pytest.raises(Exception, match="sound files are missing"):
        pulse_sound_backend({SoundCue.START: tmp_path / "none.wav"}, lib)
    assert lib.opened == []


def test_the_real_library_declares_its_types() -> None:
    """Where libpulse-simple is installed: the functions are found and typed."""
    name = ctypes.util.find_library("pulse-simple")
    if name is None:
        pytest.skip("libpulse-simple is not installed")
    lib: Any = load_pulse_simple()
    assert lib.pa_simple_new.restype is ctypes.c_void_p
    assert lib.pa_strerror(REFUSED) == b"Connection refused"


class FakeWinSound:
    """CPython's winsound as far as it is used; refuses SND_MEMORY with SND_ASYNC as it does."""

    SND_ASYNC = 0x1
    SND_NODEFAULT = 0x2
    SND_MEMORY = 0x4

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.calls: list[tuple[bytes, int]] = []

    def PlaySound(self, sound: bytes | str | None, flags: int, /) -> None:
        if flags & self.SND_ASYNC and flags & self.SND_MEMORY:
            raise RuntimeError("Cannot play asynchronously from memory")
        if self.fail:
            raise RuntimeError("Failed to play sound")
        assert isinstance(sound, bytes)
        self.calls.append((sound, flags))


def winsound_played(ws: FakeWinSound, files: Mapping[SoundCue, Path], volume: float) -> Any:
    backend = winsound_sound_backend(files, ws)
    seconds = backend.play(SoundCue.START, volume)
    thread = backend.threads.last
    assert thread is not None
    thread.join(timeout=10)
    assert not thread.is_alive()
    return backend, seconds


def test_windows_plays_a_scaled_wav_built_in_memory(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "s.wav", 2, [0, 1000, -1000, 32767], rate=22_050)
    ws = FakeWinSound()
    _, seconds = winsound_played(ws, {SoundCue.START: wav}, 0.9)
    assert seconds == pytest.approx(4 / 22_050)
    [(sound, flags)] = ws.calls
    assert flags == ws.SND_MEMORY | ws.SND_NODEFAULT  # synchronous: on its own thread
    out = tmp_path / "out.wav"
    out.write_bytes(sound)
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22_050)
        assert list(array.array("h", w.readframes(-1))) == [0, 500, -500, 16384]


def test_windows_failure_turns_sounds_off_at_the_next_chime(tmp_path: Path) -> None:
    backend, _ = winsound_played(FakeWinSound(fail=True), shipped(), 0.6)
    with pytest.raises(Exception, match="Windows could not play a chime"):
        backend.play(SoundCue.END, 0.6)


def test_a_thread_keeps_only_the_first_failure() -> None:
    threads = OneShotThreads("t")
    first, second = threading.Event(), threading.Event()

    def fail(n: int, go: threading.Event) -> None:
        go.wait(timeout=10)
        raise ValueError(f"failure {n}")

    # Two chimes under way at once, both failing, the first one first.
    threads.start(lambda: fail(1, first))
    one = threads.last
    threads.start(lambda: fail(2, second))
    two = threads.last
    assert one is not None
    assert two is not None
    first.set()
    one.join(timeout=10)
    second.set()
    two.join(timeout=10)
    assert threads.failed
    with pytest.raises(SoundUnavailableError, match="failure 1"):
        threads.start(lambda: None)


def test_a_chime_that_failed_last_break_does_not_silence_the_next(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lib = FakePulse(refuse_after=1)  # the server answered at load, then went away
    player = pulse_player(lib)
    player.prepare()
    assert player.play(SoundCue.END) > 0  # the break's last chime: its thread fails
    backend = last_chime_ended(player)
    lib.refuse_after = None  # the server is back before the next break
    player.prepare()  # the next heads-up
    assert player.play(SoundCue.START) > 0
    assert player._backend is not backend
    assert caplog.records == []  # the old failure was not reported as news


def test_pcm_length_is_frames_over_rate() -> None:
    pcm = Pcm(2, 2, 1000, b"\0" * 4000)
    assert pcm.seconds == 1.0
    assert math.isclose(read_pcm(sounds_dir() / "tick.wav").seconds, 1323 / 22_050)


def chosen(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    pulse_fails: bool = False,
    no_server: bool = False,
) -> str:
    """Which backend system_sound_backend builds on ``platform`` (each one faked)."""
    from microbreak.infra import sound, sound_pulse, sound_winsound

    def pulse(_files: Mapping[SoundCue, Path]) -> str:
        if pulse_fails:
            raise sound.SoundUnavailableError("libpulse-simple is not installed")
        if no_server:
            raise sound.SoundServerAbsentError("the sound server cannot be reached")
        return "pulse"

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sound_pulse, "pulse_sound_backend", pulse)
    monkeypatch.setattr(sound_winsound, "winsound_sound_backend", lambda _files: "winsound")
    monkeypatch.setattr(sound, "qt_sound_backend", lambda _files: "qt")
    return str(sound.system_sound_backend(shipped()))


def test_the_backend_is_libpulse_on_linux_winsound_on_windows_qt_on_macos(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert chosen(monkeypatch, "linux") == "pulse"
    assert chosen(monkeypatch, "win32") == "winsound"
    assert chosen(monkeypatch, "darwin") == "qt"


def test_without_libpulse_the_chimes_fall_back_to_qt(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        assert chosen(monkeypatch, "linux", pulse_fails=True) == "qt"
    assert caplog.messages == ["chimes through QtMultimedia: libpulse-simple is not installed"]


def test_no_sound_server_is_not_a_reason_to_load_qt_multimedia(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On Linux Qt plays to the same server; loading it would only cost memory.
    with pytest.raises(SoundServerAbsentError):
        chosen(monkeypatch, "linux", no_server=True)
