"""The control channel between ``microbreak <command>`` and the running app.

A Unix socket in the per-user runtime folder (``control_unix.py``: Python's
sockets on Qt's event loop, no QtNetwork), or a named pipe on Windows
(``control_pipe.py``: QLocalServer). One JSON line per request and per
reply. The server only moves bytes: parsing and executing live in
``core/control.py``. It must survive anything a local process sends:
garbage, endless lines, silence, crowds (``control_policy.py``).

A QLockFile guards start-up so two launches at the same moment end with one
app; a socket left behind by a crash is removed by the instance that holds
the lock.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from microbreak.infra.control_policy import (
    IDLE_TIMEOUT_MS,
    MAX_CONNECTIONS,
    NotRunningError,
    ensure_private_dir,
)
from microbreak.infra.paths import AppPaths

if sys.platform == "win32":
    from microbreak.infra.control_pipe import ControlServer, send_request
else:
    from microbreak.infra.control_unix import ControlServer, send_request

__all__ = [
    "IDLE_TIMEOUT_MS",
    "MAX_CONNECTIONS",
    "ControlServer",
    "InstanceLock",
    "NotRunningError",
    "control_address",
    "ensure_private_dir",
    "send_request",
]


def control_address(paths: AppPaths) -> str:
    """Per-user: two users on one machine never reach each other's app."""
    user = "".join(c for c in getpass.getuser() if c.isalnum() or c in "-_") or "user"
    if sys.platform == "win32":
        return f"microbreak-{user}"  # a named pipe; QLocalServer restricts it to the user
    return str(paths.runtime_dir / f"control-{user}.sock")


class InstanceLock:
    """Held for the life of the app; a second launch finds it taken."""

    def __init__(self, path: Path) -> None:
        ensure_private_dir(path.parent)
        self._lock = QLockFile(str(path))
        # 0: never stale by age. The default (30 s) would let a second launch
        # steal the lock from an app that has simply been running a while; a
        # lock whose process is dead is still recovered.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return bool(self._lock.tryLock(0))

    def release(self) -> None:
        self._lock.unlock()
