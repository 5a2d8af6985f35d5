"""Desktop notifications through ``org.freedesktop.Notifications``, with jeepney.

The main desktop path for both chains: :class:`FreedesktopHeadsUp` (the
heads-up with Start now / Snooze / Skip, where the service lists the
``actions`` capability) and :class:`FreedesktopNotifier` (plain messages).

Why jeepney and not QtDBus: ``Notify`` takes ``replaces_id`` as ``u`` and the
urgency hint as a byte ``y``, and PySide6's QtDBus cannot send either (a
Python int always goes out as ``i``); GLib-based servers (GNOME Shell,
dunst) refuse such a call on its signature. jeepney takes the signature
from us.

One connection for calls and signals: GNOME Shell sends ``ActionInvoked``
and ``NotificationClosed`` only to the connection that called ``Notify``.
It is opened at the first question (never at start-up), and read without
blocking the Qt event loop: a QSocketNotifier says the socket is readable,
then jeepney parses whatever has arrived (``receive(timeout=0)`` never
waits). A call waits at most :data:`CALL_TIMEOUT` seconds; signals that
arrive while it waits are queued by a jeepney filter and handled after it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSocketNotifier, QTimer

from microbreak import APP_ID
from microbreak.platform.dbus_watch import open_watched, read_waiting
from microbreak.platform.heads_up import HeadsUp, HeadsUpAction, OnAction

# jeepney is imported where it is first used, when the first notification is
# wanted: an app waiting for its first break need not hold it (about 1 MB).
if TYPE_CHECKING:
    from jeepney import DBusAddress, MatchRule
    from jeepney.io.blocking import DBusConnection
    from jeepney.low_level import Message

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
BUS_NAME = "org.freedesktop.DBus"
CALL_TIMEOUT = 1.5  # seconds: long enough for a busy shell, short enough not to freeze the GUI
APP_NAME = "microbreak"
URGENCY_NORMAL = 1


def session_address() -> str:
    """The session bus's address, where libdbus (and so Qt) would look for it."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={runtime}/bus"
    raise LookupError("no session bus: DBUS_SESSION_BUS_ADDRESS is not set")


def _notifications() -> DBusAddress:
    from jeepney import DBusAddress  # noqa: PLC0415

    return DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)


def app_icon(icon_file: Path, environ: Mapping[str, str]) -> str:
    """What to send as ``app_icon``: the app's id where an icon theme has it.

    An installed app (the deb, install.sh, Flatpak) puts its icon in the
    hicolor theme under its id, and the desktop finds it by that name. Run
    from a clone or a wheel nothing is installed, and GNOME showed a broken
    image for the name: then the file itself, as a file:// URI (the
    specification allows either).
    """
    home = environ.get("XDG_DATA_HOME") or str(Path(environ.get("HOME", "~")) / ".local/share")
    dirs = [home, *(environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")]
    for base in filter(None, dirs):
        for found in Path(base).expanduser().glob(f"icons/hicolor/*/apps/{APP_ID}.*"):
            if found.suffix in (".png", ".svg"):
                return APP_ID
    return icon_file.resolve().as_uri()


def _signals_from_service() -> MatchRule:
    from jeepney import MatchRule  # noqa: PLC0415

    # The bus resolves the well-known sender name to its current owner.
    return MatchRule(type="signal", sender=SERVICE, interface=SERVICE, path=PATH)


def _owner_changes() -> MatchRule:
    from jeepney import MatchRule  # noqa: PLC0415

    rule = MatchRule(type="signal", sender=BUS_NAME, interface=BUS_NAME, member="NameOwnerChanged")
    rule.add_arg_condition(0, SERVICE)
    return rule


class NotificationsClient:
    """The one connection to the notification service, shared by both backends.

    ``generation`` changes whenever the service's owner changes or the
    connection is lost: a notification id from an earlier generation means
    nothing to the service now there.
    """

    def __init__(
        self, address: Callable[[], str] | str = session_address, icon: str = APP_ID
    ) -> None:
        self._address = address
        self._icon = icon  # app_icon: a theme name, or a file:// URI (see app_icon())
        self._conn: DBusConnection | None = None
        self._notifier: QSocketNotifier | None = None
        self._queue: deque[Message] = deque()  # signals read but not yet handled
        self._owner: str | None = None  # the service's unique name; None: not asked yet
        self._capabilities: frozenset[str] = frozenset()
        self.generation = 0
        self.on_action: Callable[[int, str], None] | None = None
        self.on_closed: Callable[[int], None] | None = None

    # -- what the backends ask -------------------------------------------

    def present(self) -> bool:
        """Is the service on the bus? (Asked before every notification; cached.)"""
        if sys.platform in {"win32", "darwin"}:
            return False  # no desktop notification service there
        try:
            conn = self._connection()
            self._read()  # an owner change that came in meanwhile
            if self._owner is None:
                self._ask(conn)
        except LookupError as exc:
            log.debug("%s", exc)
            return False
        except Exception as exc:  # whatever went wrong on the bus: not available
            log.info("org.freedesktop.Notifications not reachable: %s", exc)
            self._drop()
            return False
        return bool(self._owner)

    def can(self, capability: str) -> bool:
        return self.present() and capability in self._capabilities

    def notify(
        self,
        summary: str,
        body: str,
        *,
        actions: list[str] | None = None,
        replaces_id: int = 0,
        expire_ms: int = -1,
    ) -> int:
        """Show it; the service's id for it. Raises on an error reply or a timeout."""
        from jeepney import new_method_call  # noqa: PLC0415

        if "body-markup" in self._capabilities:
            # Here, not at the top: `html` loads its entity table (about 0.7 MB)
            # for an app that may wait hours for its first notification.
            import html  # noqa: PLC0415

            body = html.escape(body, quote=False)  # our text is text, not markup
        hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", URGENCY_NORMAL)}
        message = new_method_call(
            _notifications(), "Notify", "susssasa{sv}i",
            (APP_NAME, replaces_id, self._icon, summary, body, actions or [], hints, expire_ms),
        )  # fmt: skip
        (notification_id,) = self._call(message)
        return int(notification_id)

    def close(self, notification_id: int) -> None:
        from jeepney import new_method_call  # noqa: PLC0415

        close = new_method_call(_notifications(), "CloseNotification", "u", (notification_id,))
        self._call(close)

    def disconnect(self) -> None:
        """Close the connection (a later question opens a new one)."""
        self._drop()

    # -- the connection ----------------------------------------------------

    def _connection(self) -> DBusConnection:
        if self._conn is not None:
            return self._conn
        address = self._address if isinstance(self._address, str) else self._address()
        rules = (_signals_from_service(), _owner_changes())
        conn, notifier = open_watched(address, rules, self._queue, self._drain, CALL_TIMEOUT)
        self._conn, self._notifier = conn, notifier
        return conn

    def _ask(self, conn: DBusConnection) -> None:
        from jeepney import MessageType, new_method_call  # noqa: PLC0415
        from jeepney.bus_messages import message_bus  # noqa: PLC0415
        from jeepney.wrappers import unwrap_msg  # noqa: PLC0415

        reply = conn.send_and_get_reply(message_bus.GetNameOwner(SERVICE), timeout=CALL_TIMEOUT)
        if reply.header.message_type is MessageType.error:
            self._owner, self._capabilities = "", frozenset()  # NameHasNoOwner: not there
            return
        (owner,) = unwrap_msg(reply)
        (capabilities,) = self._call(new_method_call(_notifications(), "GetCapabilities"))
        self._owner, self._capabilities = str(owner), frozenset(capabilities)
        log.info("org.freedesktop.Notifications (%s) can: %s", owner, " ".join(capabilities))

    def _call(self, message: Message) -> Any:
        from jeepney.wrappers import unwrap_msg  # noqa: PLC0415

        conn = self._connection()
        try:
            reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        except TimeoutError:
            raise  # the connection is fine; the service is slow (the chain demotes it)
        except OSError:
            self._drop()
            raise
        finally:
            self._drain_later()
        return unwrap_msg(reply)

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        if self._conn is not None:
            self._conn.close()
        self._conn = self._notifier = None
        self._owner = None
        self._queue.clear()
        self.generation += 1

    # -- reading ------------------------------------------------------------

    def _drain_later(self) -> None:
        # What the reply's read brought along is parsed but no longer on the
        # socket, so the socket notifier will not fire for it. Handled from the
        # event loop, not here: a click must not reach the engine in the middle
        # of the call that is showing the heads-up.
        if self._queue or self._conn is not None:
            QTimer.singleShot(0, self._drain)

    def _read(self) -> None:
        """Parse what has arrived, never waiting; apply owner changes at once."""
        conn = self._conn
        if conn is None:
            return
        try:
            read_waiting(conn, self._queue, signals_only=True)
        except OSError as exc:
            log.info("lost the connection to the notification service: %s", exc)
            self._drop()
            return
        # They only change what we know of the service, so they need not wait their turn.
        for message in [m for m in self._queue if _is_owner_change(m)]:
            self._queue.remove(message)
            log.info("org.freedesktop.Notifications changed hands: %r", message.body[2])
            self._owner = None  # ask again: a new service may have other capabilities
            self.generation += 1

    def _drain(self) -> None:
        """Read, then handle the service's signals in order (from the event loop)."""
        self._read()
        while self._queue:
            self._handle(self._queue.popleft())

    def _handle(self, message: Message) -> None:
        from jeepney.low_level import HeaderFields  # noqa: PLC0415

        fields = message.header.fields
        # Anyone may send us a signal; only the service's own count.
        if fields.get(HeaderFields.interface) != SERVICE or not self._owner:
            return
        if fields.get(HeaderFields.sender) != self._owner:
            return
        member = fields.get(HeaderFields.member)
        if member == "ActionInvoked" and self.on_action is not None:
            self.on_action(int(message.body[0]), str(message.body[1]))
        elif member == "NotificationClosed" and self.on_closed is not None:
            self.on_closed(int(message.body[0]))


def _is_owner_change(message: Message) -> bool:
    from jeepney.low_level import HeaderFields  # noqa: PLC0415

    fields = message.header.fields
    return bool(
        fields.get(HeaderFields.sender) == BUS_NAME
        and fields.get(HeaderFields.interface) == BUS_NAME
        and fields.get(HeaderFields.member) == "NameOwnerChanged"
        and message.body[0] == SERVICE
    )


class FreedesktopHeadsUp:
    """The heads-up as a desktop notification with buttons (where the service has them)."""

    name = "freedesktop"

    def __init__(self, client: NotificationsClient) -> None:
        self._client = client
        self._id = 0  # the service's id of our last heads-up: the next one replaces it
        self._generation = client.generation
        self._shown = False
        self._on_action: OnAction | None = None
        client.on_action = self._invoked
        client.on_closed = self._closed

    def available(self) -> bool:
        # A notification without working buttons would be a heads-up that cannot act.
        return self._client.can("actions")

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        self._on_action = on_action
        actions = [part for action, label in heads_up.buttons for part in (action.value, label)]
        self._id = self._client.notify(
            heads_up.title,
            heads_up.body,
            actions=actions,
            replaces_id=self._current_id(),
            # Gone by itself when the break opens (we close it then too).
            expire_ms=max(1000, round(heads_up.seconds * 1000)),
        )
        self._generation = self._client.generation
        self._shown = True

    def hide_heads_up(self) -> None:
        if not self._shown:
            return
        self._shown = False
        if self._current_id():
            self._client.close(self._id)

    def _current_id(self) -> int:
        return self._id if self._generation == self._client.generation else 0

    def _invoked(self, notification_id: int, action: str) -> None:
        if notification_id != self._current_id() or not self._shown or self._on_action is None:
            return  # another app's notification, one of our plain ones, or an old one
        try:
            chosen = HeadsUpAction(action)
        except ValueError:
            log.info("notification service: unknown heads-up action %r", action)
            return
        self._shown = False  # the service takes an acted-on notification away
        self._on_action(chosen)

    def _closed(self, notification_id: int) -> None:
        if notification_id == self._current_id():
            self._shown = False  # expired or dismissed: nothing left to close


class FreedesktopNotifier:
    """A plain message (no buttons) as a desktop notification."""

    name = "freedesktop"

    def __init__(self, client: NotificationsClient) -> None:
        self._client = client

    def available(self) -> bool:
        return self._client.present()

    def notify(self, title: str, body: str) -> None:
        self._client.notify(title, body)
