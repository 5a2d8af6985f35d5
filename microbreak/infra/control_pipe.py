"""The control channel on Windows: a named pipe through QLocalServer.

Python's ``socket`` has no named pipes, so Windows keeps QtNetwork's
QLocalServer/QLocalSocket; Linux and macOS use ``control_unix.py`` and never
load QtNetwork. Both keep the same promises (``control_policy``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from microbreak.core.control import Request, encode_request
from microbreak.infra.control_policy import (
    IDLE_TIMEOUT_MS,
    MAX_CONNECTIONS,
    NotRunningError,
    decode_reply,
    reply_for,
    safe,
    to_drop,
)
from microbreak.infra.socket_peer import peer_process

log = logging.getLogger(__name__)


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
        reply = reply_for(bytes(self._buffer), self._handler)
        if reply is None:
            return
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
    # After each client is taken in (tests count them).
    accepted = Signal()

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
        self._handler = safe(handler)
        self._server = QLocalServer(self)
        # Only this user may connect (a pipe ACL for the user).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        # Oldest first (dicts keep insertion order): whom to drop for a newcomer.
        self._connections: dict[_Connection, None] = {}

    def listen(self) -> None:
        """Start serving; only call while holding the InstanceLock."""
        # Whoever holds the lock owns the address.
        QLocalServer.removeServer(self._address)
        if not self._server.listen(self._address):
            raise OSError(f"cannot listen on {self._address}: {self._server.errorString()}")
        log.info("control pipe at %s", self._server.fullServerName())

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
                to_drop(self._connections).drop()
            connection = _Connection(socket, self._handler, self._forget, self._idle_timeout_ms)
            self._connections[connection] = None
            self.accepted.emit()

    def _forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            del self._connections[connection]
            connection.socket.deleteLater()


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
    return decode_reply(bytes(data))
