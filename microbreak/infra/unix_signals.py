"""Ctrl+C and SIGTERM quit the app cleanly, with no polling timer.

Python runs signal handlers only when the interpreter gets control back, which
never happens while Qt's event loop waits. The usual fix, a timer that wakes
Python every few hundred ms, costs wake-ups all day. Instead the C-level
handler writes to a socket (signal.set_wakeup_fd) and Qt watches that socket.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

WATCHED = frozenset({signal.SIGINT, signal.SIGTERM})


class SignalWatcher(QObject):
    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._read, self._write = socket.socketpair()
        for sock in (self._read, self._write):
            sock.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in WATCHED:
            # A Python-level handler must exist for the wakeup fd to be written.
            signal.signal(signum, lambda *_: None)

    def _drain(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            # The wakeup fd hears every signal with a Python handler (one a
            # debugger or profiler installs, too), not only the two that end us.
            if signum in WATCHED:
                self._on_signal(signum)

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
