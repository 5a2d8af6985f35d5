"""The end of a break says how today is going: breaks taken of the goal, the streak.

One line on the end screen, from the statistics' own numbers (core.stats),
which the app reads from the history after it has recorded the break just
ended; in the language the break opened in. On a fake clock, offscreen.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.player import ExerciseStatus
from microbreak.core.records import BreakRecord, ExerciseRecord, Outcome, Trigger
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.core.state import State
from microbreak.core.stats import summarize
from microbreak.infra.history import HistoryStore
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.ui.break_summary import SummaryPage
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.language import HeldLanguage
from tests.helpers.app import make_app
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.wakeup import fire
from tests.history_data import add_breaks


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


def taken(day: datetime, n: int) -> list[BreakRecord]:
    """``n`` breaks taken on the day of ``day``, an hour apart from 09:00."""
    start = day.replace(hour=9, minute=0)
    return [
        BreakRecord(
            start + timedelta(hours=k),
            Trigger.SCHEDULED,
            Outcome.COMPLETED,
            ended_at=start + timedelta(hours=k, minutes=2),
            exercises=(ExerciseRecord(1, 0, "shoulder-rolls", ExerciseStatus.DONE, 30.0),),
        )
        for k in range(n)
    ]


def run_to_the_end(window: BreakWindow, clock: FakeClock) -> None:
    while window.player is not None and not window.on_end_screen():
        clock.advance(0.5)
        window.tick()


def test_the_line_counts_taken_of_the_goal_and_the_streak(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog, artifacts_dir: Path
) -> None:
    from tests.test_look_and_feel import dark_palette

    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])
    run_to_the_end(window, clock)
    assert window.progress_label.text() == ""  # not until the break is recorded
    window.close_for("completed", clock.now() + timedelta(minutes=45))
    now = clock.now()
    days = [*taken(now - timedelta(days=2), 8), *taken(now - timedelta(days=1), 8)]
    window.show_progress(summarize([*days, *taken(now, 4)], now.date(), days=1, goal=8))
    assert window.progress_label.text() == "Today: 4 of 8 breaks taken · 2-day streak"
    QApplication.sendPostedEvents()
    label = window.progress_label
    assert label.isVisible()
    assert label.heightForWidth(label.width()) <= label.height()  # one line, not cut
    # Between the next break's time and the Close button.
    assert window.next_break_label.y() < label.y() < window.close_button.y()
    middle = label.mapTo(window, QPoint(label.width() // 2, 0)).x()
    assert abs(middle - window.width() // 2) <= 2
    assert label.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert window.grab().save(str(artifacts_dir / "break-window-progress-light.png"))
    window.setPalette(dark_palette())
    assert window.grab().save(str(artifacts_dir / "break-window-progress-dark.png"))
    # The goal reached today: the streak takes today in, and the line says so.
    window.show_progress(summarize([*days, *taken(now, 9)], now.date(), days=1, goal=8))
    assert window.progress_label.text() == (
        "Today: 9 breaks taken, your daily goal reached · 3-day streak"
    )
    # No streak yet: no streak to speak of.
    window.show_progress(summarize(taken(now, 1), now.date(), days=1, goal=6))
    assert window.progress_label.text() == "Today: 1 of 6 breaks taken"
    # The next break starts with an empty line again.
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:1]])
    run_to_the_end(window, clock)
    assert window.progress_label.text() == ""


def test_progress_is_shown_only_on_the_end_screen(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:1]])
    window.show_progress(summarize(taken(clock.now(), 2), clock.now().date(), days=1, goal=6))
    assert window.progress_label.text() == ""


class Pretend(QTranslator):
    """A catalogue for the held language: marks every counted text it gives."""

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "SummaryPage":
            return ""
        if text == "{today} · {streak}":
            return "{today} — {streak}"
        if "%n" in text:
            return f"[{n}] " + text.replace("break(s)", "Pausen")
        return ""


def test_the_line_is_in_the_language_the_break_holds(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    held = HeldLanguage(
        [Pretend()], "xx", Qt.LayoutDirection.LeftToRight, lambda when, _s: when.isoformat()
    )
    page = SummaryPage(catalog.pictures, held)
    qtbot.addWidget(page)
    page.show_progress(3, 6, 2)
    # Through the held catalogue, with the counts for the plural forms: the
    # goal for "of %n break(s)", the days for the streak.
    assert page.progress_label.text() == ("[6] Today: 3 of 6 Pausen taken — [2] 2-day streak")


def test_the_app_counts_the_break_just_ended(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """Through the real app and history: the record is written after the engine
    closes the break, and the line still counts it."""
    paths = AppPaths.inside(tmp_path)
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[goals]\nbreaks_per_day = 3\n")
    now = clock.now()
    store = HistoryStore.open(paths.history_db, clock)
    add_breaks(store, taken(now - timedelta(days=1), 3))  # yesterday at the goal
    store.close()
    app = make_app(qtbot, clock, paths, extra_notifiers=[RecordingNotifier()])
    if app.windows.health_notice is not None:
        qtbot.addWidget(app.windows.health_notice)
    fire(app, clock)  # heads-up
    fire(app, clock)  # the break opens
    window = app.windows.break_window
    while app.engine.state is State.ON_BREAK:
        clock.advance(0.5)
        window.tick()
    assert window.on_end_screen()
    assert window.progress_label.text() == "Today: 1 of 3 breaks taken · 1-day streak"
    # Two more: the goal is reached, and today joins the streak.
    for _ in range(2):
        app.intents.break_now.emit()
        while app.engine.state is State.ON_BREAK:
            clock.advance(0.5)
            window.tick()
    assert window.progress_label.text() == (
        "Today: 3 breaks taken, your daily goal reached · 2-day streak"
    )


def test_a_break_skipped_at_once_shows_no_line(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """Skip mid-break closes the window: there is no end screen to put it on."""
    app = make_app(qtbot, clock, AppPaths.inside(tmp_path), extra_notifiers=[RecordingNotifier()])
    app.intents.break_now.emit()
    window = app.windows.break_window
    clock.advance(5)
    window.tick()
    window.skip()
    assert not window.isVisible()
    assert window.progress_label.text() == ""
