"""The control channel on Linux and macOS: a Unix socket served on Qt's event loop.

Python's own non-blocking ``AF_UNIX`` sockets, watched by ``QSocketNotifier``s:
no thread, no polling timer, and no QtNetwork loaded (about 2 MB less for an
app that waits all day). It keeps every promise of ``QLocalServer`` as the app
used it: the socket is this user's alone (mode 0700 in a 0700 folder), a
socket file left by a crash is replaced, one JSON line per request and reply,
at most ``MAX_LINE_BYTES`` a request, a deadline per client, and at most
``MAX_CONNECTIONS`` clients with the fairness rule of ``control_policy``.

The command line's side (:func:`send_request`) is a plain blocking socket with
timeouts: it needs no Qt at all.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import math
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from microbreak.core.control import MAX_LINE_BYTES, Request, encode_request
from microbreak.infra.control_policy import (
    IDLE_TIMEOUT_MS,
    MAX_CONNECTIONS,
    NotRunningError,
    decode_reply,
    ensure_private_dir,
    reply_for,
    safe,
    to_drop,
)
from microbreak.infra.socket_peer import peer_process

log = logging.getLogger(__name__)

# Clients the kernel queues before the app accepts them (QLocalServer's default).
LISTEN_BACKLOG = 50
# Only this user may connect (QLocalServer's UserAccessOption gives the same mode).
SOCKET_MODE = 0o700
_CHUNK = 65_536
# A connection refused because the backlog is full is tried again this often.
_CONNECT_RETRY_S = 0.02
# Accepting failed for a reason that dropping a client does not cure: try again after this.
_ACCEPT_PAUSE_MS = 1_000


class _Connection:
    """One client: what it has sent, its deadline, and the reply still to send."""

    def __init__(self, sock: socket.socket, deadline: float, parent: QObject) -> None:
        self.sock = sock
        self.peer = peer_process(sock.fileno())
        self.deadline = deadline  # time.monotonic() seconds
        # Answered: its reply is on its way and it closes by itself.
        self.answered = False
        self.received = bytearray()
        self.outgoing = b""
        self.reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, parent)
        self.writer: QSocketNotifier | None = None

    def release(self) -> None:
        """Stop watching it and close it (the notifiers go before the descriptor does)."""
        for notifier in (self.reader, self.writer):
            if notifier is not None:
                notifier.setEnabled(False)
                # Later: this may run inside the notifier's own signal.
                notifier.deleteLater()
        self.writer = None
        self.sock.close()


class ControlServer(QObject):
    """Serves one JSON line per client on a Unix socket; ``listen`` only while
    holding the InstanceLock."""

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
        self._address = address
        self._handler = safe(handler)
        self._timeout_s = idle_timeout_ms / 1000
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        # Oldest first (dicts keep insertion order): whom to drop for a newcomer,
        # and, every client having the same time, whose deadline comes first.
        self._connections: dict[_Connection, None] = {}
        # One timer for the earliest deadline, armed only while clients are connected.
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._expire)

    def listen(self) -> None:
        """Start serving; only call while holding the InstanceLock."""
        ensure_private_dir(Path(self._address).parent)
        # Whoever holds the lock owns the address: a socket file still here was
        # left by a crashed instance.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._address)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(self._address)
            os.chmod(self._address, SOCKET_MODE)
            listener.listen(LISTEN_BACKLOG)
            listener.setblocking(False)
        except OSError as exc:
            listener.close()
            raise OSError(f"cannot listen on {self._address}: {exc}") from exc
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        log.info("control socket at %s", self._address)

    def close(self) -> None:
        for connection in list(self._connections):
            self._drop(connection)
        self._deadline.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            # As QLocalServer.close() does: no socket file is left pointing nowhere.
            with contextlib.suppress(OSError):
                os.unlink(self._address)

    # -- clients ----------------------------------------------------------

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                sock, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno == errno.ECONNABORTED:
                    continue
                if exc.errno in (errno.EMFILE, errno.ENFILE) and self._connections:
                    self._drop(to_drop(self._connections))  # a descriptor for the newcomer
                    continue
                self._pause_accepting(exc)
                return
            sock.setblocking(False)
            while len(self._connections) >= MAX_CONNECTIONS:
                self._drop(to_drop(self._connections))
            connection = _Connection(sock, time.monotonic() + self._timeout_s, self)
            connection.reader.activated.connect(lambda *_a, c=connection: self._read(c))
            self._connections[connection] = None
            self._arm()
            self.accepted.emit()

    def _pause_accepting(self, exc: OSError) -> None:
        """The listener stays readable while a client waits, so without a pause
        an error that persists would spin; QLocalServer gave up for good instead."""
        log.warning("control socket: cannot accept a client now: %s", exc)
        notifier = self._notifier
        if notifier is None:
            return
        notifier.setEnabled(False)
        QTimer.singleShot(_ACCEPT_PAUSE_MS, self, lambda: self._resume_accepting(notifier))

    def _resume_accepting(self, notifier: QSocketNotifier) -> None:
        if notifier is self._notifier:
            notifier.setEnabled(True)

    def _read(self, connection: _Connection) -> None:
        while connection in self._connections:
            try:
                chunk = connection.sock.recv(_CHUNK)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                self._drop(connection)  # reset by the client
                return
            if not chunk:
                self._drop(connection)  # the client went away
                return
            if connection.answered:
                continue  # it has had its answer; the rest is ignored
            connection.received += chunk
            reply = reply_for(bytes(connection.received), self._handler)
            if reply is not None:
                connection.answered = True
                connection.received.clear()
                connection.outgoing = reply
                self._write(connection)

    def _write(self, connection: _Connection) -> None:
        if connection not in self._connections:
            return
        try:
            sent = connection.sock.send(connection.outgoing)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            self._drop(connection)  # the client went away before its reply
            return
        connection.outgoing = connection.outgoing[sent:]
        if connection.outgoing:
            if connection.writer is None:
                writer = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Write, self)
                writer.activated.connect(lambda *_a, c=connection: self._write(c))
                connection.writer = writer
            return
        self._finish(connection)

    def _finish(self, connection: _Connection) -> None:
        """The reply is written: close, as QLocalSocket.disconnectFromServer() did.

        What the client sent after its line is read away first: closing a Unix
        socket with unread data makes the client's next read fail (ECONNRESET)
        where it would have seen the end.
        """
        with contextlib.suppress(OSError):
            for _ in range(2 * MAX_LINE_BYTES // _CHUNK + 1):
                if not connection.sock.recv(_CHUNK):
                    break
        self._drop(connection)

    def _drop(self, connection: _Connection) -> None:
        if connection not in self._connections:
            return
        del self._connections[connection]
        connection.release()
        self._arm()

    def _arm(self) -> None:
        if not self._connections:
            self._deadline.stop()
            return
        first = next(iter(self._connections)).deadline
        self._deadline.start(max(0, math.ceil((first - time.monotonic()) * 1000)))

    def _expire(self) -> None:
        now = time.monotonic()
        for connection in list(self._connections):
            if connection.deadline > now:
                break  # oldest first: every later one's deadline is later too
            self._drop(connection)
        self._arm()


def send_request(address: str, request: Request, timeout_ms: int = 5_000) -> dict[str, Any]:
    """Send one request to the running app and return its decoded reply.

    A plain blocking socket: no Qt at all, so the command line stays light.
    """
    timeout_s = timeout_ms / 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout_s)
        _connect(client, address, time.monotonic() + timeout_s)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            # The app let go first (a crowd pushed this client out): the reply,
            # if any, is still read below.
            client.sendall(encode_request(request))
        data = bytearray()
        while b"\n" not in data:
            try:
                chunk = client.recv(_CHUNK)
            except TimeoutError:
                raise TimeoutError("microbreak did not answer in time") from None
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    return decode_reply(bytes(data))


def _connect(client: socket.socket, address: str, deadline: float) -> None:
    while True:
        try:
            client.connect(address)
            return
        except BlockingIOError as exc:
            # The app's listen backlog is full (a crowd at its door): wait a
            # turn, as QLocalSocket did, until the deadline.
            if time.monotonic() >= deadline:
                raise NotRunningError(f"{address}: {exc.strerror or exc}") from exc
            time.sleep(_CONNECT_RETRY_S)
        except OSError as exc:
            raise NotRunningError(f"{address}: {exc.strerror or exc}") from exc
