"""A private ``dbus-daemon`` and fake services on it, for the platform tests."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from microbreak.platform.dbus_calls import call

ROOT = Path(__file__).resolve().parents[2]


# A session bus of the test's own: no service directories, so nothing the
# machine has installed is started on demand. With the standard session
# config, a call to a service a test means to be absent (the notification
# portal, say) started the real xdg-desktop-portal wherever one is installed.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a private ``dbus-daemon`` (no activatable services) and yield its address."""
    if not shutil.which("dbus-daemon"):
        message = "needs dbus-daemon (apt-get install dbus): see the README's system packages"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with tempfile.TemporaryDirectory(prefix="microbreak-bus-") as folder:
        config = Path(folder) / "bus.conf"
        config.write_text(BUS_CONFIG)
        daemon = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--print-address", "--nofork"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert daemon.stdout is not None
            address = daemon.stdout.readline().strip()
            assert address, "dbus-daemon printed no address"
            yield address
        finally:
            daemon.terminate()
            daemon.wait(timeout=5)


@contextmanager
def connection(address: str) -> Iterator[QDBusConnection]:
    """A named client connection to the private bus, closed afterwards."""
    name = f"test-{uuid.uuid4().hex}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected(), bus.lastError().message()
    try:
        yield bus
    finally:
        del bus
        QDBusConnection.disconnectFromBus(name)


@contextmanager
def fake_service(
    address: str, services: list[str], paths: list[str], values: dict[str, Any]
) -> Iterator[subprocess.Popen[str]]:
    """Run tests/dbus_fakes/fake_service.py on the bus until the block ends."""
    spec = json.dumps({"services": services, "paths": paths, "values": values})
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.dbus_fakes.fake_service", address, spec],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == "ready", f"fake service did not start: {line!r}"
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def set_fake_value(bus: QDBusConnection, service: str, path: str, key: str, value: Any) -> None:
    call(bus, service, path, "org.microbreak.Fake", "Set", key, json.dumps(value))


def emit_bool(bus: QDBusConnection, path: str, interface: str, name: str, value: bool) -> None:
    signal = QDBusMessage.createSignal(path, interface, name)
    signal.setArguments([value])
    assert bus.send(signal)


@contextmanager
def fake_portal(address: str) -> Iterator[subprocess.Popen[str]]:
    """Run tests/dbus_fakes/fake_portal.py on the bus; read its calls with :func:`next_call`."""
    with _system_python_fake("fake_portal.py", address) as proc:
        yield proc


@contextmanager
def fake_shortcuts_portal(address: str, mode: str = "ok") -> Iterator[subprocess.Popen[str]]:
    """Run tests/dbus_fakes/fake_shortcuts_portal.py; ``mode``: ok, cancel or error."""
    with _system_python_fake("fake_shortcuts_portal.py", address, mode) as proc:
        yield proc


@contextmanager
def fake_notifications(address: str, capabilities: list[str]) -> Iterator[subprocess.Popen[str]]:
    """Run tests/dbus_fakes/fake_notifications.py; read its calls with :func:`next_call`."""
    with _system_python_fake("fake_notifications.py", address, ",".join(capabilities)) as proc:
        yield proc


@contextmanager
def fake_session_manager(address: str) -> Iterator[subprocess.Popen[str]]:
    """Run tests/dbus_fakes/fake_session_manager.py (gnome-session's inhibitors) on the bus."""
    with _system_python_fake("fake_session_manager.py", address) as proc:
        yield proc


@contextmanager
def _system_python_fake(script: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """A GDBus fake under the system Python (PyGObject), until the block ends."""
    system_python = "/usr/bin/python3"
    probe = [system_python, "-c", "from gi.repository import Gio"]
    found = Path(system_python).exists()
    if not found or subprocess.run(probe, check=False, capture_output=True).returncode:
        message = "needs python3-gi (apt-get install python3-gi): see the README's system packages"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    proc = subprocess.Popen(
        [system_python, str(ROOT / "tests" / "dbus_fakes" / script), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line == "ready", f"{script} did not start: {line!r}"
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def next_call(proc: subprocess.Popen[str]) -> Any:
    """The fake's next logged call (it logs before it replies, so a finished call is there)."""
    assert proc.stdout is not None
    # A call that never came must fail the test, not hang it.
    ready, _, _ = select.select([proc.stdout], [], [], 5)
    assert ready, "the fake service logged no call within 5 s"
    line = proc.stdout.readline()
    assert line, "the fake service ended"
    return json.loads(line)
