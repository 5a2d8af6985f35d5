"""The tray icon's picture: a ring that fills as the next break comes closer.

Each new icon is a D-Bus signal (and on some hosts a temporary PNG), so the
picture is quantised to twelfths of the interval and the tray controller
repaints at most once a minute; the exact time lives in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from microbreak.core.state import State

STEPS = 12
# Proportions chosen to read at 22 px, the usual tray size: a thick ring with a
# clearly visible unfilled track, and a centre mark of several pixels.
RING_WIDTH = 1 / 5  # of the icon's size
TRACK_ALPHA = 120  # of 255: the part of the ring still to fill
_COLOURS = {
    State.WORKING: QColor("#2f9e77"),
    State.SNOOZED: QColor("#e8833a"),
    State.HEADS_UP: QColor("#e8833a"),
    State.ON_BREAK: QColor("#2f9e77"),
    State.PAUSED: QColor("#8a94a0"),
}


def quantise(fraction: float) -> int:
    """The number of filled twelfths, 0 to 12."""
    return max(0, min(STEPS, int(fraction * STEPS)))


def draw_icon(state: State, filled: int, size: int = 64) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = _COLOURS[state]
    width = size * RING_WIDTH
    rect = QRectF(width / 2 + 1, width / 2 + 1, size - width - 2, size - width - 2)
    track = QColor(colour)
    track.setAlpha(TRACK_ALPHA)
    painter.setPen(QPen(track, width))
    painter.drawEllipse(rect)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    painter.drawArc(rect, 90 * 16, -round(360 * 16 * filled / STEPS))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    centre = size / 2
    if state is State.PAUSED:
        bar_w, bar_h = size / 7.5, size / 2.7
        radius = bar_w / 3
        painter.drawRoundedRect(
            QRectF(centre - bar_w * 1.5, centre - bar_h / 2, bar_w, bar_h), radius, radius
        )
        painter.drawRoundedRect(
            QRectF(centre + bar_w * 0.5, centre - bar_h / 2, bar_w, bar_h), radius, radius
        )
    else:
        dot = size / 2.8 if state in (State.ON_BREAK, State.HEADS_UP) else size / 3.6
        painter.drawEllipse(QRectF(centre - dot / 2, centre - dot / 2, dot, dot))
    painter.end()
    return QIcon(pixmap)
