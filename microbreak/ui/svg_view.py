"""Draws an SVG picture at whatever size and pixel ratio the widget has.

Rendering the vector on every paint (instead of a cached pixmap) keeps the
pictures sharp on HiDPI screens and when the window is resized.

The pictures are drawn in slate greys for a light window. In a dark palette
they sit on a light rounded card, so the figure keeps its contrast.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

# Light enough for the slate figure, soft enough not to glare in a dark window.
CARD = QColor("#dde3ea")


def is_dark(palette: QPalette) -> bool:
    """A dark palette: light text on a dark window."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


@cache
def _renderer(path: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(str(path))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer


class SvgView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._path is None:
            return
        renderer = _renderer(self._path)
        if not renderer.isValid():
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if is_dark(self.palette()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CARD)
            painter.drawRoundedRect(target, side / 12, side / 12)
        renderer.render(painter, target)
        painter.end()
