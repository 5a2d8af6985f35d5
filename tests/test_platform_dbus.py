"""The D-Bus backends against fake desktop services on a private dbus-daemon.

Each test starts its own ``dbus-daemon --session``; logind, which lives on the
system bus in reality, is pointed at the private bus through its ``bus``
argument. Fake services that answer method calls run in a subprocess
(tests/dbus_fakes/fake_service.py) because the clients make blocking calls.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from microbreak.platform.awareness import BusyKind, SessionEvent
from microbreak.platform.busy_dbus import (
    GnomeDoNotDisturbDetector,
    IdleInhibitedDetector,
    KdeNotificationsInhibitedDetector,
)
from microbreak.platform.idle_dbus import kde_idle_source, mutter_idle_source
from microbreak.platform.session_dbus import logind_sleep_watcher, screensaver_lock_watcher
from tests.dbus_fakes.bus import connection, emit_bool, fake_service, private_bus, set_fake_value

# Most tests here start a private dbus-daemon.
pytestmark = pytest.mark.slow

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
KDE_SS = "org.freedesktop.ScreenSaver"
KDE_SS_PATH = "/org/freedesktop/ScreenSaver"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"


@pytest.fixture
def address(qapp: object) -> Iterator[str]:
    with private_bus() as addr:
        yield addr


@pytest.fixture
def bus(address: str) -> Iterator[QDBusConnection]:
    with connection(address) as conn:
        yield conn


# --- idle time ---------------------------------------------------------------


def test_mutter_idle_time_in_seconds(address: str, bus: QDBusConnection) -> None:
    with fake_service(address, [MUTTER], [MUTTER_PATH], {f"{MUTTER}.GetIdletime": 12_345}):
        source = mutter_idle_source(bus)
        assert source.name == "gnome-mutter"
        assert source.idle_seconds() == pytest.approx(12.345)
        # The person touches the mouse: the desktop reports a fresh idle time.
        set_fake_value(bus, MUTTER, MUTTER_PATH, f"{MUTTER}.GetIdletime", 40)
        assert source.idle_seconds() == pytest.approx(0.04)


def test_kde_idle_time_in_seconds(address: str, bus: QDBusConnection) -> None:
    values = {f"{KDE_SS}.GetSessionIdleTime": 300_000}
    with fake_service(address, [KDE_SS], [KDE_SS_PATH], values):
        source = kde_idle_source(bus)
        assert source.name == "kde-screensaver"
        assert source.idle_seconds() == pytest.approx(300.0)


def test_missing_idle_service_means_cannot_tell_and_warns_once(
    bus: QDBusConnection, caplog: pytest.LogCaptureFixture
) -> None:
    source = mutter_idle_source(bus)
    with caplog.at_level(logging.WARNING, logger="microbreak.platform"):
        assert source.idle_seconds() is None
        assert source.idle_seconds() is None
    warnings = [r for r in caplog.records if "idle time unavailable" in r.getMessage()]
    assert len(warnings) == 1
    assert "ServiceUnknown" in warnings[0].getMessage()


def test_idle_service_error_or_nonsense_means_cannot_tell(
    address: str, bus: QDBusConnection
) -> None:
    values = {f"{MUTTER}.GetIdletime": {"error": "org.gnome.Mutter.Error.Failed"}}
    with fake_service(address, [MUTTER], [MUTTER_PATH], values):
        source = mutter_idle_source(bus)
        assert source.idle_seconds() is None
        set_fake_value(bus, MUTTER, MUTTER_PATH, f"{MUTTER}.GetIdletime", "soon")
        assert source.idle_seconds() is None
        set_fake_value(bus, MUTTER, MUTTER_PATH, f"{MUTTER}.GetIdletime", 1000)
        assert source.idle_seconds() == pytest.approx(1.0)


# --- sleep and lock ----------------------------------------------------------


def test_logind_prepare_for_sleep_on_an_injected_bus(
    address: str, bus: QDBusConnection, qtbot: QtBot
) -> None:
    events: list[SessionEvent] = []
    watcher = logind_sleep_watcher(bus)
    assert watcher.start(events.append)
    with connection(address) as logind:
        assert logind.registerService("org.freedesktop.login1")
        emit = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
        emit_bool(logind, *emit, True)
        qtbot.waitUntil(lambda: events == [SessionEvent.SLEEPING])
        emit_bool(logind, *emit, False)
        qtbot.waitUntil(lambda: events == [SessionEvent.SLEEPING, SessionEvent.WOKE])
        watcher.stop()
        emit_bool(logind, *emit, True)
        # A round trip on the watcher's bus: anything still queued for it has arrived.
        emit_bool(logind, "/x", "org.microbreak.Sync", "Done", True)
        qtbot.wait(100)
    assert events == [SessionEvent.SLEEPING, SessionEvent.WOKE]


def test_signal_from_a_process_that_is_not_logind_is_ignored(
    address: str, bus: QDBusConnection, qtbot: QtBot
) -> None:
    events: list[SessionEvent] = []
    watcher = logind_sleep_watcher(bus)
    assert watcher.start(events.append)
    with connection(address) as impostor, connection(address) as logind:
        emit = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
        emit_bool(impostor, *emit, True)
        assert logind.registerService("org.freedesktop.login1")
        emit_bool(logind, *emit, False)
        qtbot.waitUntil(lambda: events == [SessionEvent.WOKE])
    watcher.stop()


@pytest.mark.parametrize(
    "where",
    [
        ("gnome", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ("freedesktop", KDE_SS, KDE_SS_PATH),
    ],
)
def test_screensaver_active_changed_is_lock_and_unlock(
    address: str, bus: QDBusConnection, qtbot: QtBot, where: tuple[str, str, str]
) -> None:
    flavour, service, path = where
    events: list[SessionEvent] = []
    watcher = screensaver_lock_watcher(flavour, bus)
    assert watcher.name == f"{flavour}-screensaver"
    assert watcher.start(events.append)
    with connection(address) as screensaver:
        assert screensaver.registerService(service)
        emit_bool(screensaver, path, service, "ActiveChanged", True)
        emit_bool(screensaver, path, service, "ActiveChanged", False)
        qtbot.waitUntil(lambda: events == [SessionEvent.LOCKED, SessionEvent.UNLOCKED])
    watcher.stop()


def test_a_failing_callback_does_not_escape_into_qt(
    address: str, bus: QDBusConnection, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[SessionEvent] = []

    def explode(event: SessionEvent) -> None:
        seen.append(event)
        raise RuntimeError("app bug")

    watcher = screensaver_lock_watcher("gnome", bus)
    assert watcher.start(explode)
    with connection(address) as screensaver:
        assert screensaver.registerService("org.gnome.ScreenSaver")
        emit_bool(
            screensaver, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True
        )
        qtbot.waitUntil(lambda: seen == [SessionEvent.LOCKED])
    assert any("handling locked failed" in r.getMessage() for r in caplog.records)
    watcher.stop()


def test_watcher_on_a_dead_bus_does_not_start(qapp: object) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "test-dead-bus")
    try:
        assert not logind_sleep_watcher(dead).start(lambda _e: None)
        assert mutter_idle_source(dead).idle_seconds() is None
    finally:
        QDBusConnection.disconnectFromBus("test-dead-bus")


# --- do not disturb ----------------------------------------------------------


def test_kde_notifications_inhibited(address: str, bus: QDBusConnection) -> None:
    key = f"{NOTIFICATIONS}.Inhibited"
    with fake_service(address, [NOTIFICATIONS], [NOTIFICATIONS_PATH], {key: False}):
        detector = KdeNotificationsInhibitedDetector(bus)
        assert detector.kind is BusyKind.DO_NOT_DISTURB
        assert detector.is_busy() is False
        set_fake_value(bus, NOTIFICATIONS, NOTIFICATIONS_PATH, key, True)
        assert detector.is_busy() is True


def test_kde_notifications_without_the_property(address: str, bus: QDBusConnection) -> None:
    with fake_service(address, [NOTIFICATIONS], [NOTIFICATIONS_PATH], {}):
        assert KdeNotificationsInhibitedDetector(bus).is_busy() is None


def test_gnome_do_not_disturb_through_the_settings_portal(
    address: str, bus: QDBusConnection
) -> None:
    commands: list[list[str]] = []

    def no_gsettings(argv: object) -> str | None:
        commands.append(list(argv))  # type: ignore[call-overload]
        return None

    key = "org.freedesktop.portal.Settings.Read"
    with fake_service(address, [PORTAL], [PORTAL_PATH], {key: {"variant": True}}) as fake:
        detector = GnomeDoNotDisturbDetector(bus, run=no_gsettings)
        assert detector.is_busy() is False  # banners shown: DND off
        set_fake_value(bus, PORTAL, PORTAL_PATH, key, {"variant": False})
        assert detector.is_busy() is True
    assert commands == []
    del fake


def test_gnome_do_not_disturb_falls_back_to_gsettings(bus: QDBusConnection) -> None:
    answers = {"value": "false\n"}
    commands: list[list[str]] = []

    def gsettings(argv: object) -> str | None:
        commands.append(list(argv))  # type: ignore[call-overload]
        return answers["value"]

    detector = GnomeDoNotDisturbDetector(bus, run=gsettings)  # no portal on this bus
    assert detector.is_busy() is True
    answers["value"] = "true\n"
    assert detector.is_busy() is False
    answers["value"] = None  # type: ignore[assignment]
    assert detector.is_busy() is None
    assert commands[0] == ["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"]


def test_gnome_idle_inhibited_is_the_wayland_full_screen_stand_in(
    address: str, bus: QDBusConnection
) -> None:
    service, path = "org.gnome.SessionManager", "/org/gnome/SessionManager"
    key = f"{service}.InhibitedActions"
    with fake_service(address, [service], [path], {key: 4}):  # suspend only
        detector = IdleInhibitedDetector("gnome", bus)
        assert detector.kind is BusyKind.FULLSCREEN
        assert detector.is_busy() is False
        set_fake_value(bus, service, path, key, 4 | 8)  # a video player inhibits idle too
        assert detector.is_busy() is True


def test_kde_has_inhibit(address: str, bus: QDBusConnection) -> None:
    service = "org.freedesktop.PowerManagement.Inhibit"
    path = "/org/freedesktop/PowerManagement/Inhibit"
    with fake_service(address, [service], [path], {f"{service}.HasInhibit": True}):
        assert IdleInhibitedDetector("kde", bus).is_busy() is True
    assert IdleInhibitedDetector("kde", bus).is_busy() is None  # the service went away
