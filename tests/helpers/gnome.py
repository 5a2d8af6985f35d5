"""A real GNOME Shell 43 session, headless on Wayland, for tests of what a person on GNOME meets.

``gnome_session()`` brings up ``gnome-shell --headless --wayland`` (one
1600x1000 virtual monitor, no Xwayland) on a private session bus, with a
private "system" bus beside it (gnome-shell asks the system bus for logind
and dies without one). ``start_app()`` runs the real app inside it
(``QT_QPA_PLATFORM=wayland``) with its own HOME. The pitfalls these steps
avoid are in ``../shared/REAL-DESKTOPS.md``.

HOME and every XDG folder are set before the buses start: services the bus
starts on demand (dconf) inherit the bus daemon's environment, and would
otherwise write into the real user's ``~/.config/dconf``. Only dconf and the
Shell's own helpers may be started on demand (a private service folder): a
notification daemon installed on the machine (dunst) must not stand in for
the Shell's own.

What the session offers the tests, over one D-Bus connection of the test's
own that owns the two names GNOME Shell lets through: as
``org.gnome.Screenshot`` it may take screenshots
(``org.gnome.Shell.Screenshot``), as ``org.freedesktop.impl.portal.desktop.gnome``
it may list the windows (``org.gnome.Shell.Introspect.GetWindows``). Key
presses go through Mutter's RemoteDesktop (a virtual keyboard, so they count
as input for Mutter's IdleMonitor too); the session is tied to that
connection, which is why it is held open for the module.
"""

from __future__ import annotations

import os
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
from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg
from PySide6.QtGui import QImage

from tests.helpers.desktop_app import DesktopApp, wait_for
from tests.helpers.desktop_app import start_app as start_desktop_app

__all__ = ["GnomeSession", "Window", "gnome_session", "start_app"]

NEEDS = ("gnome-shell", "dbus-daemon", "dbus-monitor", "gsettings")
WIDTH, HEIGHT = 1600, 1000
START_TIMEOUT_S = 60  # gnome-shell on two busy cores: compiling its JS takes a while
WAYLAND_NAME = "wayland-gnome"

# The names GNOME Shell 43 lets call its private interfaces (js/misc/dbusUtils.js).
SCREENSHOT_NAME = "org.gnome.Screenshot"
INTROSPECT_NAME = "org.freedesktop.impl.portal.desktop.gnome"

# X keysyms (what RemoteDesktop takes).
KEYSYMS = {"Return": 0xFF0D, "Escape": 0xFF1B, "space": 0x20, "Shift_L": 0xFFE1, "Tab": 0xFF09}

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{kind}</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  {servicedir}
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
"""

# What the bus may start on demand: dconf, and the Shell's own helpers (its
# org.freedesktop.Notifications is one of them).
_SERVICES = Path("/usr/share/dbus-1/services")
_STARTABLE = ("ca.desrt.dconf.service", "org.gnome.Shell.*.service")


def require_gnome() -> None:
    """Skip (or, under CI, fail) where GNOME Shell and its tools are not installed."""
    missing = [tool for tool in NEEDS if not shutil.which(tool)]
    if missing:
        message = (
            f"needs {', '.join(missing)} (apt-get install gnome-shell gjs libnotify-bin "
            "libglib2.0-bin dbus): see the README's system packages"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass(frozen=True)
class Window:
    """One window, as org.gnome.Shell.Introspect describes it (no position: GNOME keeps that)."""

    title: str
    wm_class: str  # a Wayland client's app_id
    focused: bool
    hidden: bool
    width: int
    height: int


@dataclass
class GnomeSession:
    folder: Path
    # For the test's own tools (gsettings, dbus-monitor) and, extended, the app.
    env: dict[str, str]
    conn: DBusConnection
    remote_desktop: str  # the RemoteDesktop session's object path

    # -- GNOME Shell ---------------------------------------------------------

    def call(
        self, service: str, path: str, interface: str, method: str, signature: str = "", *args: Any
    ) -> tuple[Any, ...]:
        message = new_method_call(
            DBusAddress(path, bus_name=service, interface=interface),
            method,
            signature or None,
            args,
        )
        return tuple(unwrap_msg(self.conn.send_and_get_reply(message, timeout=20)))

    def names(self) -> list[str]:
        (names,) = self.conn.send_and_get_reply(message_bus.ListNames(), timeout=10).body
        return list(names)

    def windows(self, pid: int | None = None) -> list[Window]:
        """Every window; with ``pid``, the app's. The Shell's list has no process
        ids, so the app's are told apart by its app_id: tests run one app at a time."""
        (found,) = self.call(
            "org.gnome.Shell", "/org/gnome/Shell/Introspect", "org.gnome.Shell.Introspect",
            "GetWindows",
        )  # fmt: skip
        windows = []
        for props in found.values():
            value = {key: v for key, (_sig, v) in props.items()}
            windows.append(
                Window(
                    title=value.get("title", ""),
                    wm_class=value.get("wm-class", ""),
                    focused=bool(value.get("has-focus")),
                    hidden=bool(value.get("is-hidden")),
                    width=int(value.get("width", 0)),
                    height=int(value.get("height", 0)),
                )
            )
        return [w for w in windows if pid is None or w.wm_class == APP_CLASS]

    def overview_active(self) -> bool:
        (variant,) = self.call(
            "org.gnome.Shell", "/org/gnome/Shell", "org.freedesktop.DBus.Properties", "Get",
            "ss", "org.gnome.Shell", "OverviewActive",
        )  # fmt: skip
        return bool(variant[1])

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG at ``path``."""
        ok, _used = self.call(
            "org.gnome.Shell.Screenshot", "/org/gnome/Shell/Screenshot",
            "org.gnome.Shell.Screenshot", "Screenshot", "bbs", False, False, str(path.resolve()),
        )  # fmt: skip
        assert ok, f"GNOME Shell took no screenshot into {path}"
        return path

    def screenshot_windows(self, path: Path) -> QImage:
        """What is on the desktop below the top bar, cropped to it, as a PNG at ``path``.

        GNOME tells no client where a window is (Introspect has no position) and
        shoots only the focused window, which a window mapped without an
        activation token may not be; the desktop is one plain colour, so what
        differs from it is the windows. Show one window at a time for a picture of it.
        """
        full = self.screenshot(path.with_suffix(".screen.png"))
        image = QImage(str(full)).convertToFormat(QImage.Format.Format_RGB32)
        path.with_suffix(".screen.png").unlink()
        box = _drawn_box(image)
        assert box is not None, "nothing on the desktop"
        shot = image.copy(*box)
        assert shot.save(str(path)), path
        return shot

    # -- input -----------------------------------------------------------------

    def key(self, keysym: int) -> None:
        for pressed in (True, False):
            self.call(
                "org.gnome.Mutter.RemoteDesktop", self.remote_desktop,
                "org.gnome.Mutter.RemoteDesktop.Session", "NotifyKeyboardKeysym",
                "ub", keysym, pressed,
            )  # fmt: skip

    def press(self, name: str = "Shift_L") -> None:
        """A key press on Mutter's virtual keyboard: input, as far as IdleMonitor is concerned.

        A lone Shift types nothing, so the focused window does nothing with it.
        """
        self.key(KEYSYMS[name])

    def type_text(self, text: str) -> None:
        for char in text:
            assert " " <= char <= "~", f"only printable ASCII: {char!r}"
            self.key(ord(char))  # Latin-1 keysyms are the characters' code points

    def gsettings(self, *args: str) -> str:
        done = subprocess.run(
            ["gsettings", *args], env=self.env, capture_output=True, text=True, timeout=20,
            check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()


def _drawn_box(image: QImage) -> tuple[int, int, int, int] | None:
    """x, y, width, height of what differs from the desktop's colour, below the top bar."""
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    bits = bytes(image.constBits())
    desktop = bits[(height - 1) * stride : (height - 1) * stride + 4]  # bottom left: the desktop
    plain = desktop * width

    def row(y: int) -> bytes:
        return bits[y * stride : y * stride + 4 * width]

    top = 0
    while top < height and row(top)[:4] != desktop:  # the top bar spans the left edge
        top += 1
    rows = [y for y in range(top, height) if row(y) != plain]
    if not rows:
        return None
    left, right = width, 0
    # Windows are rectangles taller than a few rows: every fourth row finds their sides.
    for y in rows[::4] + rows[-1:]:
        line = row(y)
        pixels = [line[x : x + 4] != desktop for x in range(0, 4 * width, 4)]
        left = min(left, pixels.index(True))
        right = max(right, width - pixels[::-1].index(True))
    return left, rows[0], right - left, rows[-1] + 1 - rows[0]


def _own(conn: DBusConnection, name: str) -> None:
    (reply,) = conn.send_and_get_reply(message_bus.RequestName(name, 4), timeout=10).body
    assert reply == 1, f"could not own {name} (RequestName answered {reply})"


def _stop(proc: subprocess.Popen[Any] | None) -> None:
    if proc is None:
        return
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _bus(folder: Path, kind: str, env: dict[str, str], log: Any) -> tuple[Any, str]:
    socket = folder / f"{kind}-bus"
    servicedir = ""
    if kind == "session":
        services = folder / "services"
        services.mkdir()
        for pattern in _STARTABLE:
            for service in _SERVICES.glob(pattern):
                shutil.copy(service, services)
        servicedir = f"<servicedir>{services}</servicedir>"
    config = folder / f"{kind}-bus.conf"
    config.write_text(_BUS_CONFIG.format(kind=kind, socket=socket, servicedir=servicedir))
    proc = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip(), f"the {kind} dbus-daemon printed no address"
    return proc, f"unix:path={socket}"


@contextmanager
def gnome_session() -> Iterator[GnomeSession]:
    """A headless GNOME Shell on private buses, until the block ends; skips if it cannot start."""
    require_gnome()
    folder = Path(tempfile.mkdtemp(prefix="microbreak-gnome-"))
    home, runtime = folder / "home", folder / "run"
    runtime.mkdir(mode=0o700)
    base_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_SESSION_TYPE": "wayland",
        "LANG": "C.UTF-8",
    }
    for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        Path(base_env[key]).mkdir(parents=True)
    log_path = folder / "gnome-shell.log"
    log = log_path.open("w")
    procs: list[subprocess.Popen[Any]] = []
    conn: DBusConnection | None = None
    try:
        session_bus, session_address = _bus(folder, "session", base_env, log)
        procs.append(session_bus)
        system_bus, system_address = _bus(folder, "system", base_env, log)
        procs.append(system_bus)
        env = dict(
            base_env,
            DBUS_SESSION_BUS_ADDRESS=session_address,
            DBUS_SYSTEM_BUS_ADDRESS=system_address,
        )
        # The Shell starts with banners of its own (no screen lock without GDM; a
        # session as root): Do Not Disturb until it is up keeps them out of the
        # screenshots. A plain desktop lets screenshot_windows find the windows.
        for schema, key, value in (
            ("org.gnome.desktop.notifications", "show-banners", "false"),
            ("org.gnome.desktop.background", "picture-options", "none"),
            ("org.gnome.desktop.background", "primary-color", "#3465a4"),
            ("org.gnome.desktop.background", "color-shading-type", "solid"),
        ):
            subprocess.run(
                ["gsettings", "set", schema, key, value], env=env, check=True, timeout=20
            )
        shell = subprocess.Popen(
            [
                "gnome-shell",
                "--headless",
                "--wayland",
                "--no-x11",
                f"--wayland-display={WAYLAND_NAME}",
                "--virtual-monitor",
                f"{WIDTH}x{HEIGHT}",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        procs.insert(0, shell)  # stopped first, before its buses
        conn = open_dbus_connection(session_address)
        bare = GnomeSession(folder, env, conn, "")

        def up() -> bool:
            if shell.poll() is not None:
                log.flush()
                tail = log_path.read_text(errors="replace")[-2000:]
                pytest.skip(f"gnome-shell could not start here (exit {shell.returncode}): {tail}")
            wanted = {
                "org.gnome.Shell",
                "org.gnome.Mutter.RemoteDesktop",
                "org.gnome.Shell.Screenshot",
            }
            return wanted <= set(bare.names())

        wait_for(up, START_TIMEOUT_S, "gnome-shell to own its names")
        _own(conn, SCREENSHOT_NAME)
        _own(conn, INTROSPECT_NAME)
        (path,) = bare.call(
            "org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop",
            "org.gnome.Mutter.RemoteDesktop", "CreateSession",
        )  # fmt: skip
        bare.call(
            "org.gnome.Mutter.RemoteDesktop", path, "org.gnome.Mutter.RemoteDesktop.Session",
            "Start",
        )  # fmt: skip
        session = GnomeSession(
            folder, dict(env, WAYLAND_DISPLAY=str(runtime / WAYLAND_NAME)), conn, path
        )
        # The first key of a RemoteDesktop session is lost. The Shell opens the
        # overview once it has started (a moment after it owns its names); Escape
        # leaves it.
        session.press()
        wait_for(session.overview_active, 30, "the Shell to open the overview at its start")
        wait_for(
            lambda: not session.overview_active(),
            20,
            "the overview to close",
            between=lambda: session.key(KEYSYMS["Escape"]),
        )
        session.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "true")
        yield session
    finally:
        if conn is not None:
            conn.close()
        for proc in procs:
            _stop(proc)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


# -- the app inside it ---------------------------------------------------------

APP_CLASS = "io.github.microbreak.Microbreak"  # the app's Wayland app_id (its desktop file name)
# What a GNOME login sets for its programs (XDG_CURRENT_DESKTOP is in the session's env).
DESKTOP = {"QT_QPA_PLATFORM": "wayland"}


def start_app(
    session: GnomeSession, home: Path, config: str = "", *, first_run: bool = False
) -> DesktopApp:
    """The real app in ``session`` (see :func:`tests.helpers.desktop_app.start_app`)."""
    return start_desktop_app(session, DESKTOP, home, config, first_run=first_run)
