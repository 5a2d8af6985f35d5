"""A large ring that empties as a step's seconds run out, with the number inside."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from microbreak.ui.contrast import TEXT_AAA, readable
from microbreak.ui.language import HeldLanguage

# A hold is always orange, so it reads differently from moving and relaxing,
# which take the desktop's accent colour (Highlight where there is no accent).
# Either is shaded darker or lighter where it would not stand out 3:1 against
# the window (WCAG AA for graphics): the orange itself is too pale on white.
HOLD = QColor("#e8833a")


def ring_colour(palette: QPalette, *, hold: bool) -> QColor:
    wanted = HOLD if hold else palette.color(QPalette.ColorRole.Accent)
    return readable(wanted, palette.color(QPalette.ColorRole.Window))


def digit_colour(palette: QPalette) -> QColor:
    """The number's colour: the palette's own text colour, as an active window draws it.

    The break window is never activated (it must not take the typing focus),
    so Qt paints it with the Inactive colours, which some desktops dim to a
    mid-grey that reads as disabled: on a dark grey about 4:1. The Active text
    colour is what the desktop means for text; where even that is short of
    7:1 on the window it is shaded (same hue) until it reaches it.
    """
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return readable(text, palette.color(QPalette.ColorRole.Window), TEXT_AAA)


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = 1.0
        self._remaining = 0.0
        self._hold = False
        # The break window's language, held for the whole break; None: the app's.
        self.words: HeldLanguage | None = None
        self.setMinimumSize(96, 96)

    def sizeHint(self) -> QSize:
        return QSize(110, 110)

    def set_time(self, remaining: float, total: float, *, hold: bool) -> None:
        self._remaining = max(0.0, remaining)
        self._total = max(total, 0.001)
        self._hold = hold
        # What a screen reader reads for the ring: "1 second left", "5 seconds left".
        self.setAccessibleName(self.tr("%n second(s) left", "", self.seconds_shown()))
        self.update()

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        # self.tr stays in the code, as lupdate needs it to find a counted text.
        if self.words is None:
            return super().tr(text, disambiguation, n)
        return self.words.translate("CountdownRing", text, disambiguation, n)

    def fraction(self) -> float:
        """How much of the ring is drawn: the time left over the step's time."""
        return self._remaining / self._total

    def seconds_shown(self) -> int:
        # Round up: a hold shows "5" for its whole first second and never "0"
        # while time is left.
        return math.ceil(self._remaining - 1e-6) if self._remaining > 0 else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.palette().mid().color()
        track.setAlpha(90)
        width = max(6.0, side / 12)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(rect)
        fraction = self.fraction()
        colour = ring_colour(self.palette(), hold=self._hold)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; start
        # at 12 o'clock and sweep clockwise (negative) for the time left.
        painter.drawArc(rect, 90 * 16, -round(360 * 16 * fraction))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.38)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(digit_colour(self.palette()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(self.seconds_shown()))
        painter.end()


class DoneMark(QWidget):
    """The ring, full, with a tick in it: the end of a break done to the end.

    Drawn in the ring's colour, so it reads as the countdown that ran out.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(72, 72)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 6
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = ring_colour(self.palette(), hold=False)
        pen = QPen(colour, max(4.0, side / 14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        tick = QPainterPath(QPointF(rect.left() + side * 0.28, rect.top() + side * 0.52))
        tick.lineTo(QPointF(rect.left() + side * 0.44, rect.top() + side * 0.68))
        tick.lineTo(QPointF(rect.left() + side * 0.73, rect.top() + side * 0.36))
        painter.drawPath(tick)
        painter.end()
