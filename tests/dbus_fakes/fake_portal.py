"""A fake notification portal: ``/usr/bin/python3 tests/dbus_fakes/fake_portal.py ADDRESS``.

Owns ``org.freedesktop.portal.Desktop`` and serves the
``org.freedesktop.portal.Notification`` interface from its introspection XML
with GDBus, as xdg-desktop-portal does, so a call with wrong types (a ``u``
sent as ``i``, ``buttons`` as ``av`` instead of ``aa{sv}``) is refused here
as it would be there. It runs under the system Python with PyGObject
(``python3-gi``, which the AT-SPI tests need too): PySide6 cannot read a
nested ``a{sv}`` back out of a QDBusArgument. Each call is printed as one
JSON line on stdout, so the test reads exactly what the app sent.
``org.microbreak.Fake.Invoke(id, action)`` emits ``ActionInvoked(id, action,
[])``, as a click would.
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found, unused-ignore]
from gi_service import serve  # type: ignore[import-not-found, unused-ignore]  # beside this file

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
XML = """
<node>
  <interface name="org.freedesktop.portal.Notification">
    <method name="AddNotification">
      <arg type="s" name="id" direction="in"/>
      <arg type="a{sv}" name="notification" direction="in"/>
    </method>
    <method name="RemoveNotification">
      <arg type="s" name="id" direction="in"/>
    </method>
    <signal name="ActionInvoked">
      <arg type="s" name="id"/><arg type="s" name="action"/><arg type="av" name="parameter"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
  <interface name="org.microbreak.Fake">
    <method name="Invoke">
      <arg type="s" name="id" direction="in"/><arg type="s" name="action" direction="in"/>
    </method>
  </interface>
</node>
"""


def buttons_ok(notification: GLib.Variant) -> bool:
    buttons = notification.lookup_value("buttons", None)
    return buttons is None or buttons.get_type_string() == "aa{sv}"


def main() -> None:
    address = sys.argv[1]
    flags = (
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    )
    bus = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)

    # GDBus's callback signature.
    def method(conn, sender, path, interface, name, params, invocation):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        if name == "Invoke":
            conn.emit_signal(
                None, PATH, node.interfaces[0].name, "ActionInvoked",
                GLib.Variant("(ssav)", (params[0], params[1], [])),
            )  # fmt: skip
        elif name == "AddNotification" and not buttons_ok(params.get_child_value(1)):
            invocation.return_dbus_error(
                "org.freedesktop.portal.Error.InvalidArgument", "buttons must be aa{sv}"
            )
            return
        else:
            print(json.dumps([name, *params.unpack()]), flush=True)
        invocation.return_value(None)

    def get_property(conn, sender, path, interface, name):  # type: ignore[no-untyped-def]
        return GLib.Variant("u", 2)

    serve(bus, node, PATH, SERVICE, method, get_property=get_property)


if __name__ == "__main__":
    main()
