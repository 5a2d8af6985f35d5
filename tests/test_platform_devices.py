"""Camera and microphone in use (Linux).

The camera check runs for real: a child process holds a fake device node
(a file named ``video0`` in a temporary folder) open, and the detector finds
it by scanning ``/proc/*/fd`` of this user's processes. ``pactl`` is
replaced by canned output in the microphone tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from microbreak.platform.awareness import BusyKind
from microbreak.platform.busy_devices import (
    CameraInUseDetector,
    MicrophoneInUseDetector,
    capture_streams,
)

HOLDER = """
import sys
f = open(sys.argv[1], "rb")
print("holding", flush=True)
sys.stdin.read()
"""


@contextmanager
def holding_open(path: Path) -> Iterator[int]:
    """A child process with ``path`` open until the block ends; yields its PID."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        yield child.pid
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=5)


def test_camera_held_open_by_another_process(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.write_bytes(b"")
    (tmp_path / "video-notes.txt").write_text("not held")
    detector = CameraInUseDetector(device_glob=str(tmp_path / "video[0-9]*"))
    assert detector.kind is BusyKind.CALL
    assert detector.is_busy() is False
    with holding_open(node):
        assert detector.is_busy() is True
    assert detector.is_busy() is False


def test_camera_named_by_a_symlink_is_found_by_its_node(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.write_bytes(b"")
    by_id = tmp_path / "by-id"
    by_id.mkdir()
    (by_id / "usb-Webcam-video-index0").symlink_to(node)
    detector = CameraInUseDetector(device_glob=str(by_id / "*"))
    with holding_open(node):
        assert detector.is_busy() is True


def test_another_users_processes_are_not_looked_at(tmp_path: Path) -> None:
    node = tmp_path / "video0"
    node.write_bytes(b"")
    detector = CameraInUseDetector(device_glob=str(node), uid=os.getuid() + 4242)
    with holding_open(node):
        assert detector.is_busy() is False


def test_no_camera_means_no_scan(tmp_path: Path) -> None:
    # /proc does not exist here: the detector must not even look.
    detector = CameraInUseDetector(device_glob=str(tmp_path / "video*"), proc=tmp_path / "none")
    assert detector.is_busy() is False


SOURCES = (
    "0\talsa_output.pci-0000_00_1f.3.analog-stereo.monitor\tPipeWire\ts32le 2ch 48000Hz\tIDLE\n"
    "1\talsa_input.pci-0000_00_1f.3.analog-stereo\tPipeWire\ts32le 2ch 48000Hz\tRUNNING\n"
)
ON_MONITOR = "42\t0\t77\tprotocol-native.c\tfloat32le 2ch 48000Hz\n"
ON_MIC = "43\t1\t78\tprotocol-native.c\tfloat32le 1ch 48000Hz\n"


class FakePactl:
    def __init__(self, source_outputs: str | None) -> None:
        self.source_outputs = source_outputs
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str]) -> str | None:
        self.calls.append(list(argv))
        if argv[2] == "source-outputs":
            return self.source_outputs
        return SOURCES


def test_no_capture_stream_is_one_short_command() -> None:
    pactl = FakePactl("")
    detector = MicrophoneInUseDetector(run=pactl)
    assert detector.kind is BusyKind.CALL
    assert detector.is_busy() is False
    assert pactl.calls == [["pactl", "list", "source-outputs", "short"]]


def test_capture_from_a_microphone_is_a_call() -> None:
    assert MicrophoneInUseDetector(run=FakePactl(ON_MIC)).is_busy() is True
    assert MicrophoneInUseDetector(run=FakePactl(ON_MONITOR + ON_MIC)).is_busy() is True


def test_recording_what_the_speakers_play_is_not_a_call() -> None:
    assert MicrophoneInUseDetector(run=FakePactl(ON_MONITOR)).is_busy() is False


def test_pactl_missing_or_failing_means_cannot_tell() -> None:
    assert MicrophoneInUseDetector(run=FakePactl(None)).is_busy() is None
    # The real runner with a command that does not exist.
    assert MicrophoneInUseDetector(pactl="/nonexistent/pactl").is_busy() is None


def test_capture_streams_parsing() -> None:
    assert capture_streams(ON_MONITOR + ON_MIC, SOURCES) == ["43"]
    assert capture_streams("garbage\n\n", SOURCES) == []
    # Without the source list nothing is known to be a monitor: count it.
    assert capture_streams(ON_MONITOR, "") == ["42"]
