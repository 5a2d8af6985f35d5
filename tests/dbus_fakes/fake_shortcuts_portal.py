"""A fake GlobalShortcuts portal, run as
``/usr/bin/python3 tests/dbus_fakes/fake_shortcuts_portal.py ADDRESS MODE``.

Owns ``org.freedesktop.portal.Desktop`` and serves
``org.freedesktop.portal.GlobalShortcuts`` (version 1) from its introspection
XML with GDBus, as xdg-desktop-portal does, so ``BindShortcuts`` sent with
another signature than ``oa(sa{sv})sa{sv}`` is refused here as there. Each
call answers with the request path the portal documents
(``/org/freedesktop/portal/desktop/request/SENDER/TOKEN``) and then emits
that request's ``Response``, addressed to the caller, as the real one does.
MODE says how the person answers the bind dialog: ``ok`` (every shortcut
bound, each with a trigger), ``cancel`` (response 1) or ``error`` (the call
fails). ``org.microbreak.Fake.Press(id)`` emits ``Activated`` for the last
session, as a key press would. Each call is printed as one JSON line.
"""

from __future__ import annotations

import json
import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found, unused-ignore]
from gi_service import serve  # type: ignore[import-not-found, unused-ignore]  # beside this file

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
XML = """
<node>
  <interface name="org.freedesktop.portal.GlobalShortcuts">
    <method name="CreateSession">
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
    <method name="BindShortcuts">
      <arg type="o" name="session_handle" direction="in"/>
      <arg type="a(sa{sv})" name="shortcuts" direction="in"/>
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="request_handle" direction="out"/>
    </method>
    <method name="ListShortcuts">
      <arg type="o" name="session_handle" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="request_handle" direction="out"/>
    </method>
    <signal name="Activated">
      <arg type="o" name="session_handle"/><arg type="s" name="shortcut_id"/>
      <arg type="t" name="timestamp"/><arg type="a{sv}" name="options"/>
    </signal>
    <property name="version" type="u" access="read"/>
  </interface>
  <interface name="org.microbreak.Fake">
    <method name="Press">
      <arg type="s" name="id" direction="in"/>
    </method>
  </interface>
</node>
"""


def main() -> None:
    address, mode = sys.argv[1], sys.argv[2]
    flags = (
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    )
    bus = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    state: dict[str, object] = {"session": "", "client": "", "bound": []}

    def respond(sender: str, handle: str, code: int, results: dict[str, GLib.Variant]) -> bool:
        bus.emit_signal(
            sender, handle, "org.freedesktop.portal.Request", "Response",
            GLib.Variant("(ua{sv})", (code, results)),
        )  # fmt: skip
        return False  # once

    def request(sender: str, options: dict[str, object], code: int, results: object) -> str:
        handle = f"{PATH}/request/{sender[1:].replace('.', '_')}/{options['handle_token']}"
        # After the reply, as the portal does: the dialog takes its time.
        GLib.idle_add(respond, sender, handle, code, results)
        return handle

    def shortcuts_variant(bound: list[tuple[str, str]]) -> GLib.Variant:
        return GLib.Variant(
            "a(sa{sv})",
            [
                (i, {"description": GLib.Variant("s", d),
                     "trigger_description": GLib.Variant("s", f"Ctrl+Alt+{i[0].upper()}")})
                for i, d in bound
            ],
        )  # fmt: skip

    # GDBus's callback signature.
    def method(conn, sender, path, interface, name, params, invocation):  # type: ignore[no-untyped-def]  # noqa: PLR0917
        args = params.unpack()
        print(json.dumps([name, *args]), flush=True)
        if name == "Press":
            conn.emit_signal(
                state["client"], PATH, SHORTCUTS, "Activated",
                GLib.Variant("(osta{sv})", (state["session"], args[0], 1234, {})),
            )  # fmt: skip
            invocation.return_value(None)
            return
        if name == "CreateSession":
            options = args[0]
            session = (
                f"{PATH}/session/{sender[1:].replace('.', '_')}/{options['session_handle_token']}"
            )
            state["session"], state["client"] = session, sender
            handle = request(sender, options, 0, {"session_handle": GLib.Variant("s", session)})
        elif name == "BindShortcuts":
            if mode == "error":
                invocation.return_dbus_error(
                    "org.freedesktop.portal.Error.Failed", "the desktop refused the shortcuts"
                )
                return
            if mode == "cancel":
                handle = request(sender, args[3], 1, {})
            else:
                state["bound"] = [(i, info["description"]) for i, info in args[1]]
                bound = shortcuts_variant(state["bound"])  # type: ignore[arg-type]
                handle = request(sender, args[3], 0, {"shortcuts": bound})
        else:  # ListShortcuts
            bound = shortcuts_variant(state["bound"])  # type: ignore[arg-type]
            handle = request(sender, args[1], 0, {"shortcuts": bound})
        invocation.return_value(GLib.Variant("(o)", (handle,)))

    def get_property(conn, sender, path, interface, name):  # type: ignore[no-untyped-def]
        return GLib.Variant("u", 1)

    serve(bus, node, PATH, SERVICE, method, get_property=get_property)


if __name__ == "__main__":
    main()
