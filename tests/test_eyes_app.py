"""An eye break through the whole app, offscreen on a fake clock: no heads-up,
its own title, the eye exercise, its own kind in the history; and turning eye
breaks on in the settings arms the wake-up for one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.records import BreakKind
from microbreak.core.settings import EyeSettings
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.wakeup import FakeTimer, fire


def test_an_eye_break_shows_the_eye_exercise_under_its_own_title(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[eyes]\nenabled = true\nevery_minutes = 20\n")
    app = make_app(qtbot, clock, paths)
    fire(app, clock)
    assert clock.now() == MONDAY_9AM + timedelta(minutes=20)
    assert not app.windows.toast.isVisible(), "an eye break comes without a heads-up"
    assert app.engine.state is State.ON_BREAK
    window = app.windows.break_window
    assert window.isVisible()
    assert window.windowTitle() == "Rest your eyes"
    assert window.title_label.text() == "Look far away"
    window.skip()
    assert app.engine.state is State.WORKING
    (record,) = app.history.breaks()
    assert record.kind is BreakKind.EYE
    # The break that follows is titled as ever, and still due at 9:45.
    assert app.engine.status().next_break_at == MONDAY_9AM + timedelta(minutes=45)
    window.start([app.catalog.exercises["shoulder-rolls"]])
    assert window.windowTitle() == "Time for a break"


def test_turning_eye_breaks_on_arms_the_wake_up(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    timer = app.timer
    assert isinstance(timer, FakeTimer)
    assert timer.armed is not None
    assert timer.armed > MONDAY_9AM + timedelta(minutes=40), "off by default"
    clock.advance(timedelta(minutes=5))
    on = replace(app.settings, eyes=EyeSettings(enabled=True, every_minutes=10))
    app.settings_applier.apply(on)
    assert timer.armed == MONDAY_9AM + timedelta(minutes=10)


def test_an_eye_break_done_ends_without_the_day_s_goal_line(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    """Eye breaks count toward no goal: "Today: 0 of 6 breaks taken" under the
    "Well done!" of an eye break would read as if it had not counted. A break
    after it shows the line again."""
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[eyes]\nenabled = true\nevery_minutes = 20\n")
    app = make_app(qtbot, clock, paths)
    fire(app, clock)
    window = app.windows.break_window
    assert window.windowTitle() == "Rest your eyes"
    while app.engine.state is State.ON_BREAK:
        clock.advance(0.5)
        window.tick()
    assert window.on_end_screen()
    assert window.progress_label.text() == ""
    app.intents.break_now.emit()
    while app.engine.state is State.ON_BREAK:
        clock.advance(0.5)
        window.tick()
    assert window.on_end_screen()
    assert window.progress_label.text().startswith("Today: 1 of ")


def test_the_eye_rotation_is_saved_so_a_restart_continues_it(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[eyes]\nenabled = true\nevery_minutes = 20\n")
    app = make_app(qtbot, clock, paths)
    first = app.engine.eyes.peek()
    fire(app, clock)
    assert app.windows.break_window.windowTitle() == "Rest your eyes"
    app.windows.break_window.skip()
    after = app.engine.eyes.peek()
    assert after != first
    again = make_app(qtbot, clock, paths, start=False)
    assert again.engine.eyes.peek() == after
