"""The wired app: tray intents and timer wake-ups through the engine to the windows.

Runs offscreen with a fake clock and a fake wake-up timer, so a whole cycle
(heads-up, break, snooze, pause, resume) takes no real time.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.settings import EscalationSettings
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.ui.intents import PAUSE_CHOICES
from tests.helpers.app import make_app
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.wakeup import fire

MIN = timedelta(minutes=1)


def test_first_start_writes_config_and_shows_the_status_window(
    app: MicrobreakApp, paths: AppPaths
) -> None:
    assert paths.config_file.is_file()
    assert app.windows.status_window is not None
    assert app.windows.status_window.isVisible()
    assert app.windows.status_window.status_label.text() == "Next break in 45 min"
    assert app.windows.status_window.time_label.text() == "at 09:45"


def test_heads_up_then_a_guided_break(
    app: MicrobreakApp, clock: FakeClock, notes: RecordingNotifier
) -> None:
    fire(app, clock)
    assert app.engine.state is State.HEADS_UP
    assert app.windows.toast.title_label.text() == "Microbreak in 30 seconds"
    assert notes.shown == []  # the heads-up goes only where it can be acted on
    assert app.windows.status_window is not None
    assert app.windows.status_window.status_label.text() == "Break in 30 s"
    fire(app, clock)
    assert app.engine.state is State.ON_BREAK
    assert app.windows.break_window.isVisible()
    assert app.windows.break_window.position_label.text() == "Exercise 1 of 3"
    assert app.windows.status_window.status_label.text() == "On a break"
    assert not app.windows.status_window.break_now_button.isEnabled()
    # Walk the routine to its end through the window's own clock ticks.
    player = app.windows.break_window.player
    assert player is not None
    opened = clock.now()
    while app.engine.state is State.ON_BREAK:
        clock.advance(1)
        app.windows.break_window.tick()
        assert clock.now() - opened <= timedelta(seconds=player.total_seconds), "never ended"
    assert clock.now() - opened == timedelta(seconds=player.total_seconds)
    assert app.engine.status().next_break_at == clock.now() + 45 * MIN
    assert "Next break at" in app.windows.break_window.next_break_label.text()


def test_the_break_window_is_made_during_the_heads_up_not_at_start(
    app: MicrobreakApp, clock: FakeClock
) -> None:
    # Idle memory: nothing a break needs is made until one is coming.
    assert app.windows.break_window_made is None
    fire(app, clock)
    assert app.engine.state is State.HEADS_UP
    made = app.windows.break_window_made
    assert made is not None
    assert not made.isVisible()
    fire(app, clock)
    assert app.windows.break_window is made
    assert made.isVisible()


def test_an_unannounced_break_makes_its_window_when_it_opens(
    app: MicrobreakApp, clock: FakeClock
) -> None:
    assert app.windows.break_window_made is None
    app.intents.break_now.emit()
    window = app.windows.break_window_made
    assert window is not None
    assert window.isVisible()
    assert window.position_label.text() == "Exercise 1 of 3"


def test_rotation_is_saved_so_a_restart_continues_it(
    qtbot: QtBot, app: MicrobreakApp, clock: FakeClock, paths: AppPaths
) -> None:
    app.intents.break_now.emit()
    assert app.windows.break_window.title_label.text() == "Shoulder rolls"
    app.windows.break_window.snooze_button.click()  # a snoozed break keeps its exercises
    assert app.engine.planner.peek()[0] == "shoulder-rolls"
    app.intents.break_now.emit()
    app.windows.break_window.skip_button.click()
    again = make_app(qtbot, clock, paths, start=False)
    assert again.engine.planner.peek() == (
        "shoulder-squeeze",
        "upper-back-movement",
        "shoulder-rolls",
    )


def test_snooze_from_the_break_window(app: MicrobreakApp, clock: FakeClock) -> None:
    app.intents.break_now.emit()
    app.windows.break_window.snooze_button.click()
    assert not app.windows.break_window.isVisible()
    assert app.engine.state is State.SNOOZED
    assert app.engine.status().next_break_at == clock.now() + 5 * MIN


def test_skip_from_the_toast_during_the_heads_up(app: MicrobreakApp, clock: FakeClock) -> None:
    fire(app, clock)
    app.windows.toast.notify("Microbreak in 30 seconds", "")
    app.windows.toast.skip_button.click()
    assert not app.windows.toast.isVisible()
    assert app.engine.state is State.WORKING
    assert app.engine.status().next_break_at == clock.now() + 30 * timedelta(seconds=1) + 45 * MIN


def test_every_menu_action_reaches_the_engine(app: MicrobreakApp, clock: FakeClock) -> None:
    assert app.windows.status_window is not None
    menu = app.windows.status_window.menu
    snoozes = menu.snooze_menu.actions()
    assert [a.text() for a in snoozes] == ["5 minutes", "10 minutes", "15 minutes"]
    snoozes[1].trigger()
    assert app.engine.state is State.SNOOZED
    assert app.engine.status().next_break_at == clock.now() + 55 * MIN
    menu.skip_action.trigger()
    assert app.engine.state is State.WORKING

    pauses = menu.pause_menu.actions()
    assert [a.text() for a in pauses] == [text for text, _ in PAUSE_CHOICES]
    pauses[1].trigger()  # 1 hour
    assert app.engine.status().paused_until == clock.now() + 60 * MIN
    assert app.windows.status_window.status_label.text() == "Paused until 10:00"
    assert app.windows.status_window.resume_button.isEnabled()
    assert not app.windows.status_window.snooze_button.isEnabled()
    assert not app.windows.status_window.skip_button.isEnabled()
    pauses[3].trigger()  # until tomorrow
    assert app.engine.status().paused_until == datetime(
        2026, 11, 24, 6, 0, tzinfo=clock.now().tzinfo
    )
    pauses[4].trigger()  # until I resume
    assert app.windows.status_window.status_label.text() == "Paused until you resume"
    assert app.timer.armed is None
    menu.resume_action.trigger()
    assert app.engine.state is State.WORKING
    assert not app.windows.status_window.resume_button.isEnabled()
    menu.break_now_action.trigger()
    assert app.windows.break_window.isVisible()


def test_a_timed_pause_ends_by_itself(app: MicrobreakApp, clock: FakeClock) -> None:
    app.intents.pause.emit("30m")
    assert app.engine.state is State.PAUSED
    fire(app, clock)
    assert app.engine.state is State.WORKING
    assert app.engine.status().next_break_at == clock.now() + 45 * MIN


def test_refusals_are_told_to_the_user(
    app: MicrobreakApp, clock: FakeClock, notes: RecordingNotifier
) -> None:
    app.intents.pause.emit("indefinite")
    app.intents.snooze.emit(5)
    assert notes.shown[-1] == ("microbreak", "Cannot snooze while paused.")


def test_quit_stops_the_timer_hides_everything_and_ends_the_loop(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    exits: list[bool] = []
    a = make_app(qtbot, clock, paths, exit_event_loop=lambda: exits.append(True))
    a.intents.break_now.emit()
    a.intents.quit.emit()
    assert a.timer.shut  # type: ignore[attr-defined]
    assert not a.windows.break_window.isVisible()
    assert exits == [True]


def test_a_broken_config_is_kept_aside_and_the_user_told(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[schedule\n")
    make_app(qtbot, clock, paths, extra_notifiers=[notes])
    kept = list(paths.config_dir.glob("config.toml.broken-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == "[schedule\n"
    assert notes.shown[0][0] == "microbreak: check your settings"
    assert str(kept[0]) in notes.shown[0][1]


def test_the_cadence_comes_from_config_toml(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[schedule]\ninterval_minutes = 30\nheads_up_seconds = 0\n")
    a = make_app(qtbot, clock, paths)
    assert a.timer.armed == clock.now() + 30 * MIN  # type: ignore[attr-defined]


def test_the_heads_up_goes_to_the_window_with_buttons_and_other_messages_to_the_desktop(
    app: MicrobreakApp, clock: FakeClock, notes: RecordingNotifier
) -> None:
    fire(app, clock)
    toast = app.windows.toast
    assert toast.isVisible()
    assert toast.snooze_button.isVisible()
    assert notes.shown == []
    app.intents.pause.emit("1h")  # the heads-up is taken away
    assert not toast.isVisible()
    app.intents.snooze.emit(5)  # refused while paused: a message, not a heads-up
    assert notes.shown == [("microbreak", "Cannot snooze while paused.")]
    assert notes.heads_ups == []


def test_snooze_is_offered_only_while_the_limit_allows(
    app: MicrobreakApp, clock: FakeClock
) -> None:
    assert app.windows.status_window is not None
    assert app.engine.settings.max_snoozes == 3
    # The configured limit alone: gentle escalation would offer fewer after two
    # snoozes in a row (tests/test_escalation_app.py shows that).
    app.settings_applier.apply(
        replace(app.settings, escalation=EscalationSettings(gentle=False)), save=False
    )
    fire(app, clock)  # heads-up
    for _ in range(3):
        assert app.windows.status_window.menu.snooze_menu.isEnabled()
        assert app.windows.toast.snooze_button.isEnabled()
        app.intents.snooze.emit(5)
        fire(app, clock)  # the next heads-up
    assert app.engine.status().snoozes_used == 3
    assert not app.windows.status_window.menu.snooze_menu.isEnabled()
    assert not app.windows.status_window.snooze_button.isEnabled()
    assert not app.windows.toast.snooze_button.isEnabled()
    fire(app, clock)  # the break opens
    assert app.windows.break_window.isVisible()
    assert not app.windows.break_window.snooze_button.isEnabled()
    app.windows.break_window.skip()
    assert app.engine.state is State.WORKING
    assert app.windows.status_window.menu.snooze_menu.isEnabled()  # a new break, new snoozes
