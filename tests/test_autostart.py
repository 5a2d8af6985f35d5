"""Autostart at login: the Linux entry for real in a temp XDG_CONFIG_HOME; the
portal, the Windows Run key and the macOS LaunchAgent with the OS call injected."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from microbreak import APP_ID
from microbreak.platform.autostart import (
    RUN_KEY,
    AutostartError,
    MacLaunchAgent,
    NullAutostart,
    PortalAutostart,
    WindowsRunKey,
    XdgAutostart,
    choose_autostart,
    launch_command,
)


def test_linux_writes_and_removes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    backend = choose_autostart(
        {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, "linux", tmp_path, ["/opt/mb/microbreak"]
    )
    assert isinstance(backend, XdgAutostart)
    assert not backend.is_enabled()
    backend.set_enabled(True)
    entry = tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    text = entry.read_text()
    assert "Exec=/opt/mb/microbreak\n" in text
    # Started after the panel where the desktop allows (a tray that comes later is noticed too).
    assert "X-GNOME-Autostart-Delay=3\n" in text
    assert "X-KDE-autostart-phase=2\n" in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert backend.is_enabled()
    backend.set_enabled(False)
    assert not entry.exists()
    assert not backend.is_enabled()
    backend.set_enabled(False)  # twice is fine


def test_the_entry_is_valid_for_desktop_file_validate(tmp_path: Path) -> None:
    import shutil

    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate not installed (desktop-file-utils)")
    backend = XdgAutostart(tmp_path, ["/usr/bin/microbreak"])
    backend.set_enabled(True)
    result = subprocess.run(
        [validate, str(backend.path)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_user_disabled_entry_counts_as_off(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path, ["microbreak"])
    backend.set_enabled(True)
    backend.path.write_text(backend.entry() + "Hidden=true\n")
    assert not backend.is_enabled()


def test_an_unwritable_folder_is_an_autostart_error(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be")
    with pytest.raises(AutostartError, match="could not change"):
        XdgAutostart(tmp_path, ["microbreak"]).set_enabled(True)


def test_inside_flatpak_the_background_portal_is_asked() -> None:
    asked: list[tuple[bool, list[str]]] = []

    def request(on: bool, command: Sequence[str]) -> None:
        asked.append((on, list(command)))

    backend = PortalAutostart(request)
    backend.set_enabled(True)
    backend.set_enabled(False)
    assert asked == [(True, ["microbreak"]), (False, ["microbreak"])]
    assert isinstance(choose_autostart({"FLATPAK_ID": APP_ID}, "linux"), PortalAutostart)

    def refuse(on: bool, command: Sequence[str]) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    with pytest.raises(AutostartError, match="ServiceUnknown"):
        PortalAutostart(refuse).set_enabled(True)


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_windows_sets_and_deletes_the_run_value() -> None:
    registry = FakeRegistry()
    backend = WindowsRunKey(registry, [r"C:\Program Files\microbreak\microbreak.exe"])
    backend.set_enabled(True)
    assert registry.values == {
        (RUN_KEY, "microbreak"): r'"C:\Program Files\microbreak\microbreak.exe"'
    }
    assert RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"
    assert backend.is_enabled()
    backend.set_enabled(False)
    assert registry.values == {}
    assert not backend.is_enabled()
    assert choose_autostart({}, "win32", command=["x"]).name == "windows-run-key"


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    backend = choose_autostart({}, "darwin", tmp_path, ["/Applications/microbreak.app/m"])
    assert isinstance(backend, MacLaunchAgent)
    backend.set_enabled(True)
    plist = plistlib.loads(backend.path.read_bytes())
    assert backend.path == tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert plist["RunAtLoad"] is True
    assert plist["Label"] == APP_ID
    assert plist["ProgramArguments"] == ["/Applications/microbreak.app/m"]
    backend.set_enabled(False)
    assert not backend.is_enabled()


def test_elsewhere_nothing_and_a_clear_refusal() -> None:
    backend = choose_autostart({}, "sunos5")
    assert isinstance(backend, NullAutostart)
    backend.set_enabled(False)
    with pytest.raises(AutostartError, match="not supported"):
        backend.set_enabled(True)


def test_the_launch_command() -> None:
    assert launch_command(frozen=True, executable="/app/mb") == ["/app/mb"]
    assert launch_command(False, "/py", lambda _n: "/usr/bin/microbreak") == ["/usr/bin/microbreak"]
    assert launch_command(False, sys.executable, lambda _n: None) == [
        sys.executable,
        "-m",
        "microbreak",
    ]
