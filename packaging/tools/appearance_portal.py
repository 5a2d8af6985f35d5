"""A stand-in for the desktop's appearance setting, for screenshots in dark mode.

    /usr/bin/python3 packaging/tools/appearance_portal.py 1   # 1: prefer dark, 2: light

Owns ``org.freedesktop.portal.Desktop`` on the session bus and answers the
``org.freedesktop.portal.Settings`` calls with ``org.freedesktop.appearance
color-scheme``, the way GNOME, KDE and other desktops tell applications that
the person chose a dark style. Qt's ``xdgdesktopportal`` platform theme reads it
(``QT_QPA_PLATFORMTHEME=xdgdesktopportal``) and gives microbreak a dark
palette, so packaging/screenshots.py shows the real app as a dark desktop
would. Runs under the system Python with PyGObject (Debian: python3-gi),
because PySide6 cannot return the nested ``a{sa{sv}}`` reply.
"""

from __future__ import annotations

import sys

from gi.repository import Gio, GLib  # type: ignore[import-not-found]

INTERFACE = """<node><interface name="org.freedesktop.portal.Settings">
<method name="ReadAll"><arg type="as" direction="in"/>
  <arg type="a{sa{sv}}" direction="out"/></method>
<method name="Read"><arg type="s" direction="in"/><arg type="s" direction="in"/>
  <arg type="v" direction="out"/></method>
<method name="ReadOne"><arg type="s" direction="in"/><arg type="s" direction="in"/>
  <arg type="v" direction="out"/></method>
<signal name="SettingChanged"><arg type="s"/><arg type="s"/><arg type="v"/></signal>
<property name="version" type="u" access="read"/>
</interface></node>"""
APPEARANCE = "org.freedesktop.appearance"


def main() -> None:
    scheme = GLib.Variant("u", int(sys.argv[1]) if len(sys.argv) > 1 else 1)

    def method(_c, _s, _p, _i, name, params, invocation):  # type: ignore[no-untyped-def]
        if name == "ReadAll":
            table = {APPEARANCE: {"color-scheme": scheme}}
            invocation.return_value(GLib.Variant("(a{sa{sv}})", (table,)))
        elif name == "Read":  # version 1 wraps the value in one more variant
            invocation.return_value(GLib.Variant("(v)", (GLib.Variant("v", scheme),)))
        else:
            invocation.return_value(GLib.Variant("(v)", (scheme,)))

    def version(*_args):  # type: ignore[no-untyped-def]
        return GLib.Variant("u", 2)

    node = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
    bus = Gio.bus_get_sync(Gio.BusType.SESSION)
    bus.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], method, version)
    Gio.bus_own_name_on_connection(bus, "org.freedesktop.portal.Desktop", 0, None, None)
    print("ready", flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
