"""Stacked bars per day with a goal line: a small QPainter chart.

QPainter rather than QtCharts: it draws the same offscreen and on a desktop,
follows the palette (so dark mode just works), needs no extra Qt module
loaded, and four kinds of bar plus a goal line is all it has to draw.

Colours are the Okabe-Ito set, told apart with any colour vision; skipped
breaks are a quiet grey, never red: the chart encourages, it does not scold.
Only breaks the person declined are drawn as skipped; breaks put off by a
pause or the app closing are not drawn at all (core/stats.py says why).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.stats import DayStats


@dataclass(frozen=True)
class Series:
    label: str
    colour: QColor
    field: str  # the DayStats attribute it counts


SERIES = (
    Series(QT_TRANSLATE_NOOP("DayBarsChart", "Taken"), QColor("#009E73"), "completed"),
    Series(
        QT_TRANSLATE_NOOP("DayBarsChart", "Snoozed, then taken"),
        QColor("#56B4E9"),
        "snoozed_then_taken",
    ),
    Series(QT_TRANSLATE_NOOP("DayBarsChart", "Natural break"), QColor("#E69F00"), "natural"),
    Series(QT_TRANSLATE_NOOP("DayBarsChart", "Skipped"), QColor("#9A9A9A"), "skipped"),
)
GOAL_COLOUR = QColor("#CC79A7")
# Dark text reads on both taken colours (contrast 6:1 on the green, 9:1 on the blue).
TAKEN_TEXT = QColor("#111111")

_LEFT, _TOP, _RIGHT = 34, 16, 58  # the goal's label sits in the right margin


def _qdate(day: date) -> QDate:
    """Dates are written the locale's way (QLocale), never strftime's English."""
    return QDate(day.year, day.month, day.day)


class DayBarsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DayStats, ...] = ()
        self._goal = 0
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(self, days: Sequence[DayStats], goal: int) -> None:
        self._days = tuple(days)
        self._goal = goal
        total = sum(d.offered + d.natural for d in self._days)
        self.setAccessibleName(self.tr("Breaks per day, last %n day(s)", "", len(self._days)))
        self.setAccessibleDescription(
            self.tr("{taken} taken of {offered} offered, {total} in all; goal {goal} a day").format(
                taken=sum(d.taken for d in self._days),
                offered=sum(d.offered for d in self._days),
                total=total,
                goal=goal,
            )
        )
        self.update()

    # -- geometry (public so tests can aim at a bar) ---------------------

    def y_max(self) -> int:
        highest = max((self._stack_total(d) for d in self._days), default=0)
        return max(4, self._goal + 1, highest + 1)

    def _stack_total(self, day: DayStats) -> int:
        return sum(int(getattr(day, s.field)) for s in SERIES)

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _axis_label_height(self) -> int:
        lines = 2 if self._wide_slots() else 1
        return QFontMetrics(self._small_font()).height() * lines + 8

    def plot_rect(self) -> QRectF:
        bottom = self._legend_height() + self._axis_label_height()
        return QRectF(_LEFT, _TOP, self.width() - _LEFT - _RIGHT, self.height() - _TOP - bottom)

    def _slot(self) -> float:
        # From the width alone: the plot's height depends on this (two-line
        # day labels when the slots are wide), so it must not ask plot_rect().
        return (self.width() - _LEFT - _RIGHT) / max(1, len(self._days))

    def _wide_slots(self) -> bool:
        return self._slot() >= 44

    def bar_rect(self, index: int) -> QRectF:
        """The whole stack of day ``index`` (empty height for a day without breaks)."""
        plot = self.plot_rect()
        slot = self._slot()
        width = max(3.0, min(slot * 0.62, 48.0))
        x = plot.left() + slot * index + (slot - width) / 2
        height = plot.height() * self._stack_total(self._days[index]) / self.y_max()
        return QRectF(x, plot.bottom() - height, width, height)

    def bar_at(self, x: float) -> int | None:
        plot = self.plot_rect()
        if not self._days or not plot.left() <= x < plot.right():
            return None
        return min(len(self._days) - 1, int((x - plot.left()) / self._slot()))

    def tooltip_for(self, index: int) -> str:
        d = self._days[index]
        # The pattern is translatable: each language orders day and month its own way.
        day = QLocale().toString(_qdate(d.day), self.tr("dddd d MMMM"))
        lines = [day, self.tr("{taken} of %n break(s) taken", "", d.offered).format(taken=d.taken)]
        lines += [
            self.tr("{series}: {n}").format(series=self.tr(s.label), n=getattr(d, s.field))
            for s in SERIES
            if getattr(d, s.field)
        ]
        if d.partial:
            lines.append(self.tr("(of those taken, %n partly done)", "", d.partial))
        if d.deferred:
            # Put off, never declined: not drawn, so a pause or quitting the
            # app never looks like a skip.
            lines.append(
                self.tr("%n put off (paused, busy or app closed), not counted", "", d.deferred)
            )
        lines.append(self.tr("{time} of exercise").format(time=d.exercise_time))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    # -- painting --------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Copies: a colour taken from a temporary palette would dangle.
        text = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        faint = QColor(text)
        faint.setAlpha(45)
        plot = self.plot_rect()
        self._paint_grid(painter, plot, text, faint)
        for index in range(len(self._days)):
            self._paint_bar(painter, index, plot)
        self._paint_goal(painter, plot)
        self._paint_day_labels(painter, plot, text)
        self._paint_legend(painter, text)
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF, text: QColor, faint: QColor) -> None:
        top = self.y_max()
        step = max(1, math.ceil(top / 5))
        painter.setFont(self._small_font())
        metrics = QFontMetrics(painter.font())
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            label = str(value)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1
                ),
                label,
            )

    def _paint_bar(self, painter: QPainter, index: int, plot: QRectF) -> None:
        day = self._days[index]
        whole = self.bar_rect(index)
        unit = plot.height() / self.y_max()
        y = plot.bottom()
        painter.setPen(Qt.PenStyle.NoPen)
        for series in SERIES:
            count = int(getattr(day, series.field))
            if not count:
                continue
            height = unit * count
            painter.setBrush(series.colour)
            # A hairline gap between segments keeps the stack readable.
            painter.drawRect(QRectF(whole.left(), y - height + 1, whole.width(), height - 1))
            y -= height
        taken_height = unit * day.taken
        font = self._small_font()
        font.setBold(True)
        if self._wide_slots() and day.taken and taken_height >= QFontMetrics(font).height() + 4:
            # The count of breaks taken, inside the top of the taken part, so
            # it cannot be read as the height of the whole stack.
            painter.setPen(TAKEN_TEXT)
            painter.setFont(font)
            painter.drawText(
                QRectF(whole.left(), plot.bottom() - taken_height + 3, whole.width(), taken_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(day.taken),
            )

    def _paint_goal(self, painter: QPainter, plot: QRectF) -> None:
        if not self._goal:
            return
        y = plot.bottom() - plot.height() * self._goal / self.y_max()
        pen = QPen(GOAL_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        font = self._small_font()
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.drawText(
            QPointF(plot.right() + 6, y + metrics.ascent() / 2 - 1),
            self.tr("goal {n}").format(n=self._goal),
        )

    def _paint_day_labels(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        font = self._small_font()
        metrics = QFontMetrics(font)
        slot = self._slot()
        last = len(self._days) - 1
        for index, day in enumerate(self._days):
            if self._wide_slots():
                label = (
                    self.tr("Today")
                    if index == last
                    else QLocale().toString(_qdate(day.day), self.tr("ddd\nd"))
                )
            elif index == last:
                label = self.tr("Today")
            elif day.day.weekday() == 0 and index < last - 2:
                label = QLocale().toString(_qdate(day.day), self.tr("d MMM"))
            else:
                continue
            bold = index == last
            f = QFont(font)
            f.setBold(bold)
            painter.setFont(f)
            painter.setPen(text)
            centre = plot.left() + slot * (index + 0.5)
            width = max(slot, metrics.horizontalAdvance(label) + 12)
            if not self._wide_slots() and index == last:
                box = QRectF(plot.right() - width, plot.bottom() + 4, width, metrics.height() * 2)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            else:
                box = QRectF(centre - width / 2, plot.bottom() + 4, width, metrics.height() * 2)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, align, label)

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        y = self.height() - self._legend_height() + 4
        x = float(_LEFT)
        box = metrics.ascent() - 2
        for series in SERIES:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(series.colour)
            painter.drawRoundedRect(QRectF(x, y + 2, box, box), 2, 2)
            x += box + 6
            painter.setPen(text)
            label = self.tr(series.label)
            painter.drawText(QPointF(x, y + metrics.ascent()), label)
            x += metrics.horizontalAdvance(label) + 16
        painter.setPen(QPen(GOAL_COLOUR, 2, Qt.PenStyle.DashLine))
        mid = y + 2 + box / 2
        painter.drawLine(QPointF(x, mid), QPointF(x + 22, mid))
        painter.setPen(text)
        painter.drawText(QPointF(x + 28, y + metrics.ascent()), self.tr("Daily goal"))
