"""Whether a window can be seen at all: a break must not run on behind another window.

A break that counts down while nobody can see it would be recorded as done
with every exercise "done" (found on sway: the break window opened behind a
full-screen video and finished unseen). Qt says when a window stops being
visible on screen through its expose events: ``QWindow.isExposed()`` turns
false. On Wayland that is when the compositor stops sending frame callbacks
(sway and Mutter do for a window under a full-screen one, or on another
workspace; Qt gives up waiting after 100 ms); on X11 when the window is
unmapped or minimised (X11 does not report a window merely covered).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from microbreak.ui.window_handle import WindowHandleFilter

log = logging.getLogger(__name__)


class UnseenWatch(QObject):
    """Tells when ``widget``'s window stops or starts being seen."""

    # True: the window is up (shown) but nothing of it is on screen.
    changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        # The widget is only our Qt parent: a Python reference to it would make a
        # cycle that leaves a dropped break window to the garbage collector.
        super().__init__(widget)
        self._window = WindowHandleFilter(self)
        self.unseen = False

    def watch(self) -> None:
        """Follow the widget's native window (call once it is shown: it exists then)."""
        self._window.follow(self._widget())
        self.unseen = False

    def exposure(self, exposed: bool) -> None:
        """The window was exposed or stopped being exposed (from Qt, or a test)."""
        unseen = not exposed and self._widget().isVisible()
        if unseen != self.unseen:
            self.unseen = unseen
            log.info("break window %s", "out of sight" if unseen else "in sight again")
            self.changed.emit(unseen)

    def _widget(self) -> QWidget:
        widget = self.parent()
        assert isinstance(widget, QWidget)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow):
            self.exposure(watched.isExposed())
        return False
