"""Windows and macOS backends with their OS calls injected (pure logic; run on Linux).

What these prove: the arithmetic and decisions around each OS call. What they
cannot prove: that the call itself behaves on a real Windows or Mac; the
README's "What was verified where" says so.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication
from shiboken6 import VoidPtr

from microbreak.platform.awareness import BusyKind, SessionEvent
from microbreak.platform.busy_windows import (
    CONSENT_STORE,
    QUNS_ACCEPTS_NOTIFICATIONS,
    QUNS_APP,
    QUNS_BUSY,
    QUNS_NOT_PRESENT,
    QUNS_PRESENTATION_MODE,
    QUNS_QUIET_TIME,
    QUNS_RUNNING_D3D_FULL_SCREEN,
    WindowsCaptureInUseDetector,
    WindowsFocusAssistDetector,
    WindowsFullscreenDetector,
    apps_using,
)
from microbreak.platform.idle_macos import K_CG_ANY_INPUT_EVENT_TYPE, MacIdleSource
from microbreak.platform.idle_windows import WindowsIdleSource
from microbreak.platform.session_windows import (
    MSG,
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
    SessionMessageFilter,
    WindowsSessionWatcher,
    session_event_for_message,
)

# --- idle --------------------------------------------------------------------


def test_windows_idle_is_tick_count_minus_last_input() -> None:
    source = WindowsIdleSource(last_input_tick=lambda: 1_000_000, tick_count=lambda: 1_065_500)
    assert source.name == "windows-lastinput"
    assert source.idle_seconds() == pytest.approx(65.5)


def test_windows_idle_across_the_49_day_tick_wrap() -> None:
    # Last input 3 s before GetTickCount wrapped to zero; now 2 s after.
    source = WindowsIdleSource(last_input_tick=lambda: 2**32 - 3000, tick_count=lambda: 2000)
    assert source.idle_seconds() == pytest.approx(5.0)


def test_windows_idle_when_the_call_fails() -> None:
    assert WindowsIdleSource(lambda: None, lambda: 5).idle_seconds() is None

    def broken() -> int | None:
        raise OSError("access denied")

    assert WindowsIdleSource(broken, lambda: 5).idle_seconds() is None


def test_windows_idle_real_calls_off_windows_cannot_tell() -> None:
    assert WindowsIdleSource().idle_seconds() is None


def test_macos_idle_asks_for_any_hardware_input() -> None:
    asked: list[tuple[int, int]] = []

    def seconds_since(state: int, event_type: int) -> float:
        asked.append((state, event_type))
        return 42.25

    source = MacIdleSource(seconds_since)
    assert source.name == "macos-cgeventsource"
    assert source.idle_seconds() == 42.25
    assert asked == [(1, K_CG_ANY_INPUT_EVENT_TYPE)]


def test_macos_idle_when_coregraphics_is_missing_or_says_nonsense() -> None:
    def missing(_state: int, _event_type: int) -> float:
        raise OSError("no CoreGraphics")

    assert MacIdleSource(missing).idle_seconds() is None
    assert MacIdleSource(lambda _s, _e: float("nan")).idle_seconds() is None
    assert MacIdleSource(lambda _s, _e: -1.0).idle_seconds() is None


# --- sleep and lock ----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "wparam", "event"),
    [
        (WM_POWERBROADCAST, PBT_APMSUSPEND, SessionEvent.SLEEPING),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, SessionEvent.WOKE),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC, SessionEvent.WOKE),
        (WM_POWERBROADCAST, 0x000A, None),  # PBT_APMPOWERSTATUSCHANGE
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, SessionEvent.LOCKED),
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, SessionEvent.UNLOCKED),
        (WM_WTSSESSION_CHANGE, 0x1, None),  # WTS_CONSOLE_CONNECT
        (0x0201, PBT_APMSUSPEND, None),  # WM_LBUTTONDOWN with a coincidental wParam
    ],
)
def test_session_event_for_message(message: int, wparam: int, event: SessionEvent | None) -> None:
    assert session_event_for_message(message, wparam) is event


def native(message: int, wparam: int) -> tuple[MSG, Any]:
    """A MSG in memory, and its address as Qt hands it to the filter (a shiboken VoidPtr)."""
    msg = MSG(hwnd=None, message=message, wParam=wparam, lParam=0, time=0)
    return msg, VoidPtr(ctypes.addressof(msg))


def test_native_filter_reads_msg_and_drops_the_second_resume() -> None:
    events: list[SessionEvent] = []
    event_filter = SessionMessageFilter(events.append)
    kind = QByteArray(b"windows_generic_MSG")
    sequence = [
        (WM_POWERBROADCAST, PBT_APMSUSPEND),
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC),
        (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND),  # same wake, second message
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK),
        (0x000F, 0),  # WM_PAINT
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK),
    ]
    for message, wparam in sequence:
        msg, address = native(message, wparam)
        assert event_filter.nativeEventFilter(kind, address) == (False, 0)  # never consumed
        del msg
    assert events == [
        SessionEvent.SLEEPING,
        SessionEvent.WOKE,
        SessionEvent.LOCKED,
        SessionEvent.UNLOCKED,
    ]


def test_native_filter_ignores_other_platforms_events() -> None:
    events: list[SessionEvent] = []
    msg, address = native(WM_POWERBROADCAST, PBT_APMSUSPEND)
    SessionMessageFilter(events.append).nativeEventFilter(b"xcb_generic_event_t", address)
    assert events == []
    del msg


def test_windows_watcher_registers_and_unregisters_its_window(qapp: QCoreApplication) -> None:
    calls: list[tuple[int, bool]] = []

    def registrar(hwnd: int, register: bool) -> bool:
        calls.append((hwnd, register))
        return True

    watcher = WindowsSessionWatcher(registrar=registrar, make_window=lambda: (None, 0xBEEF))
    assert watcher.start(lambda _e: None)
    assert calls == [(0xBEEF, True)]
    watcher.stop()
    assert calls == [(0xBEEF, True), (0xBEEF, False)]


def test_windows_watcher_still_starts_when_registration_fails(qapp: QCoreApplication) -> None:
    def no_window() -> tuple[object, int]:
        raise OSError("no window station")

    watcher = WindowsSessionWatcher(registrar=lambda _h, _r: False, make_window=no_window)
    assert watcher.start(lambda _e: None)  # sleep/resume still come through the filter
    watcher.stop()


# --- busy --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "busy"),
    [
        (QUNS_NOT_PRESENT, False),
        (QUNS_BUSY, True),
        (QUNS_RUNNING_D3D_FULL_SCREEN, True),
        (QUNS_PRESENTATION_MODE, True),
        (QUNS_ACCEPTS_NOTIFICATIONS, False),
        (QUNS_QUIET_TIME, False),
        (QUNS_APP, False),
        (99, None),
        (None, None),
    ],
)
def test_notification_state(state: int | None, busy: bool | None) -> None:
    detector = WindowsFullscreenDetector(lambda: state)
    assert detector.kind is BusyKind.FULLSCREEN
    assert detector.is_busy() is busy


@pytest.mark.parametrize(("profile", "busy"), [(0, False), (1, True), (2, True), (None, None)])
def test_focus_assist(profile: int | None, busy: bool | None) -> None:
    detector = WindowsFocusAssistDetector(lambda: profile)
    assert detector.kind is BusyKind.DO_NOT_DISTURB
    assert detector.is_busy() is busy


def test_real_windows_calls_off_windows_cannot_tell() -> None:
    assert WindowsFullscreenDetector().is_busy() is None
    assert WindowsFocusAssistDetector().is_busy() is None
    assert WindowsCaptureInUseDetector().is_busy() is False  # no registry: nothing in use


class FakeRegistry:
    """HKCU as a dict: key path -> {value name: int}; subkeys are derived from the paths."""

    def __init__(self, keys: dict[str, dict[str, int]]) -> None:
        self.keys = keys

    def subkeys(self, path: str) -> list[str]:
        prefix = path + "\\"
        return sorted({k[len(prefix) :].split("\\")[0] for k in self.keys if k.startswith(prefix)})

    def integer(self, path: str, name: str) -> int | None:
        return self.keys.get(path, {}).get(name)


def consent(capability: str, *entry: str) -> str:
    return "\\".join((CONSENT_STORE, capability, *entry))


USED_EARLIER = {
    "LastUsedTimeStart": 133_000_000_000_000_000,
    "LastUsedTimeStop": 133_000_000_100_000_000,
}
IN_USE = {"LastUsedTimeStart": 133_000_000_200_000_000, "LastUsedTimeStop": 0}
NEVER_USED = {"LastUsedTimeStart": 0, "LastUsedTimeStop": 0}


def test_consent_store_nothing_in_use() -> None:
    registry = FakeRegistry(
        {
            consent("webcam", "Microsoft.WindowsCamera_8wekyb3d8bbwe"): USED_EARLIER,
            consent("webcam", "NonPackaged", "C:#Program Files#Zoom#bin#Zoom.exe"): USED_EARLIER,
            consent("microphone", "NonPackaged", "C:#Tools#never.exe"): NEVER_USED,
        }
    )
    detector = WindowsCaptureInUseDetector(registry)
    assert detector.kind is BusyKind.CALL
    assert detector.is_busy() is False


def test_consent_store_desktop_app_using_the_microphone() -> None:
    zoom = "C:#Program Files#Zoom#bin#Zoom.exe"
    registry = FakeRegistry(
        {
            consent("webcam", "NonPackaged", zoom): USED_EARLIER,
            consent("microphone", "NonPackaged", zoom): IN_USE,
        }
    )
    assert apps_using(registry, "microphone") == [zoom]
    assert apps_using(registry, "webcam") == []
    assert WindowsCaptureInUseDetector(registry).is_busy() is True


def test_consent_store_packaged_app_using_the_camera() -> None:
    registry = FakeRegistry({consent("webcam", "MicrosoftTeams_8wekyb3d8bbwe"): IN_USE})
    assert WindowsCaptureInUseDetector(registry).is_busy() is True
    assert WindowsCaptureInUseDetector(registry, capabilities=("microphone",)).is_busy() is False
