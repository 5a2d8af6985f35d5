"""The heads-up before a break goes only where it can be acted on.

The chain's own rules with stand-in backends; the Flatpak notification portal
against a fake portal on a private ``dbus-daemon`` (what the app sends, and a
click on Snooze reaching the engine through the one dispatch); and the in-app
window wherever no desktop service can show buttons, tray or not.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.events import BreakNowRequested, SkipNextRequested, SnoozeRequested
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.platform.dbus_calls import call as dbus_call
from microbreak.platform.heads_up import HeadsUp, HeadsUpAction, HeadsUpChain, OnAction, event_for
from microbreak.platform.notifications import NOTIFICATIONS_SERVICE, tray_messages_reach_someone
from microbreak.platform.portal_heads_up import HEADS_UP_ID, PortalHeadsUp
from microbreak.ui.heads_up_toast import HeadsUpToast, ToastHeadsUp
from tests.dbus_fakes.bus import connection, fake_portal, fake_service, next_call, private_bus
from tests.helpers.app import make_app
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.wakeup import fire

HEADS_UP = HeadsUp(
    "Microbreak in 30 seconds",
    "Time to stretch soon.",
    ((HeadsUpAction.START, "Start now"), (HeadsUpAction.SKIP, "Skip")),
)


class Backend:
    def __init__(self, name: str, *, fails: bool = False, available: bool = True) -> None:
        self.name = name
        self.fails = fails
        self.is_available = available
        self.shown: list[HeadsUp] = []
        self.hidden = 0
        self.on_action: OnAction | None = None

    def available(self) -> bool:
        return self.is_available

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        if self.fails:
            raise RuntimeError(f"{self.name} is broken")
        self.shown.append(heads_up)
        self.on_action = on_action

    def hide_heads_up(self) -> None:
        self.hidden += 1


def test_the_first_backend_that_can_act_shows_it_and_a_broken_one_is_demoted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken, absent, works = (
        Backend("broken", fails=True),
        Backend("absent", available=False),
        Backend("works"),
    )
    chosen: list[HeadsUpAction] = []
    chain = HeadsUpChain([broken, absent, works], chosen.append)
    assert chain.show(HEADS_UP) == "works"
    assert works.shown == [HEADS_UP]
    assert "heads-up backend broken failed; demoting it" in caplog.text
    assert chain.order == ["absent", "works", "broken"]
    assert works.on_action is not None
    works.on_action(HeadsUpAction.SKIP)  # a click
    assert chosen == [HeadsUpAction.SKIP]


def test_hide_reaches_the_backend_that_shows_it_and_a_move_hides_the_old_one() -> None:
    first, second = Backend("first"), Backend("second")
    chain = HeadsUpChain([first, second], lambda _action: None)
    chain.hide()
    assert first.hidden == 0  # nothing shown, nothing to hide
    chain.show(HEADS_UP)
    first.is_available = False  # its service went away before the next heads-up
    assert chain.show(HEADS_UP) == "second"
    assert first.hidden == 1  # the first one's notification does not linger
    chain.hide()
    assert (first.hidden, second.hidden) == (1, 1)


def test_with_no_backend_the_chain_says_so(caplog: pytest.LogCaptureFixture) -> None:
    chain = HeadsUpChain([Backend("a", available=False)], lambda _action: None)
    assert chain.show(HEADS_UP) is None
    assert "no heads-up backend could show 'Microbreak in 30 seconds'" in caplog.text


def test_each_button_is_the_engine_event_of_the_same_menu_entry() -> None:
    assert event_for(HeadsUpAction.START) == BreakNowRequested()
    assert event_for(HeadsUpAction.SNOOZE) == SnoozeRequested()
    assert event_for(HeadsUpAction.SKIP) == SkipNextRequested()


def test_the_toast_backend_offers_only_the_buttons_given(qtbot: QtBot) -> None:
    toast = HeadsUpToast()
    qtbot.addWidget(toast)
    ToastHeadsUp(lambda: toast).show_heads_up(HEADS_UP, lambda _action: None)
    assert toast.isVisible()
    assert toast.body_label.text() == "Time to stretch soon."
    assert toast.start_button.isEnabled()
    assert toast.skip_button.isEnabled()
    assert not toast.snooze_button.isEnabled()
    with_snooze = HeadsUp(
        HEADS_UP.title, HEADS_UP.body, (*HEADS_UP.buttons, (HeadsUpAction.SNOOZE, "Snooze 10 min"))
    )
    ToastHeadsUp(lambda: toast).show_heads_up(with_snooze, lambda _action: None)
    assert toast.snooze_button.isEnabled()
    assert toast.snooze_button.text() == "Snooze 10 min"  # its length, as everywhere


# --- the in-app window where nothing else can act ------------------------------


def test_outside_flatpak_and_with_no_notification_service_the_heads_up_is_the_in_app_window(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier
) -> None:
    # The tests' environment has no session bus (tests/test_notify_freedesktop.py has one).
    app = make_app(qtbot, clock, paths, extra_notifiers=[notes])
    # The portal's heads-up is not in the chain outside Flatpak (it would never offer itself).
    assert app.deps.heads_up.order == ["freedesktop", "toast"]
    fire(app, clock)
    assert app.windows.toast.isVisible()
    app.windows.toast.snooze_button.click()
    assert app.engine.state is State.SNOOZED
    assert not app.windows.toast.isVisible()


# Showing a tray icon offscreen: Qt looks for a tray window the platform does not have.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_with_a_tray_but_no_notification_service_it_is_the_window_not_the_balloon(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(qtbot, clock, paths, use_tray=True, tray_messages_seen=lambda: False)
    assert app.tray is not None
    with caplog.at_level(logging.INFO, logger="microbreak"):
        fire(app, clock)
    assert app.windows.toast.isVisible()
    assert "heads-up shown through toast" in caplog.text
    # A plain message skips the unseen tray balloon too.
    assert app.notifier.notify("microbreak", "hello") != "tray"


# --- real D-Bus: the Flatpak portal, and what Qt's tray message would reach -----


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with private_bus() as address, connection(address) as conn:
        yield address, conn


@pytest.mark.slow
def test_inside_flatpak_the_portal_shows_buttons_and_snooze_reaches_the_engine(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, bus: tuple[str, QDBusConnection]
) -> None:
    address, conn = bus
    with fake_portal(address) as portal:
        app = make_app(
            qtbot, clock, paths,
            heads_up_backends=[PortalHeadsUp(conn, flatpak=lambda: True)],
        )  # fmt: skip
        fire(app, clock)
        method, notification_id, notification = next_call(portal)
        assert (method, notification_id) == ("AddNotification", HEADS_UP_ID)
        assert notification["title"] == "Microbreak in 30 seconds"
        assert notification["body"] == "Time to stretch soon."  # no "from the microbreak icon"
        assert notification["buttons"] == [
            {"label": "Start now", "action": "start"},
            {"label": "Snooze 5 min", "action": "snooze"},
            {"label": "Skip", "action": "skip"},
        ]
        assert not app.windows.toast.isVisible()  # one heads-up, not two
        dbus_call(conn, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                  "org.microbreak.Fake", "Invoke", HEADS_UP_ID, "snooze")  # fmt: skip
        qtbot.waitUntil(lambda: app.engine.state is State.SNOOZED, timeout=3000)
        # Snoozed: nothing left to take away. The next heads-up replaces, by its id.
        fire(app, clock)
        assert next_call(portal)[:2] == ["AddNotification", HEADS_UP_ID]
        fire(app, clock)  # the break opens: the heads-up goes
        assert app.engine.state is State.ON_BREAK
        assert next_call(portal) == ["RemoveNotification", HEADS_UP_ID]


@pytest.mark.slow
def test_the_portal_offers_no_snooze_or_skip_in_strict_mode_and_ignores_other_ids(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, bus: tuple[str, QDBusConnection]
) -> None:
    address, conn = bus
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[schedule]\nstrict = true\n")
    with fake_portal(address) as portal:
        app = make_app(
            qtbot, clock, paths, heads_up_backends=[PortalHeadsUp(conn, flatpak=lambda: True)]
        )
        fire(app, clock)
        assert next_call(portal)[2]["buttons"] == [{"label": "Start now", "action": "start"}]


@pytest.mark.slow
def test_no_portal_service_means_the_in_app_window(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, bus: tuple[str, QDBusConnection]
) -> None:
    _address, conn = bus
    app = make_app(
        qtbot, clock, paths, heads_up_backends=[PortalHeadsUp(conn, flatpak=lambda: True)]
    )
    fire(app, clock)
    assert app.windows.toast.isVisible()


WATCHER = "org.kde.StatusNotifierWatcher"


@pytest.mark.slow
def test_a_tray_message_counts_as_seen_only_where_someone_shows_it(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, conn = bus
    assert tray_messages_reach_someone(conn)  # no StatusNotifierItem host: XEmbed, Qt's balloon
    host = {f"{WATCHER}.IsStatusNotifierHostRegistered": True}
    with fake_service(address, [WATCHER], ["/StatusNotifierWatcher"], host):
        assert not tray_messages_reach_someone(conn)  # sway + waybar, no notification daemon
        with fake_service(address, [NOTIFICATIONS_SERVICE], ["/org/freedesktop/Notifications"], {}):
            assert tray_messages_reach_someone(conn)


def test_a_picture_of_the_in_app_heads_up(qtbot: QtBot, artifacts_dir: Path) -> None:
    """test-artifacts/heads-up-window.png, for a person to look at."""
    toast = HeadsUpToast()
    qtbot.addWidget(toast)
    buttons = ((HeadsUpAction.START, "Start now"), (HeadsUpAction.SNOOZE, "Snooze 5 min"))
    ToastHeadsUp(lambda: toast).show_heads_up(
        HeadsUp(
            "Microbreak in 30 seconds", "Time to stretch soon.", (*buttons, HEADS_UP.buttons[1])
        ),
        lambda _action: None,
    )
    out = artifacts_dir / "heads-up-window.png"
    assert toast.grab().save(str(out))
    assert out.stat().st_size > 0


def test_quitting_takes_the_heads_up_away(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> None:
    """A desktop notification outlives the app that sent it: "Microbreak in 30
    seconds" must not stay on screen for a break that will never come."""
    shown_by = Backend("desktop")
    app = make_app(qtbot, clock, paths, heads_up_backends=[shown_by])
    fire(app, clock)
    assert len(shown_by.shown) == 1
    app.quit()
    assert shown_by.hidden == 1
