"""Is the camera or the microphone in use? (Linux)

- Camera: a process of this user holds a ``/dev/video*`` node open. Found by
  reading the ``/proc/<pid>/fd`` links of this user's processes; it costs
  nothing on a machine without a camera (no device node, no scan) and stops
  at the first holder.
- Microphone: PipeWire or PulseAudio has a capture stream (a "source
  output") on a real input, not on a ``.monitor`` of an output, which screen
  recorders and level meters use. Asked with ``pactl`` when it is installed.
"""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from microbreak.platform.awareness import BusyKind
from microbreak.platform.commands import CommandRunner, run_command

log = logging.getLogger(__name__)

CAMERA_GLOB = "/dev/video*"


def _own_pids(proc: Path, uid: int) -> Iterable[Path]:
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != uid:
                continue
        except OSError:
            continue  # the process ended while we looked
        yield Path(entry.path)


def processes_holding(
    devices: set[str], proc: Path = Path("/proc"), uid: int | None = None
) -> list[int]:
    """PIDs of this user's processes with one of ``devices`` open (stops at the first)."""
    uid = os.getuid() if uid is None else uid
    for pid_dir in _own_pids(proc, uid):
        fd_dir = pid_dir / "fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue  # gone, or not ours to read
        for fd in fds:
            try:
                target = os.readlink(fd_dir / fd)
            except OSError:
                continue
            if target in devices:
                return [int(pid_dir.name)]
    return []


class CameraInUseDetector:
    """A ``/dev/video*`` node held open by any process of this user."""

    name = "camera-in-use"
    kind = BusyKind.CALL

    def __init__(
        self,
        device_glob: str = CAMERA_GLOB,
        proc: Path = Path("/proc"),
        uid: int | None = None,
    ) -> None:
        self._glob = device_glob
        self._proc = proc
        self._uid = uid

    def is_busy(self) -> bool | None:
        devices = set()
        for node in glob.glob(self._glob):
            devices.add(node)
            devices.add(os.path.realpath(node))  # /dev/v4l/by-id links resolve to the node
        if not devices:
            return False  # no camera, nothing to scan
        holders = processes_holding(devices, self._proc, self._uid)
        if holders:
            log.debug("%s: process %s holds a camera open", self.name, holders[0])
        return bool(holders)


def capture_streams(source_outputs: str, sources: str) -> list[str]:
    """Source outputs (``pactl list source-outputs short``) not on a monitor source.

    ``sources`` is ``pactl list sources short``: index, name, driver, spec, state.
    Source outputs are: index, source index, client, driver, spec.
    """
    monitors = set()
    for line in sources.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1].endswith(".monitor"):
            monitors.add(fields[0])
    streams = []
    for line in source_outputs.splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1] not in monitors:
            streams.append(fields[0])
    return streams


class MicrophoneInUseDetector:
    """A PipeWire/PulseAudio capture stream on a real input, asked with ``pactl``."""

    name = "microphone-in-use"
    kind = BusyKind.CALL

    def __init__(self, run: CommandRunner = run_command, pactl: str = "pactl") -> None:
        self._run = run
        self._pactl = pactl
        self._failed = False

    def is_busy(self) -> bool | None:
        outputs = self._run([self._pactl, "list", "source-outputs", "short"])
        if outputs is None:
            if not self._failed:
                log.warning("%s: %s gave no answer", self.name, self._pactl)
                self._failed = True
            return None
        self._failed = False
        if not outputs.strip():
            return False  # the usual case: one short command per poll
        sources = self._run([self._pactl, "list", "sources", "short"]) or ""
        return bool(capture_streams(outputs, sources))
