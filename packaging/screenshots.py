"""Take the README's screenshots from the real app on a virtual X server.

    uv run python packaging/screenshots.py                    # the app from this checkout
    uv run python packaging/screenshots.py --app dist/microbreak/microbreak   # the frozen one

Starts Xvfb, a D-Bus session and trayer (a system tray host), runs microbreak
with a throw-away HOME (so your own settings are never read or changed) and a
month of simulated breaks in its history, drives it with its own commands
(`microbreak break-now`, ...), its tray menu and xdotool, and saves into
docs/screenshots/, each once light and once dark (``NAME-dark.png``: the
desktop's dark style, told to Qt through the appearance portal as GNOME and
KDE do, see packaging/tools/appearance_portal.py):

    tray-menu.png     the tray icon's menu
    heads-up.png      the heads-up shortly before a break (the in-app window:
                      this desktop has no notification service)
    break-window.png  the break window in the middle of an exercise
    settings.png      the settings window
    statistics.png    the statistics window after a month of breaks

Needs (Debian/Ubuntu): xvfb trayer xdotool x11-utils imagemagick dbus
python3-gi. Look at every picture before committing it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the app and the tests' history simulator
from microbreak.core.clock import FakeClock  # noqa: E402
from microbreak.infra.history import HistoryStore  # noqa: E402
from microbreak.infra.paths import AppPaths  # noqa: E402
from microbreak.infra.system_clock import SystemClock  # noqa: E402
from tests.history_data import simulate_month  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SCREEN = (1280, 800)
DESKTOP_COLOUR = "#5e6e7e"
MARGIN = 16  # desktop shown around a window
TOOLS = ("Xvfb", "trayer", "xdotool", "import", "convert", "dbus-daemon", "/usr/bin/python3")
PORTAL = ROOT / "packaging" / "tools" / "appearance_portal.py"

# The defaults, as a new user has them.
CONFIG = """\
[schedule]
interval_minutes = 45
heads_up_seconds = 30
snooze_minutes = 5
# A fixed interval, so the heads-up comes when this script expects it.
smart_timing = false
"""
# For the heads-up picture: a break every minute brings it 30 s after start.
HEADS_UP_CONFIG = CONFIG.replace("interval_minutes = 45", "interval_minutes = 1")


def log(message: str) -> None:
    print(message, flush=True)


def wait_for(what: str, check: Callable[[], object], timeout: float = 20.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise TimeoutError(f"timed out waiting for {what}")


class Desktop:
    """A virtual X screen with a tray host, and the app running on it."""

    def __init__(self, env: dict[str, str], app: Sequence[str], suffix: str = "") -> None:
        self.env = env
        self.app = list(app)
        self.suffix = suffix  # "-dark" for the dark pictures
        self.proc: subprocess.Popen[str] | None = None

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=30, check=check
        )

    def microbreak(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(*self.app, *args, check=False)

    def status(self) -> dict[str, object]:
        # Someone is at the desk: with no input the app sees the person as
        # away after 30 s and (rightly) holds the heads-up.
        subprocess.run(["xdotool", "mousemove_relative", "--", "1", "0"], env=self.env, check=False)
        result = self.microbreak("status", "--json")
        return json.loads(result.stdout) if result.returncode == 0 else {}

    # -- windows -----------------------------------------------------------

    def windows(self, pid: int | None = None, name: str | None = None) -> list[str]:
        # --all: xdotool otherwise matches a window that meets *any* condition.
        args = ["xdotool", "search", "--all", "--onlyvisible"]
        if pid is not None:
            args += ["--pid", str(pid)]
        args += ["--name", name or ".*"]
        return self.run(*args, check=False).stdout.split()

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        out = self.run("xdotool", "getwindowgeometry", "--shell", window).stdout
        values = dict(line.split("=", 1) for line in out.split())
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def app_windows(self) -> set[str]:
        assert self.proc is not None
        return set(self.windows(self.proc.pid))

    def new_window(self, before: set[str], timeout: float = 10.0) -> str:
        found = wait_for("a new window", lambda: sorted(self.app_windows() - before), timeout)
        assert isinstance(found, list)
        return str(found[-1])

    # -- pictures ------------------------------------------------------------

    def shoot(self, name: str, boxes: Sequence[tuple[int, int, int, int]]) -> Path:
        """Save the part of the screen that holds ``boxes`` (plus a margin)."""
        left = max(0, min(x for x, _, _, _ in boxes) - MARGIN)
        top = max(0, min(y for _, y, _, _ in boxes) - MARGIN)
        right = min(SCREEN[0], max(x + w for x, _, w, _ in boxes) + MARGIN)
        bottom = min(SCREEN[1], max(y + h for _, y, _, h in boxes) + MARGIN)
        path = OUT / f"{name}{self.suffix}.png"
        self.run(
            "import",
            "-window",
            "root",
            "-crop",
            f"{right - left}x{bottom - top}+{left}+{top}",
            "+repage",
            "-strip",  # no timestamps: an unchanged picture stays byte-identical
            str(path),
        )
        log(f"saved {path.relative_to(ROOT)} ({right - left}x{bottom - top})")
        return path

    def tray_icon(self) -> tuple[int, int, int, int]:
        trayers = (
            self.windows(name="panel")
            or self.run(
                "xdotool", "search", "--onlyvisible", "--class", "trayer", check=False
            ).stdout.split()
        )
        if not trayers:
            raise RuntimeError("trayer's panel is not on screen")
        return self.geometry(trayers[0])


@contextmanager
def virtual_desktop(home: Path, *, dark: bool = False) -> Iterator[dict[str, str]]:
    """Xvfb + D-Bus session + trayer (+ a dark appearance); yields the environment."""
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            "1",
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    children: list[subprocess.Popen[str]] = [xvfb]
    dbus_pid: int | None = None
    try:
        assert xvfb.stdout is not None
        display = f":{xvfb.stdout.readline().strip()}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_", "QT_"))}
        env.update(
            DISPLAY=display,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "run"),
            QT_QPA_PLATFORM="xcb",
            LANG="C.UTF-8",
        )
        (home / "run").mkdir(mode=0o700, exist_ok=True)
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"], dbus_pid = out[0], int(out[1])
        if dark:
            portal = subprocess.Popen(
                ["/usr/bin/python3", str(PORTAL), "1"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            children.append(portal)
            assert portal.stdout is not None
            assert portal.stdout.readline().strip() == "ready", "the appearance portal"
            env["QT_QPA_PLATFORMTHEME"] = "xdgdesktopportal"
        background = home / "bg.png"
        subprocess.run(["convert", "-size", "8x8", f"xc:{DESKTOP_COLOUR}", background], check=True)
        subprocess.run(["display", "-window", "root", background], env=env, check=False)
        trayer = subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "30",
                "--SetDockType",
                "true",
                "--transparent",
                "false",
                "--tint",
                "0x2e3440",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        children.append(trayer)
        time.sleep(1.0)
        yield env
    finally:
        for child in reversed(children):
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
        if dbus_pid is not None:
            with suppress(ProcessLookupError):
                os.kill(dbus_pid, signal.SIGTERM)


# -- the pictures ------------------------------------------------------------


def tray_menu(desk: Desktop) -> None:
    tray = desk.tray_icon()
    before = desk.app_windows()
    x, y, _w, h = tray
    # Clicked at the icon's bottom-left corner, the menu (flipped left at the
    # screen's edge) opens below and beside the icon and leaves it in view.
    desk.run("xdotool", "mousemove", str(x + 1), str(y + h - 2), "click", "3")
    menu = desk.new_window(before)
    time.sleep(0.5)
    desk.shoot("tray-menu", [tray, desk.geometry(menu)])
    desk.run("xdotool", "key", "Escape")
    time.sleep(0.5)


def heads_up(desk: Desktop) -> None:
    log("waiting for the heads-up (30 s after start)...")
    before = desk.app_windows()
    wait_for("the heads-up", lambda: desk.status().get("state") == "heads_up", timeout=60)
    popup = desk.new_window(before)
    time.sleep(1.0)
    # The window alone: it sits in the screen's corner, away from the tray.
    desk.shoot("heads-up", [desk.geometry(popup)])


def break_window(desk: Desktop) -> None:
    assert desk.proc is not None
    result = desk.microbreak("break-now")
    if result.returncode != 0:
        raise RuntimeError(f"break-now failed: {result.stderr}")
    window = wait_for(
        "the break window",
        lambda: desk.windows(desk.proc.pid, "^Time for a break$") if desk.proc else [],
    )
    assert isinstance(window, list)
    # Past "Get ready" (4 s), into the first repetition's move (4 s), the ring
    # part-way down and the second pose showing.
    time.sleep(5.8)
    desk.shoot("break-window", [desk.geometry(window[0])])
    desk.microbreak("skip")
    time.sleep(0.5)


def _open_from_command(desk: Desktop, commands: Sequence[str]) -> bool:
    """Open a window through a control command, if this version has one."""
    help_text = desk.microbreak("--help").stdout
    for command in commands:
        if re.search(rf"^\s+{command}\s", help_text, re.MULTILINE):
            return desk.microbreak(command).returncode == 0
    return False


def _from_tray_menu(desk: Desktop, ups: int) -> bool:
    """Choose a tray menu item by its place from the bottom (Quit is one Up)."""
    x, y, w, h = desk.tray_icon()
    desk.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
    time.sleep(0.8)
    desk.run("xdotool", "key", *(["Up"] * ups), "Return")
    return True


# From the bottom of the tray menu: Quit, About, Settings…, Statistics….
SETTINGS_UPS = 3
STATISTICS_UPS = 4


def seed_history(home: Path) -> None:
    """A month of breaks, ending yesterday, so the statistics have something to show."""
    # Where the app finds it under this HOME (XDG_DATA_HOME is home/.local/share).
    data = home / ".local" / "share" / "microbreak"
    paths = AppPaths(home / ".config" / "microbreak", data, data, data, home / "run")
    first = SystemClock().now().date() - timedelta(days=30)
    start = datetime.combine(first, datetime.min.time()).astimezone()
    store = HistoryStore.open(paths.history_db, FakeClock(start))
    simulate_month(store, first)
    store.close()


def extra_window(desk: Desktop, name: str, title: str, opener: Callable[[Desktop], bool]) -> None:
    assert desk.proc is not None
    before = desk.app_windows()
    if not opener(desk):
        log(f"{name}: skipped (this version has no way to open a {name} window yet)")
        return
    try:
        wait_for(
            f"the {name} window",
            lambda: desk.windows(desk.proc.pid, title) if desk.proc else [],
            timeout=30,  # a first open builds the window (slow on a busy machine)
        )
    except TimeoutError:
        desk.run("xdotool", "key", "Escape")
        log(f"{name}: skipped (no window titled like {title!r} appeared)")
        return
    window = desk.windows(desk.proc.pid, title)[0]
    time.sleep(1.0)
    desk.shoot(name, [desk.geometry(window)])
    desk.run("xdotool", "windowclose", window, check=False)
    del before


# -- main --------------------------------------------------------------------


@contextmanager
def running(desk: Desktop) -> Iterator[None]:
    """The app, started fresh (it reads its config at start), and quit afterwards."""
    desk.proc = subprocess.Popen(
        desk.app,
        env=desk.env,
        cwd=desk.env["HOME"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for("the app's control socket", desk.status, timeout=30)
        wait_for("the tray icon", desk.app_windows, timeout=10)
        time.sleep(1.0)
        yield
    finally:
        desk.microbreak("quit")
        try:
            output, _ = desk.proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            desk.proc.kill()
            output, _ = desk.proc.communicate()
        # Opening the config file needs a desktop's file opener; Xvfb has none.
        lines = [line for line in output.splitlines() if "Unable to detect a launcher" not in line]
        if lines:
            log("the app said:\n" + "\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--app",
        help="the microbreak command to run (default: this checkout's, via this Python)",
    )
    args = parser.parse_args(argv)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(
            f"missing: {', '.join(missing)} (apt-get install xvfb trayer xdotool x11-utils "
            "imagemagick dbus python3-gi)",
            file=sys.stderr,
        )
        return 2
    app = [str(Path(args.app).resolve())] if args.app else [sys.executable, "-m", "microbreak"]
    OUT.mkdir(parents=True, exist_ok=True)
    for dark in (False, True):
        with tempfile.TemporaryDirectory(prefix="microbreak-shots-") as tmp:
            home = Path(tmp)
            shoot_all(home, app, dark=dark)
    return 0


def shoot_all(home: Path, app: Sequence[str], *, dark: bool) -> None:
    config = home / ".config" / "microbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    # The first-run health notice has its own screenshot; keep it out of these.
    state = home / ".local" / "state" / "microbreak" / "state.json"
    state.parent.mkdir(parents=True)
    state.write_text('{"health_notice_seen": true}')
    (home / "run").mkdir(mode=0o700)
    with virtual_desktop(home, dark=dark) as env:
        desk = Desktop(env, app, "-dark" if dark else "")
        seed_history(home)
        config.write_text(CONFIG)
        with running(desk):
            tray_menu(desk)
            break_window(desk)
            extra_window(
                desk, "settings", "[Ss]ettings", lambda d: _from_tray_menu(d, SETTINGS_UPS)
            )
            extra_window(
                desk, "statistics", "[Ss]tatistics", lambda d: _from_tray_menu(d, STATISTICS_UPS)
            )
        config.write_text(HEADS_UP_CONFIG)
        with running(desk):
            heads_up(desk)


if __name__ == "__main__":
    sys.exit(main())
