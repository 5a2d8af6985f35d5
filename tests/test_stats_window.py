"""The statistics window over a simulated month: the CLI's numbers, the chart, export, clear."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from microbreak.cli import build_parser
from microbreak.core.clock import FakeClock
from microbreak.core.events import BreakNowRequested, BreakSkipped
from microbreak.core.stats import summarize
from microbreak.infra.history import HistoryStore
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.stats_cli import run_stats
from microbreak.ui.day_bars import SERIES
from microbreak.ui.stats_window import StatsWindow
from tests.history_data import (
    DONE,
    HOME,
    SKIPPED,
    Month,
    Recorder,
    add_breaks,
    load_csv,
    year_of_breaks,
)

NAMES = {i: ex.name for i, ex in load_exercises(builtin_exercises_dir()).exercises.items()}


@pytest.fixture
def store(month: Month, tmp_path: Path) -> HistoryStore:
    """A private copy of the month's history (tests here may clear it)."""
    db = tmp_path / "history.sqlite3"
    source = HistoryStore.open_existing(month.paths.history_db)
    assert source is not None
    source._conn.execute(f"VACUUM INTO '{db}'")
    source.close()
    return HistoryStore.open(db, month.clock)


class Chooser:
    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.suggested: list[str] = []

    def __call__(self, parent: QWidget, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        return self.answer


def open_window(
    qtbot: QtBot, clock: FakeClock, store: HistoryStore, chooser: Chooser | None = None
) -> StatsWindow:
    w = StatsWindow(clock, store, goal=6, names=NAMES, choose_csv_path=chooser or Chooser(None))
    qtbot.addWidget(w)
    w.refresh()
    w.show()
    return w


def cli_json(month: Month, capsys: pytest.CaptureFixture[str], days: int) -> dict[str, object]:
    args = build_parser().parse_args(["stats", "--json", "--days", str(days)])
    assert run_stats(args, month.paths, month.clock) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("days", [7, 30])
def test_the_window_shows_the_numbers_the_cli_prints(
    qtbot: QtBot,
    month: Month,
    store: HistoryStore,
    capsys: pytest.CaptureFixture[str],
    days: int,
) -> None:
    w = open_window(qtbot, month.clock, store)
    if days == 30:
        qtbot.mouseClick(w.period_buttons.button(30), Qt.MouseButton.LeftButton)
    data = cli_json(month, capsys, days)
    today = data["today"]
    assert isinstance(today, dict)
    assert w.today_tile.value.text() == f"{today['taken']} of {today['offered']}"
    assert w.minutes_tile.value.text() == today["exercise_time"]
    assert w.streak_tile.value.text() == str(today["streak_days"])
    assert w.today_label.text().startswith(f"Today: {today['taken']} of {today['offered']} breaks")
    period = data["period"]
    assert isinstance(period, dict)
    assert w.period_label.text().startswith(
        f"Last {days} days: {period['taken']} of {period['offered']} breaks taken"
    )
    assert w.exercise_heading.text() == f"Exercises, last {days} days"
    exercises = data["exercises"]
    assert isinstance(exercises, list)
    assert w.table_rows() == [
        [e["name"], str(e["done"]), str(e["partial"]), str(e["skipped"]), e["time"]]
        for e in exercises
    ]
    # The chart draws the same days: each stack is the sum of the four kinds.
    assert w.summary is not None
    assert [d.as_dict() for d in w.summary.days] == data["days"]
    stacks = [sum(int(getattr(d, s.field)) for s in SERIES) for d in w.summary.days]
    plot = w.chart.plot_rect()
    for i, stack in enumerate(stacks):
        bar = w.chart.bar_rect(i)
        assert bar.height() == pytest.approx(plot.height() * stack / w.chart.y_max())
        assert bar.bottom() == pytest.approx(plot.bottom())
    assert w.chart.y_max() > max(stacks)


def test_the_month_as_the_person_lived_it(qtbot: QtBot, month: Month, store: HistoryStore) -> None:
    """The window's days against the simulated person's own tally."""
    w = open_window(qtbot, month.clock, store)
    w.show_days(30)
    assert w.summary is not None
    for day in w.summary.days:
        did = month.per_day.get(day.day)
        if did is None:
            assert day.offered == day.natural == 0, day.day
            continue
        assert (day.completed, day.snoozed_then_taken, day.natural, day.skipped) == (
            did["completed"],
            did["snoozed_then_taken"],
            did["natural"],
            did["skipped"],
        ), day.day
        assert day.exercise_seconds == did["seconds"]


def test_the_window_reads_recent_exercises_only_and_counts_the_same(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock(datetime(2026, 11, 24, 17, tzinfo=HOME))
    store = HistoryStore.open(tmp_path / "year.sqlite3", clock)
    add_breaks(store, year_of_breaks(clock.now().date(), count=3000))
    w = open_window(qtbot, clock, store)
    full = store.breaks()
    assert len(w._records) == len(full)
    assert any(r.exercises for r in full[:20])
    assert not any(r.exercises for r in w._records[:20])  # older than 31 days: not read
    assert w._records[-20:] == full[-20:]
    for days in (7, 30):
        w.show_days(days)
        assert w.summary == summarize(full, clock.now().date(), days=days, goal=6)


def test_a_bar_tells_its_day_on_hover(qtbot: QtBot, month: Month, store: HistoryStore) -> None:
    w = open_window(qtbot, month.clock, store)
    w.resize(720, 760)
    last = len(w.summary.days) - 1 if w.summary else 0
    centre = w.chart.bar_rect(last).center()
    assert w.chart.bar_at(centre.x()) == last
    assert w.chart.bar_at(0) is None
    tip = w.chart.tooltip_for(last)
    today = w.summary.today if w.summary else None
    assert today is not None
    assert tip.startswith("Tuesday 24 November\n")
    assert f"{today.taken} of {today.offered} breaks taken" in tip
    qtbot.mouseMove(w.chart, QPoint(int(centre.x()), int(centre.y())))


def test_export_writes_a_csv_that_reads_back(
    qtbot: QtBot, month: Month, store: HistoryStore, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    chooser = Chooser(target)
    w = open_window(qtbot, month.clock, store, chooser)
    qtbot.mouseClick(w.export_button, Qt.MouseButton.LeftButton)
    assert chooser.suggested == ["microbreak-history-2026-11-24.csv"]
    records = store.breaks()
    assert load_csv(target) == records
    assert w.message_label.text() == f"Saved {len(records)} breaks to {target}."


def test_export_cancelled_or_failing_is_harmless(
    qtbot: QtBot, month: Month, store: HistoryStore, tmp_path: Path
) -> None:
    w = open_window(qtbot, month.clock, store, Chooser(None))
    w.export_csv()
    assert w.message_label.text() == ""
    w._choose_csv_path = Chooser(tmp_path / "missing-folder" / "x.csv")
    w.export_csv()
    assert w.message_label.text().startswith("Could not save")


def test_clear_history_asks_first_in_the_window(
    qtbot: QtBot, month: Month, store: HistoryStore
) -> None:
    w = open_window(qtbot, month.clock, store)
    count = len(store.breaks())
    qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    assert w.confirm_bar.isVisible()
    assert w.confirm_label.text().startswith(
        f"Delete all {count} breaks recorded since 26 October 2026? This cannot be undone."
    )
    qtbot.mouseClick(w.cancel_clear_button, Qt.MouseButton.LeftButton)
    assert not w.confirm_bar.isVisible()
    assert len(store.breaks()) == count
    w.clear()  # not asked: nothing happens
    assert len(store.breaks()) == count
    qtbot.mouseClick(w.clear_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.confirm_clear_button, Qt.MouseButton.LeftButton)
    assert store.breaks() == []
    assert w.message_label.text() == "Your break history was deleted."
    assert w.today_tile.value.text() == "0 of 0"
    assert not w.clear_button.isEnabled()
    assert not w.export_button.isEnabled()


def test_an_empty_history_reads_kindly(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3", clock)
    w = open_window(qtbot, clock, store)
    assert w.today_tile.value.text() == "0 of 0"
    assert w.streak_tile.value.text() == "0"
    assert w.goal_label.text() == (
        "Your goal: 6 breaks a day. Reach your goal today to start a streak."
    )
    assert w.table_rows() == []


def test_a_short_exercise_done_shows_its_seconds_not_zero_minutes(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    """Reported: "Done 1, Minutes 0" for an exercise done to the end."""
    store = HistoryStore.open(tmp_path / "h.sqlite3", clock)
    rec = Recorder(clock, store)
    rec.send(BreakNowRequested())
    assert rec.break_open is not None
    first = rec.break_open[0]
    rec.do_exercises([DONE], seconds=26)
    rec.send(BreakSkipped(*rec.results([DONE, SKIPPED, SKIPPED], seconds=26)))
    w = open_window(qtbot, clock, store)
    assert w.today_tile.value.text() == "1 of 1"
    assert w.minutes_tile.value.text() == "26 s"
    assert w.table_rows()[0] == [NAMES[first], "1", "0", "0", "26 s"]
    assert w.today_label.text() == "Today: 1 of 1 break taken, 26 s of exercise"


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c2f",
        QPalette.ColorRole.AlternateBase: "#323336",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Mid: "#5f6368",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _count(image: QImage, colour: QColor) -> int:
    target = colour.rgb()
    return sum(
        image.pixel(x, y) == target
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_light_and_dark(
    qtbot: QtBot, month: Month, store: HistoryStore, artifacts_dir: Path, theme: str
) -> None:
    w = open_window(qtbot, month.clock, store)
    if theme == "dark":
        w.setPalette(_dark_palette())
    w.resize(720, 760)
    qtbot.waitExposed(w)
    for days in (7, 30):
        w.show_days(days)
        QApplication.processEvents()
        shot = w.grab()
        path = artifacts_dir / f"statistics-{days}-{theme}.png"
        assert shot.save(str(path))
        chart = w.chart.grab().toImage()
        # Every kind of bar is there, and the text is in the palette's colour.
        for series in SERIES:
            assert _count(chart, series.colour) > 20, (days, series.label)
        text = w.palette().color(QPalette.ColorRole.WindowText)
        assert w.chart.palette().color(QPalette.ColorRole.WindowText) == text
