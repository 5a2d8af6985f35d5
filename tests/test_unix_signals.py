"""The app ends on SIGINT and SIGTERM, and on no other signal that reaches Python."""

from __future__ import annotations

import signal
import sys

import pytest
from PySide6.QtWidgets import QApplication

from microbreak.infra.unix_signals import SignalWatcher

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _deliver(qapp: QApplication, signum: int) -> None:
    signal.raise_signal(signum)
    # The handler has run (raise_signal returns after it); the wakeup byte is
    # in the socket now, so one round of the event loop reads it.
    for _ in range(3):
        qapp.processEvents()


def test_only_the_ending_signals_reach_the_app(qapp: QApplication) -> None:
    heard: list[int] = []
    previous = signal.getsignal(signal.SIGUSR1)
    watcher = SignalWatcher(heard.append)
    # A profiler or debugger wrapping the app installs its own handler.
    signal.signal(signal.SIGUSR1, lambda *_: None)
    try:
        _deliver(qapp, signal.SIGUSR1)
        assert heard == []
        _deliver(qapp, signal.SIGTERM)
        assert heard == [signal.SIGTERM]
    finally:
        watcher.close()
        signal.signal(signal.SIGUSR1, previous)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
