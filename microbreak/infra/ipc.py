"""The control channel between ``microbreak <command>`` and the running app.

A QLocalServer (a Unix socket in the per-user runtime folder; a named pipe on
Windows), one JSON line per request and per reply. The server only moves
bytes: parsing and executing live in ``core/control.py``. It must survive
anything a local process sends: garbage, endless lines, silence, crowds.

A QLockFile guards start-up so two launches at the same moment end with one
app; a socket left behind by a crash is removed by the instance that holds
the lock.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from microbreak.core.control import MAX_LINE_BYTES, Request, encode_reply, encode_request
from microbreak.infra.paths import AppPaths

log = logging.getLogger(__name__)

# A client that connects and says nothing is dropped after this long.
IDLE_TIMEOUT_MS = 5_000
# More simultaneous clients than this are refused at once, so a flood cannot
# exhaust file descriptors.
MAX_CONNECTIONS = 32


def control_address(paths: AppPaths) -> str:
    """Per-user: two users on one machine never reach each other's app."""
    user = "".join(c for c in getpass.getuser() if c.isalnum() or c in "-_") or "user"
    if sys.platform == "win32":
        return f"microbreak-{user}"  # a named pipe; QLocalServer restricts it to the user
    return str(paths.runtime_dir / f"control-{user}.sock")


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)


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


class _Connection(QObject):
    def __init__(
        self,
        socket: QLocalSocket,
        handler: Callable[[bytes], bytes],
        on_done: Callable[[_Connection], None],
        idle_timeout_ms: int,
    ) -> None:
        super().__init__(socket)
        self.socket = socket
        self._socket = socket
        self._handler = handler
        self._on_done = on_done
        self._buffer = bytearray()
        self._answered = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._drop)
        self._idle.start(idle_timeout_ms)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finished)

    def _read(self) -> None:
        if self._answered:
            self._socket.readAll()
            return
        self._buffer += bytes(self._socket.readAll().data())
        newline = self._buffer.find(b"\n")
        if newline < 0 and len(self._buffer) <= MAX_LINE_BYTES:
            return
        if newline < 0 or newline > MAX_LINE_BYTES:
            reply = encode_reply(False, f"request too long: over {MAX_LINE_BYTES} bytes", None)
        else:
            reply = self._handler(bytes(self._buffer[:newline]))
        self._answered = True
        self._buffer.clear()
        self._socket.write(reply)
        self._socket.flush()
        self._socket.disconnectFromServer()

    def _drop(self) -> None:
        self._socket.abort()
        self._finished()

    def _finished(self) -> None:
        self._idle.stop()
        self._on_done(self)


class ControlServer(QObject):
    def __init__(
        self,
        address: str,
        handler: Callable[[bytes], bytes],
        parent: QObject | None = None,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._idle_timeout_ms = idle_timeout_ms
        self._address = address
        self._handler = handler
        self._server = QLocalServer(self)
        # Only this user may connect (socket mode 0700 / a pipe ACL for the user).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._connections: set[_Connection] = set()

    def listen(self) -> None:
        """Start serving; only call while holding the InstanceLock."""
        if sys.platform != "win32":
            ensure_private_dir(Path(self._address).parent)
        # Whoever holds the lock owns the address: a socket file still here was
        # left by a crashed instance.
        QLocalServer.removeServer(self._address)
        if not self._server.listen(self._address):
            raise OSError(f"cannot listen on {self._address}: {self._server.errorString()}")
        log.info("control socket at %s", self._server.fullServerName())

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._connections) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._connections.add(
                _Connection(socket, self._safe_handler, self._forget, self._idle_timeout_ms)
            )

    def _safe_handler(self, line: bytes) -> bytes:
        try:
            return self._handler(line)
        except Exception:
            # A bug in one command must not take the app down.
            log.exception("control request failed: %r", line[:200])
            return encode_reply(False, "internal error in microbreak; see its log", None)

    def _forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.discard(connection)
            connection.socket.deleteLater()


class NotRunningError(ConnectionError):
    pass


def send_request(address: str, request: Request, timeout_ms: int = 5_000) -> dict[str, Any]:
    """Send one request to the running app and return its decoded reply.

    Works without a QCoreApplication (blocking waits), so the command line
    stays light.
    """
    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(timeout_ms):
        raise NotRunningError(socket.errorString())
    socket.write(encode_request(request))
    socket.flush()
    data = bytearray()
    while b"\n" not in data:
        if not socket.waitForReadyRead(timeout_ms):
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                break
            raise TimeoutError("microbreak did not answer in time")
        data += bytes(socket.readAll().data())
    socket.abort()
    line = bytes(data).split(b"\n", 1)[0]
    reply = json.loads(line.decode("utf-8"))
    if not isinstance(reply, dict):
        raise ValueError("microbreak sent a reply that is not a JSON object")
    return reply
