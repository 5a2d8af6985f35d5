"""Idle time on wlroots compositors (sway, Hyprland, river, labwc, ...) via swayidle.

Wayland gives a client no "seconds since input" query; the ext-idle-notify
protocol only says "idle for N seconds now" and "active again". swayidle
speaks it, so this source runs::

    swayidle -w timeout N 'echo idle' resume 'echo active'

and reads its output through a QProcess (event-driven: no timer, no wake-up
while nothing happens). After "idle", idle time is N plus the time since the
line arrived; after "active" (or before any line) it is 0, meaning "less than
N". So the answer is exact from N seconds of idleness on, which is all the
app needs for thresholds of a minute or more. Best effort: if swayidle is
missing or exits (the compositor lacks the protocol), the source says "cannot
tell". swayidle is started with ``setpriv --pdeathsig TERM`` where available
so it ends with the app even after a crash.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Slot

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD_S = 30
START_TIMEOUT_MS = 2000


class SwayidleIdleSource(QObject):
    name = "wlroots-swayidle"

    def __init__(
        self,
        threshold_s: int = DEFAULT_THRESHOLD_S,
        program: str = "swayidle",
        clock: Callable[[], float] = time.monotonic,
        die_with_parent: bool = True,
    ) -> None:
        super().__init__()
        self._threshold_s = threshold_s
        self._program = program
        self._clock = clock
        self._die_with_parent = die_with_parent
        self._process: QProcess | None = None
        self._idle_since: float | None = None
        self._buffer = b""
        self._reported_exit = False

    def command(self) -> list[str]:
        argv = [
            self._program,
            "-w",
            "timeout",
            str(self._threshold_s),
            "echo idle",
            "resume",
            "echo active",
        ]
        setpriv = shutil.which("setpriv") if self._die_with_parent else None
        return [setpriv, "--pdeathsig", "TERM", "--", *argv] if setpriv else argv

    def start(self) -> bool:
        """Start swayidle (once); False if it cannot run."""
        if self._process is not None:
            return self._process.state() != QProcess.ProcessState.NotRunning
        process = QProcess(self)
        # Its complaints go to our log, marked as its own, not into our stderr.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read_output)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._finished)
        program, *args = self.command()
        process.start(program, args)
        self._process = process
        app = QCoreApplication.instance()
        if app is not None:
            # End swayidle with the app even if nobody calls close().
            app.aboutToQuit.connect(self.close)
        if not process.waitForStarted(START_TIMEOUT_MS):
            log.warning("%s: cannot start %s: %s", self.name, program, process.errorString())
            self._reported_exit = True
            return False
        log.info("%s: started %s (threshold %s s)", self.name, self._program, self._threshold_s)
        return True

    def idle_seconds(self) -> float | None:
        if self._process is None:
            self.start()
        if self._process is None or self._process.state() != QProcess.ProcessState.Running:
            return None
        if self._idle_since is None:
            return 0.0
        return max(0.0, self._clock() - self._idle_since)

    @Slot()
    def _read_output(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.strip()
            if line == b"idle":
                self._idle_since = self._clock() - self._threshold_s
            elif line == b"active":
                self._idle_since = None

    @Slot()
    def _read_errors(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                log.info("%s: %s said: %s", self.name, self._program, line.strip())

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_errors()  # its last words, usually why it ended
        self._idle_since = None
        if not self._reported_exit:
            log.warning("%s: %s ended (exit %s, %s)", self.name, self._program, code, status.name)
            self._reported_exit = True

    @Slot()
    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            self._reported_exit = True
            process.finished.disconnect(self._finished)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.terminate()
                if not process.waitForFinished(1000):
                    process.kill()
                    process.waitForFinished(1000)
            process.deleteLater()
