"""Full-screen detection on KDE through KWin's scripting host (platform/busy_kwin.py).

Against a fake ``org.kde.KWin`` on a private ``dbus-daemon``: it loads the
script the detector writes, "runs" it by calling back the bus name and path
written in it with the answer the test chose, and unloads it. The real KWin
runs the same script in tests/test_kwin.py.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from jeepney import DBusAddress, MessageType, new_error, new_method_call, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from microbreak.platform.busy_kwin import KWinFullscreenDetector
from tests.dbus_fakes.bus import private_bus

pytestmark = pytest.mark.slow  # a dbus-daemon per test


@dataclass
class FakeKWin:
    """What the fake does: the answer its "script" gives, and what it was asked."""

    busy: object = False
    call_back: bool = True
    load_result: int = 0
    loaded: dict[str, str] = field(default_factory=dict)  # plugin name -> script text
    calls: list[str] = field(default_factory=list)


@contextmanager
def fake_kwin(address: str, kwin: FakeKWin) -> Iterator[FakeKWin]:
    conn = open_dbus_connection(address)
    conn.send_and_get_reply(message_bus.RequestName("org.kde.KWin"))
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                msg = conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type is not MessageType.method_call:
                continue
            method = msg.header.fields[3]  # HeaderFields.member
            kwin.calls.append(method)
            if method == "loadScript":
                path, plugin = msg.body
                kwin.loaded[plugin] = Path(path).read_text()
                conn.send(new_method_return(msg, "i", (kwin.load_result,)))
            elif method == "unloadScript":
                (plugin,) = msg.body
                conn.send(new_method_return(msg, "b", (kwin.loaded.pop(plugin, None) is not None,)))
            elif method == "start":
                conn.send(new_method_return(msg))
                for script in kwin.loaded.values():
                    if kwin.call_back:
                        call_back(conn, script, kwin.busy)
            else:
                conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield kwin
    finally:
        stop.set()
        thread.join(timeout=5)
        conn.close()


def call_back(conn: object, script: str, busy: object) -> None:
    """What KWin's ``callDBus`` line in the script does."""
    match = re.search(r'callDBus\("([^"]+)", "([^"]+)", "([^"]+)", "([^"]+)"', script)
    assert match, script
    service, path, interface, method = match.groups()
    signature = "b" if isinstance(busy, bool) else "s"
    message = new_method_call(DBusAddress(path, service, interface), method, signature, (busy,))
    conn.send(message)  # type: ignore[attr-defined]


@pytest.fixture
def address() -> Iterator[str]:
    with private_bus() as bus_address:
        yield bus_address


def detector(address: str, folder: Path) -> KWinFullscreenDetector:
    return KWinFullscreenDetector(folder, connect=lambda: open_dbus_connection(address))


def test_the_answer_is_what_the_script_reports_and_nothing_stays_loaded(
    address: str, tmp_path: Path
) -> None:
    with fake_kwin(address, FakeKWin(busy=True)) as kwin:
        d = detector(address, tmp_path / "run")
        assert d.is_busy() is True
        kwin.busy = False
        assert d.is_busy() is False
        assert kwin.loaded == {}, "the script is unloaded after each question"
        assert kwin.calls.count("start") == 2
    script = (tmp_path / "run" / "kwin-fullscreen.js").read_text()
    assert "fullScreen" in script
    assert "minimized" in script
    assert (tmp_path / "run").stat().st_mode & 0o077 == 0  # the session's private folder


def test_no_kwin_means_cannot_tell_said_once(
    address: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    d = detector(address, tmp_path)
    with caplog.at_level(logging.WARNING, logger="microbreak.platform.busy_kwin"):
        assert d.is_busy() is None
        assert d.is_busy() is None
    assert len(caplog.records) == 1
    assert "cannot ask KWin" in caplog.records[0].getMessage()
    # KWin arrives (a restart): the next question gets through.
    with fake_kwin(address, FakeKWin(busy=True)):
        assert d.is_busy() is True


def test_a_script_that_never_calls_back_is_cannot_tell(address: str, tmp_path: Path) -> None:
    with fake_kwin(address, FakeKWin(call_back=False)) as kwin:
        d = KWinFullscreenDetector(
            tmp_path, connect=lambda: open_dbus_connection(address), timeout=0.3
        )
        assert d.is_busy() is None
        assert kwin.loaded == {}, "unloaded even when it did not answer"
        kwin.call_back = True
        assert d.is_busy() is False


@pytest.mark.parametrize("kwin", [FakeKWin(load_result=-1), FakeKWin(busy="yes")])
def test_a_refused_script_or_an_odd_answer_is_cannot_tell(
    address: str, tmp_path: Path, kwin: FakeKWin
) -> None:
    with fake_kwin(address, kwin):
        assert detector(address, tmp_path).is_busy() is None
