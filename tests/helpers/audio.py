"""A private PulseAudio and speech-dispatcher, and ears on them (tests/test_audio_heard.py).

Nothing here touches the machine's own session: the PulseAudio daemon runs
from its own runtime folder with two null sinks (``chimes``, the default, and
``voice``, where speech-dispatcher is told to speak), and speech-dispatcher
runs with its own configuration, socket and log. A child process reaches
them through :meth:`AudioRig.env` (``PULSE_SERVER``, ``SPEECHD_ADDRESS``).

What each sink plays is recorded from its monitor with ``parec``, each chunk
stamped with ``time.monotonic`` as it arrives, so a burst of sound is placed
on the same clock as the events of the child that made it.
"""

from __future__ import annotations

import array
import math
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

RATE = 16_000  # samples a second recorded: plenty to tell sound from silence
WINDOW = 0.02  # seconds per RMS window
THRESHOLD = 200.0  # RMS (of 32767) above which a window holds sound: silence is exactly 0
MERGE_GAP = 0.3  # quieter gaps than this inside speech (between words) are one burst
SINKS = ("chimes", "voice")
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
SPEECHD_CONFIG = """\
LogLevel 5
LogDir "{log}"
AudioOutputMethod "pulse"
AudioPulseDevice "voice"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
DefaultLanguage "en"
"""


def missing_parts() -> str | None:
    """What this machine lacks to hear the app, in words for the skip message."""
    tools = ["pulseaudio", "pactl", "parec", "speech-dispatcher"]
    missing = [t for t in tools if shutil.which(t) is None]
    if not ESPEAK_MODULE.exists():
        missing.append("espeak-ng module of speech-dispatcher")
    if not missing:
        return None
    return (
        f"needs {', '.join(missing)} (apt-get install pulseaudio pulseaudio-utils "
        "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng): see the README's system packages"
    )


@dataclass(frozen=True)
class Burst:
    start: float  # time.monotonic
    end: float


@dataclass
class Recording:
    """One sink's monitor: the samples, and the monotonic time of the first."""

    samples: array.array[int] = field(default_factory=lambda: array.array("h"))
    first: float = math.inf

    def bursts(self) -> list[Burst]:
        """Where there was sound: windows above THRESHOLD, gaps under MERGE_GAP joined."""
        n = int(RATE * WINDOW)
        loud = []
        for i in range(0, len(self.samples) - n + 1, n):
            chunk = self.samples[i : i + n]
            if math.sqrt(sum(x * x for x in chunk) / n) > THRESHOLD:
                loud.append(i / RATE)
        found: list[Burst] = []
        for t in loud:
            at = self.first + t
            if found and at - found[-1].end <= MERGE_GAP:
                found[-1] = Burst(found[-1].start, at + WINDOW)
            else:
                found.append(Burst(at, at + WINDOW))
        return found


class Recorder:
    """``parec`` on a sink's monitor, read on a thread while the child plays."""

    def __init__(self, sink: str, env: dict[str, str]) -> None:
        self.recording = Recording()
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={sink}.monitor",
                "--raw",
                "--format=s16le",
                "--channels=1",
                f"--rate={RATE}",
                "--latency-msec=20",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        rec = self.recording
        while chunk := stream.read1(4096):  # type: ignore[attr-defined]
            arrived = time.monotonic()
            rec.samples.frombytes(chunk[: len(chunk) - len(chunk) % 2])
            # The earliest estimate wins: a chunk can only arrive late.
            rec.first = min(rec.first, arrived - len(rec.samples) / RATE)

    def stop(self) -> Recording:
        self._process.terminate()
        self._process.wait(timeout=5)
        self._thread.join(timeout=5)
        return self.recording


@dataclass(frozen=True)
class Queued:
    """A text speech-dispatcher queued, when (time.time), and in which language."""

    at: float
    text: str
    language: str
    voice: str


LOG_LINE = re.compile(r"^\[(\w{3} \w{3} +\d+ [\d:]+ \d{4}) : (\d+)\] speechd: +(.*)$")
SET_LANGUAGE = re.compile(r"\d+:DATA:\|SET SELF LANGUAGE (\S+)")
SET_VOICE = re.compile(r"\d+:DATA:\|SET SELF SYNTHESIS_VOICE (.+)")


class AudioRig:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runtime = folder / "pulse"
        self.runtime.mkdir(mode=0o700)
        self.speechd_dir = folder / "speechd"
        (self.speechd_dir / "conf" / "modules").mkdir(parents=True)
        (self.speechd_dir / "log").mkdir()
        self.socket = self.speechd_dir / "socket"
        self._processes: list[subprocess.Popen[bytes]] = []

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        client_conf = self.folder / "client.conf"
        env.update(
            HOME=str(self.folder),
            PULSE_RUNTIME_PATH=str(self.runtime),
            PULSE_STATE_PATH=str(self.folder / "pulse-state"),
            PULSE_SERVER=f"unix:{self.runtime / 'native'}",
            PULSE_CLIENTCONFIG=str(client_conf),
            SPEECHD_ADDRESS=f"unix_socket:{self.socket}",
            # speech-dispatcher's log is stamped in local time: make it UTC.
            TZ="UTC",
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # Never spawn a daemon of its own: the test's or none.
        client_conf.write_text("autospawn = no\n")
        return env

    def start(self) -> None:
        env = self.env()
        sinks = [f"module-null-sink sink_name={s}" for s in SINKS]
        pulse = [
            "pulseaudio",
            "--daemonize=no",
            "-n",
            "--exit-idle-time=-1",
            "--disable-shm=yes",
            "--log-target=stderr",
            *(arg for s in sinks for arg in ("-L", s)),
            "-L",
            "module-native-protocol-unix",
        ]
        self._spawn(pulse, env, self.folder / "pulse.log")
        self._wait_for(self.runtime / "native", "PulseAudio")
        subprocess.run(["pactl", "set-default-sink", "chimes"], env=env, check=True)
        conf = self.speechd_dir / "conf"
        (conf / "speechd.conf").write_text(SPEECHD_CONFIG.format(log=self.speechd_dir / "log"))
        modules = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")
        (conf / "modules" / "espeak-ng.conf").write_text(
            modules.read_text() if modules.exists() else ""
        )
        speechd = [
            "speech-dispatcher",
            "--run-single",
            "--timeout=0",
            "--communication-method=unix_socket",
            f"--socket-path={self.socket}",
            f"--config-dir={conf}",
            f"--pid-file={self.speechd_dir / 'pid'}",
        ]
        self._spawn(speechd, env, self.speechd_dir / "out.log")
        self._wait_for(self.socket, "speech-dispatcher")

    def _spawn(self, command: list[str], env: dict[str, str], log: Path) -> None:
        with log.open("wb") as out:
            self._processes.append(
                subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
            )

    def _wait_for(self, path: Path, what: str) -> None:
        deadline = time.monotonic() + 10
        while not path.exists():
            if time.monotonic() > deadline or self._processes[-1].poll() is not None:
                raise RuntimeError(f"{what} did not start: see {self.folder}")
            time.sleep(0.05)  # a daemon starting, not a timer of the app

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def set_muted(self, muted: bool) -> None:
        for sink in SINKS:
            subprocess.run(
                ["pactl", "set-sink-mute", sink, "1" if muted else "0"], env=self.env(), check=True
            )

    @contextmanager
    def recording(self) -> Iterator[dict[str, Recording]]:
        """Record both sinks for the duration of the block; the dict fills in at its end."""
        recorders = {sink: Recorder(sink, self.env()) for sink in SINKS}
        found: dict[str, Recording] = {}
        try:
            yield found
        finally:
            for sink, recorder in recorders.items():
                found[sink] = recorder.stop()

    def queued(self) -> list[Queued]:
        """Every text speech-dispatcher queued so far, in order, with the language it was in."""
        log = self.speechd_dir / "log" / "speech-dispatcher.log"
        language = voice = ""
        found = []
        for line in log.read_text(errors="replace").splitlines():
            m = LOG_LINE.match(line)
            if m is None:
                continue
            what = m.group(3)
            if asked := SET_LANGUAGE.match(what):
                language = asked.group(1)
            elif chosen := SET_VOICE.match(what):
                voice = chosen.group(1)
            elif what.startswith("Queueing message |"):
                text = what.removeprefix("Queueing message |").rsplit("| with priority", 1)[0]
                stamp = datetime.strptime(m.group(1), "%a %b %d %H:%M:%S %Y").replace(tzinfo=UTC)
                at = stamp.timestamp() + int(m.group(2)) / 1e6
                found.append(Queued(at, text, language, voice))
        return found
