"""A tray host that appears (or goes) after the app started is noticed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from microbreak.ui.tray_presence import SNI_WATCHER, SOON_MS, STEADY_MS, TrayPresence
from tests.dbus_fakes.bus import connection, private_bus


class Probe:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


def test_a_late_xembed_tray_is_found_soon_then_looked_for_rarely(qtbot: QtBot) -> None:
    probe = Probe(False)
    presence = TrayPresence(probe)
    seen: list[bool] = []
    presence.changed.connect(seen.append)
    presence.start()
    delays = []
    for _ in range(len(SOON_MS) + 2):
        delays.append(presence.next_check_ms)
        presence._timer.timeout.emit()  # the timer fires (simulated time)
    assert delays == [*SOON_MS, STEADY_MS, STEADY_MS]
    assert seen == []
    probe.answer = True  # the panel started
    presence._timer.timeout.emit()
    assert seen == [True]
    presence._timer.timeout.emit()
    assert seen == [True], "said once, not at every look"
    probe.answer = False  # the panel crashed
    presence.check()
    assert seen == [True, False]
    presence.stop()
    assert presence.next_check_ms is None


def test_a_tray_there_from_the_start_is_looked_at_rarely(qtbot: QtBot) -> None:
    probe = Probe(True)
    presence = TrayPresence(probe)
    presence.start()
    assert presence.next_check_ms == STEADY_MS  # no burst of looks at start
    presence._timer.timeout.emit()
    assert presence.next_check_ms == STEADY_MS
    presence.stop()


@pytest.mark.slow  # a private dbus-daemon
def test_a_status_notifier_host_appearing_on_the_bus_is_heard(qtbot: QtBot) -> None:
    probe = Probe(False)
    with private_bus() as address, connection(address) as app_bus, connection(address) as host:
        presence = TrayPresence(probe, bus=app_bus)
        presence.start()
        presence._timer.timeout.emit()
        presence._timer.timeout.emit()
        assert presence.next_check_ms == SOON_MS[2]
        probe.answer = True
        # One blocking round trip on the app's connection: the watcher's match
        # rule (sent before it, on the same connection) is in force by then.
        assert not app_bus.interface().isServiceRegistered(SNI_WATCHER).value()
        assert host.registerService(SNI_WATCHER)
        # Heard on the bus: the next look is soon again, whatever the backoff.
        qtbot.waitUntil(lambda: presence.next_check_ms == SOON_MS[0], timeout=5000)
        presence.stop()  # from here only the bus may make it look (no real timer races)
        with qtbot.waitSignal(presence.changed) as changed:
            presence._timer.timeout.emit()
        assert changed.args == [True]
        presence.stop()
        probe.answer = False
        with qtbot.waitSignal(presence.changed, timeout=5000) as gone:
            assert host.unregisterService(SNI_WATCHER)
        assert gone.args == [False]
        presence.stop()
