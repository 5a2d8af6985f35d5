"""Done-means: a tray host that appears 5 s after the app gets the icon.

At login the panel and the app start together and the panel often loses the
race. The real app on Xvfb with no tray host: it shows its status window;
five seconds later trayer (an XEmbed tray host) starts, and the app must put
its icon in it and put the window away, without a restart. Then the tray
goes again and the window comes back. About 20 s of real time.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable

import pytest

from tests.app_process import quit_app, start_and_wait

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]


def visible_windows(env: dict[str, str], pid: int) -> list[str]:
    """The app's status window if it is on screen: titled exactly "microbreak"
    (xdotool's --name also matches other fields) and larger than the tray icon,
    which has the same title."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "microbreak"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    shown = []
    for window in found.stdout.split():
        name = _xdotool(env, "getwindowname", window).strip()
        size = re.search(r"Geometry: (\d+)x(\d+)", _xdotool(env, "getwindowgeometry", window))
        if name == "microbreak" and size and int(size.group(1)) > 64:
            shown.append(window)
    return shown


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, check=False
    ).stdout


def tray_icons(env: dict[str, str]) -> int:
    """How many windows trayer has embedded (its panel's children with a size)."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=True
    ).stdout
    panel = re.search(r'^(\s*)0x[0-9a-f]+ "panel".*$', tree, re.MULTILINE)
    if panel is None:
        return 0
    indent = len(panel.group(1))
    count = 0
    for line in tree[panel.end() :].splitlines()[1:]:
        depth = len(line) - len(line.lstrip())
        if line.strip() and depth <= indent:
            break
        if re.search(r"\b[1-9]\d*x[1-9]\d*\+", line) and "child" not in line:
            count += 1
    return count


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


def test_a_tray_host_that_starts_after_the_app_gets_the_icon(x_env: dict[str, str]) -> None:
    if not shutil.which("trayer"):
        pytest.fail("needs trayer (apt-get install trayer): see the README's system packages")
    proc = start_and_wait(x_env, "[schedule]\nsmart_timing = false\n")
    trayer: subprocess.Popen[str] | None = None
    try:
        status_windows = visible_windows(x_env, proc.pid)
        assert status_windows, "no tray: the status window is the app's handle"
        assert tray_icons(x_env) == 0
        time.sleep(5)  # the panel is late
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
            env=x_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        # The app looks again at 1, 3, 7, 15 s after its start, then less often.
        wait_for(lambda: tray_icons(x_env) >= 1, 20, "the icon in the late tray")
        wait_for(lambda: not visible_windows(x_env, proc.pid), 10, "the window put away")
        # The tray goes away: the window is the handle again.
        trayer.terminate()
        trayer.wait(timeout=10)
        trayer = None
        wait_for(lambda: bool(visible_windows(x_env, proc.pid)), 20, "the window back")
        assert proc.poll() is None
    finally:
        if trayer is not None:
            trayer.terminate()
            trayer.wait(timeout=10)
        quit_app(x_env, proc)
