"""Keyboard shortcuts through the XDG GlobalShortcuts portal.

Against a fake portal on a private ``dbus-daemon`` that serves the
interface's XML with GDBus (so a wrong signature is refused as the real one
refuses it) and answers each call with its Request's ``Response`` signal:
the offer appears only where the portal is, a press on it sends every
action with its description, a key the desktop reports reaches the engine
through the one dispatch (also after a restart), and a cancelled or refused
bind is said in the dialog without an exception.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.infra.state_store import StateStore
from microbreak.platform.dbus_calls import call as dbus_call
from microbreak.platform.shortcuts_portal import (
    PORTAL_PATH,
    PORTAL_SERVICE,
    BindResult,
    Shortcut,
    ShortcutsPortal,
)
from microbreak.ui.settings_dialog import SettingsDialog
from tests.dbus_fakes.bus import connection, fake_shortcuts_portal, private_bus
from tests.helpers.app import make_app
from tests.helpers.settings_dialog import dialog_of

pytestmark = pytest.mark.slow


@pytest.fixture
def address(qapp: object) -> Iterator[str]:
    with private_bus() as bus_address:
        yield bus_address


@pytest.fixture
def portals() -> Iterator[list[ShortcutsPortal]]:
    """Portal clients a test made, disconnected before their private bus goes away."""
    made: list[ShortcutsPortal] = []
    yield made
    for portal in made:
        portal.close()


def next_call(proc: subprocess.Popen[str]) -> Any:
    """The fake's next logged call, read from its pipe a byte at a time.

    Not tests.dbus_fakes.bus.next_call: its buffered readline takes two
    lines that arrive together (CreateSession, then at once ListShortcuts),
    after which select() sees an empty pipe and waits for a line it holds.
    """
    assert proc.stdout is not None
    fd, line = proc.stdout.fileno(), b""
    while not line.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], 5)
        assert ready, "the fake portal logged no call within 5 s"
        byte = os.read(fd, 1)
        assert byte, "the fake portal ended"
        line += byte
    return json.loads(line)


def press(address: str, shortcut_id: str) -> None:
    """Make the fake portal report a key press, as the desktop would."""
    with connection(address) as bus:
        dbus_call(bus, PORTAL_SERVICE, PORTAL_PATH, "org.microbreak.Fake", "Press", shortcut_id)


def app_on(qtbot: QtBot, clock: FakeClock, paths: AppPaths, address: str) -> MicrobreakApp:
    return make_app(qtbot, clock, paths, shortcuts_bus=address)


def test_without_the_portal_nothing_is_offered(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, address: str
) -> None:
    def no_bus() -> str:
        raise LookupError("no session bus: DBUS_SESSION_BUS_ADDRESS is not set")

    assert not ShortcutsPortal(print, no_bus).available()
    app = app_on(qtbot, clock, paths, address)  # a bus, but no portal on it
    dialog = dialog_of(qtbot, app)
    assert dialog.shortcuts_offer is not None
    assert dialog.shortcuts_offer.button is None


def test_the_offer_binds_every_action_with_its_description_and_says_the_keys(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, address: str
) -> None:
    with fake_shortcuts_portal(address, "ok") as portal:
        app = app_on(qtbot, clock, paths, address)
        # Never bound before: nothing to listen for, so no session at start.
        qtbot.wait(50)
        assert not app.deps.shortcuts.listening
        dialog = dialog_of(qtbot, app)
        offer = dialog.shortcuts_offer
        assert offer is not None
        assert offer.button is not None
        assert offer.button.text() == "Register keyboard shortcuts…"
        offer.button.click()  # first a session (its answer comes through the event loop)
        qtbot.waitUntil(lambda: app.deps.shortcuts.listening, timeout=3000)
        assert next_call(portal)[0] == "CreateSession"
        name, session, shortcuts, parent, options = next_call(portal)
        assert name == "BindShortcuts"
        assert session.startswith(f"{PORTAL_PATH}/session/")
        assert shortcuts == [
            ["break-now", {"description": "Take a break now"}],
            ["snooze", {"description": "Snooze the coming break"}],
            ["skip-next", {"description": "Skip the next break"}],
            ["pause-1h", {"description": "Pause break reminders for an hour"}],
            ["resume", {"description": "Resume break reminders"}],
        ]
        assert parent == ""
        assert options["handle_token"].startswith("microbreak_")
        qtbot.waitUntil(lambda: "registered:" in dialog.message.text(), timeout=3000)
        assert "Take a break now: Ctrl+Alt+B" in dialog.message.text()
        # Remembered: the next start listens for the keys again.
        assert StateStore(paths.state_file).shortcuts_bound()


def test_a_key_the_desktop_reports_reaches_the_engine(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, address: str
) -> None:
    StateStore(paths.state_file).mark_shortcuts_bound()  # in an earlier run
    with fake_shortcuts_portal(address, "ok") as portal:
        app = app_on(qtbot, clock, paths, address)
        qtbot.waitUntil(lambda: app.deps.shortcuts.listening)  # restored at start
        assert [next_call(portal)[0] for _ in range(2)] == ["CreateSession", "ListShortcuts"]
        press(address, "break-now")
        qtbot.waitUntil(lambda: app.engine.state is State.ON_BREAK, timeout=3000)
        press(address, "skip-next")  # during a break: refused, as from the menu
        press(address, "pause-1h")
        qtbot.waitUntil(lambda: app.engine.status().paused_until is not None, timeout=3000)
        assert app.engine.status().paused_until == clock.now() + timedelta(hours=1)
        press(address, "not-ours")  # an id we never bound changes nothing
        press(address, "resume")
        qtbot.waitUntil(lambda: app.engine.state is State.WORKING, timeout=3000)


def test_keys_bound_in_an_earlier_run_work_after_a_restart(
    qtbot: QtBot, address: str, portals: list[ShortcutsPortal]
) -> None:
    pressed: list[Shortcut] = []
    with fake_shortcuts_portal(address, "ok") as portal:
        first = ShortcutsPortal(pressed.append, address)
        portals.append(first)
        results: list[BindResult] = []
        first.on_bound = lambda result, _keys: results.append(result)
        first.register()
        qtbot.waitUntil(lambda: results == [BindResult.BOUND], timeout=3000)
        first.close()  # the app quits: the desktop ends the session
        again = ShortcutsPortal(pressed.append, address)
        portals.append(again)
        again.restore()
        qtbot.waitUntil(lambda: again.listening)
        calls = [next_call(portal)[0] for _ in range(4)]
        # The second run lists what the desktop holds: no dialog again.
        assert calls == ["CreateSession", "BindShortcuts", "CreateSession", "ListShortcuts"]
        press(address, "snooze")
        qtbot.waitUntil(lambda: pressed == [Shortcut.SNOOZE], timeout=3000)


@pytest.mark.parametrize(
    "case",
    [
        ("cancel", "No keyboard shortcuts were registered."),
        ("error", "The desktop did not register the shortcuts."),
    ],
)
def test_a_cancelled_or_refused_bind_is_said_in_the_dialog(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, address: str, case: tuple[str, str]
) -> None:
    mode, said = case
    with fake_shortcuts_portal(address, mode):
        app = app_on(qtbot, clock, paths, address)
        dialog: SettingsDialog = dialog_of(qtbot, app)
        assert dialog.shortcuts_offer is not None
        assert dialog.shortcuts_offer.button is not None
        dialog.shortcuts_offer.button.click()
        qtbot.waitUntil(lambda: dialog.message.text().startswith(said), timeout=3000)
        assert dialog.isVisible()  # nothing raised out of the click
