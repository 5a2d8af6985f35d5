"""A real KWin 5.27 session, headless, for tests of what a person on KDE Plasma meets.

``kwin_session()`` brings up ``kwin_wayland --virtual`` (one 1600x1000
output) on a private ``dbus-daemon``; ``start_app()`` runs the real app in it
(``QT_QPA_PLATFORM=wayland``, ``XDG_CURRENT_DESKTOP=KDE``) with its own HOME.

It is KWin alone, without plasmashell (heavy on 2 cores): so no panel (no
tray: the app shows its status window), no notification service (the
heads-up is the app's own window) and no screen locker (no
``org.freedesktop.ScreenSaver``: idle time comes from swayidle, through the
idle protocol KWin implements). What a full Plasma session adds is listed in
the README's table as not run.

What the session offers the tests, all from KWin itself:
- the window list, from a KWin script (``workspace.clientList()``) that
  prints JSON to KWin's log, which the rig reads back;
- a full-screen switch for any window, by the same route;
- screenshots, through ``org.kde.KWin.ScreenShot2`` (raw pixels written to a
  pipe, saved as PNG with QImage);
- key presses and pointer moves through KWin's fake-input protocol
  (tests/helpers/wayland_input.py): KWin has no virtual keyboard for wtype.

Pitfalls (../shared/REAL-DESKTOPS.md): the installed ``kwin_wayland`` has
the file capability ``cap_sys_resource``, and exec fails with EPERM where the
container does not grant it, so the rig runs a plain copy; the screenshot
call blocks until its pipe is read, so the pipe is read in a thread.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.dbus_fakes.bus import BUS_CONFIG
from tests.helpers.desktop_app import DesktopApp, wait_for
from tests.helpers.desktop_app import start_app as start_desktop_app
from tests.helpers.wayland_input import FakeInput

NEEDS = ("kwin_wayland", "dbus-daemon", "swayidle")
WIDTH, HEIGHT = 1600, 1000
START_TIMEOUT_S = 30
SOCKET = "kwin-test"
# What a Plasma login sets for its programs.
DESKTOP = {
    "QT_QPA_PLATFORM": "wayland",
    "XDG_SESSION_TYPE": "wayland",
    "XDG_CURRENT_DESKTOP": "KDE",
    "KDE_FULL_SESSION": "true",
    "KDE_SESSION_VERSION": "5",
}

_WINDOWS_SCRIPT = """
var out = [];
var windows = workspace.clientList();
for (var i = 0; i < windows.length; i++) {
    var w = windows[i];
    out.push({name: String(w.caption), pid: w.pid, active: w.active,
              fullscreen: w.fullScreen, keep_above: w.keepAbove, normal: w.normalWindow,
              rect: {x: w.x, y: w.y, width: w.width, height: w.height}});
}
print("%(marker)s " + JSON.stringify(out));
"""

_FULLSCREEN_SCRIPT = """
var windows = workspace.clientList();
for (var i = 0; i < windows.length; i++) {
    if (windows[i].pid === %(pid)d) { windows[i].fullScreen = %(on)s; }
}
print("%(marker)s done");
"""


def require_kwin() -> None:
    """Skip (or, under CI, fail) where KWin and its tools are not installed."""
    missing = [tool for tool in NEEDS if not shutil.which(tool)]
    if missing:
        message = (
            f"needs {', '.join(missing)} (apt-get install kwin-wayland swayidle dbus): "
            "see the README's system packages"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass(frozen=True)
class Window:
    """One window in KWin's list."""

    name: str  # the title
    pid: int
    active: bool  # has the keyboard
    fullscreen: bool
    keep_above: bool
    normal: bool  # a normal window, not a dialog or a utility
    rect: dict[str, int]


@dataclass
class KWinSession:
    folder: Path
    env: dict[str, str]  # for the app and the test's tools
    log: Path  # KWin's stderr: its scripts print here
    _input: FakeInput | None = None

    def windows(self, pid: int | None = None) -> list[Window]:
        """Every window, or ``pid``'s only."""
        found = [Window(**w) for w in json.loads(self._script(_WINDOWS_SCRIPT, {}))]
        return [w for w in found if pid is None or w.pid == pid]

    def set_fullscreen(self, pid: int, on: bool) -> None:
        self._script(_FULLSCREEN_SCRIPT, {"pid": pid, "on": "true" if on else "false"})

    def press(self, key: str = "F24") -> None:
        """A key press: input for KWin's idle timer. F24 does nothing in any window."""
        self._fake_input().key(key)

    def screenshot(self, path: Path) -> Path:
        """The screen as a PNG at ``path``, from KWin's ScreenShot2."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg
        from PySide6.QtGui import QImage

        read_end, write_end = os.pipe()
        chunks: list[bytes] = []

        def drain() -> None:
            with os.fdopen(read_end, "rb") as pipe:
                chunks.append(pipe.read())

        reader = threading.Thread(target=drain)
        reader.start()
        address = DBusAddress(
            "/org/kde/KWin/ScreenShot2", "org.kde.KWin", "org.kde.KWin.ScreenShot2"
        )
        with open_dbus_connection(self.env["DBUS_SESSION_BUS_ADDRESS"], enable_fds=True) as conn:
            call = new_method_call(address, "CaptureActiveScreen", "a{sv}h", ({}, write_end))
            try:
                (info,) = unwrap_msg(conn.send_and_get_reply(call, timeout=20))
            finally:
                os.close(write_end)
        reader.join(timeout=20)
        meta = {key: value for key, (_sig, value) in info.items()}
        image = QImage(
            chunks[0], meta["width"], meta["height"], meta["stride"], QImage.Format(meta["format"])
        )
        assert image.save(str(path)), f"could not write {path}"
        return path

    def _fake_input(self) -> FakeInput:
        if self._input is None:
            self._input = FakeInput(self.env["WAYLAND_DISPLAY"])
        return self._input

    def _scripting(self, method: str, *args: str) -> None:
        subprocess.run(
            [
                "dbus-send",
                f"--bus={self.env['DBUS_SESSION_BUS_ADDRESS']}",
                "--print-reply",
                "--dest=org.kde.KWin",
                "/Scripting",
                f"org.kde.kwin.Scripting.{method}",
                *args,
            ],
            env=self.env,
            capture_output=True,
            timeout=20,
            check=True,
        )

    def _script(self, template: str, values: dict[str, Any]) -> str:
        """Run a KWin script; what it printed after its marker."""
        marker = f"MB-{uuid.uuid4().hex}"
        script = self.folder / f"{marker}.js"
        script.write_text(template % dict(values, marker=marker))
        self._scripting("loadScript", f"string:{script}", f"string:{marker}")
        try:
            self._scripting("start")

            def printed() -> str | None:
                for line in self.log.read_text(errors="replace").splitlines():
                    if marker in line:
                        return line.split(marker, 1)[1].strip()
                return None

            result: str = wait_for(printed, 10, "KWin to run the test's script")
        finally:
            self._scripting("unloadScript", f"string:{marker}")
            script.unlink()
        return result


@contextmanager
def kwin_session() -> Iterator[KWinSession]:
    """A headless KWin on a private bus, until the block ends."""
    require_kwin()
    folder = Path(tempfile.mkdtemp(prefix="microbreak-kwin-"))
    runtime, home = folder / "run", folder / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    # A plain copy carries no file capability (see the module's docstring).
    kwin = folder / "kwin_wayland"
    shutil.copy(shutil.which("kwin_wayland") or "kwin_wayland", kwin)
    log_path = folder / "kwin.log"
    log = log_path.open("w")
    base_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
    }
    # No service directories: nothing installed on the machine (dunst's
    # notification service, kded) is started on demand into the session.
    (folder / "bus.conf").write_text(BUS_CONFIG)
    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={folder / 'bus.conf'}", "--nofork", "--print-address"],
        env=base_env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    proc: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        session_env = dict(base_env, DBUS_SESSION_BUS_ADDRESS=address)
        proc = subprocess.Popen(
            [
                str(kwin),
                "--virtual",
                f"--width={WIDTH}",
                f"--height={HEIGHT}",
                "--no-lockscreen",
                "--no-global-shortcuts",
                f"--socket={SOCKET}",
            ],
            env=dict(
                session_env,
                **DESKTOP,
                # The rig's tools (fake input, screenshots) are not trusted
                # desktop components: let them in.
                KWIN_WAYLAND_NO_PERMISSION_CHECKS="1",
                KWIN_SCREENSHOT_NO_PERMISSION_CHECKS="1",
            ),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for((runtime / SOCKET).exists, START_TIMEOUT_S, "KWin's Wayland socket")
        session = KWinSession(
            folder, dict(session_env, WAYLAND_DISPLAY=str(runtime / SOCKET)), log_path
        )

        def scripting() -> bool:
            try:
                return session.windows() == []
            except subprocess.CalledProcessError:  # KWin not on the bus yet
                return False

        wait_for(scripting, START_TIMEOUT_S, "KWin's scripting")
        yield session
    finally:
        if proc is not None:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        bus.terminate()
        bus.wait(timeout=10)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


def start_app(
    session: KWinSession, home: Path, config: str = "", *, first_run: bool = False
) -> DesktopApp:
    """The real app in ``session`` (see :func:`tests.helpers.desktop_app.start_app`)."""
    return start_desktop_app(session, DESKTOP, home, config, first_run=first_run)
