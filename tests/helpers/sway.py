"""A real sway session, headless, for tests of what a person on sway meets.

``sway_session()`` brings up sway 1.7 (wlroots' headless backend, pixman
rendering, one 1600x1000 output, no Xwayland) with a swaybar that hosts
StatusNotifierItems, on a private ``dbus-daemon``. ``start_app()`` runs the
real app inside it (``QT_QPA_PLATFORM=wayland``) with its own HOME.

sway refuses to run as root, so under root (CI's containers) the bus, sway
and swaybar run as ``nobody`` (setpriv), in a folder that user owns. The app
and the test's tools stay root: root may connect to nobody's Wayland socket
(``WAYLAND_DISPLAY`` is its absolute path) and the bus lets any user in, and
our Python (under /root) need not be readable by nobody. As any other user,
everything simply runs as that user.

What the session offers the tests: the window tree (``swaymsg -t get_tree``),
screenshots (grim), key presses (wtype: a virtual keyboard, so they count as
input for swayidle too) and the tray items swaybar shows. The headless seat
has no pointer, so a "click" on the icon is the D-Bus call swaybar makes on
one: ``Activate`` (left) or ``ContextMenu`` (right).

A later GNOME or KWin rig can keep this shape: a context manager for the
session, an object with tree/screenshot/press/tray calls, and ``start_app``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.desktop_app import DesktopApp, wait_for
from tests.helpers.desktop_app import start_app as start_desktop_app

NEEDS = ("sway", "swaybar", "swaymsg", "swayidle", "grim", "wtype", "dbus-daemon", "dbus-send")
UNPRIVILEGED = 65534  # nobody: sway will not run as root
WIDTH, HEIGHT = 1600, 1000
START_TIMEOUT_S = 30
# What a sway login sets for its programs.
DESKTOP = {
    "QT_QPA_PLATFORM": "wayland",
    "XDG_SESSION_TYPE": "wayland",
    "XDG_CURRENT_DESKTOP": "sway",
}

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <!-- sway's user and the test's (root) on one bus -->
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
"""

_SWAY_CONFIG = """xwayland disable
output HEADLESS-1 resolution {width}x{height}
bar {{
  tray_output *
}}
exec sh -c 'env > {env_file}.part && mv {env_file}.part {env_file}'
"""


def require_sway() -> None:
    """Skip (or, under CI, fail) where sway and its tools are not installed."""
    missing = [tool for tool in NEEDS if not shutil.which(tool)]
    if missing:
        message = (
            f"needs {', '.join(missing)} (apt-get install sway swayidle grim wtype dbus): "
            "see the README's system packages"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass(frozen=True)
class Window:
    """One window in sway's tree."""

    name: str  # the title
    app_id: str | None
    pid: int | None
    floating: bool
    focused: bool
    visible: bool
    rect: dict[str, int]  # x, y, width, height


@dataclass
class SwaySession:
    folder: Path
    # For the test's own tools (swaymsg, grim, wtype, dbus-send) and the app.
    env: dict[str, str]

    # -- sway --------------------------------------------------------------

    def swaymsg(self, *args: str) -> str:
        done = self._run(["swaymsg", *args])
        return done.stdout

    def windows(self, pid: int | None = None) -> list[Window]:
        """Every window (tiled and floating), or ``pid``'s only."""
        found: list[Window] = []

        def walk(node: dict[str, Any], floating: bool) -> None:
            if node.get("type") in ("con", "floating_con") and not node.get("nodes"):
                found.append(
                    Window(
                        name=node.get("name") or "",
                        app_id=node.get("app_id"),
                        pid=node.get("pid"),
                        floating=floating,
                        focused=bool(node.get("focused")),
                        visible=bool(node.get("visible")),
                        rect=node["rect"],
                    )
                )
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(json.loads(self.swaymsg("-t", "get_tree")), False)
        return [w for w in found if pid is None or w.pid == pid]

    def screenshot(self, path: Path, rect: dict[str, int] | None = None) -> Path:
        """The screen (or ``rect`` of it) as ``path``: PNG, or PPM (raw pixels) for .ppm."""
        args = ["grim"]
        if path.suffix == ".ppm":
            args += ["-t", "ppm"]
        if rect is not None:
            args += ["-g", f"{rect['x']},{rect['y']} {rect['width']}x{rect['height']}"]
        self._run([*args, str(path)])
        return path

    def press(self, key: str = "F24") -> None:
        """A key press on the virtual keyboard: input, as far as swayidle is concerned.

        F24 is on no real keyboard, so the focused window does nothing with it.
        """
        self._run(["wtype", "-k", key])

    def type_text(self, text: str) -> None:
        self._run(["wtype", text])

    # -- the tray ------------------------------------------------------------

    def tray_items(self) -> list[str]:
        """The items swaybar's watcher lists ("service/path")."""
        out = self._dbus(
            "org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.kde.StatusNotifierWatcher",
            "string:RegisteredStatusNotifierItems",
        )
        return re.findall(r'string "([^"]+)"', out)

    def tray_item_of(self, pid: int) -> str | None:
        """The item registered by process ``pid``, if any."""
        for item in self.tray_items():
            service = item.split("/", 1)[0]
            out = self._dbus(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.GetConnectionUnixProcessID",
                f"string:{service}",
            )
            if re.search(rf"uint32 {pid}\b", out):
                return item
        return None

    def click_item(self, item: str, method: str = "Activate") -> None:
        """What swaybar does on a click: ``Activate`` (left) or ``ContextMenu`` (right)."""
        service, _, path = item.partition("/")
        self._dbus(
            service,
            "/" + (path or "StatusNotifierItem"),
            f"org.kde.StatusNotifierItem.{method}",
            "int32:800",
            "int32:990",
        )

    # -- plumbing -------------------------------------------------------------

    def _dbus(self, dest: str, path: str, method: str, *args: str) -> str:
        return self._run(
            [
                "dbus-send",
                f"--bus={self.env['DBUS_SESSION_BUS_ADDRESS']}",
                "--print-reply",
                f"--dest={dest}",
                path,
                method,
                *args,
            ]
        ).stdout

    def _run(self, argv: list[str]) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=20, check=False
        )
        assert done.returncode == 0, f"{argv[0]} failed: {done.stderr.strip()}"
        return done


@contextmanager
def sway_session() -> Iterator[SwaySession]:
    """A headless sway with swaybar on a private bus, until the block ends."""
    require_sway()
    as_root = os.geteuid() == 0
    # Not under pytest's tmp folder: /tmp/pytest-of-root is root's only.
    folder = Path(tempfile.mkdtemp(prefix="microbreak-sway-"))
    runtime, home = folder / "run", folder / "home"
    runtime.mkdir(mode=0o700)
    home.mkdir()
    socket, env_file = folder / "bus", folder / "session.env"
    (folder / "bus.conf").write_text(_BUS_CONFIG.format(socket=socket))
    (folder / "sway.config").write_text(
        _SWAY_CONFIG.format(width=WIDTH, height=HEIGHT, env_file=env_file)
    )
    drop: list[str] = []
    if as_root:
        drop = ["setpriv", f"--reuid={UNPRIVILEGED}", f"--regid={UNPRIVILEGED}", "--clear-groups"]
        for path in (folder, runtime, home, folder / "bus.conf", folder / "sway.config"):
            os.chown(path, UNPRIVILEGED, UNPRIVILEGED)
    address = f"unix:path={socket}"
    base_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "DBUS_SESSION_BUS_ADDRESS": address,
        "LANG": "C.UTF-8",
    }
    log = (folder / "sway.log").open("w")
    bus = subprocess.Popen(
        [
            *drop,
            "dbus-daemon",
            f"--config-file={folder / 'bus.conf'}",
            "--nofork",
            "--print-address",
        ],
        env=base_env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    sway: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        assert bus.stdout.readline().strip(), "dbus-daemon printed no address"
        sway_env = dict(
            base_env,
            WLR_BACKENDS="headless",
            WLR_LIBINPUT_NO_DEVICES="1",
            WLR_RENDERER="pixman",
        )
        sway = subprocess.Popen(
            [*drop, "sway", "-c", str(folder / "sway.config")],
            env=sway_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for(env_file.exists, START_TIMEOUT_S, "sway to start (its exec line)")
        written = dict(
            line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line
        )
        env = dict(
            base_env,
            SWAYSOCK=written["SWAYSOCK"],
            WAYLAND_DISPLAY=str(runtime / written["WAYLAND_DISPLAY"]),
        )
        session = SwaySession(folder, env)
        # swaybar owns the watcher once it is up.
        wait_for(
            lambda: (
                "org.kde.StatusNotifierWatcher"
                in session._dbus(
                    "org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.ListNames",
                )
            ),
            START_TIMEOUT_S,
            "swaybar's StatusNotifierWatcher",
        )
        yield session
    finally:
        if sway is not None:
            if sway.poll() is None:
                sway.send_signal(signal.SIGTERM)
            try:
                sway.wait(timeout=10)
            except subprocess.TimeoutExpired:
                sway.kill()
                sway.wait()
        bus.terminate()
        bus.wait(timeout=10)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


# -- the app inside it ---------------------------------------------------------


def start_app(
    session: SwaySession, home: Path, config: str = "", *, first_run: bool = False
) -> DesktopApp:
    """The real app in ``session`` (see :func:`tests.helpers.desktop_app.start_app`)."""
    desktop = {
        "QT_QPA_PLATFORM": "wayland",
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",
    }
    return start_desktop_app(session, desktop, home, config, first_run=first_run)
