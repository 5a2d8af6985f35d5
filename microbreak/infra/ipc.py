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
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from microbreak.core.control import MAX_LINE_BYTES, Request, encode_reply, encode_request
from microbreak.infra.paths import AppPaths
from microbreak.infra.socket_peer import peer_process

log = logging.getLogger(__name__)

# A client has this long from connecting to sending its whole request line
# (the command line sends it at once); then it is dropped. A deadline, not an
# idle timer: trickling a byte at a time does not extend it.
IDLE_TIMEOUT_MS = 5_000
# At most this many connections are kept, so a flood cannot exhaust file
# descriptors (Qt closes the server for good when accept() fails). A new
# client is never refused: it takes the place of the oldest waiting
# connection of the process that holds the most, so one process keeping or
# recycling many idle connections only ever pushes out its own, never the
# command line's one (which may be slow to send its line on a busy machine).
MAX_CONNECTIONS = 64


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
        # No Qt parent: owned here and by ControlServer._connections. (As a
        # child of the socket, PySide deleted it twice under heavy churn.)
        super().__init__()
        self.socket = socket
        self.peer = peer_process(int(socket.socketDescriptor()))
        self._socket = socket
        self._handler = handler
        self._on_done = on_done
        self._buffer = bytearray()
        # Answered: its reply is on its way and it closes by itself.
        self.answered = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.drop)
        self._idle.start(idle_timeout_ms)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finished)

    def _read(self) -> None:
        if self.answered:
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
        self.answered = True
        self._buffer.clear()
        self._socket.write(reply)
        self._socket.flush()
        self._socket.disconnectFromServer()

    def drop(self) -> None:
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
        # Oldest first (dicts keep insertion order): whom to drop for a newcomer.
        self._connections: dict[_Connection, None] = {}

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
        # Every client is let go first: a socket still connected when the
        # server is destroyed emits `disconnected` from its destructor, into
        # the slots of connections half torn down (a crash at exit).
        for connection in list(self._connections):
            connection.drop()
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            while len(self._connections) >= MAX_CONNECTIONS:
                self._to_drop().drop()
            connection = _Connection(
                socket, self._safe_handler, self._forget, self._idle_timeout_ms
            )
            self._connections[connection] = None

    def _to_drop(self) -> _Connection:
        """The oldest waiting connection of the process with the most waiting
        (with none waiting, the oldest of all: it is closing anyway)."""
        waiting = [c for c in self._connections if not c.answered]
        if not waiting:
            return next(iter(self._connections))
        held = Counter(c.peer for c in waiting)
        greediest = max(held.values())
        # `waiting` is oldest first, so the first match is that process's oldest.
        return next(c for c in waiting if held[c.peer] == greediest)

    def _safe_handler(self, line: bytes) -> bytes:
        try:
            return self._handler(line)
        except Exception:
            # A bug in one command must not take the app down.
            log.exception("control request failed: %r", line[:200])
            return encode_reply(False, "internal error in microbreak; see its log", None)

    def _forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            del self._connections[connection]
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
