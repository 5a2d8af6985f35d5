"""The heads-up with buttons through the XDG notification portal (inside Flatpak).

``org.freedesktop.portal.Notification``: ``AddNotification(s id, a{sv})``
with ``buttons`` (``aa{sv}``: label, action), ``RemoveNotification(s id)``,
and the ``ActionInvoked(s id, s action, av parameter)`` signal for an action
the app does not export (ours are plain names, so the portal signals them).
A notification added again under the same id replaces the old one, so an
updated heads-up never stacks.

Two QtDBus details: the ``buttons`` array must be built as a QDBusArgument
of ``a{sv}`` elements (a Python list of dicts would go out as ``av``, which
the portal rejects), and the signal reaches Python only through a ``@Slot``
named with ``SLOT("name(QString,QString,QVariantList)")``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import SLOT, QMetaType, QObject, Slot
from PySide6.QtDBus import QDBusArgument, QDBusConnection

from microbreak.platform.dbus_calls import BusGetter, DBusCallError, call, get_property, session_bus
from microbreak.platform.heads_up import HeadsUp, HeadsUpAction, OnAction

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
HEADS_UP_ID = "microbreak-heads-up"

_SLOT = cast("bytes", SLOT("onActionInvoked(QString,QString,QVariantList)"))


def in_flatpak() -> bool:
    return os.path.exists("/.flatpak-info")


class _ActionReceiver(QObject):
    def __init__(self, deliver: Callable[[str, str], None]) -> None:
        super().__init__()
        self._deliver = deliver

    @Slot(str, str, "QVariantList")
    def onActionInvoked(self, notification_id: str, action: str, _parameter: object) -> None:  # noqa: N802
        self._deliver(notification_id, action)


def buttons_argument(buttons: tuple[tuple[HeadsUpAction, str], ...]) -> QDBusArgument:
    """``aa{sv}``: one ``{label, action}`` map per button."""
    arg = QDBusArgument()
    arg.beginArray(QMetaType(QMetaType.Type.QVariantMap))
    for action, label in buttons:
        # appendVariant: a dict given to << would be taken for a list of its keys.
        arg.appendVariant({"label": label, "action": action.value})
    arg.endArray()
    return arg


class PortalHeadsUp:
    name = "portal"

    def __init__(
        self,
        bus: QDBusConnection | BusGetter = session_bus,
        *,
        flatpak: Callable[[], bool] = in_flatpak,
    ) -> None:
        self._bus_or_getter = bus
        self._flatpak = flatpak
        self._receiver: _ActionReceiver | None = None
        self._on_action: OnAction | None = None
        self._shown = False

    def _bus(self) -> QDBusConnection:
        b = self._bus_or_getter
        return b if isinstance(b, QDBusConnection) else b()

    def available(self) -> bool:
        # Outside Flatpak the portal shows notifications as some other app's; there
        # org.freedesktop.Notifications is the right way.
        if not self._flatpak():
            return False
        bus = self._bus()
        try:
            version = get_property(bus, PORTAL_SERVICE, PORTAL_PATH, PORTAL_NOTIFICATION, "version")
        except DBusCallError as exc:
            log.info("notification portal not there: %s", exc)
            return False
        return isinstance(version, int) and version >= 1

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        bus = self._bus()
        self._listen(bus)
        self._on_action = on_action
        notification = {
            "title": heads_up.title,
            "body": heads_up.body,
            "priority": "high",
            "buttons": buttons_argument(heads_up.buttons),
        }
        call(bus, PORTAL_SERVICE, PORTAL_PATH, PORTAL_NOTIFICATION, "AddNotification",
             HEADS_UP_ID, notification)  # fmt: skip
        self._shown = True

    def hide_heads_up(self) -> None:
        if not self._shown:
            return
        self._shown = False
        call(self._bus(), PORTAL_SERVICE, PORTAL_PATH, PORTAL_NOTIFICATION, "RemoveNotification",
             HEADS_UP_ID)  # fmt: skip

    def _listen(self, bus: QDBusConnection) -> None:
        if self._receiver is not None:
            return
        receiver = _ActionReceiver(self._invoked)
        if not bus.connect(
            PORTAL_SERVICE, PORTAL_PATH, PORTAL_NOTIFICATION, "ActionInvoked", receiver, _SLOT
        ):
            raise DBusCallError(
                "org.microbreak.Error.NoSignal", "cannot subscribe to ActionInvoked"
            )
        self._receiver = receiver

    def _invoked(self, notification_id: str, action: str) -> None:
        if notification_id != HEADS_UP_ID or self._on_action is None:
            return  # another of our notifications, or none of ours
        try:
            chosen = HeadsUpAction(action)
        except ValueError:
            log.info("portal: unknown heads-up action %r", action)
            return
        self._shown = False
        self._on_action(chosen)
