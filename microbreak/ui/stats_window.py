"""The statistics window: today, the streak, a chart of the last 7 or 30 days, exercises.

It reads the history through a narrow :class:`HistorySource` (the app's
HistoryStore) and counts with ``core.stats.summarize``, exactly as
``microbreak stats`` does, so the two always agree. It writes only what the
person asks it to: a CSV export, and clearing the history after a
confirmation shown in the window itself (no blocking dialog).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.clock import Clock
from microbreak.core.records import BreakRecord
from microbreak.core.stats import (
    Summary,
    goal_text,
    period_text,
    streak_text,
    summarize,
    taken_text,
)
from microbreak.infra.history_csv import save_csv
from microbreak.ui.day_bars import DayBarsChart

PERIODS = (7, 30)


class HistorySource(Protocol):
    def breaks(
        self, since: datetime | None = None, *, exercises_from: datetime | None = None
    ) -> list[BreakRecord]: ...

    def clear(self) -> None: ...


def ask_csv_path(parent: QWidget, suggested: str) -> Path | None:
    """The Export button's file chooser (tests pass their own)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StatsWindow", "Export break history"),
        str(Path.home() / suggested),
        QCoreApplication.translate("StatsWindow", "CSV files (*.csv)"),
    )
    return Path(name) if name else None


class _Tile(QFrame):
    """A big number with a caption under it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value} {caption}")


class StatsWindow(QWidget):
    def __init__(
        self,
        clock: Clock,
        history: HistorySource,
        *,
        goal: int,
        names: Mapping[str, str],
        choose_csv_path: Callable[[QWidget, str], Path | None] = ask_csv_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._history = history
        self._goal = goal
        self._names = dict(names)
        self._choose_csv_path = choose_csv_path
        self._records: list[BreakRecord] = []
        self._days = PERIODS[0]
        self.summary: Summary | None = None
        self.setObjectName("statsWindow")
        self.setWindowTitle(self.tr("Statistics"))  # Qt adds " — microbreak" on a desktop
        self.resize(720, 760)
        header = self._build_header()
        periods = self._build_periods()
        self.chart = DayBarsChart()
        self._build_exercises()
        buttons = self._build_buttons()
        self._build_confirm_bar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addLayout(periods)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.exercise_heading)
        layout.addWidget(self.exercise_table)
        layout.addWidget(self.message_label)
        layout.addWidget(self.confirm_bar)
        layout.addLayout(buttons)

    def _build_header(self) -> QVBoxLayout:
        self.today_tile = _Tile(self.tr("breaks taken today"))
        self.minutes_tile = _Tile(self.tr("of exercise today"))
        self.streak_tile = _Tile(self.tr("days in a row at your goal"))
        tiles = QHBoxLayout()
        for tile in (self.today_tile, self.minutes_tile, self.streak_tile):
            tiles.addWidget(tile, 1)
        self.today_label = QLabel()
        self.today_label.setObjectName("today")
        self.goal_label = QLabel()
        self.goal_label.setObjectName("goal")
        self.goal_label.setWordWrap(True)
        header = QVBoxLayout()
        header.addLayout(tiles)
        header.addWidget(self.today_label)
        header.addWidget(self.goal_label)
        return header

    def _build_periods(self) -> QHBoxLayout:
        self.period_buttons = QButtonGroup(self)
        periods = QHBoxLayout()
        self.period_label = QLabel()
        self.period_label.setObjectName("period")
        periods.addWidget(self.period_label, 1)
        for days in PERIODS:
            button = QPushButton(self.tr("%n day(s)", "", days))
            button.setCheckable(True)
            button.setChecked(days == self._days)
            self.period_buttons.addButton(button, days)
            periods.addWidget(button)
        self.period_buttons.idClicked.connect(self.show_days)
        self._mark_period()
        return periods

    def _build_exercises(self) -> None:
        self.exercise_table = QTableWidget(0, 5)
        self.exercise_table.setHorizontalHeaderLabels(
            [
                self.tr("Exercise"),
                self.tr("Done"),
                self.tr("Partly done"),
                self.tr("Not started"),
                self.tr("Time"),
            ]
        )
        self.exercise_table.setAccessibleName(self.tr("How each exercise went"))
        self.exercise_table.verticalHeader().setVisible(False)
        self.exercise_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exercise_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.exercise_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.exercise_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.exercise_heading = QLabel()
        font = self.exercise_heading.font()
        font.setBold(True)
        self.exercise_heading.setFont(font)

    def _build_buttons(self) -> QHBoxLayout:
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.clear_button = QPushButton(self.tr("Clear history…"))
        self.clear_button.clicked.connect(self.ask_clear)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _build_confirm_bar(self) -> None:
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmClear")
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_clear_button = QPushButton(self.tr("Delete history"))
        self.confirm_clear_button.clicked.connect(self.clear)
        self.cancel_clear_button = QPushButton(self.tr("Keep it"))
        self.cancel_clear_button.clicked.connect(self.cancel_clear)
        confirm = QHBoxLayout(self.confirm_bar)
        confirm.addWidget(self.confirm_label, 1)
        confirm.addWidget(self.cancel_clear_button)
        confirm.addWidget(self.confirm_clear_button)
        self.confirm_bar.hide()

    # -- data ------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again and show it."""
        # Every break counts for the streak, but exercises only show for the
        # longest period (a day more: a break's local day may be a day off UTC).
        recent = self._clock.now() - timedelta(days=max(PERIODS) + 1)
        self._records = self._history.breaks(exercises_from=recent)
        self._show()

    def set_goal(self, goal: int) -> None:
        self._goal = goal
        self._show()

    def show_days(self, days: int) -> None:
        self._days = days
        self._mark_period()
        self._show()

    def _mark_period(self) -> None:
        for button in self.period_buttons.buttons():
            chosen = self.period_buttons.id(button) == self._days
            button.setChecked(chosen)
            # Bold as well as pressed: some styles barely show a checked button.
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)

    def _today(self) -> date:
        return self._clock.now().date()

    def _show(self) -> None:
        s = summarize(self._records, self._today(), days=self._days, goal=self._goal)
        self.summary = s
        today = s.today
        self.today_tile.set(
            self.tr("{n} of {total}").format(n=today.taken, total=today.offered),
            self.tr("breaks taken today"),
        )
        self.minutes_tile.set(today.exercise_time, self.tr("of exercise today"))
        if s.streak == 1:
            streak = self.tr("day in a row at {goal} a day")
        else:
            streak = self.tr("days in a row at {goal} a day")
        self.streak_tile.set(str(s.streak), streak.format(goal=s.goal))
        self.today_label.setText(self.tr("Today: {taken}").format(taken=taken_text(today)))
        self.goal_label.setText(f"{goal_text(s)} {streak_text(s)}")
        self.period_label.setText(period_text(s))
        self.chart.set_data(s.days, s.goal)
        self.exercise_heading.setText(self.tr("Exercises, last %n day(s)", "", self._days))
        self._fill_exercises(s)
        self.clear_button.setEnabled(bool(self._records))
        self.export_button.setEnabled(bool(self._records))

    def _fill_exercises(self, s: Summary) -> None:
        table = self.exercise_table
        table.setRowCount(len(s.exercises))
        for row, ex in enumerate(s.exercises):
            values: Sequence[str | int] = (
                self._names.get(ex.exercise_id, ex.exercise_id),
                ex.done,
                ex.partial,
                ex.skipped,
                ex.time,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        rows = max(1, len(s.exercises))
        height = (
            table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
        )
        table.setFixedHeight(height + 2 * table.frameWidth())

    def table_rows(self) -> list[list[str]]:
        """The per-exercise table as text, row by row (for tests and accessibility)."""
        table = self.exercise_table
        rows = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows

    # -- export and clear ------------------------------------------------

    def export_csv(self) -> None:
        suggested = f"microbreak-history-{self._today().isoformat()}.csv"
        path = self._choose_csv_path(self, suggested)
        if path is None:
            return
        try:
            count = save_csv(path, self._history.breaks())  # every break, every exercise
        except OSError as exc:
            self.message_label.setText(
                self.tr("Could not save {path}: {error}").format(path=path, error=exc)
            )
            return
        self.message_label.setText(
            self.tr("Saved %n break(s) to {path}.", "", count).format(path=path)
        )

    def ask_clear(self) -> None:
        count = len(self._records)
        since = min((r.offered_at for r in self._records), default=None)
        if since is None:
            question = self.tr("Delete all %n break(s) recorded?", "", count)
        else:
            when = QLocale().toString(
                QDate(since.year, since.month, since.day), self.tr("d MMMM yyyy")
            )
            question = self.tr("Delete all %n break(s) recorded since {date}?", "", count).format(
                date=when
            )
        self.confirm_label.setText(
            question
            + " "
            + self.tr("This cannot be undone. Export a CSV first if you want to keep them.")
        )
        self.confirm_bar.show()
        self.cancel_clear_button.setFocus()

    def cancel_clear(self) -> None:
        self.confirm_bar.hide()

    def clear(self) -> None:
        if not self.confirm_bar.isVisible():
            return  # only ever after the question was asked
        self.confirm_bar.hide()
        self._history.clear()
        self.refresh()
        self.message_label.setText(self.tr("Your break history was deleted."))

    def showEvent(self, event: QShowEvent) -> None:
        self.message_label.setText("")
        self.confirm_bar.hide()
        super().showEvent(event)
