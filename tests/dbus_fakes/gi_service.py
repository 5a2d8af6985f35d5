"""Owning a name and serving until killed: the shared end of the PyGObject fakes.

The portal and notification fakes run under the system Python with PyGObject
(PySide6 cannot read their nested a{sv} arguments back); each registers its
interfaces and then calls :func:`serve`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from gi.repository import Gio, GLib  # type: ignore[import-not-found, unused-ignore]


def serve(
    bus: Any,
    node: Any,
    path: str,
    service: str,
    method: Callable[..., None],
    *,
    get_property: Callable[..., Any] | None = None,
) -> None:
    """Register every interface of ``node`` at ``path``, own ``service``, say "ready", run."""
    for info in node.interfaces:
        bus.register_object(path, info, method, get_property, None)
    reply = bus.call_sync(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
        GLib.Variant("(su)", (service, 4)), None, Gio.DBusCallFlags.NONE, -1, None,
    )  # fmt: skip
    if reply.unpack()[0] != 1:
        sys.exit(f"cannot own {service}")
    print("ready", flush=True)
    GLib.MainLoop().run()
