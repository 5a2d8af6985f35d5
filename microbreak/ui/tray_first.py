"""The tray icon, shown before the rest of the app is imported.

Start-up is mostly imports (the core, the platform adapters, APScheduler:
about two thirds of a start). The icon needs none of them, so ``main.run``
shows it first, waits until the tray host has docked it and Qt has painted
it, and only then imports and builds the rest; :class:`~microbreak.ui.tray.Tray`
takes this same icon over (one icon, one composition root). Until then it
has its picture and the app's name as tooltip, no menu and no click handler:
a click in those few tenths of a second waits in the queue and is handled
once the event loop runs, by then with the menu in place.

Painting needs the event loop: an XEmbed icon is painted when Qt handles
the expose that follows the host's docking. So a short local loop runs until
that paint, at most :data:`PAINT_WAIT_MS`. Where Qt draws no widget of its
own (a StatusNotifierItem host fetches the picture over D-Bus, in its own
time), there is nothing to wait for, and the start goes on at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from microbreak.core.state import State
from microbreak.ui.tray_icon_art import draw_icon

# Docking and the first paint take a few milliseconds on a live host; a host
# that never docks the icon must not hold the start up for long.
PAINT_WAIT_MS = 300
# Qt's own XEmbed tray widget (qsystemtrayicon_x11.cpp); absent with a
# StatusNotifierItem host or on another platform.
_XEMBED_WIDGET = "QSystemTrayIconSys"


class _UntilPainted(QObject):
    """Ends a local event loop once the watched widget has been painted."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            # The paint itself goes on; the loop returns once it is done.
            self._loop.quit()
        return False


def show_icon_first(wait_ms: int = PAINT_WAIT_MS) -> tuple[QSystemTrayIcon, bool]:
    """The app's icon, shown now; True when it is known to be painted."""
    icon = QSystemTrayIcon(draw_icon(State.WORKING, 0))
    icon.setToolTip("microbreak")
    icon.show()
    drawn_by_qt = [
        w for w in QApplication.topLevelWidgets() if w.metaObject().className() == _XEMBED_WIDGET
    ]
    if not drawn_by_qt:
        QApplication.processEvents()  # the registration sent; nothing to watch
        return icon, False
    return icon, wait_until_painted(drawn_by_qt[0], wait_ms)


def wait_until_painted(widget: QWidget, wait_ms: int) -> bool:
    """Run a local event loop until ``widget`` is painted, or ``wait_ms`` has passed."""
    loop = QEventLoop()
    watch = _UntilPainted(loop)
    widget.installEventFilter(watch)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    give_up.start(wait_ms)
    # A click now waits for the main loop (and the menu) instead.
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    give_up.stop()
    widget.removeEventFilter(watch)
    return watch.painted
