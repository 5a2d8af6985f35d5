"""What a screen reader sees of the real app: a private AT-SPI bus and a reader on it.

On a Linux desktop a screen reader (Orca) never looks inside the app: Qt's
AT-SPI bridge puts the app's accessibility tree on the accessibility bus, and
the reader asks for it and listens to its events over D-Bus. This module sets
that up privately for one test:

- a session ``dbus-daemon`` (the desktop's session bus),
- ``at-spi-bus-launcher`` on it, which starts the accessibility bus and answers
  ``org.a11y.Bus.GetAddress`` (how Qt and libatspi find it),
- ``at-spi2-registryd`` on the accessibility bus (the desktop's list of
  applications, and the record of which events someone listens to: Qt sends
  only those),

and runs ``tests/xvfb/atspi_reader.py`` with the system python3, whose
libatspi (``gir1.2-atspi-2.0``) is the library Orca itself reads through.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from microbreak.platform.dbus_calls import DBusCallError, call

ROOT = Path(__file__).resolve().parent.parent
READER = ROOT / "tests" / "xvfb" / "atspi_reader.py"
# The reader needs the system's PyGObject, not the project's environment.
SYSTEM_PYTHON = "/usr/bin/python3"
# Where distributions put the AT-SPI daemons (Debian 12, older Ubuntu, Arch/Fedora).
LIBEXEC_DIRS = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib")
INSTALL_HINT = (
    "apt-get install at-spi2-core gir1.2-atspi-2.0 python3-gi dbus: "
    "see the README's system packages"
)

Node = dict[str, Any]


def _daemon(name: str) -> str | None:
    for folder in LIBEXEC_DIRS:
        path = Path(folder) / name
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    return None


def missing_pieces() -> list[str]:
    """The AT-SPI parts this machine lacks (empty when the test can run)."""
    missing = [
        name for name in ("at-spi-bus-launcher", "at-spi2-registryd") if _daemon(name) is None
    ]
    if not shutil.which("dbus-daemon"):
        missing.append("dbus-daemon")
    if not Path(SYSTEM_PYTHON).is_file():
        missing.append(SYSTEM_PYTHON)
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
            capture_output=True,
            timeout=30,
            check=False,
        )
        if probe.returncode != 0:
            missing.append("the Atspi 2.0 introspection data for the system python3")
    return missing


def skip_unless_available() -> None:
    missing = missing_pieces()
    if missing:
        message = f"needs AT-SPI ({', '.join(missing)} missing; {INSTALL_HINT})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def poll(check: Callable[[], bool], seconds: float, what: str) -> None:
    """Wait (bounded) for a real process to reach a state: daemons start on their own time."""
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _owned(address: str, service: str) -> bool:
    name = f"probe-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(address, name)
    try:
        if not bus.isConnected():
            return False
        reply = call(
            bus,
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            service,
        )
        return bool(reply and reply[0])
    except DBusCallError:
        return False
    finally:
        del bus
        QDBusConnection.disconnectFromBus(name)


def _a11y_address(session: str) -> str:
    name = f"probe-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(session, name)
    try:
        reply = call(bus, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress")
    finally:
        del bus
        QDBusConnection.disconnectFromBus(name)
    address = str(reply[0])
    assert address, "at-spi-bus-launcher gave no address"
    return address


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@contextmanager
def accessibility_bus(env: dict[str, str]) -> Iterator[dict[str, str]]:
    """Start a session bus with AT-SPI on it; yield ``env`` pointed at it.

    Each daemon is started here and stopped by its process id. Each is waited
    for before the next starts: a name asked for before its owner is up would
    make D-Bus start a second copy by activation, one this test does not own.
    The launcher gets no DISPLAY, so it leaves the shared X server's root
    window alone (the app and the reader find the bus through the session bus,
    as they do on a desktop without X).
    """
    inherited = ("AT_SPI_BUS_ADDRESS", "DBUS_SESSION_BUS_ADDRESS")
    env = {k: v for k, v in env.items() if k not in inherited}
    no_display = {k: v for k, v in env.items() if k != "DISPLAY"}
    with ExitStack() as stack:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--print-address", "--nofork"],
            env=no_display,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert daemon.stdout is not None
        stack.callback(daemon.stdout.close)
        stack.callback(_stop, daemon)
        session = daemon.stdout.readline().strip()
        assert session, "dbus-daemon printed no address"
        no_display["DBUS_SESSION_BUS_ADDRESS"] = session

        launcher_path = _daemon("at-spi-bus-launcher")
        registry_path = _daemon("at-spi2-registryd")
        assert launcher_path is not None
        assert registry_path is not None
        launcher = subprocess.Popen(
            [launcher_path, "--launch-immediately"],
            env=no_display,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stack.callback(_stop, launcher)
        poll(lambda: _owned(session, "org.a11y.Bus"), 10, "at-spi-bus-launcher")
        a11y = _a11y_address(session)
        poll(lambda: _owned(a11y, "org.freedesktop.DBus"), 10, "the accessibility bus")

        registry = subprocess.Popen(
            [registry_path],
            env=no_display,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stack.callback(_stop, registry)
        poll(lambda: _owned(a11y, "org.a11y.atspi.Registry"), 10, "at-spi2-registryd")

        yield {**env, "DBUS_SESSION_BUS_ADDRESS": session}


class ScreenReader:
    """The reader process: ``tests/xvfb/atspi_reader.py`` under the system python3."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self._log = log.open("w")
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._log_path = log
        first = self._reply(15)
        assert first.get("ready"), f"the AT-SPI reader cannot run: {first}"

    def _reply(self, seconds: float) -> Node:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], seconds)
        line = self.proc.stdout.readline() if ready else ""
        assert line, f"the AT-SPI reader did not answer; its log:\n{self._log_path.read_text()}"
        reply = json.loads(line)
        assert isinstance(reply, dict)
        return reply

    def request(self, seconds: float = 15, **request: Any) -> Node:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = self._reply(seconds)
        assert "error" not in reply, reply["error"]
        return reply

    def tree(self, pid: int) -> Node | None:
        tree = self.request(cmd="tree", pid=pid)["tree"]
        assert tree is None or isinstance(tree, dict)
        return tree

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._log.close()


# -- reading the tree ---------------------------------------------------------

# What a person can press, tick, choose, type into or read as a value: each
# needs a name (or a label that names it) to be heard.
CONTROL_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "spin button",
        "slider",
        "text",
        "password text",
        "entry",
        "page tab",
        "list",
        "list item",
        "table",
        "tree",
        "tree table",
        "menu item",
        "check menu item",
        "radio menu item",
        "progress bar",
    }
)


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def showing(node: Node) -> Iterator[Node]:
    """The nodes on screen: a hidden container hides everything in it."""
    if "showing" not in node["states"]:
        return
    yield node
    for child in node["children"]:
        yield from showing(child)


def heard_name(node: Node) -> str:
    """What a screen reader says for the control: its name, else its label's."""
    return str(node["name"]).strip() or " ".join(node["labelled_by"]).strip()


def unnamed_controls(window: Node) -> list[str]:
    """Every showing control (or focusable node) a screen reader would have no name for."""
    missing = []
    for node in showing(window):
        if node["role"] not in CONTROL_ROLES and "focusable" not in node["states"]:
            continue
        if not heard_name(node):
            missing.append(
                f"{node['role']} (id {node['id']!r}, description {node['description']!r})"
            )
    return missing


def windows(app: Node) -> dict[str, Node]:
    """The app's top-level windows by name ("Time for a break — microbreak" ...)."""
    return {str(w["name"]): w for w in app["children"]}


def titled(name: str, title: str) -> bool:
    """Qt names a window "Title — microbreak" (the app's own name alone stays bare)."""
    return name == title or name.startswith(f"{title} \N{EM DASH} ")


def window_named(app: Node, title: str) -> Node:
    found = [w for name, w in windows(app).items() if titled(name, title)]
    assert found, f"no window titled {title!r}; the app shows {sorted(windows(app))}"
    return found[0]
