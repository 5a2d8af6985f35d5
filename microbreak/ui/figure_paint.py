"""Paints the articulated figure with QPainter: the break window, the contact sheet and
the tests all draw it through :func:`paint_figure`.

The drawing is fitted once per exercise (every pose and arrow of it inside
the target), so the figure never zooms while it moves. Each shape is outlined
in the window's own colour, so a limb in front of the body stands apart from
it on a light window and a dark one alike. The left side of a two-sided
exercise is the right side, mirrored.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from microbreak.core.exercise import Exercise, Posture
from microbreak.core.figure_motion import (
    FigureFrame,
    exercise_bounds,
    frame_parts,
    motion_arrows,
)
from microbreak.core.figure_scene import Role, Shape, figure_shapes, part_of
from microbreak.ui.svg_view import DARK_COLORS, PALETTE

HALO = 1.6  # centimetres of window colour round each shape


def colours(dark: bool) -> dict[str, QColor]:
    return {name: QColor(DARK_COLORS[value] if dark else value) for name, value in PALETTE.items()}


class PageMap:
    """Page centimetres to pixels in ``target``; mirrored about the drawing's middle."""

    def __init__(self, ex: Exercise, target: QRectF, mirrored: bool) -> None:
        left, bottom, right, top = exercise_bounds(ex)
        self.scale = min(target.width() / (right - left), target.height() / (top - bottom))
        self._cx, self._cy = (left + right) / 2, (bottom + top) / 2
        self._centre = target.center()
        self._flip = -1.0 if mirrored else 1.0

    def __call__(self, x: float, y: float) -> QPointF:
        return QPointF(
            self._centre.x() + (x - self._cx) * self.scale * self._flip,
            self._centre.y() - (y - self._cy) * self.scale,
        )


def _outline(shape: Shape, at: PageMap) -> QPainterPath:
    path = QPainterPath()
    points = [at(x, y) for x, y in shape.points]
    if shape.width == 0:
        path.addPolygon(QPolygonF(points))
        path.closeSubpath()
        return path
    if len(points) == 1:
        r = shape.width / 2 * at.scale
        path.addEllipse(points[0], r, r)
        return path
    path.moveTo(points[0])
    for p in points[1:]:
        path.lineTo(p)
    return path


def _draw(painter: QPainter, shape: Shape, path: QPainterPath, fill: QColor, width: float) -> None:
    if shape.width == 0 or len(shape.points) == 1:
        painter.setPen(
            QPen(
                fill,
                max(1.0, width * 0.5),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(
        QPen(fill, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.drawPath(path)


def paint_figure(
    painter: QPainter,
    target: QRectF,
    ex: Exercise,
    frame: FigureFrame,
    *,
    dark: bool,
    background: QColor,
    arrows: bool = True,
) -> None:
    spec = ex.figure
    assert spec is not None
    seated = ex.posture is Posture.SEATED
    at = PageMap(ex, target, frame.mirrored)
    palette = colours(dark)
    moving = frame_parts(ex, frame)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, _bottom, right, _top = exercise_bounds(ex)
    floor = QPen(
        palette["prop"], max(2.0, 2.5 * at.scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
    )
    painter.setPen(floor)
    painter.drawLine(at(left + 4, -1.2), at(right - 4, -1.2))
    for shape in figure_shapes(frame.pose, spec.view, seated=seated, props=spec.props):
        path = _outline(shape, at)
        width = shape.width * at.scale
        if shape.halo:
            _draw(painter, shape, path, background, width + 2 * HALO * at.scale)
        if shape.role is Role.PROP:
            fill = palette["prop"]
        elif part_of(shape.part) in moving:
            fill = palette["highlight"]
        else:
            fill = palette["near" if shape.role is Role.NEAR else "body"]
        _draw(painter, shape, path, fill, width)
    if arrows:
        for arrow in motion_arrows(frame.keys, frame.progress, spec, seated):
            _arrow(painter, [at(x, y) for x, y in arrow], palette["arrow"], background, at.scale)
    painter.restore()


def _arrow(
    painter: QPainter, points: list[QPointF], colour: QColor, background: QColor, scale: float
) -> None:
    width = max(2.5, 2.6 * scale)
    head = max(8.0, 7.0 * scale)
    end = points[-1]
    # The shaft stops short of the tip, under the head.
    back = next(
        (p for p in reversed(points) if math.dist((p.x(), p.y()), (end.x(), end.y())) >= head),
        points[0],
    )
    angle = math.atan2(end.y() - back.y(), end.x() - back.x())
    shaft = QPainterPath(points[0])
    for p in points[1:]:
        if p is back:
            shaft.lineTo(p)
            break
        shaft.lineTo(p)
    tip = QPolygonF(
        [
            end,
            QPointF(
                end.x() - head * math.cos(angle - 0.45), end.y() - head * math.sin(angle - 0.45)
            ),
            QPointF(
                end.x() - head * math.cos(angle + 0.45), end.y() - head * math.sin(angle + 0.45)
            ),
        ]
    )
    for pen_colour, extra in ((background, 2 * HALO * scale), (colour, 0.0)):
        painter.setPen(
            QPen(
                pen_colour,
                width + extra,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shaft)
        painter.setBrush(QBrush(pen_colour))
        painter.drawPolygon(tip)


def still_image(
    ex: Exercise, frame: FigureFrame, size: int, *, dark: bool, background: QColor
) -> QImage:
    """``frame`` drawn on a square image, no arrows: a list icon, a preview, the self-check."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background)
    painter = QPainter(image)
    paint_figure(
        painter, QRectF(0, 0, size, size), ex, frame, dark=dark, background=background, arrows=False
    )
    painter.end()
    return image
