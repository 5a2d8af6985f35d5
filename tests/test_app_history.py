"""The wired app keeps its history: breaks through the real windows land in SQLite,
the tray's Statistics… opens the window, bad files and retention at start-up."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakRecord, Outcome, Trigger
from microbreak.core.state import State
from microbreak.infra.history import HistoryStore
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app as build_app
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.wakeup import fire
from tests.history_data import add_breaks


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.inside(tmp_path)


def make_app(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, notes: RecordingNotifier | None = None
) -> MicrobreakApp:
    # A recorder first, so nothing reaches plyer or a real desktop.
    return build_app(qtbot, clock, paths, extra_notifiers=[notes or RecordingNotifier()])


def walk_break(app: MicrobreakApp, clock: FakeClock) -> None:
    while app.engine.state is State.ON_BREAK:
        clock.advance(0.5)
        app.windows.break_window.tick()


def test_a_break_through_the_app_is_in_the_history(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    fire(app, clock)  # heads-up
    fire(app, clock)  # the break opens
    player = app.windows.break_window.player
    assert player is not None
    walk_break(app, clock)
    (r,) = app.history.breaks()
    assert (r.trigger, r.outcome, r.snoozes) == (Trigger.SCHEDULED, Outcome.COMPLETED, 0)
    assert r.offered_at == clock.now() - timedelta(seconds=player.total_seconds)
    assert [(e.exercise_id, e.status, e.seconds) for e in r.exercises] == [
        (ex.id, ExerciseStatus.DONE, float(ex.seconds)) for ex in player.exercises
    ]
    kinds = [k for _, k, _ in app.history.events()]
    assert kinds == ["break_started", *["exercise_done"] * 3, "break_completed"]
    assert paths.history_db.is_file()


def test_statistics_from_the_menu_and_kept_up_to_date(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    assert app.windows.status_window is not None
    assert app.windows.status_window.menu.stats_action.text() == "Statistics…"
    app.windows.status_window.stats_button.click()
    window = app.windows.stats_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.today_tile.value.text() == "0 of 0"
    app.intents.break_now.emit()
    clock.advance(10)
    app.windows.break_window.tick()
    app.windows.break_window.skip()  # nothing done to the end: skipped
    assert window.today_tile.value.text() == "0 of 1"
    app.intents.break_now.emit()
    walk_break(app, clock)
    assert window.today_tile.value.text() == "1 of 2"
    assert window.minutes_tile.value.text() == "2 min"
    app.intents.open_stats.emit()  # again: the same window
    assert app.windows.stats_window is window
    app.quit()
    assert not window.isVisible()


def test_a_broken_history_is_kept_aside_and_the_user_told(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.history_db.write_bytes(b"not a database" * 100)
    notes = RecordingNotifier()
    app = make_app(qtbot, clock, paths, notes)
    (kept,) = paths.data_dir.glob("history.sqlite3.broken-*")
    assert kept.read_bytes() == b"not a database" * 100
    assert notes.shown[0][0] == "microbreak: check your settings"
    assert kept.name in notes.shown[0][1]
    app.intents.break_now.emit()  # and it goes on recording
    assert len(app.history.breaks()) == 1


def test_a_break_the_last_run_left_open_is_closed_at_start(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    first = make_app(qtbot, clock, paths)
    first.intents.break_now.emit()  # ...and the app dies mid-break
    clock.advance(timedelta(minutes=30))
    second = make_app(qtbot, clock, paths)
    (r,) = second.history.breaks()
    assert (r.outcome, r.reason) == (Outcome.DEFERRED, "app closed")


def test_retention_from_config_at_start(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[history]\nkeep_days = 30\n[goals]\nbreaks_per_day = 4\n")
    store = HistoryStore.open(paths.history_db, clock)
    add_breaks(
        store,
        (
            BreakRecord(clock.now() - timedelta(days=d), Trigger.SCHEDULED, Outcome.COMPLETED)
            for d in (100, 31, 2)
        ),
    )
    store.close()
    app = make_app(qtbot, clock, paths)
    assert [(clock.now() - r.offered_at).days for r in app.history.breaks()] == [2]
    app.windows.open_stats()
    assert app.windows.stats_window is not None
    qtbot.addWidget(app.windows.stats_window)
    assert app.windows.stats_window.summary is not None
    assert app.windows.stats_window.summary.goal == 4


def test_quit_closes_the_history_cleanly(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> None:
    app = make_app(qtbot, clock, paths)
    app.intents.break_now.emit()
    app.quit()
    assert not paths.history_db.with_name("history.sqlite3-wal").exists()
    reader = HistoryStore.open_existing(paths.history_db)
    assert reader is not None
    assert len(reader.breaks()) == 1


def test_next_through_every_exercise_is_kept_as_a_skipped_break(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    app.intents.break_now.emit()
    for _ in range(3):
        app.windows.break_window.next_button.click()
    assert app.engine.state is State.WORKING
    (r,) = app.history.breaks()
    assert r.outcome is Outcome.SKIPPED  # not a completed break: nothing was done
    assert app.windows.break_window.isVisible()  # the honest summary lingers a moment
    assert app.windows.break_window.summary_title.text() == "Break ended early"
    assert app.windows.break_window.next_break_label.text() == "Next break at 09:45."


def do_first_exercise(app: MicrobreakApp, clock: FakeClock) -> None:
    bw = app.windows.break_window
    player = bw.player
    assert player is not None
    while not player.completed_positions:
        clock.advance(0.5)
        bw.tick()


def test_a_new_users_session_counts_no_skip_they_did_not_make(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    """Issue 15: "3 of 9 breaks taken", 6 skipped, for someone who skipped nothing.

    Each break here ends a way that was counted as skipped before: Skip after
    an exercise, part of an exercise then Skip, a pause after an exercise, the
    app closing after one, and a snoozed break pending when the app quit.
    """
    app = make_app(qtbot, clock, paths)
    app.intents.break_now.emit()
    do_first_exercise(app, clock)
    app.windows.break_window.skip()  # one done, then Skip
    app.intents.break_now.emit()
    for _ in range(40):  # 20 s into the first exercise, then Skip
        clock.advance(0.5)
        app.windows.break_window.tick()
    app.windows.break_window.skip()
    app.intents.break_now.emit()
    do_first_exercise(app, clock)
    app.intents.pause.emit("30m")  # a meeting: the window goes
    app.intents.resume.emit()
    app.intents.break_now.emit()
    do_first_exercise(app, clock)
    app.quit()  # mid-break, after an exercise
    clock.advance(timedelta(minutes=5))
    second = make_app(qtbot, clock, paths)
    fire(second, clock)  # heads-up
    second.intents.snooze.emit(5)
    second.quit()  # the snoozed break still pending
    clock.advance(timedelta(minutes=2))
    third = make_app(qtbot, clock, paths)
    outcomes = [(r.outcome, r.reason) for r in third.history.breaks()]
    assert outcomes == [
        (Outcome.PARTIAL, ""),
        (Outcome.PARTIAL, ""),
        (Outcome.PARTIAL, "pause"),
        (Outcome.PARTIAL, "app closed"),
        (Outcome.DEFERRED, "app closed"),
    ]
    third.windows.open_stats()
    window = third.windows.stats_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.today_tile.value.text() == "4 of 4"
    today = len(window.chart._days) - 1
    assert window.chart._days[today].skipped == 0
    tip = window.chart.tooltip_for(today).splitlines()
    assert not any(line.startswith("Skipped") for line in tip)
    assert "1 put off (paused, busy or app closed), not counted" in tip


# -- opened at its first use (issue 18: sqlite3 is not loaded at rest) -------


def test_the_history_is_opened_at_the_first_record_not_at_start(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    assert not app.history.is_open
    assert not paths.history_db.exists()
    app.intents.break_now.emit()
    assert app.history.is_open
    assert paths.history_db.is_file()
    # Committed at once, as before: a second handle on the file sees it.
    reader = HistoryStore.open_existing(paths.history_db)
    assert reader is not None
    assert len(reader.breaks()) == 1
    reader.close()


def test_a_break_left_open_is_closed_before_the_first_new_record(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    first = make_app(qtbot, clock, paths)
    first.intents.break_now.emit()  # ...and the app dies mid-break
    died = clock.now()
    clock.advance(timedelta(minutes=30))
    second = make_app(qtbot, clock, paths)
    clock.advance(timedelta(hours=2))
    assert not second.history.is_open
    second.intents.break_now.emit()  # the first use: a new break
    old, new = second.history.breaks()
    # Ended at its last record, however late the history was opened.
    assert (old.outcome, old.reason, old.ended_at) == (Outcome.DEFERRED, "app closed", died)
    assert (new.outcome, new.offered_at) == (None, clock.now())  # on screen, untouched


def test_damage_only_sqlite_can_see_is_reported_at_the_first_use(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.data_dir.mkdir(parents=True)
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000  # a header, then garbage
    paths.history_db.write_bytes(damaged)
    notes = RecordingNotifier()
    app = make_app(qtbot, clock, paths, notes)
    assert not app.history.is_open
    assert not list(paths.data_dir.glob("history.sqlite3.broken-*"))
    app.intents.break_now.emit()
    (kept,) = paths.data_dir.glob("history.sqlite3.broken-*")
    assert kept.read_bytes() == damaged
    title, body = notes.shown[-1]
    assert title == "microbreak: break history"
    assert kept.name in body
    assert len(app.history.breaks()) == 1  # and the break went to the new one
