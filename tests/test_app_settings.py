"""Settings from the dialog apply live: the armed timer moves, the next break
uses the new exercises, the file is saved, custom exercises reload."""

from __future__ import annotations

import tomllib
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.effects import ShowBreak
from microbreak.core.events import BreakNowRequested
from microbreak.core.state import State
from microbreak.infra.atomic import write_atomic
from microbreak.infra.paths import AppPaths
from microbreak.ui.settings_dialog import SettingsDialog
from tests.helpers.app import FakeAutostart, make_app
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.settings_dialog import dialog_of
from tests.helpers.wakeup import FakeTimer, fire

MIN = timedelta(minutes=1)


def set_interval(dialog: SettingsDialog, minutes: int) -> None:
    spin = dialog.controls[("schedule", "interval_minutes")]
    assert isinstance(spin, QSpinBox)
    spin.setValue(minutes)


def test_changing_the_interval_in_the_dialog_moves_the_armed_timer(
    qtbot: QtBot,
    app: MicrobreakApp,
    paths: AppPaths,
) -> None:
    timer = app.timer
    assert isinstance(timer, FakeTimer)
    assert timer.armed == MONDAY_9AM + 45 * MIN - timedelta(seconds=30)
    dialog = dialog_of(qtbot, app)
    set_interval(dialog, 20)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert timer.armed == MONDAY_9AM + 20 * MIN - timedelta(seconds=30)
    assert app.engine.settings.interval_minutes == 20
    saved = tomllib.loads(paths.config_file.read_text())
    assert saved["schedule"]["interval_minutes"] == 20
    assert "# Minutes of work between breaks" in paths.config_file.read_text()


def test_changing_the_selection_makes_the_next_break_use_it(
    qtbot: QtBot,
    app: MicrobreakApp,
) -> None:
    dialog = dialog_of(qtbot, app)
    page = dialog.exercises_page
    for item in page.items():
        item.setCheckState(Qt.CheckState.Unchecked)
    page.item_for("wall-lean").setCheckState(Qt.CheckState.Checked)
    page.item_for("neck-side-stretch").setCheckState(Qt.CheckState.Checked)
    page.per_break_spin.setValue(0)  # all
    assert dialog.apply()
    effects = app.dispatch(BreakNowRequested())
    shown = [e for e in effects if isinstance(e, ShowBreak)]
    assert [set(e.exercise_ids) for e in shown] == [{"wall-lean", "neck-side-stretch"}]
    assert app.windows.break_window.position_label.text() == "Exercise 1 of 2"


def test_a_change_while_the_break_is_announced_keeps_the_schedule_consistent(
    qtbot: QtBot,
    app: MicrobreakApp,
    clock: FakeClock,
) -> None:
    fire(app, clock)
    assert app.engine.state is State.HEADS_UP
    due = app.engine.status().next_break_at
    dialog = dialog_of(qtbot, app)
    set_interval(dialog, 60)
    assert dialog.apply()
    # The announced break keeps its time...
    assert app.engine.state is State.HEADS_UP
    assert app.engine.status().next_break_at == due
    fire(app, clock)
    assert app.engine.state is State.ON_BREAK
    app.windows.break_window.skip()
    # ...and the next one follows the new interval.
    assert app.engine.status().next_break_at == clock.now() + 60 * MIN


def test_no_heads_up_notification_when_turned_off(
    qtbot: QtBot,
    app: MicrobreakApp,
    clock: FakeClock,
    notes: RecordingNotifier,
) -> None:
    dialog = dialog_of(qtbot, app)
    dialog.controls[("notifications", "heads_up")].setProperty("checked", False)
    assert dialog.apply()
    before = list(notes.shown)
    fire(app, clock)
    assert app.engine.state is State.HEADS_UP
    assert notes.shown == before


def test_custom_exercises_appear_after_a_reload_and_a_broken_one_is_listed(
    qtbot: QtBot,
    app: MicrobreakApp,
    paths: AppPaths,
) -> None:
    dialog = dialog_of(qtbot, app)
    folder = paths.user_exercises_dir
    folder.mkdir(parents=True)
    source = (
        "id = 'my-stretch'\nname = 'My stretch'\nsummary = 'Mine.'\nposture = 'seated'\n"
        "body_area = 'neck'\nrepetitions = 2\npictures = ['shoulder-rolls-start.svg']\n"
        "source = 'me'\n[[steps]]\ntext = 'Stretch.'\nseconds = 3\n"
    )
    (folder / "my-stretch.toml").write_text(source)
    (folder / "broken.toml").write_text("id = 'broken'\nrepetitions = 'many'\n")
    qtbot.mouseClick(dialog.exercises_page.reload_button, Qt.MouseButton.LeftButton)
    assert "my-stretch" in app.catalog.exercises
    assert dialog.exercises_page.item_for("my-stretch").text().startswith("My stretch")
    assert "broken.toml" in dialog.exercises_page.errors_label.text()
    dialog.exercises_page.item_for("my-stretch").setCheckState(Qt.CheckState.Checked)
    assert dialog.apply()
    assert "my-stretch" in app.engine.planner.exercise_ids


def test_a_hand_broken_config_is_kept_aside_and_the_app_still_starts(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    notes: RecordingNotifier,
) -> None:

    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[schedule]\ninterval_minutes = = 30\n")
    a = make_app(qtbot, clock, paths, extra_notifiers=[notes])
    asides = list(paths.config_dir.glob("config.toml.broken-*"))
    assert len(asides) == 1
    assert asides[0].read_text() == "[schedule]\ninterval_minutes = = 30\n"
    assert any(str(asides[0]) in body for _title, body in notes.shown)
    assert a.engine.settings.interval_minutes == 45


def test_the_general_page_turns_autostart_on_and_off(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier
) -> None:
    fake = FakeAutostart()
    app = make_app(qtbot, clock, paths, extra_notifiers=[notes], autostart=fake)
    dialog = dialog_of(qtbot, app)
    box = dialog.controls[("startup", "autostart")]
    box.setProperty("checked", True)
    assert dialog.apply()
    assert fake.on
    box.setProperty("checked", False)
    assert dialog.apply()
    assert not fake.on


def test_a_login_item_that_cannot_be_written_is_explained(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier
) -> None:
    app = make_app(qtbot, clock, paths, extra_notifiers=[notes], autostart=FakeAutostart(fail=True))
    dialog = dialog_of(qtbot, app)
    dialog.controls[("startup", "autostart")].setProperty("checked", True)
    assert dialog.apply()
    assert notes.shown[-1] == (
        "microbreak: start at login",
        "Cannot write the login item: permission denied",
    )


@pytest.mark.parametrize("wanted", [True, False])
def test_autostart_set_while_the_app_was_closed_is_applied_at_start(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, wanted: bool
) -> None:
    # import-settings or a hand edit while microbreak was not running.
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text(f"[startup]\nautostart = {str(wanted).lower()}\n")
    fake = FakeAutostart(on=not wanted)
    make_app(qtbot, clock, paths, autostart=fake)
    assert fake.on is wanted
    assert fake.calls == [wanted]
    # Already in step: nothing is written at the next start.
    again = FakeAutostart(on=wanted)
    make_app(qtbot, clock, paths, autostart=again)
    assert again.calls == []


def test_strict_mode_snooze_length_and_sound_apply_to_the_break_window(
    qtbot: QtBot,
    app: MicrobreakApp,
) -> None:
    dialog = dialog_of(qtbot, app)
    dialog.controls[("schedule", "strict")].setProperty("checked", True)
    snooze = dialog.controls[("schedule", "snooze_minutes")]
    assert isinstance(snooze, QSpinBox)
    snooze.setValue(12)
    dialog.controls[("sound", "enabled")].setProperty("checked", False)
    assert dialog.apply()
    app.dispatch(BreakNowRequested())
    assert app.windows.break_window.snooze_button.text() == "&Snooze 12 min"
    assert not app.windows.break_window.skip_button.isVisible()
    from microbreak.core.guidance import SoundCue

    assert not app.deps.sounds.wanted(SoundCue.START)


def test_a_hand_edit_of_the_file_applies_live_and_a_broken_one_changes_nothing(
    qtbot: QtBot,
    app: MicrobreakApp,
    paths: AppPaths,
    notes: RecordingNotifier,
) -> None:
    text = paths.config_file.read_text()
    # As an editor or `import-settings` does: a new file renamed over the old.
    write_atomic(paths.config_file, text.replace("= 45", "= 25").encode())
    qtbot.waitUntil(lambda: app.engine.settings.interval_minutes == 25, timeout=5000)
    timer = app.timer
    assert isinstance(timer, FakeTimer)
    assert timer.armed == MONDAY_9AM + 25 * MIN - timedelta(seconds=30)
    paths.config_file.write_text("[schedule\n")
    qtbot.waitUntil(lambda: "settings in use are kept" in str(notes.shown[-1:]), timeout=5000)
    assert app.engine.settings.interval_minutes == 25
    assert paths.config_file.read_text() == "[schedule\n"  # never moved or rewritten
    assert not list(paths.config_dir.glob("*.broken-*"))


def test_a_new_goal_reaches_an_open_statistics_window(
    app: MicrobreakApp,
) -> None:
    from dataclasses import replace

    app.windows.open_stats()
    assert app.windows.stats_window is not None
    assert "6" in app.windows.stats_window.goal_label.text()
    new = replace(app.settings, goals=replace(app.settings.goals, breaks_per_day=9))
    app.settings_applier.apply(new, save=False)
    assert "9" in app.windows.stats_window.goal_label.text()
    app.windows.stats_window.close()
