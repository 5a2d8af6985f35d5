"""The break window's figure: an exercise drawn from its poses, at the widget's size.

The window hands over a FigureFrame on every tick; the widget repaints only
when the frame differs from the one shown, so a hold (the same pose tick after
tick) costs no painting at all, and a hidden window (whose timer stops) none
either. The frames come from the player, which follows the injected clock.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from microbreak.core.exercise import Exercise
from microbreak.core.figure_motion import FigureFrame
from microbreak.ui.figure_paint import paint_figure
from microbreak.ui.svg_view import is_dark


class FigureView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self._frame: FigureFrame | None = None
        self.paints = 0  # how often it painted: a hold must not repaint
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)

    @property
    def frame(self) -> FigureFrame | None:
        return self._frame

    def set_frame(self, exercise: Exercise, frame: FigureFrame) -> None:
        if exercise is self._exercise and frame == self._frame:
            return
        self._exercise, self._frame = exercise, frame
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._exercise is None or self._frame is None:
            return
        self.paints += 1
        painter = QPainter(self)
        background = self.palette().color(QPalette.ColorRole.Window)
        paint_figure(
            painter,
            QRectF(self.rect()),
            self._exercise,
            self._frame,
            dark=is_dark(self.palette()),
            background=background,
        )
        painter.end()


def still_frame(exercise: Exercise) -> FigureFrame:
    """The pose an exercise works toward (its first step's), still: for small pictures."""
    assert exercise.figure is not None
    pose = exercise.figure.poses[exercise.steps[0].picture]
    return FigureFrame(pose, (pose,), 1.0, False)
