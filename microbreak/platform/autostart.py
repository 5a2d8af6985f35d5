"""Start microbreak at login: one small backend per OS, and a Null fallback.

- Linux: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/<app id>.desktop``.
- Inside Flatpak the sandbox cannot write there: the Background portal's
  ``RequestBackground`` with ``autostart`` asks the desktop to do it.
- Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<app id>.plist`` with RunAtLoad.

Every backend takes its OS call (registry, portal, file location) as a
parameter, so the tests run each on any machine; the Linux one is also tested
for real in a temporary ``XDG_CONFIG_HOME``. Failures raise AutostartError with
words for a person; the app reports them and carries on.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from microbreak import APP_ID

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "microbreak"


def _write(path: Path, data: bytes) -> None:
    """Write via a temp file and a rename (platform may not import infra.atomic)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class AutostartError(Exception):
    """Autostart could not be changed; the message says why."""


class Autostart(Protocol):
    name: str

    def is_enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


def launch_command(
    frozen: bool = getattr(sys, "frozen", False),
    executable: str = sys.executable,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str]:
    """How to start this microbreak from a login item."""
    if frozen:
        return [executable]
    found = which("microbreak")
    if found:
        return [found]
    return [executable, "-m", "microbreak"]


class NullAutostart:
    name = "none"

    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, on: bool) -> None:
        if on:
            raise AutostartError("starting at login is not supported on this system")


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop`` (freedesktop autostart spec)."""

    name = "xdg"

    def __init__(self, config_home: Path, command: Sequence[str]) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.command = list(command)

    def entry(self) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=microbreak\n"
            "Comment=Short guided desk exercises every 30 to 60 minutes\n"
            f"Icon={APP_ID}\n"
            f"Exec={shlex.join(self.command)}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
            # Start after the panel where the desktop lets us ask: the app also
            # notices a tray that comes later, but an icon at once is nicer.
            "X-GNOME-Autostart-Delay=3\n"
            "X-KDE-autostart-phase=2\n"
        )

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return False
        lines = {line.strip() for line in text.splitlines()}
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines

    def set_enabled(self, on: bool) -> None:
        try:
            if on:
                _write(self.path, self.entry().encode("utf-8"))
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"could not change {self.path}: {exc.strerror or exc}") from exc


PortalRequest = Callable[[bool, Sequence[str]], None]


class PortalAutostart:
    """Inside Flatpak: ``org.freedesktop.portal.Background.RequestBackground``.

    The portal answers later (and may ask the user); what was last asked is
    what :meth:`is_enabled` reports.
    """

    name = "portal"

    def __init__(self, request: PortalRequest, command: Sequence[str] = ("microbreak",)) -> None:
        self._request = request
        self.command = list(command)
        self._asked = False

    def is_enabled(self) -> bool:
        return self._asked

    def set_enabled(self, on: bool) -> None:
        try:
            self._request(on, self.command)
        except Exception as exc:
            raise AutostartError(f"the desktop refused the autostart request: {exc}") from exc
        self._asked = on


def portal_request(on: bool, command: Sequence[str]) -> None:  # pragma: no cover - needs a portal
    from PySide6.QtDBus import QDBusConnection  # noqa: PLC0415

    from microbreak.platform.dbus_calls import call  # noqa: PLC0415

    options: dict[str, Any] = {
        "reason": "Remind you to take short breaks from the moment you log in.",
        "autostart": on,
        "commandline": list(command),
        "dbus-activatable": False,
    }
    call(
        QDBusConnection.sessionBus(),
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Background",
        "RequestBackground",
        "",
        options,
        timeout_ms=5000,
    )


class Registry(Protocol):
    """The three registry calls the Run key needs (``winreg`` on Windows)."""

    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


class WindowsRunKey:
    r"""``HKCU\Software\Microsoft\Windows\CurrentVersion\Run``, value ``microbreak``."""

    name = "windows-run-key"

    def __init__(self, registry: Registry, command: Sequence[str]) -> None:
        self.registry = registry
        self.command = list(command)

    def value(self) -> str:
        return " ".join(f'"{part}"' if " " in part else part for part in self.command)

    def is_enabled(self) -> bool:
        try:
            return self.registry.get(RUN_KEY, RUN_VALUE) is not None
        except OSError:
            return False

    def set_enabled(self, on: bool) -> None:
        try:
            if on:
                self.registry.set(RUN_KEY, RUN_VALUE, self.value())
            else:
                self.registry.delete(RUN_KEY, RUN_VALUE)
        except OSError as exc:
            raise AutostartError(f"could not change the Run key: {exc}") from exc


def _winreg() -> Any:  # pragma: no cover - Windows only
    # Through importlib: mypy on Linux knows winreg only as a Windows module.
    import importlib  # noqa: PLC0415

    return importlib.import_module("winreg")


class WinReg:  # pragma: no cover - Windows only
    """The real registry, through ``winreg``."""

    def get(self, key: str, name: str) -> str | None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


class MacLaunchAgent:
    """``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``."""

    name = "launch-agent"

    def __init__(self, home: Path, command: Sequence[str]) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self.command = list(command)

    def plist(self) -> bytes:
        # Here, not at the top: plistlib loads an XML parser, idle weight on
        # every system but macOS.
        import plistlib  # noqa: PLC0415

        return plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": self.command,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
        )

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def set_enabled(self, on: bool) -> None:
        try:
            if on:
                _write(self.path, self.plist())
            else:
                self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(f"could not change {self.path}: {exc.strerror or exc}") from exc


def choose_autostart(
    environ: Mapping[str, str] = os.environ,
    sys_platform: str = sys.platform,
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> Autostart:
    """The backend for this system; NullAutostart where none fits."""
    home = home if home is not None else Path.home()
    cmd = list(command) if command is not None else launch_command()
    if sys_platform.startswith("linux") or "bsd" in sys_platform:
        if environ.get("FLATPAK_ID"):
            return PortalAutostart(portal_request)
        config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        return XdgAutostart(config_home, cmd)
    if sys_platform == "win32":
        return WindowsRunKey(WinReg(), cmd)
    if sys_platform == "darwin":
        return MacLaunchAgent(home, cmd)
    return NullAutostart()
