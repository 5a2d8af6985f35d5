"""An event filter on a widget's top-level QWindow, followed as Qt replaces it.

Events from the desktop (keys, exposure) reach a window's QWindow before any
widget. Qt makes that QWindow anew when a widget's native window is
destroyed and shown again, and removing a filter from the old one then
raises (its C++ object is gone): so the old one is forgotten as it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class WindowHandleFilter:
    def __init__(self, event_filter: QObject) -> None:
        self._filter = event_filter
        self.handle: QWindow | None = None

    def follow(self, widget: QWidget) -> None:
        """Filter ``widget``'s QWindow from now on (it exists once the widget is shown)."""
        handle = widget.windowHandle()
        if handle is None or handle is self.handle:
            return
        self.drop()
        handle.installEventFilter(self._filter)
        handle.destroyed.connect(self._forget)
        self.handle = handle

    def drop(self) -> None:
        if self.handle is not None:
            self.handle.destroyed.disconnect(self._forget)
            self.handle.removeEventFilter(self._filter)
            self.handle = None

    def _forget(self) -> None:
        self.handle = None
