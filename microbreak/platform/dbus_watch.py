"""A jeepney connection read from the Qt event loop: the one way both the
notification client and the shortcuts portal listen for D-Bus signals.

jeepney is imported here, at the first connection, never at start-up (a
desktop without notifications or shortcuts pays nothing for it). The bus is
asked to send the signals ``rules`` match; every signal read, also while a
call waits for its reply, lands in ``queue``; a QSocketNotifier says when the
socket has more to read, and the caller drains the queue from there.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier

if TYPE_CHECKING:
    from jeepney import MatchRule
    from jeepney.io.blocking import DBusConnection
    from jeepney.low_level import Message


def open_watched(
    address: str,
    rules: Sequence[MatchRule],
    queue: deque[Message],
    on_readable: Callable[[], None],
    timeout: float,
) -> tuple[DBusConnection, QSocketNotifier]:
    """Open a connection to ``address`` that collects the signals ``rules`` match."""
    from jeepney import MatchRule  # noqa: PLC0415
    from jeepney.bus_messages import message_bus  # noqa: PLC0415
    from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415
    from jeepney.wrappers import unwrap_msg  # noqa: PLC0415

    conn = open_dbus_connection(address, auth_timeout=timeout)
    try:
        for rule in rules:
            unwrap_msg(conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=timeout))
    except BaseException:
        conn.close()
        raise
    # Signals that come in while a call waits for its reply land in the queue.
    conn.filter(MatchRule(type="signal"), queue=queue)
    notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_args: on_readable())
    return conn, notifier


def read_waiting(conn: DBusConnection, queue: deque[Message], *, signals_only: bool) -> None:
    """Move every message already on the socket into ``queue``, never waiting.

    Raises OSError when the connection is lost; the caller drops it.
    """
    from jeepney import MessageType  # noqa: PLC0415

    try:
        while True:
            message = conn.receive(timeout=0)
            if not signals_only or message.header.message_type is MessageType.signal:
                queue.append(message)
    except TimeoutError:
        return  # nothing more has arrived
