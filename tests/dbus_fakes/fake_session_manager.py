"""A stand-in for gnome-session's inhibitors.

``/usr/bin/python3 tests/dbus_fakes/fake_session_manager.py ADDRESS``

The headless GNOME Shell of the tests runs without gnome-session, so nothing
owns ``org.gnome.SessionManager``. This owns it and serves the part of its
interface that inhibitors use, from the introspection XML with GDBus (so a
flag sent as ``i`` is refused, as gnome-session would): ``Inhibit(app_id,
toplevel_xid, reason, flags) -> cookie``, ``Uninhibit(cookie)``,
``IsInhibited(flags)`` and the ``InhibitedActions`` property, the OR of the
live inhibitors' flags. Like gnome-session, it drops an inhibitor when the
program that asked for it leaves the bus, so a video player that ends (or
crashes) stops inhibiting. Each Inhibit/Uninhibit is printed as one JSON line.
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found, unused-ignore]
from gi_service import serve  # type: ignore[import-not-found, unused-ignore]  # beside this file

SERVICE = "org.gnome.SessionManager"
PATH = "/org/gnome/SessionManager"
XML = """
<node>
  <interface name="org.gnome.SessionManager">
    <method name="Inhibit">
      <arg type="s" name="app_id" direction="in"/>
      <arg type="u" name="toplevel_xid" direction="in"/>
      <arg type="s" name="reason" direction="in"/>
      <arg type="u" name="flags" direction="in"/>
      <arg type="u" name="inhibit_cookie" direction="out"/>
    </method>
    <method name="Uninhibit"><arg type="u" name="inhibit_cookie" direction="in"/></method>
    <method name="IsInhibited">
      <arg type="u" name="flags" direction="in"/><arg type="b" direction="out"/>
    </method>
    <property name="InhibitedActions" type="u" access="read"/>
  </interface>
</node>
"""


def main() -> None:
    address = sys.argv[1]
    flags = (
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    )
    bus = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    inhibitors: dict[int, tuple[str, int]] = {}  # cookie: (the caller's unique name, flags)
    cookies = iter(range(1, 1 << 31))

    def inhibited() -> int:
        result = 0
        for _sender, flag in inhibitors.values():
            result |= flag
        return result

    def changed() -> None:
        bus.emit_signal(
            None, PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
            GLib.Variant(
                "(sa{sv}as)", (SERVICE, {"InhibitedActions": GLib.Variant("u", inhibited())}, [])
            ),
        )  # fmt: skip

    # GDBus's callback signature.
    def method(conn, sender, path, interface, name, params, invocation):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        if name == "Inhibit":
            app_id, _xid, reason, flag = params.unpack()
            cookie = next(cookies)
            inhibitors[cookie] = (sender, flag)
            print(json.dumps(["Inhibit", app_id, reason, flag, cookie]), flush=True)
            invocation.return_value(GLib.Variant("(u)", (cookie,)))
            changed()
        elif name == "Uninhibit":
            (cookie,) = params.unpack()
            inhibitors.pop(cookie, None)
            print(json.dumps(["Uninhibit", cookie]), flush=True)
            invocation.return_value(None)
            changed()
        else:  # IsInhibited
            (flag,) = params.unpack()
            invocation.return_value(GLib.Variant("(b)", (bool(inhibited() & flag),)))

    def get_property(conn, sender, path, interface, name):  # type: ignore[no-untyped-def]
        return GLib.Variant("u", inhibited())

    def owner_changed(conn, sender, path, interface, signal, params):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        name, _old, new = params.unpack()
        gone = [c for c, (who, _f) in inhibitors.items() if who == name and not new]
        for cookie in gone:
            del inhibitors[cookie]
            print(json.dumps(["Gone", name, cookie]), flush=True)
        if gone:
            changed()

    bus.signal_subscribe(
        "org.freedesktop.DBus", "org.freedesktop.DBus", "NameOwnerChanged",
        "/org/freedesktop/DBus", None, Gio.DBusSignalFlags.NONE, owner_changed,
    )  # fmt: skip
    serve(bus, node, PATH, SERVICE, method, get_property=get_property)


if __name__ == "__main__":
    main()
