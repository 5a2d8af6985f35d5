"""Run a short helper command (``pactl``, ``gsettings``) with a timeout; never raise."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

# Runs a command and returns its stdout, or None if it failed or timed out.
CommandRunner = Callable[[Sequence[str]], str | None]

COMMAND_TIMEOUT_S = 2.0


def run_command(argv: Sequence[str]) -> str | None:
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("%s failed: %s", argv[0], exc)
        return None
    if done.returncode != 0:
        log.debug("%s exited %s: %s", argv[0], done.returncode, done.stderr.strip())
        return None
    return done.stdout
