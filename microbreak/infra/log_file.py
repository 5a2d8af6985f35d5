"""The log file: private to its owner, rotated, and quiet when it cannot be written.

A full disk makes every log line fail; the standard handler then prints a
"--- Logging error ---" block with a traceback per line (25 of them in one
start-up). This one says so once, on one line, and tries again at each line:
when there is room again, it says so in the log.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

from microbreak.infra.private_files import PRIVATE_FILE, ensure_private_dir, tighten

MAX_BYTES = 1_000_000
BACKUPS = 2


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """``microbreak.log`` and its rotations: 0600 in a 0700 folder (raises OSError)."""

    def __init__(self, path: Path, *, stderr: TextIO | None = None) -> None:
        ensure_private_dir(path.parent)
        for n in range(BACKUPS + 1):
            tighten(path if n == 0 else path.with_name(f"{path.name}.{n}"))
        self._stderr = stderr  # None: sys.stderr at the time
        self._failing = False
        self._failed_now = False
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        # Created 0600 (open() would leave it to the umask: 0644), the
        # rotated files too: each rotation opens a new one here.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        stream = open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if self._failing and not self._failed_now:
            self._failing = False
            super().emit(
                logging.makeLogRecord(
                    {
                        "name": __name__,
                        "levelno": logging.WARNING,
                        "levelname": "WARNING",
                        "msg": "the log file can be written again (lines before may be missing)",
                    }
                )
            )

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self._failed_now = True
        if self._failing:
            return
        self._failing = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error
        try:
            out = self._stderr or sys.stderr
            out.write(
                f"microbreak: cannot write the log file {self.baseFilename} ({reason}); "
                "log lines are lost until it can be written again (a full disk?)\n"
            )
            out.flush()
        except (OSError, ValueError, AttributeError):
            pass  # no stderr either: nothing more can be done
