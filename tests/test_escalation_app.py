"""Gentle escalation in the running app (offscreen): the firmer heads-up is the
app's own window and says why; the break window says why; the day's skips used
up take Skip away; the level survives a restart."""

from __future__ import annotations

import json
from dataclasses import replace

from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.events import SkipNextRequested
from microbreak.core.settings import EscalationSettings
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.platform.heads_up import HeadsUp, OnAction
from tests.helpers.app import make_app
from tests.helpers.wakeup import fire

WHY = "You skipped the last 2 breaks, so this one is a little firmer."


class DesktopNotification:
    """A notification service that can show buttons: the calm heads-up goes here."""

    name = "desktop"

    def __init__(self) -> None:
        self.shown: list[HeadsUp] = []

    def available(self) -> bool:
        return True

    def show_heads_up(self, heads_up: HeadsUp, on_action: OnAction) -> None:
        self.shown.append(heads_up)

    def hide_heads_up(self) -> None:
        pass


def test_the_firmer_heads_up_is_the_window_and_says_why(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    desktop = DesktopNotification()
    app = make_app(qtbot, clock, paths, heads_up_backends=[desktop])
    toast = app.windows.toast
    fire(app, clock)  # the first heads-up: calm, a desktop notification
    assert len(desktop.shown) == 1
    assert not toast.isVisible()
    assert desktop.shown[0].why == ""
    for _ in range(2):  # two skips in a row, as the notification's Skip sends them
        app.dispatch(SkipNextRequested())
        fire(app, clock)
    assert app.engine.status().firmness.level == 1
    # the third heads-up: firmer
    assert len(desktop.shown) == 2, "no desktop notification for a firmer reminder"
    assert toast.isVisible()
    assert toast.why_label.isVisible()
    assert toast.why_label.text() == WHY
    # Three snoozes configured, one fewer offered while firmer (after this one: none left).
    assert toast.snooze_button.isEnabled()
    status_window = app.windows.status_window
    assert status_window is not None
    assert WHY in status_window.toolTip(), "the status (as the tray's tooltip) says why"
    fire(app, clock)  # the break opens
    bw = app.windows.break_window
    assert bw.isVisible()
    assert bw._page.why_label.isVisible()
    assert bw._page.why_label.text() == WHY
    # The level is in state.json for the next start.
    saved = json.loads(paths.state_file.read_text(encoding="utf-8"))
    assert saved["escalation"]["level"] == 1


def test_a_calm_toast_shows_no_why(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> None:
    app = make_app(qtbot, clock, paths)  # no desktop service here: the toast is the heads-up
    fire(app, clock)
    assert app.windows.toast.isVisible()
    assert not app.windows.toast.why_label.isVisible()


def test_with_the_days_skips_used_skip_is_not_offered(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    app.settings_applier.apply(
        replace(app.settings, escalation=EscalationSettings(daily_skips=1)), save=False
    )
    fire(app, clock)
    assert app.windows.toast.skip_button.isEnabled()
    app.windows.toast.skip_button.click()
    assert app.engine.status().skips_left == 0
    fire(app, clock)
    assert app.windows.toast.isVisible()
    assert not app.windows.toast.skip_button.isEnabled()
    assert app.windows.status_window is not None
    assert not app.windows.status_window.menu.skip_action.isEnabled()
    fire(app, clock)  # the break opens, with no Skip
    bw = app.windows.break_window
    assert app.engine.state is State.ON_BREAK
    assert not bw.skip_button.isVisibleTo(bw)


def test_the_level_comes_back_after_a_restart(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.state_file.parent.mkdir(parents=True, exist_ok=True)
    paths.state_file.write_text(json.dumps({"escalation": {"level": 2, "snoozes": 5}}))
    app = make_app(qtbot, clock, paths, heads_up_backends=[DesktopNotification()])
    assert app.engine.status().firmness.level == 2
    fire(app, clock)
    assert app.windows.toast.isVisible(), "still firmer after the restart"
    app.windows.toast.snooze_button.click()  # level 2 leaves one snooze
    fire(app, clock)
    assert not app.windows.toast.snooze_button.isEnabled()
