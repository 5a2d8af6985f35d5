"""Small, blocking QtDBus helpers with a short timeout, for polled backends.

A poll every few seconds asks a local service one question; a blocking call
with a timeout of a fraction of a second is simpler than an asynchronous one
and cannot stall the GUI for long. Buses are passed in (tests point them at a
private ``dbus-daemon``) or looked up at first use, never at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

DEFAULT_TIMEOUT_MS = 500
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"

BusGetter = Callable[[], QDBusConnection]


def session_bus() -> QDBusConnection:
    return QDBusConnection.sessionBus()


def system_bus() -> QDBusConnection:
    return QDBusConnection.systemBus()


class DBusCallError(Exception):
    def __init__(self, error_name: str, message: str) -> None:
        super().__init__(f"{error_name}: {message}")
        self.error_name = error_name


def unwrap(value: Any) -> Any:
    """A QDBusVariant (possibly nested, as the portal's Settings.Read returns) as its value."""
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: Any,
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
) -> list[Any]:
    """The reply's arguments; raises DBusCallError on an error reply or timeout."""
    if not bus.isConnected():
        raise DBusCallError("org.freedesktop.DBus.Error.Disconnected", "bus not connected")
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusCallError(reply.errorName(), reply.errorMessage())
    return [unwrap(a) for a in reply.arguments()]


def get_property(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    name: str,
    *,
    timeout_ms: int = DEFAULT_TIMEOUT_MS,
) -> Any:
    reply = call(
        bus, service, path, PROPERTIES_INTERFACE, "Get", interface, name, timeout_ms=timeout_ms
    )
    if not reply:
        raise DBusCallError("org.microbreak.Error.EmptyReply", f"{name}: no value")
    return reply[0]
