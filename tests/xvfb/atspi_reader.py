"""An AT-SPI client, run by tests/test_atspi.py with the *system* python3.

It reads the app's accessibility tree over D-Bus the way Orca does (libatspi
through GObject introspection: ``gir1.2-atspi-2.0`` and ``python3-gi``, which
the project's virtual environment does not have, hence a separate process).

It answers one JSON request per line on stdin with one JSON line on stdout:

- ``{"cmd": "tree", "pid": N}``: the application with that process id as a
  nested dict (role, name, description, states, labelled_by, text, value,
  actions, id, children), or ``null`` while it is not on the bus yet.
- ``{"cmd": "act", "pid": N, "window": W, "role": R, "name": S, "action": A}``:
  do action A (``Press``, ``Toggle``...) on the first *showing* node with that
  role and name in the top-level window titled W, as a screen reader user's
  "activate" does.
- ``{"cmd": "listen", "events": [...]}``: register listeners (``object:announcement``,
  ``object:property-change:accessible-name``...); what arrives is kept.
- ``{"cmd": "wait_event", "type": T, "contains": S, "source": X, "since": I,
  "timeout": SECONDS}``: run the GLib main loop until an event of type T whose
  text contains S, from an object whose accessible id ends with X (optional),
  is among the events kept from index I on (or the time is up); return them all.
- ``{"cmd": "count_events"}``: how many are kept (an index for ``since``).

It never raises to the caller: an error is answered as ``{"error": "..."}``.
The first line it prints is ``{"ready": true}`` (or the reason it cannot run).
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

# gi is the system's PyGObject, not installed in the project's environment (and
# it has no type stubs): imported by name, so mypy sees modules of Any.
try:
    gi = importlib.import_module("gi")
    gi.require_version("Atspi", "2.0")
    Atspi: Any = importlib.import_module("gi.repository.Atspi")
    GLib: Any = importlib.import_module("gi.repository.GLib")
except (ImportError, ValueError) as exc:  # pragma: no cover - reported to the test
    print(json.dumps({"ready": False, "reason": f"{type(exc).__name__}: {exc}"}), flush=True)
    sys.exit(0)

Node = dict[str, Any]


def _states(acc: Any) -> list[str]:
    return sorted(Atspi.StateType(s).value_nick for s in acc.get_state_set().get_states())


def _labelled_by(acc: Any) -> list[str]:
    names = []
    for relation in acc.get_relation_set() or []:
        if relation.get_relation_type() != Atspi.RelationType.LABELLED_BY:
            continue
        for i in range(relation.get_n_targets()):
            names.append(relation.get_target(i).get_name() or "")
    return names


def describe(acc: Any) -> Node:
    interfaces = set(acc.get_interfaces())
    node: Node = {
        "role": acc.get_role_name(),
        "name": acc.get_name() or "",
        "description": acc.get_description() or "",
        "id": acc.get_accessible_id() or "",
        "states": _states(acc),
        "labelled_by": _labelled_by(acc),
        "text": None,
        "value": None,
        "actions": [],
    }
    if "Text" in interfaces:
        node["text"] = Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))
    if "Value" in interfaces:
        node["value"] = Atspi.Value.get_current_value(acc)
    if "Action" in interfaces:
        node["actions"] = [
            Atspi.Action.get_action_name(acc, i) for i in range(Atspi.Action.get_n_actions(acc))
        ]
    node["children"] = [
        describe(child)
        for i in range(acc.get_child_count())
        if (child := acc.get_child_at_index(i)) is not None
    ]
    return node


def application(pid: int) -> Any:
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def titled(name: str, title: str) -> bool:
    """Qt names a window "Title — microbreak" (the app's own name alone stays bare)."""
    return name == title or name.startswith(f"{title} \N{EM DASH} ")


def top_level(app: Any, title: str) -> Any:
    for i in range(app.get_child_count()):
        window = app.get_child_at_index(i)
        if window is not None and titled(window.get_name() or "", title):
            return window
    return None


def find_showing(acc: Any, role: str, name: str) -> Any:
    if "showing" not in _states(acc):
        return None
    if acc.get_role_name() == role and acc.get_name() == name:
        return acc
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None and (found := find_showing(child, role, name)) is not None:
            return found
    return None


class Reader:
    def __init__(self) -> None:
        self.events: list[Node] = []
        self._listener = Atspi.EventListener.new(self._heard)
        self._loop = GLib.MainLoop()
        self._waiting: tuple[str, str, str] | None = None

    def _heard(self, event: Any) -> None:
        data = event.any_data if isinstance(event.any_data, str) else ""
        source = event.source
        self.events.append(
            {
                "type": event.type,
                "role": source.get_role_name() if source is not None else "",
                "name": (source.get_name() or "") if source is not None else "",
                "id": (source.get_accessible_id() or "") if source is not None else "",
                "detail1": event.detail1,
                "data": data,
            }
        )
        if self._waiting is not None and self._matches(self.events[-1], *self._waiting):
            self._loop.quit()

    def _wait(self, kind: str, contains: str, source: str, seconds: float) -> None:
        """Dispatch D-Bus signals until a match arrives or the time is up."""
        timed_out: list[bool] = []

        def give_up() -> bool:
            timed_out.append(True)
            self._loop.quit()
            return False  # one-shot

        self._waiting = (kind, contains, source)
        timer = GLib.timeout_add(int(seconds * 1000), give_up)
        self._loop.run()
        self._waiting = None
        if not timed_out:
            GLib.source_remove(timer)
        self._drain()

    def _drain(self) -> None:
        """Take in every signal already received (a wait ends at its match)."""
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)

    @staticmethod
    def _matches(event: Node, kind: str, contains: str, source: str) -> bool:
        return bool(
            event["type"].startswith(kind)
            and contains in f"{event['data']}"
            and str(event["id"]).endswith(source)
        )

    def handle(self, request: Node) -> Node:
        cmd = request["cmd"]
        if cmd == "tree":
            app = application(int(request["pid"]))
            return {"tree": describe(app) if app is not None else None}
        if cmd == "act":
            app = application(int(request["pid"]))
            window = app and top_level(app, request["window"])
            target = window and find_showing(window, request["role"], request["name"])
            if not target:
                return {
                    "error": f"no showing {request['role']} named {request['name']!r} "
                    f"in a window titled {request['window']!r}"
                }
            names = [
                Atspi.Action.get_action_name(target, i)
                for i in range(Atspi.Action.get_n_actions(target))
            ]
            if request["action"] not in names:
                wanted = request["action"]
                return {"error": f"{request['name']!r} has no action {wanted!r}: {names}"}
            done = Atspi.Action.do_action(target, names.index(request["action"]))
            return {"done": bool(done)}
        if cmd == "listen":
            registered = {kind: bool(self._listener.register(kind)) for kind in request["events"]}
            return {"registered": registered}
        if cmd == "wait_event":
            wanted = (request["type"], request["contains"], request.get("source", ""))
            since = int(request.get("since", 0))
            if not any(self._matches(e, *wanted) for e in self.events[since:]):
                self._wait(*wanted, float(request["timeout"]))
            matched = any(self._matches(e, *wanted) for e in self.events[since:])
            return {"matched": matched, "events": self.events}
        if cmd == "count_events":
            self._drain()  # what came before this moment counts as before
            return {"count": len(self.events)}
        return {"error": f"unknown command {cmd!r}"}


def main() -> int:
    reader = Reader()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = reader.handle(json.loads(line))
        except Exception as exc:  # a dead app, a D-Bus timeout: tell the test
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
