"""Idle time from the desktop over D-Bus: GNOME's Mutter and KDE's screen saver.

Both answer in milliseconds on the session bus and work on X11 and Wayland
alike, which is why they come before libXss for their desktops.
"""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection

from microbreak.platform.dbus_calls import DBusCallError, call, session_bus

log = logging.getLogger(__name__)


class DBusIdleSource:
    """One method call per poll that returns milliseconds since the last input."""

    def __init__(
        self,
        name: str,
        *,
        service: str,
        path: str,
        interface: str,
        method: str,
        bus: QDBusConnection | None = None,
    ) -> None:
        self.name = name
        self._target = (service, path, interface, method)
        self._bus = bus
        self._failed = False

    def idle_seconds(self) -> float | None:
        if self._bus is None:
            self._bus = session_bus()
        service, path, interface, method = self._target
        try:
            reply = call(self._bus, service, path, interface, method)
            millis = reply[0] if reply else None
            if isinstance(millis, bool) or not isinstance(millis, int) or millis < 0:
                raise DBusCallError("org.microbreak.Error.BadReply", f"{method} gave {reply!r}")
        except DBusCallError as exc:
            if not self._failed:
                log.warning("%s: idle time unavailable: %s", self.name, exc)
                self._failed = True
            return None
        if self._failed:
            log.info("%s: idle time available again", self.name)
            self._failed = False
        return millis / 1000.0


def mutter_idle_source(bus: QDBusConnection | None = None) -> DBusIdleSource:
    """GNOME (X11 and Wayland): ``GetIdletime`` returns uint64 milliseconds."""
    return DBusIdleSource(
        "gnome-mutter",
        service="org.gnome.Mutter.IdleMonitor",
        path="/org/gnome/Mutter/IdleMonitor/Core",
        interface="org.gnome.Mutter.IdleMonitor",
        method="GetIdletime",
        bus=bus,
    )


def kde_idle_source(bus: QDBusConnection | None = None) -> DBusIdleSource:
    """KDE Plasma (X11 and Wayland): ``GetSessionIdleTime`` returns uint32 milliseconds."""
    return DBusIdleSource(
        "kde-screensaver",
        service="org.freedesktop.ScreenSaver",
        path="/org/freedesktop/ScreenSaver",
        interface="org.freedesktop.ScreenSaver",
        method="GetSessionIdleTime",
        bus=bus,
    )
