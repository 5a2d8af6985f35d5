"""Plain desktop notifications through a chain of backends, each allowed to fail.

(The heads-up before a break, which needs buttons, has its own chain:
``platform/heads_up.py``.) No single way of notifying works everywhere: the
tray balloon needs a tray, plyer has no backend on many systems and is buggy
on some, a portal exists only inside Flatpak. The chain tries each backend in
order; one that raises is logged and demoted to the end so it is not retried first every time. The
break itself never depends on a notification getting through.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
PORTAL_SERVICE = "org.freedesktop.portal.Desktop"


class Notifier(Protocol):
    name: str

    def available(self) -> bool:
        """Cheap check: can this backend be tried at all right now?"""
        ...

    def notify(self, title: str, body: str) -> None:
        """Show the notification, or raise."""
        ...


class NotifierChain:
    def __init__(self, backends: list[Notifier]) -> None:
        self._backends = list(backends)

    @property
    def order(self) -> list[str]:
        return [b.name for b in self._backends]

    def append(self, last: Notifier) -> None:
        """Add a backend tried after all the others (the in-app toast, made later)."""
        self._backends.append(last)

    def replace(self, old: Notifier, new: Notifier) -> None:
        """Put ``new`` where ``old`` is (a window rebuilt in a new language)."""
        self._backends[self._backends.index(old)] = new

    def notify(self, title: str, body: str) -> str | None:
        """Deliver through the first backend that works; return its name (None: none did)."""
        failed: list[Notifier] = []
        used: str | None = None
        for backend in self._backends:
            try:
                if not backend.available():
                    continue
                backend.notify(title, body)
            except Exception:
                # Any exception: a notification backend must never take the app down.
                log.warning(
                    "notification backend %s failed; demoting it", backend.name, exc_info=True
                )
                failed.append(backend)
                continue
            used = backend.name
            break
        for backend in failed:
            self._backends.remove(backend)
            self._backends.append(backend)
        if used is None:
            log.warning("no notification backend could show %r", title)
        return used


def notification_service_running(bus: QDBusConnection | None = None) -> bool:
    """Is there a desktop notification service on the session bus (Linux)?

    Without one, plyer's ``notify-send`` "succeeds" and nobody sees a thing.
    Inside Flatpak plyer goes through the portal, so that is what must be there.
    """
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415  (only on Linux, only when asked)

    if bus is None:
        bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    interface = bus.interface()
    if interface is None:
        return False
    service = PORTAL_SERVICE if os.path.isdir("/app") else NOTIFICATIONS_SERVICE
    reply = interface.isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


STATUS_NOTIFIER_WATCHER = "org.kde.StatusNotifierWatcher"


def tray_messages_reach_someone(bus: QDBusConnection | None = None) -> bool:
    """Would a QSystemTrayIcon message be seen (Linux)?

    Qt's tray is a StatusNotifierItem when a StatusNotifierWatcher with a host
    is on the bus (QGenericUnixTheme::createPlatformSystemTrayIcon); its
    showMessage() then goes to org.freedesktop.Notifications, and is lost
    when nothing provides that (sway with waybar and no notification daemon).
    Otherwise the tray is XEmbed and Qt draws its own balloon, which is seen.
    """
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415  (only on Linux, only when asked)

    from microbreak.platform.dbus_calls import DBusCallError, get_property  # noqa: PLC0415

    if bus is None:
        bus = QDBusConnection.sessionBus()
    if notification_service_running(bus):
        return True
    interface = bus.interface() if bus.isConnected() else None
    if interface is None:
        return True  # no bus, so no StatusNotifierItem: XEmbed
    reply = interface.isServiceRegistered(STATUS_NOTIFIER_WATCHER)
    if not (reply.isValid() and reply.value()):
        return True
    try:
        host = get_property(
            bus,
            STATUS_NOTIFIER_WATCHER,
            "/StatusNotifierWatcher",
            STATUS_NOTIFIER_WATCHER,
            "IsStatusNotifierHostRegistered",
        )
    except DBusCallError:
        return True
    return not host


class OnlyWhen:
    """A backend tried only when ``when()`` says its message would be seen."""

    def __init__(self, backend: Notifier, when: Callable[[], bool]) -> None:
        self.backend = backend
        self.name = backend.name
        self._when = when

    def available(self) -> bool:
        return self._when() and self.backend.available()

    def notify(self, title: str, body: str) -> None:
        self.backend.notify(title, body)


def plyer_adds_something(platform: str = sys.platform) -> bool:
    """Is plyer worth a place in the chain here?

    Not on Linux: there plyer sends to the same org.freedesktop.Notifications
    that :class:`~microbreak.platform.notify_freedesktop.FreedesktopNotifier`
    already tried, through dbus-python (not a dependency, hence its warning "The
    Python dbus package is not installed" on every GNOME desktop) or notify-send.
    """
    return not platform.startswith("linux")


def _plyer_can_show() -> bool:
    if sys.platform.startswith("linux"):
        return notification_service_running()
    return True


class PlyerNotifier:
    """plyer's notification facade, imported lazily (it is slow and often absent).

    ``available`` is asked before every notification (never at start-up): on
    Linux, whether a notification service is on the session bus.
    """

    name = "plyer"

    def __init__(
        self,
        app_name: str = "microbreak",
        timeout: int = 10,
        *,
        available: Callable[[], bool] = _plyer_can_show,
    ) -> None:
        self._app_name = app_name
        self._timeout = timeout
        self._available = available

    def available(self) -> bool:
        return self._available()

    def notify(self, title: str, body: str) -> None:
        # plyer warns (instead of failing) when it falls back or finds no way to
        # notify; those warnings go to the log, not to stderr.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                from plyer import notification  # noqa: PLC0415  (lazy: keeps start-up light)

                # plyer raises NotImplementedError where it has no backend; the
                # chain catches that like any other failure.
                notification.notify(
                    title=title, message=body, app_name=self._app_name, timeout=self._timeout
                )
            finally:
                for warning in caught:
                    log.warning("plyer: %s", warning.message)
