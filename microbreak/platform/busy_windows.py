"""Busy detection on Windows, each OS call injectable.

- Full screen / presenting: ``SHQueryUserNotificationState`` says busy
  (a full-screen app), D3D full screen (a game or video), or presentation
  mode. Those are the states in which Windows itself holds notifications.
- Focus assist ("Do not disturb" on Windows 11): not in any public API; the
  shell publishes the active profile in the WNF state
  ``WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED`` (0 off, 1 priority only,
  2 alarms only), read with ``NtQueryWnfStateData``. Best effort.
- Camera or microphone in use: the privacy consent store under HKCU lists
  every app that used them; an entry with ``LastUsedTimeStop == 0`` (and a
  start time) is in use right now. Packaged apps are direct subkeys;
  desktop apps are under ``NonPackaged``.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from typing import Protocol

from microbreak.platform.awareness import BusyKind

log = logging.getLogger(__name__)

QUNS_NOT_PRESENT = 1  # screen saver, locked, or user switching: the session watcher's business
QUNS_BUSY = 2  # a full-screen application
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
QUNS_ACCEPTS_NOTIFICATIONS = 5
QUNS_QUIET_TIME = 6  # the first hour after a new user's first sign-in
QUNS_APP = 7  # a Windows Store app in the foreground

BUSY_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})
NOT_BUSY_STATES = frozenset(
    {QUNS_NOT_PRESENT, QUNS_ACCEPTS_NOTIFICATIONS, QUNS_QUIET_TIME, QUNS_APP}
)


def notification_state_is_busy(state: int | None) -> bool | None:
    if state in BUSY_STATES:
        return True
    if state in NOT_BUSY_STATES:
        return False
    return None


def _query_user_notification_state() -> int | None:
    if sys.platform != "win32":
        return None
    state = ctypes.c_int()
    if ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
        return None  # an HRESULT error
    return int(state.value)


class WindowsFullscreenDetector:
    name = "windows-notification-state"
    kind = BusyKind.FULLSCREEN

    def __init__(self, query: Callable[[], int | None] = _query_user_notification_state) -> None:
        self._query = query

    def is_busy(self) -> bool | None:
        try:
            return notification_state_is_busy(self._query())
        except OSError as exc:
            log.warning("%s: %s", self.name, exc)
            return None


WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED = 0x0D83063EA3BF1C75


def _focus_assist_profile() -> int | None:
    if sys.platform != "win32":
        return None
    ntdll = ctypes.windll.ntdll
    state_name = ctypes.c_uint64(WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED)
    change_stamp = ctypes.c_ulong()
    profile = ctypes.c_uint32()
    size = ctypes.c_ulong(ctypes.sizeof(profile))
    status = ntdll.NtQueryWnfStateData(
        ctypes.byref(state_name),
        None,
        None,
        ctypes.byref(change_stamp),
        ctypes.byref(profile),
        ctypes.byref(size),
    )
    if status != 0:
        return None
    return int(profile.value)


class WindowsFocusAssistDetector:
    name = "windows-focus-assist"
    kind = BusyKind.DO_NOT_DISTURB

    def __init__(self, read_profile: Callable[[], int | None] = _focus_assist_profile) -> None:
        self._read_profile = read_profile
        self._failed = False

    def is_busy(self) -> bool | None:
        try:
            profile = self._read_profile()
        except (OSError, AttributeError) as exc:
            if not self._failed:
                log.warning("%s: cannot read the focus assist state: %s", self.name, exc)
                self._failed = True
            return None
        if profile is None:
            return None
        return profile != 0  # 1 priority only, 2 alarms only


CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


class RegistryReader(Protocol):
    """Read access to HKEY_CURRENT_USER, by key path."""

    def subkeys(self, path: str) -> list[str]:
        """Names of the subkeys; [] if the key does not exist."""
        ...

    def integer(self, path: str, name: str) -> int | None:
        """A DWORD/QWORD value; None if absent."""
        ...


class WinregReader:
    """The real HKCU through ``winreg`` (imported at first use)."""

    def subkeys(self, path: str) -> list[str]:
        if sys.platform != "win32":
            return []
        import winreg  # noqa: PLC0415

        names: list[str] = []
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                index = 0
                while True:
                    try:
                        names.append(winreg.EnumKey(key, index))
                    except OSError:
                        return names
                    index += 1
        except OSError:
            return names

    def integer(self, path: str, name: str) -> int | None:
        if sys.platform != "win32":
            return None
        import winreg  # noqa: PLC0415

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return value if isinstance(value, int) else None


def apps_using(reader: RegistryReader, capability: str) -> list[str]:
    """Consent-store entries for ``capability`` (``webcam``, ``microphone``) in use now."""
    base = f"{CONSENT_STORE}\\{capability}"
    entries = [f"{base}\\{name}" for name in reader.subkeys(base) if name != "NonPackaged"]
    non_packaged = f"{base}\\NonPackaged"
    entries += [f"{non_packaged}\\{name}" for name in reader.subkeys(non_packaged)]
    in_use = []
    for entry in entries:
        start = reader.integer(entry, "LastUsedTimeStart")
        stop = reader.integer(entry, "LastUsedTimeStop")
        if start and stop == 0:
            in_use.append(entry.rsplit("\\", 1)[-1])
    return in_use


class WindowsCaptureInUseDetector:
    """Camera or microphone in use by any app, from the privacy consent store."""

    name = "windows-camera-microphone"
    kind = BusyKind.CALL

    def __init__(
        self,
        reader: RegistryReader | None = None,
        capabilities: tuple[str, ...] = ("webcam", "microphone"),
    ) -> None:
        self._reader: RegistryReader = reader if reader is not None else WinregReader()
        self._capabilities = capabilities

    def is_busy(self) -> bool | None:
        try:
            for capability in self._capabilities:
                users = apps_using(self._reader, capability)
                if users:
                    log.debug("%s: %s in use by %s", self.name, capability, users)
                    return True
        except OSError as exc:
            log.warning("%s: cannot read the consent store: %s", self.name, exc)
            return None
        return False
