"""What a person on KDE Plasma meets: the real app in a real headless KWin 5.27.

One KWin for the module, a fresh app with its own HOME for each test
(tests/helpers/kwin.py). KWin runs without plasmashell, so there is no panel
and no notification service: the app must show its status window and its
own heads-up window. Key presses go through KWin's own input path (its
fake-input protocol), so KWin's idle timer sees them as a person's; idle
time reaches the app through swayidle and the idle protocol KWin implements;
a full-screen window is seen through KWin's scripting
(platform/busy_kwin.py). Screenshots go to test-artifacts/kwin-*.png.

About three and a half minutes of real time, most of it the idle threshold,
the heads-up of a one-minute interval and a break held back by a full-screen
window, which the tests poll for.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from microbreak.ui.break_keys import KEY_GRACE
from tests.helpers.desktop_app import (
    DUE_IN_A_MINUTE,
    EDITOR,
    FAST_BREAKS,
    IDLE_WAIT_S,
    PRESENTATION,
    QUIET,
    DesktopApp,
    wait_for,
)
from tests.helpers.kwin import HEIGHT, WIDTH, KWinSession, Window, kwin_session, start_app

pytestmark = [pytest.mark.slow]

STATUS_TITLE = "microbreak"
BREAK_TITLE = "Time for a break"


@pytest.fixture(scope="module")
def kwin() -> Iterator[KWinSession]:
    with kwin_session() as session:
        yield session


@pytest.fixture
def started(kwin: KWinSession) -> Iterator[list[DesktopApp]]:
    """Apps the test starts; each is asked to quit at its end."""
    apps: list[DesktopApp] = []
    yield apps
    for app in apps:
        app.quit()


def start(started: list[DesktopApp], kwin: KWinSession, home: Path, config: str) -> DesktopApp:
    app = start_app(kwin, home, config)
    started.append(app)
    return app


def shown(app: DesktopApp, title: str) -> Window | None:
    return next((w for w in app.windows() if w.name.startswith(title)), None)


def centred(rect: dict[str, int]) -> bool:
    """Whether a window sits in the middle of the 1600x1000 output (KWin's placement)."""
    middle_x, middle_y = rect["x"] + rect["width"] / 2, rect["y"] + rect["height"] / 2
    return abs(middle_x - WIDTH / 2) < WIDTH / 8 and abs(middle_y - HEIGHT / 2) < HEIGHT / 8


def whole_on_screen(rect: dict[str, int]) -> bool:
    return (
        rect["x"] >= 0
        and rect["y"] >= 0
        and rect["x"] + rect["width"] <= WIDTH
        and rect["y"] + rect["height"] <= HEIGHT
    )


def test_without_a_panel_the_status_window_is_the_handle(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path, artifacts_dir: Path
) -> None:
    app = start(started, kwin, tmp_path, QUIET)
    window = wait_for(lambda: shown(app, STATUS_TITLE), 15, "the status window")
    assert centred(window.rect), window.rect
    assert window.rect["width"] < 700, "a small window, not a maximised one"
    status = app.status()
    assert status["state"] == "working"
    # No screen locker in this session: the idle protocol KWin implements.
    assert status["idle_source"] == "wlroots-swayidle"
    kwin.screenshot(artifacts_dir / "kwin-status-window.png")


def test_the_heads_up_shows_in_the_apps_own_window(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path, artifacts_dir: Path
) -> None:
    """No notification service: the heads-up is the app's toast, and typing that
    goes on as it appears presses none of its buttons."""
    app = start(started, kwin, tmp_path, FAST_BREAKS)
    status_window = wait_for(lambda: shown(app, STATUS_TITLE), 15, "the status window")

    def toast() -> Window | None:
        return next((w for w in app.windows() if w.rect != status_window.rect), None)

    # Someone at the keyboard all along: without input the app holds its breaks.
    heads_up = wait_for(toast, 50, "the heads-up window", between=kwin.press)
    assert app.status()["state"] == "heads_up"
    kwin.screenshot(artifacts_dir / "kwin-heads-up.png")
    assert heads_up.rect["width"] < 600, heads_up.rect
    assert heads_up.rect["height"] < 300, heads_up.rect
    for key in ("a", "space", "b", "Return"):
        kwin.press(key)
    assert app.status()["state"] == "heads_up", "typing pressed a button of the heads-up"


def buttons_of(shot: Path, rect: dict[str, int]) -> QImage:
    """The break window's two button rows, from a screenshot."""
    image = QImage(str(shot))
    return image.copy(rect["x"], rect["y"] + rect["height"] - 80, rect["width"], 80)


def open_break(app: DesktopApp) -> tuple[Window, float]:
    """``microbreak break-now``; the break window and when the command returned."""
    result = app.cli("break-now")
    assert result.returncode == 0, result.stderr
    opened = time.monotonic()
    window = wait_for(lambda: shown(app, BREAK_TITLE), 10, "the break window")
    return window, opened


def test_the_break_window_is_on_screen_and_typing_into_it_changes_nothing(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path, artifacts_dir: Path
) -> None:
    app = start(started, kwin, tmp_path, QUIET)
    # On a loaded machine the screenshot before typing can eat most of the two
    # seconds; then the run proves nothing, and the break is tried again.
    for _attempt in range(3):
        window, opened = open_break(app)
        # KWin places it (a Wayland client cannot): beside the status window, not over it.
        assert whole_on_screen(window.rect), window.rect
        assert not window.fullscreen
        # KWin lists the window a moment before its first frame is on screen:
        # the rows as drawn are the ones that stay the same twice running.
        before = buttons_of(kwin.screenshot(tmp_path / "before.png"), window.rect)
        for _ in range(5):
            again = buttons_of(kwin.screenshot(tmp_path / "before.png"), window.rect)
            if again == before:
                break
            before = again
        # Space would pause it, Escape ask to skip, Return press the focused button.
        for key in ("a", "space", "Return", "Escape"):
            kwin.press(key)
        typed_within = time.monotonic() - opened
        if typed_within < KEY_GRACE.total_seconds() - 0.5:
            break
        assert app.cli("skip").returncode == 0  # too late to tell: end it, try again
        wait_for(lambda: app.status()["state"] != "on_break", 10, "the break to end")
    assert typed_within < KEY_GRACE.total_seconds() - 0.5, f"typing took {typed_within:.1f} s"
    assert app.status()["state"] == "on_break"  # a round trip: the keys are in by now
    after = buttons_of(kwin.screenshot(artifacts_dir / "kwin-break-window.png"), window.rect)
    assert shown(app, BREAK_TITLE) is not None
    assert before == after, "typing during the first two seconds changed the break window"


@pytest.mark.xfail(
    strict=True,
    reason="issue 16: KWin activates every new normal window (focus stealing "
    "prevention 'low', its default); a Wayland client has no request to decline "
    "focus, so the person's typing goes to the break window (where the first two "
    "seconds of keys are dropped) instead of their editor",
)
def test_the_break_window_leaves_the_keyboard_with_the_persons_window(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path
) -> None:
    app = start(started, kwin, tmp_path, QUIET)
    editor = subprocess.Popen([sys.executable, "-c", EDITOR], env=app.env)
    try:
        wait_for(lambda: any(w.active for w in kwin.windows(editor.pid)), 20, "the editor's focus")
        window, _ = open_break(app)
        assert not window.active
        assert any(w.active for w in kwin.windows(editor.pid))
    finally:
        editor.terminate()
        editor.wait(timeout=10)


def test_idle_time_is_seen_and_a_key_press_ends_it(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path
) -> None:
    app = start(started, kwin, tmp_path, QUIET)
    kwin.press()
    assert app.status()["pause_reasons"] == []
    wait_for(
        lambda: app.status()["pause_reasons"] == ["idle"], IDLE_WAIT_S, "the app to see no input"
    )
    kwin.press()  # back at the keyboard
    wait_for(lambda: app.status()["pause_reasons"] == [], 20, "the app to see the key press")


def test_a_full_screen_window_holds_the_break_back(
    kwin: KWinSession, started: list[DesktopApp], tmp_path: Path, artifacts_dir: Path
) -> None:
    app = start(started, kwin, tmp_path, DUE_IN_A_MINUTE)
    slide = subprocess.Popen([sys.executable, "-c", PRESENTATION], env=app.env)
    try:
        wait_for(lambda: kwin.windows(slide.pid), 20, "the presentation's window")
        kwin.set_fullscreen(slide.pid, True)
        assert [w.fullscreen for w in kwin.windows(slide.pid)] == [True]
        # Someone at the keyboard all along (else the app holds its breaks for idleness).
        status = wait_for(
            lambda: (s := app.status())["deferred"] and s,
            75,
            "the break to wait",
            between=kwin.press,
        )
        assert status["pause_reasons"] == ["fullscreen"]
        assert shown(app, BREAK_TITLE) is None
        kwin.screenshot(artifacts_dir / "kwin-fullscreen-deferred.png")
        kwin.set_fullscreen(slide.pid, False)
        # The app asks every 30 s while a break waits.
        wait_for(lambda: shown(app, BREAK_TITLE), 45, "the break", between=kwin.press)
        assert app.status()["state"] == "on_break"
        kwin.screenshot(artifacts_dir / "kwin-fullscreen-ended.png")
    finally:
        slide.terminate()
        slide.wait(timeout=10)
