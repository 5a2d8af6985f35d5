"""Whether a system tray is there, followed as the desktop changes.

At login the app and the panel start together, and the panel often loses the
race: a choice made once at start ("no tray: show the status window") would
then hold all day, and the icon never appears (Safe Eyes and Workrave had
this very bug). So the answer is watched:

- a StatusNotifierItem host (KDE, swaybar, GNOME's AppIndicator extension,
  most Wayland panels) registers ``org.kde.StatusNotifierWatcher`` on the
  session bus: a QDBusServiceWatcher hears it come and go at no cost;
- an XEmbed tray (X11 panels, trayer) has no bus name, so it is looked for
  again a few times soon after start, when a late panel is likely (1, 2, 4
  ... 128 s), then every five minutes: about one wake-up in 300 s. A tray
  that is there from the start is only looked at every five minutes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from PySide6.QtWidgets import QSystemTrayIcon

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
# Soon after start a late panel is likely; later, a panel restarted by hand.
SOON_MS = tuple(1000 * 2**i for i in range(8))  # 1 s .. 128 s
STEADY_MS = 300_000


class TrayPresence(QObject):
    changed = Signal(bool)

    def __init__(
        self,
        probe: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        bus: QDBusConnection | None = None,
        *,
        initial: bool | None = None,
    ) -> None:
        super().__init__()
        self._probe = probe
        self.available = probe() if initial is None else initial
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._scheduled_check)
        session = bus if bus is not None else QDBusConnection.sessionBus()
        self._watcher: QDBusServiceWatcher | None = None
        if session.isConnected():
            self._watcher = QDBusServiceWatcher(
                SNI_WATCHER,
                session,
                QDBusServiceWatcher.WatchModeFlag.WatchForRegistration
                | QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration,
                self,
            )
            # The host registers its items a moment after the watcher appears:
            # look again shortly rather than at once.
            self._watcher.serviceRegistered.connect(lambda _name: self._soon())
            self._watcher.serviceUnregistered.connect(lambda _name: self.check())

    def start(self) -> None:
        # Looking often only helps while the tray is missing (a late panel at
        # login); with one there, a rare look for it going away is enough, and
        # each look costs D-Bus traffic (Qt asks for a StatusNotifierWatcher).
        if self.available:
            self._step = len(SOON_MS)
            self._timer.start(STEADY_MS)
        else:
            self._step = 0
            self._timer.start(SOON_MS[0])

    def stop(self) -> None:
        self._timer.stop()

    @property
    def next_check_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def check(self) -> bool:
        """Look now; say so if the answer changed."""
        now = bool(self._probe())
        if now != self.available:
            self.available = now
            self.changed.emit(now)
        return now

    def _soon(self) -> None:
        self._step = 0
        self._timer.start(SOON_MS[0])

    def _scheduled_check(self) -> None:
        self.check()
        self._step += 1
        delay = SOON_MS[self._step] if self._step < len(SOON_MS) else STEADY_MS
        self._timer.start(delay)
