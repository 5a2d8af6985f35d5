"""The heads-up and plain messages through ``org.freedesktop.Notifications``.

Against a fake server on a private ``dbus-daemon`` that checks signatures
as GLib servers do (what the app sends, with its D-Bus types; updates that
replace instead of stacking; the close when the break opens; a click on
Snooze reaching the engine), and a smoke test against a real notification
daemon, Debian's dunst, under Xvfb: it shows our buttons and its own
action menu's Snooze reaches the engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from microbreak import APP_ID
from microbreak.core.clock import FakeClock
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.platform.dbus_calls import call as dbus_call
from microbreak.platform.notifications import NotifierChain
from microbreak.platform.notify_freedesktop import (
    PATH,
    SERVICE,
    FreedesktopHeadsUp,
    FreedesktopNotifier,
    NotificationsClient,
    app_icon,
)
from microbreak.platform.portal_heads_up import PortalHeadsUp
from tests.dbus_fakes.bus import connection, fake_notifications, next_call, private_bus
from tests.helpers.app import make_app
from tests.helpers.wakeup import fire

pytestmark = pytest.mark.slow


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with private_bus() as address, connection(address) as conn:
        yield address, conn


@pytest.fixture
def clients() -> Iterator[list[NotificationsClient]]:
    """Clients a test opened, disconnected before its private bus goes away."""
    made: list[NotificationsClient] = []
    yield made
    for client in made:
        client.disconnect()


def invoke(conn: QDBusConnection, notification_id: int, action: str) -> None:
    """Make the fake server signal a click, as a person's would."""
    dbus_call(conn, SERVICE, PATH, "org.microbreak.Fake", "Invoke", notification_id, action)


def test_the_heads_up_is_a_notification_with_buttons_and_snooze_reaches_the_engine(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    bus: tuple[str, QDBusConnection],
    clients: list[NotificationsClient],
) -> None:
    address, conn = bus
    with fake_notifications(address, ["actions", "body"]) as server:
        client = NotificationsClient(address)
        clients.append(client)
        backends = [PortalHeadsUp(conn, flatpak=lambda: False), FreedesktopHeadsUp(client)]
        app = make_app(qtbot, clock, paths, heads_up_backends=backends)
        fire(app, clock)
        first = next_call(server)
        # The fake serves the interface's XML with GDBus: a wrong type was refused.
        assert first["method"] == "Notify"
        assert first["signature"] == "(susssasa{sv}i)"
        assert first["replaces_id"] == 0
        assert first["summary"] == "Microbreak in 30 seconds"
        assert first["body"] == "Time to stretch soon."
        assert first["actions"] == [
            "start", "Start now", "snooze", "Snooze 5 min", "skip", "Skip",
        ]  # fmt: skip
        assert first["hints"] == {"desktop-entry": APP_ID, "urgency": 1}
        assert first["hint_types"] == {"desktop-entry": "s", "urgency": "y"}
        assert 25_000 <= first["expire_timeout"] <= 30_000  # gone when the break comes
        assert not app.windows.toast.isVisible()  # one heads-up, not two
        # Another notification's "start" is none of ours; then our Snooze.
        invoke(conn, first["id"] + 100, "start")
        invoke(conn, first["id"], "snooze")
        qtbot.waitUntil(lambda: app.engine.state is State.SNOOZED, timeout=3000)
        fire(app, clock)  # the next heads-up replaces the first instead of stacking
        second = next_call(server)
        assert (second["method"], second["replaces_id"]) == ("Notify", first["id"])
        fire(app, clock)  # the break opens: the heads-up goes
        assert app.engine.state is State.ON_BREAK
        assert next_call(server) == {"method": "CloseNotification", "id": second["id"]}


def test_without_buttons_the_heads_up_is_the_in_app_window_and_messages_still_go_there(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    bus: tuple[str, QDBusConnection],
    clients: list[NotificationsClient],
) -> None:
    address, _conn = bus
    with fake_notifications(address, ["body"]) as server:
        client = NotificationsClient(address)
        clients.append(client)
        app = make_app(qtbot, clock, paths, heads_up_backends=[FreedesktopHeadsUp(client)])
        fire(app, clock)
        assert app.windows.toast.isVisible()
        assert NotifierChain([FreedesktopNotifier(client)]).notify("microbreak", "Hi") == (
            "freedesktop"
        )
        plain = next_call(server)
        assert (plain["summary"], plain["body"], plain["actions"]) == ("microbreak", "Hi", [])
        assert plain["hint_types"] == {"desktop-entry": "s", "urgency": "y"}


def test_a_service_that_comes_later_or_changes_is_asked_again(
    qtbot: QtBot,
    bus: tuple[str, QDBusConnection],
    clients: list[NotificationsClient],
) -> None:
    address, _conn = bus
    client = NotificationsClient(address)
    clients.append(client)
    heads_up, plain = FreedesktopHeadsUp(client), FreedesktopNotifier(client)
    assert not plain.available()  # nothing on the bus yet
    with fake_notifications(address, ["body"]):
        qtbot.waitUntil(plain.available, timeout=3000)
        assert not heads_up.available()  # there, but without buttons
    qtbot.waitUntil(lambda: not plain.available(), timeout=3000)
    with fake_notifications(address, ["actions"]):  # another daemon, with buttons
        qtbot.waitUntil(heads_up.available, timeout=3000)


def test_no_session_bus_means_not_available() -> None:
    client = NotificationsClient("unix:path=/nonexistent/bus")
    assert not FreedesktopNotifier(client).available()
    assert not FreedesktopHeadsUp(client).available()


# --- a real notification daemon: dunst ------------------------------------------


def _needs(what: str, ok: bool) -> None:
    if ok:
        return
    message = f"needs {what}: see the README's system packages"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def test_dunst_shows_the_heads_up_buttons_and_its_snooze_reaches_the_engine(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    tmp_path: Path,
) -> None:
    have_dunst = bool(shutil.which("dunst") and shutil.which("dunstctl"))
    _needs("dunst (apt-get install dunst)", have_dunst)
    _needs("Xvfb (apt-get install xvfb)", bool(os.environ.get("DISPLAY")))
    # dunst's action menu runs this "dmenu": it keeps the menu dunst offers and
    # picks the Snooze line, as a person choosing it would.
    menu = tmp_path / "menu.txt"
    dmenu = tmp_path / "dmenu.sh"
    dmenu.write_text(f"#!/bin/sh\ncat > '{menu}'\ngrep -m1 ',snooze]' '{menu}'\n")
    dmenu.chmod(0o755)
    dunstrc = tmp_path / "dunstrc"
    dunstrc.write_text(f"[global]\ndmenu = {dmenu}\n")
    with private_bus() as address:
        env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        client = NotificationsClient(address)
        dunst = subprocess.Popen(
            ["dunst", "-config", str(dunstrc)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            heads_up = FreedesktopHeadsUp(client)
            qtbot.waitUntil(heads_up.available, timeout=5000)
            app = make_app(qtbot, clock, paths, heads_up_backends=[heads_up])
            fire(app, clock)
            assert not app.windows.toast.isVisible()

            def dunstctl(*args: str) -> str:
                done = subprocess.run(
                    ["dunstctl", *args],
                    check=False,
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=10,
                )
                assert done.returncode == 0, done.stderr
                return done.stdout.strip()

            assert dunstctl("count", "displayed") == "1"
            # dunst runs the menu in the background and signals the chosen action.
            dunstctl("context")
            qtbot.waitUntil(lambda: app.engine.state is State.SNOOZED, timeout=5000)
            offered = menu.read_text()  # complete: the menu had read it all to choose
            for action, label in (("start", "Start now"), ("snooze", "Snooze 5 min"),
                                  ("skip", "Skip")):  # fmt: skip
                assert f"#{label} (Microbreak in 30 seconds) [" in offered
                assert f",{action}]" in offered
        finally:
            client.disconnect()
            dunst.terminate()
            dunst.wait(timeout=5)


def test_the_icon_is_named_where_a_theme_has_it_and_a_file_elsewhere(tmp_path: Path) -> None:
    """From a clone nothing is installed, and GNOME drew a broken image for the name."""
    icon = tmp_path / "repo" / "microbreak.svg"
    icon.parent.mkdir()
    icon.write_text("<svg/>")
    env = {"HOME": str(tmp_path / "home"), "XDG_DATA_DIRS": str(tmp_path / "usr-share")}
    assert app_icon(icon, env) == icon.as_uri()
    installed = tmp_path / "usr-share" / "icons" / "hicolor" / "scalable" / "apps"
    installed.mkdir(parents=True)
    (installed / f"{APP_ID}.svg").write_text("<svg/>")
    assert app_icon(icon, env) == APP_ID
    # install.sh's per-user install, under XDG_DATA_HOME.
    user = {"XDG_DATA_HOME": str(tmp_path / "usr-share"), "XDG_DATA_DIRS": "/nonexistent"}
    assert app_icon(icon, user) == APP_ID


def test_the_icon_reaches_the_service(
    bus: tuple[str, QDBusConnection], clients: list[NotificationsClient]
) -> None:
    address, _conn = bus
    with fake_notifications(address, ["body"]) as server:
        client = NotificationsClient(address, icon="file:///somewhere/microbreak.svg")
        clients.append(client)
        client.notify("microbreak", "Hi")
        assert next_call(server)["app_icon"] == "file:///somewhere/microbreak.svg"
