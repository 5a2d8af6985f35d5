"""Telling a screen reader what changed, without taking focus.

Qt has no Python hook for watching accessibility events (PySide6 does not bind
``QAccessible.installUpdateHandler``), so the Qt call sits behind a sink the
tests replace: :class:`Announcer` decides nothing, it only delivers.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Sink = Callable[[QObject, str], None]


def qt_announce(target: QObject, text: str) -> None:
    """A polite announcement (Qt 6.8): said when the screen reader is free."""
    event = QAccessibleAnnouncementEvent(target, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class Announcer:
    """Announces on behalf of ``target``, which usually owns it.

    It holds its target weakly: a window holding an announcer that held the
    window would be a reference cycle, freed only when the garbage collector
    happens to run. That can be in the middle of the window's own paint
    event (the collector runs on allocation), and deleting a widget while it
    is painted crashes the process.
    """

    def __init__(self, target: QObject, sink: Sink = qt_announce) -> None:
        self._target = weakref.ref(target)
        self._sink = sink

    def announce(self, text: str) -> None:
        target = self._target()
        if text and target is not None:
            self._sink(target, text)
