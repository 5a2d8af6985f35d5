"""Suspend/resume and lock/unlock from D-Bus signals that carry one bool.

- logind ``PrepareForSleep(bool)`` on the *system* bus: true before suspend,
  false after resume.
- the screen saver's ``ActiveChanged(bool)`` on the session bus: true when
  the screen locks or blanks, false when it comes back. GNOME names it
  ``org.gnome.ScreenSaver``; KDE and most others ``org.freedesktop.ScreenSaver``.

QtDBus only delivers a signal to a slot it can find by signature, so the
receiver is a QObject with a ``@Slot(bool)`` and the connection names it with
``SLOT("onSignal(bool)")``; a plain Python callable is silently never called.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from microbreak.platform.awareness import SessionEvent
from microbreak.platform.dbus_calls import BusGetter, session_bus, system_bus

log = logging.getLogger(__name__)

# SLOT() returns the str "1onSignal(bool)", which is what connect() accepts at run time
# (bytes are rejected); PySide6's stubs say bytes, hence the cast.
_SLOT = cast("bytes", SLOT("onSignal(bool)"))


class _BoolReceiver(QObject):
    def __init__(self, deliver: Callable[[bool], None]) -> None:
        super().__init__()
        self._deliver = deliver

    @Slot(bool)
    def onSignal(self, value: bool) -> None:  # noqa: N802  (the name is in _SLOT)
        self._deliver(value)


class DBusBoolSignalWatcher:
    """Turns one ``Signal(bool)`` into SessionEvents: true -> ``on_true``, false -> ``on_false``."""

    def __init__(
        self,
        name: str,
        *,
        service: str,
        path: str,
        interface: str,
        signal: str,
        on_true: SessionEvent,
        on_false: SessionEvent,
        bus: QDBusConnection | BusGetter,
    ) -> None:
        self.name = name
        self._match = (service, path, interface, signal)
        self._events = (on_false, on_true)
        self._bus_or_getter = bus
        self._bus: QDBusConnection | None = None
        self._receiver: _BoolReceiver | None = None
        self._on_event: Callable[[SessionEvent], None] | None = None

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        if self._receiver is not None:
            self.stop()
        bus = (
            self._bus_or_getter
            if isinstance(self._bus_or_getter, QDBusConnection)
            else self._bus_or_getter()
        )
        if not bus.isConnected():
            log.warning("%s: bus not connected: %s", self.name, bus.lastError().message())
            return False
        self._on_event = on_event
        receiver = _BoolReceiver(self._deliver)
        service, path, interface, signal = self._match
        if not bus.connect(service, path, interface, signal, "b", receiver, _SLOT):
            log.warning("%s: cannot subscribe to %s.%s", self.name, interface, signal)
            return False
        self._bus, self._receiver = bus, receiver
        log.info("%s: watching %s.%s", self.name, interface, signal)
        return True

    def _deliver(self, value: bool) -> None:
        event = self._events[bool(value)]
        log.info("%s: %s", self.name, event)
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:
            # The callback belongs to the app; it must not unwind through Qt's signal delivery.
            log.exception("%s: handling %s failed", self.name, event)

    def stop(self) -> None:
        if self._bus is not None and self._receiver is not None:
            service, path, interface, signal = self._match
            self._bus.disconnect(service, path, interface, signal, "b", self._receiver, _SLOT)
        self._bus = self._receiver = self._on_event = None


def logind_sleep_watcher(bus: QDBusConnection | None = None) -> DBusBoolSignalWatcher:
    """Suspend and resume; ``bus`` defaults to the system bus (tests inject a private one)."""
    return DBusBoolSignalWatcher(
        "logind-sleep",
        service="org.freedesktop.login1",
        path="/org/freedesktop/login1",
        interface="org.freedesktop.login1.Manager",
        signal="PrepareForSleep",
        on_true=SessionEvent.SLEEPING,
        on_false=SessionEvent.WOKE,
        bus=bus if bus is not None else system_bus,
    )


# Screen savers that emit ActiveChanged(bool), by the desktop that owns them.
SCREENSAVERS: dict[str, tuple[str, str]] = {
    "gnome": ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    "freedesktop": ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    "cinnamon": ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver"),
    "mate": ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
}


def screensaver_lock_watcher(
    flavour: str = "freedesktop", bus: QDBusConnection | None = None
) -> DBusBoolSignalWatcher:
    """Lock and unlock from ``<service>.ActiveChanged(bool)`` on the session bus."""
    service, path = SCREENSAVERS[flavour]
    return DBusBoolSignalWatcher(
        f"{flavour}-screensaver",
        service=service,
        path=path,
        interface=service,
        signal="ActiveChanged",
        on_true=SessionEvent.LOCKED,
        on_false=SessionEvent.UNLOCKED,
        bus=bus if bus is not None else session_bus,
    )
