"""Can Qt open a window on this session's display? For ``--self-check``.

The rest of the self-check runs offscreen, which needs no display and so
cannot see the commonest install failure: Qt's xcb plugin needs system
libraries a minimal system lacks (``libxcb-cursor.so.0`` above all), and
without them the real app aborts at start ("Could not load the Qt platform
plugin xcb", exit 134). So the platform the session would use is started for
real in a child process (``microbreak --probe-display``), and when it fails,
the plugin's missing libraries are named with the package that provides them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# The libraries Qt 6's xcb and wayland plugins need that minimal systems lack,
# and their Debian/Ubuntu packages (the README's list).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
PROBE_FLAG = "--probe-display"


@dataclass(frozen=True)
class DisplayResult:
    ok: bool
    text: str


def session_platform(env: Mapping[str, str]) -> str | None:
    """The Qt platform this session's app would use (None: no display here)."""
    forced = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    # Where the forced platform needs a display the session lacks (a login over
    # SSH, a package's install script), there is nothing to try.
    needs = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}
    if forced and forced != "offscreen":
        missing = forced in needs and not env.get(needs[forced])
        return None if missing else forced
    if sys.platform != "linux":
        return None  # Windows and macOS have one platform plugin, always there
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return None


def missing_libraries(plugin: Path, ldd: Callable[[Path], str] | None = None) -> list[str]:
    """Shared libraries the plugin needs that cannot be found ("not found" in ldd)."""
    text = (ldd or _ldd)(plugin)
    return sorted(set(re.findall(r"^\s*(\S+) => not found", text, re.MULTILINE)))


def _ldd(path: Path) -> str:
    tool = shutil.which("ldd")
    if tool is None:
        return ""
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    return result.stdout


def advice(missing: Sequence[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})
    text = f"missing {', '.join(missing)}"
    if packages:
        text += f"; on Debian or Ubuntu: sudo apt install {' '.join(packages)}"
    return text


def probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_FLAG]
    return [sys.executable, "-m", "microbreak", PROBE_FLAG]


def check_display(
    env: Mapping[str, str],
    plugin_dirs: Sequence[Path],
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
    ldd: Callable[[Path], str] | None = None,
) -> DisplayResult | None:
    """Start the session's platform for real; None when there is no display to try."""
    platform = session_platform(env)
    if platform is None:
        return None
    child_env = dict(env, QT_QPA_PLATFORM=platform)
    try:
        result = run(
            probe_command(), env=child_env, capture_output=True, text=True, timeout=30, check=False
        )
    except subprocess.TimeoutExpired:
        return DisplayResult(False, f"Qt platform {platform}: no answer from the display in 30 s")
    if result.returncode == 0:
        return DisplayResult(True, f"Qt platform {platform}: opens on this display")
    plugin_file = PLUGIN_FILES.get(platform)
    plugins = [d / "platforms" / plugin_file for d in plugin_dirs] if plugin_file else []
    for plugin in (p for p in plugins if p.is_file()):
        if missing := missing_libraries(plugin, ldd):
            return DisplayResult(False, f"Qt platform {platform} cannot load: {advice(missing)}")
    said = [line for line in result.stderr.splitlines() if line.strip()]
    why = said[-1] if said else f"exit code {result.returncode}"
    return DisplayResult(False, f"Qt platform {platform} cannot start here: {why}")


def probe_main() -> int:
    """In the child: start a GUI application on the session's display, then leave."""
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    app = QGuiApplication([sys.argv[0]])
    print(app.platformName(), flush=True)
    # The platform plugin's own clean-up can block on a dead display: skip it.
    os._exit(0)
