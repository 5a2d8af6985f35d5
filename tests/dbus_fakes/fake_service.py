"""A scriptable fake D-Bus service: ``python -m tests.dbus_fakes.fake_service ADDRESS SPEC``.

SPEC is JSON: ``{"services": [...], "paths": [...], "values": {"iface.Member": value}}``.
A method call ``iface.Member`` on any of the paths replies with its value;
``org.freedesktop.DBus.Properties.Get(iface, name)`` replies with the value of
``iface.name`` as a variant; a value ``{"error": "org.x.Name"}`` replies with
that error; ``{"variant": value}`` replies with the value as a variant in a
variant (the settings portal's ``Read`` does that).
``org.microbreak.Fake.Set(key, json_value)`` changes a value, so a test can
change what the "desktop" reports while its client keeps running.
It runs in its own process because the clients make blocking calls.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant, QDBusVirtualObject

CONTROL = "org.microbreak.Fake"
PROPERTIES = "org.freedesktop.DBus.Properties"


class FakeObject(QDBusVirtualObject):
    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self.values = values
        self.calls: list[str] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        args = message.arguments()
        if message.interface() == CONTROL and message.member() == "Set":
            self.values[str(args[0])] = json.loads(str(args[1]))
            connection.send(message.createReply())
            return True
        as_property = message.interface() == PROPERTIES and message.member() == "Get"
        key = f"{args[0]}.{args[1]}" if as_property else f"{message.interface()}.{message.member()}"
        print(f"call {key}", flush=True)
        if key not in self.values:
            connection.send(
                message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", key)
            )
            return True
        value = self.values[key]
        if isinstance(value, dict) and "error" in value:
            connection.send(message.createErrorReply(value["error"], key))
            return True
        if isinstance(value, dict) and "variant" in value:
            value = QDBusVariant(QDBusVariant(value["variant"]))
        elif as_property:
            value = QDBusVariant(value)
        reply = message.createReply()
        reply.setArguments([value])
        connection.send(reply)
        return True


def main() -> None:
    address, spec = sys.argv[1], json.loads(sys.argv[2])
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.connectToBus(address, "fake-service")
    if not bus.isConnected():
        sys.exit(f"cannot connect to {address}")
    obj = FakeObject(dict(spec.get("values", {})))
    for path in spec.get("paths", ["/"]):
        if not bus.registerVirtualObject(path, obj):
            sys.exit(f"cannot register {path}")
    for service in spec.get("services", []):
        if not bus.registerService(service):
            sys.exit(f"cannot own {service}")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
