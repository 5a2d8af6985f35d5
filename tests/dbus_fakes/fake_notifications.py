"""A fake notification server.

``/usr/bin/python3 tests/dbus_fakes/fake_notifications.py ADDRESS CAPS``

Owns ``org.freedesktop.Notifications`` and serves its interface from the
introspection XML with GDBus, as GNOME Shell and dunst do, so a call with a
wrong signature (``replaces_id`` as ``i``, the urgency as ``i`` instead of a
byte) is refused here as it would be there. CAPS is the comma-separated
list ``GetCapabilities`` returns (``actions`` or not). Each ``Notify`` and
``CloseNotification`` is printed as one JSON line on stdout, with the D-Bus
types of what came (the call's signature and each hint's type), so a test
reads exactly what the app sent. Like GNOME Shell, the signals go only to
the connection that sent the ``Notify``.

``org.microbreak.Fake.Invoke(id, action)`` emits ``ActionInvoked`` and then
``NotificationClosed`` as a click would. Its id is an ``i``: the test sends
it with QtDBus, which cannot send a ``u`` (the very reason the app uses
jeepney).
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found, unused-ignore]
from gi_service import serve  # type: ignore[import-not-found, unused-ignore]  # beside this file

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="Notify">
      <arg type="s" name="app_name" direction="in"/>
      <arg type="u" name="replaces_id" direction="in"/>
      <arg type="s" name="app_icon" direction="in"/>
      <arg type="s" name="summary" direction="in"/>
      <arg type="s" name="body" direction="in"/>
      <arg type="as" name="actions" direction="in"/>
      <arg type="a{sv}" name="hints" direction="in"/>
      <arg type="i" name="expire_timeout" direction="in"/>
      <arg type="u" name="id" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" name="id" direction="in"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
  <interface name="org.microbreak.Fake">
    <method name="Invoke">
      <arg type="i" name="id" direction="in"/><arg type="s" name="action" direction="in"/>
    </method>
  </interface>
</node>
"""
DISMISSED, CLOSED_BY_CALL = 2, 3


def main() -> None:
    address, capabilities = sys.argv[1], [c for c in sys.argv[2].split(",") if c]
    flags = (
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    )
    bus = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    owners: dict[int, str] = {}  # notification id -> the connection that sent it
    next_id = [1]

    def emit(notification_id: int, name: str, args: GLib.Variant) -> None:
        owner = owners.get(notification_id)
        if owner:  # unicast, as GNOME Shell does
            bus.emit_signal(owner, PATH, SERVICE, name, args)

    # GDBus's callback signature.
    def method(conn, sender, path, interface, name, params, invocation):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        reply = None
        if name == "GetCapabilities":
            reply = GLib.Variant("(as)", (capabilities,))
        elif name == "GetServerInformation":
            reply = GLib.Variant("(ssss)", ("fake", "microbreak", "1", "1.2"))
        elif name == "Notify":
            app, replaces, icon, summary, body, actions, hints, expire = params.unpack()
            hints_variant = params.get_child_value(6)
            hint_types = {
                hints_variant.get_child_value(i).get_child_value(0).get_string():
                hints_variant.get_child_value(i).get_child_value(1).get_variant().get_type_string()
                for i in range(hints_variant.n_children())
            }  # fmt: skip
            notification_id = replaces or next_id[0]
            if not replaces:
                next_id[0] += 1
            owners[notification_id] = sender
            print(json.dumps({
                "method": name, "signature": params.get_type_string(),
                "app_name": app, "replaces_id": replaces, "app_icon": icon,
                "summary": summary, "body": body, "actions": actions,
                "hints": hints, "hint_types": hint_types, "expire_timeout": expire,
                "id": notification_id,
            }), flush=True)  # fmt: skip
            reply = GLib.Variant("(u)", (notification_id,))
        elif name == "CloseNotification":
            (notification_id,) = params.unpack()
            print(json.dumps({"method": name, "id": notification_id}), flush=True)
            emit(notification_id, "NotificationClosed",
                 GLib.Variant("(uu)", (notification_id, CLOSED_BY_CALL)))  # fmt: skip
        elif name == "Invoke":
            notification_id, action = params.unpack()
            owners.setdefault(notification_id, next(iter(owners.values()), ""))
            emit(notification_id, "ActionInvoked", GLib.Variant("(us)", (notification_id, action)))
            emit(notification_id, "NotificationClosed",
                 GLib.Variant("(uu)", (notification_id, DISMISSED)))  # fmt: skip
        invocation.return_value(reply)

    serve(bus, node, PATH, SERVICE, method)


if __name__ == "__main__":
    main()
