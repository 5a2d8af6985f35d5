"""Keyboard shortcuts through the XDG GlobalShortcuts portal, with jeepney.

``org.freedesktop.portal.GlobalShortcuts`` (KDE Plasma 5.27+, GNOME 48+):
``CreateSession`` makes a session, ``BindShortcuts`` hands the desktop our
actions with a description each, and the desktop shows its own dialog where
the person picks the keys (or declines). A key pressed later comes back as
``Activated(o session, s id, t timestamp, a{sv})``. Each call answers at once
with a request path; the outcome follows as that request's
``org.freedesktop.portal.Request.Response(u code, a{sv} results)`` signal.

Nothing happens unless asked: the settings dialog offers a button where
:meth:`ShortcutsPortal.available` says the portal is there, and only a press
on it binds anything. At start-up :meth:`ShortcutsPortal.restore` opens a
session and lists what the desktop already holds for us (no dialog), so keys
chosen in an earlier run keep working; where nothing is held it does nothing
more.

Why jeepney, as :mod:`microbreak.platform.notify_freedesktop` (whose header
says more): ``BindShortcuts`` takes ``a(sa{sv})``, which PySide6's QtDBus
cannot build from Python. The connection is read the same way, without
blocking the Qt event loop: a QSocketNotifier says the socket is readable,
then ``receive(timeout=0)`` parses what has arrived; a call waits at most
:data:`CALL_TIMEOUT` seconds, and signals that come meanwhile are queued by a
jeepney filter and handled from the event loop.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSocketNotifier, QTimer

from microbreak.core.events import (
    BreakNowRequested,
    Event,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.i18n import QT_TRANSLATE_NOOP, translate
from microbreak.platform.dbus_watch import open_watched, read_waiting
from microbreak.platform.notify_freedesktop import session_address

if TYPE_CHECKING:
    from jeepney import DBusAddress
    from jeepney.io.blocking import DBusConnection
    from jeepney.low_level import Message

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
CALL_TIMEOUT = 1.5  # seconds, as for notifications: a slow portal must not freeze the GUI
CONTEXT = "GlobalShortcuts"


class Shortcut(StrEnum):
    """Our actions as the desktop knows them: the ids must never change, the
    desktop stores the person's keys under them."""

    BREAK_NOW = "break-now"
    SNOOZE = "snooze"
    SKIP = "skip-next"
    PAUSE_HOUR = "pause-1h"
    RESUME = "resume"


# The desktop shows these in its dialog and in its keyboard settings.
DESCRIPTIONS = {
    Shortcut.BREAK_NOW: QT_TRANSLATE_NOOP(CONTEXT, "Take a break now"),
    Shortcut.SNOOZE: QT_TRANSLATE_NOOP(CONTEXT, "Snooze the coming break"),
    Shortcut.SKIP: QT_TRANSLATE_NOOP(CONTEXT, "Skip the next break"),
    Shortcut.PAUSE_HOUR: QT_TRANSLATE_NOOP(CONTEXT, "Pause break reminders for an hour"),
    Shortcut.RESUME: QT_TRANSLATE_NOOP(CONTEXT, "Resume break reminders"),
}


def event_for(shortcut: Shortcut, pause_hour_until: Callable[[], datetime | None]) -> Event:
    """The engine event a shortcut stands for: the same as the menu item's."""
    match shortcut:
        case Shortcut.BREAK_NOW:
            return BreakNowRequested()
        case Shortcut.SNOOZE:
            return SnoozeRequested()  # the configured length, as the heads-up's Snooze
        case Shortcut.SKIP:
            return SkipNextRequested()
        case Shortcut.PAUSE_HOUR:
            return PauseRequested(pause_hour_until())
        case Shortcut.RESUME:
            return ResumeRequested()


class BindResult(StrEnum):
    """How a bind request ended, for the settings dialog to say."""

    BOUND = "bound"
    CANCELLED = "cancelled"  # the person closed the desktop's dialog
    FAILED = "failed"  # an error reply, a lost connection, or the portal's code 2


def _portal() -> DBusAddress:
    from jeepney import DBusAddress  # noqa: PLC0415

    return DBusAddress(PORTAL_PATH, bus_name=PORTAL_SERVICE, interface=SHORTCUTS)


class ShortcutsPortal:
    """One connection and one session with the GlobalShortcuts portal.

    ``on_activated`` gets each shortcut the person presses; ``on_bound`` the
    end of a :meth:`register` (with the keys the desktop describes, where it
    says).
    """

    def __init__(
        self,
        on_activated: Callable[[Shortcut], object],
        address: Callable[[], str] | str = session_address,
    ) -> None:
        self._address = address
        self._on_activated = on_activated
        self.on_bound: Callable[[BindResult, list[str]], None] | None = None
        # Told once keys are bound, so later starts know to listen (app: state.json).
        self.remember_bound: Callable[[], None] | None = None
        self._conn: DBusConnection | None = None
        self._notifier: QSocketNotifier | None = None
        self._queue: deque[Message] = deque()
        self._owner = ""  # the portal's unique name: only its signals count
        self._version: int | None = None  # None: not asked yet
        self._session = ""  # the session handle, once the portal made one
        # Request path -> what to do with its Response.
        self._waiting: dict[str, Callable[[int, dict[str, Any]], None]] = {}
        self._bind_after_session = False

    # -- what the app asks ------------------------------------------------

    def available(self) -> bool:
        """Is the portal there, version 1 or later? (Asked once; cached.)"""
        if sys.platform in {"win32", "darwin"}:
            return False
        if self._version is None:
            try:
                self._version = self._ask_version()
            except LookupError as exc:  # no session bus
                log.debug("%s", exc)
                self._version = 0
            except Exception as exc:  # whatever went wrong on the bus: not there
                log.info("GlobalShortcuts portal not reachable: %s", exc)
                self._drop()
                self._version = 0
        return self._version >= 1

    def register(self) -> None:
        """Ask the desktop to bind our shortcuts: it shows its own dialog.

        The outcome reaches :attr:`on_bound`; a failure here does too, never
        an exception (it comes from a button press).
        """
        if not self.available():
            self._finish(BindResult.FAILED, [])
            return
        try:
            if self._session:
                self._bind()
            else:
                self._bind_after_session = True
                self._create_session()
        except Exception as exc:
            log.warning("GlobalShortcuts: cannot bind: %s", exc)
            self._bind_after_session = False
            self._finish(BindResult.FAILED, [])

    def restore(self) -> None:
        """At start-up: listen for keys an earlier run had the desktop bind.

        Opens a session and lists its shortcuts, with no dialog; only where
        the portal is there (this asks, so call it from the event loop).
        """
        if not self.available() or self._session:
            return
        try:
            self._create_session()
        except Exception as exc:
            log.info("GlobalShortcuts: no session: %s", exc)

    @property
    def listening(self) -> bool:
        """Is a session open, so that a key the desktop holds for us reaches us?"""
        return bool(self._session)

    def close(self) -> None:
        """Let the connection go (the desktop ends the session with it)."""
        self._drop()

    # -- the portal's steps -------------------------------------------------

    def _create_session(self) -> None:
        from jeepney import new_method_call  # noqa: PLC0415

        token = self._token()
        options = {
            "handle_token": ("s", token),
            "session_handle_token": ("s", f"microbreak_{os.urandom(4).hex()}"),
        }
        self._request(
            new_method_call(_portal(), "CreateSession", "a{sv}", (options,)),
            token,
            self._session_made,
        )

    def _session_made(self, code: int, results: dict[str, Any]) -> None:
        handle = results.get("session_handle")
        if code != 0 or handle is None:
            log.info("GlobalShortcuts: the portal made no session (code %s)", code)
            if self._bind_after_session:
                self._bind_after_session = False
                self._finish(BindResult.FAILED, [])
            return
        self._session = str(handle[1])
        log.info("GlobalShortcuts: session %s", self._session)
        if self._bind_after_session:
            self._bind_after_session = False
            self._guarded(self._bind)
        else:
            self._guarded(self._list)

    def _bind(self) -> None:
        from jeepney import new_method_call  # noqa: PLC0415

        token = self._token()
        shortcuts = [
            (str(s), {"description": ("s", translate(CONTEXT, DESCRIPTIONS[s]))}) for s in Shortcut
        ]
        call = new_method_call(
            _portal(), "BindShortcuts", "oa(sa{sv})sa{sv}",
            (self._session, shortcuts, "", {"handle_token": ("s", token)}),
        )  # fmt: skip
        self._request(call, token, self._bound)

    def _bound(self, code: int, results: dict[str, Any]) -> None:
        if code == 1:
            self._finish(BindResult.CANCELLED, [])
            return
        if code != 0:
            self._finish(BindResult.FAILED, [])
            return
        self._finish(BindResult.BOUND, _triggers(results))

    def _list(self) -> None:
        from jeepney import new_method_call  # noqa: PLC0415

        token = self._token()
        call = new_method_call(
            _portal(), "ListShortcuts", "oa{sv}", (self._session, {"handle_token": ("s", token)})
        )
        self._request(call, token, self._listed)

    def _listed(self, code: int, results: dict[str, Any]) -> None:
        held = _triggers(results) if code == 0 else []
        log.info("GlobalShortcuts: the desktop holds %s", "; ".join(held) or "none of ours")

    def _finish(self, result: BindResult, triggers: list[str]) -> None:
        log.info("GlobalShortcuts: bind %s %s", result.value, "; ".join(triggers))
        if result is BindResult.BOUND and self.remember_bound is not None:
            self.remember_bound()
        if self.on_bound is not None:
            self.on_bound(result, triggers)

    def _guarded(self, step: Callable[[], None]) -> None:
        """A step taken from a signal: a failure is logged and told, never raised into Qt."""
        try:
            step()
        except Exception as exc:
            log.warning("GlobalShortcuts: %s", exc)
            if step == self._bind:
                self._finish(BindResult.FAILED, [])

    # -- the connection -----------------------------------------------------

    def _connection(self) -> DBusConnection:
        if self._conn is not None:
            return self._conn
        from jeepney import MatchRule  # noqa: PLC0415

        address = self._address if isinstance(self._address, str) else self._address()
        rules = [
            MatchRule(type="signal", sender=PORTAL_SERVICE, interface=interface)
            for interface in (SHORTCUTS, REQUEST)
        ]
        conn, notifier = open_watched(address, rules, self._queue, self._drain, CALL_TIMEOUT)
        self._conn, self._notifier = conn, notifier
        return conn

    def _ask_version(self) -> int:
        from jeepney import MessageType  # noqa: PLC0415
        from jeepney.bus_messages import message_bus  # noqa: PLC0415
        from jeepney.wrappers import Properties, unwrap_msg  # noqa: PLC0415

        conn = self._connection()
        reply = conn.send_and_get_reply(
            message_bus.GetNameOwner(PORTAL_SERVICE), timeout=CALL_TIMEOUT
        )
        if reply.header.message_type is MessageType.error:
            return 0  # no portal at all
        (self._owner,) = unwrap_msg(reply)
        reply = conn.send_and_get_reply(Properties(_portal()).get("version"), timeout=CALL_TIMEOUT)
        if reply.header.message_type is MessageType.error:
            # A portal without this interface (an older one, or a desktop without it).
            log.info("GlobalShortcuts portal not there: %s", reply.body)
            return 0
        ((signature, version),) = unwrap_msg(reply)
        log.info("GlobalShortcuts portal version %s", version)
        return int(version) if signature == "u" else 0

    def _token(self) -> str:
        # os.urandom, as secrets.token_hex does, without importing secrets
        # (hmac and hashlib: 3.5 ms of every start) for a token that only
        # has to be unlikely to repeat.
        return f"microbreak_{os.urandom(8).hex()}"

    def _request(
        self, call: Message, token: str, then: Callable[[int, dict[str, Any]], None]
    ) -> None:
        """Send a portal call and wait (from the event loop) for its Response."""
        from jeepney.wrappers import unwrap_msg  # noqa: PLC0415

        conn = self._connection()
        # The portal's documented request path, known before the call so a
        # Response that arrives with the reply is not missed.
        sender = (conn.unique_name or "").lstrip(":").replace(".", "_")
        expected = f"{PORTAL_PATH}/request/{sender}/{token}"
        self._waiting[expected] = then
        try:
            reply = conn.send_and_get_reply(call, timeout=CALL_TIMEOUT)
            (handle,) = unwrap_msg(reply)
        except OSError:
            self._drop()
            raise
        except Exception:
            self._waiting.pop(expected, None)  # an error reply: no Response will come
            raise
        finally:
            self._drain_later()
        if handle != expected:  # an older portal chose its own path
            self._waiting[str(handle)] = self._waiting.pop(expected)

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        if self._conn is not None:
            self._conn.close()
        self._conn = self._notifier = None
        self._queue.clear()
        self._waiting.clear()
        self._session = ""  # the desktop closes a session with its connection

    # -- reading ------------------------------------------------------------

    def _drain_later(self) -> None:
        # A Response read along with a reply is off the socket, so the socket
        # notifier will not fire for it; and a press must not reach the
        # engine in the middle of a call.
        QTimer.singleShot(0, self._drain)

    def _drain(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            read_waiting(conn, self._queue, signals_only=False)
        except OSError as exc:
            log.info("lost the connection to the GlobalShortcuts portal: %s", exc)
            self._drop()
            return
        while self._queue:
            self._handle(self._queue.popleft())

    def _handle(self, message: Message) -> None:
        from jeepney import MessageType  # noqa: PLC0415
        from jeepney.low_level import HeaderFields  # noqa: PLC0415

        fields = message.header.fields
        # Anyone may send us a signal; only the portal's own count.
        if message.header.message_type is not MessageType.signal:
            return
        if not self._owner or fields.get(HeaderFields.sender) != self._owner:
            return
        interface = fields.get(HeaderFields.interface)
        member = fields.get(HeaderFields.member)
        if interface == REQUEST and member == "Response":
            then = self._waiting.pop(str(fields.get(HeaderFields.path)), None)
            if then is not None:
                code, results = message.body
                then(int(code), dict(results))
        elif interface == SHORTCUTS and member == "Activated":
            session, shortcut_id = message.body[0], message.body[1]
            if not self._session or session != self._session:
                return  # another session's (or one before ours)
            try:
                shortcut = Shortcut(shortcut_id)
            except ValueError:
                log.info("GlobalShortcuts: unknown shortcut %r", shortcut_id)
                return
            log.info("GlobalShortcuts: %s pressed", shortcut.value)
            self._on_activated(shortcut)


def _triggers(results: dict[str, Any]) -> list[str]:
    """'Take a break now: Meta+Shift+B' for each bound shortcut the portal describes."""
    _signature, shortcuts = results.get("shortcuts", ("a(sa{sv})", []))
    described = []
    for shortcut_id, info in shortcuts:
        trigger = info.get("trigger_description", ("s", ""))[1]
        try:
            name = translate(CONTEXT, DESCRIPTIONS[Shortcut(shortcut_id)])
        except ValueError:
            continue
        described.append(f"{name}: {trigger}" if trigger else name)
    return described
