"""The notifier chain, plyer's availability, and the in-app toast."""

from __future__ import annotations

import logging
import sys
import types
import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from microbreak.platform.notifications import (
    NOTIFICATIONS_SERVICE,
    NotifierChain,
    PlyerNotifier,
    notification_service_running,
    plyer_adds_something,
)
from microbreak.ui.heads_up_toast import INFO_SECONDS, HeadsUpToast
from tests.dbus_fakes.bus import connection, fake_service, private_bus


class Backend:
    def __init__(self, name: str, *, fails: bool = False, available: bool = True) -> None:
        self.name = name
        self.fails = fails
        self.is_available = available
        self.shown: list[tuple[str, str]] = []

    def available(self) -> bool:
        return self.is_available

    def notify(self, title: str, body: str) -> None:
        if self.fails:
            raise RuntimeError(f"{self.name} is broken")
        self.shown.append((title, body))


def test_a_failing_backend_is_logged_demoted_and_the_next_one_used(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken, asleep, works, last = (
        Backend("broken", fails=True),
        Backend("asleep", available=False),
        Backend("works"),
        Backend("last"),
    )
    chain = NotifierChain([broken, asleep, works, last])
    with caplog.at_level(logging.WARNING, logger="microbreak.platform.notifications"):
        used = chain.notify("microbreak: check your settings", "interval_minutes is 0")
    assert used == "works"
    assert works.shown == [("microbreak: check your settings", "interval_minutes is 0")]
    assert last.shown == []
    assert "notification backend broken failed; demoting it" in caplog.text
    assert "broken is broken" in caplog.text  # with the traceback
    assert chain.order == ["asleep", "works", "last", "broken"]
    assert chain.notify("microbreak", "Cannot snooze while paused.") == "works"
    assert works.shown[-1] == ("microbreak", "Cannot snooze while paused.")


def test_when_every_backend_fails_the_chain_says_so_and_carries_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    chain = NotifierChain([Backend("a", fails=True), Backend("b", available=False)])
    assert chain.notify("microbreak", "hello") is None
    assert "no notification backend could show 'microbreak'" in caplog.text


def test_plyer_availability_is_injected_and_asked_each_time() -> None:
    answers = [False, True]
    plyer = PlyerNotifier(available=lambda: answers.pop(0))
    assert not plyer.available()
    assert plyer.available()


def test_plyer_is_left_out_on_linux_where_the_freedesktop_notifier_did_its_job() -> None:
    # On Linux plyer only repeats FreedesktopNotifier's call (and warns about dbus-python).
    assert not plyer_adds_something("linux")
    assert plyer_adds_something("win32")
    assert plyer_adds_something("darwin")


def test_plyer_warnings_go_to_the_log(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sent: list[dict[str, object]] = []

    def notify(**kwargs: object) -> None:
        warnings.warn("notify-send not found.", stacklevel=1)
        sent.append(kwargs)

    fake = types.ModuleType("plyer")
    fake.notification = types.SimpleNamespace(notify=notify)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "plyer", fake)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping would fail here
        PlyerNotifier(available=lambda: True).notify("microbreak", "hello")
    assert sent[0]["title"] == "microbreak"
    assert "plyer: notify-send not found." in caplog.text


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[str, QDBusConnection]]:
    with private_bus() as address, connection(address) as conn:
        yield address, conn


@pytest.mark.slow
def test_a_notification_service_on_the_session_bus_is_what_makes_plyer_available(
    bus: tuple[str, QDBusConnection],
) -> None:
    address, conn = bus
    assert not notification_service_running(conn)  # notify-send would show nothing
    with fake_service(address, [NOTIFICATIONS_SERVICE], ["/org/freedesktop/Notifications"], {}):
        assert notification_service_running(conn)
        plyer = PlyerNotifier(available=lambda: notification_service_running(conn))
        assert plyer.available()


# --- the in-app toast, the chain's last resort -------------------------------------


@pytest.fixture
def toast(qtbot: QtBot) -> HeadsUpToast:
    t = HeadsUpToast()
    qtbot.addWidget(t)
    return t


def test_the_heads_up_toast_has_its_buttons_and_stays(toast: HeadsUpToast) -> None:
    toast.notify(
        "Microbreak in 30 seconds",
        "Time to stretch soon. Snooze or skip from the microbreak icon.",
        heads_up=True,
    )
    assert toast.isVisible()
    for button in (toast.start_button, toast.snooze_button, toast.skip_button):
        assert button.isVisible()
    assert "microbreak icon" not in toast.body_label.text()  # its own buttons are right here
    assert toast.body_label.text() == "Time to stretch soon."
    assert not toast.hide_timer.isActive()


def test_a_movement_heads_up_keeps_its_own_words_in_the_toast(toast: HeadsUpToast) -> None:
    toast.notify(
        "Movement break in 30 seconds",
        "Time to stand up and move soon. Snooze or skip from the microbreak icon.",
        heads_up=True,
    )
    assert toast.body_label.text() == "Time to stand up and move soon."


def test_any_other_message_has_no_buttons_and_hides_by_itself(toast: HeadsUpToast) -> None:
    toast.notify("microbreak", "Cannot snooze while paused.")
    assert toast.isVisible()
    assert toast.body_label.text() == "Cannot snooze while paused."
    for button in (toast.start_button, toast.snooze_button, toast.skip_button):
        assert not button.isVisible()
    assert toast.hide_timer.isActive()
    assert toast.hide_timer.interval() == INFO_SECONDS * 1000 == 10_000
    toast.hide_timer.timeout.emit()  # as if ten seconds had passed
    assert not toast.isVisible()


def test_a_heads_up_after_a_message_is_not_hidden_by_the_messages_timer(
    toast: HeadsUpToast,
) -> None:
    toast.notify("microbreak: check your settings", "interval_minutes must be 1 to 240")
    toast.notify("Microbreak in 30 seconds", "", heads_up=True)
    assert not toast.hide_timer.isActive()
    assert toast.skip_button.isVisible()


def test_a_rebuilt_backend_takes_the_old_ones_place_in_the_chain() -> None:
    first, old, last = Backend("first", available=False), Backend("toast"), Backend("last")
    chain = NotifierChain([first, old, last])
    new = Backend("toast")
    chain.replace(old, new)
    assert chain.notify("t", "b") == "toast"
    assert new.shown == [("t", "b")]
    assert old.shown == []
