"""Draws an exercise's pose: one SVG, or two crossfading, at any size and pixel ratio.

Rendering the vector on every paint (instead of a cached pixmap) keeps the
pictures sharp on HiDPI screens and when the window is resized. On a dark
palette the pictures' greys are swapped for lighter ones (the same drawing,
recoloured), so the figure stands out from a dark window as it does from a
light one. The left side of a two-sided exercise is the right-side picture,
mirrored.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from microbreak.infra.resources import MAX_PICTURE_BYTES
from microbreak.infra.safe_read import UnreadableFileError, read_file_bytes

# The pictures' palette (see docs/ARCHITECTURE.md), light theme -> dark theme.
# Each pair keeps at least 3:1 contrast with a light and a dark window
# (tests/test_pictures.py checks it).
PALETTE = {
    "body": "#5b6b7f",
    "prop": "#b8c2cc",  # chair, wall, door frame, strap
    "near": "#3c4859",  # the near-side arm in side views
    "highlight": "#2a9270",  # the body part that moves
    "arrow": "#cf6a26",  # which way it moves
}
DARK_COLORS = {
    "#5b6b7f": "#a9b6c6",
    "#b8c2cc": "#4f5a66",
    "#3c4859": "#d5dde6",
    "#2a9270": "#2f9e77",
    "#cf6a26": "#e8833a",
}


def svg_for_theme(data: bytes, *, dark: bool) -> bytes:
    if not dark:
        return data
    for light, deep in DARK_COLORS.items():
        data = data.replace(light.encode(), deep.encode())
    return data


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@cache
def renderer(path: Path, dark: bool = False) -> QSvgRenderer:
    try:
        # The loader checked the size; the file may have changed since (and
        # a FIFO put in its place must not hang the window).
        data = read_file_bytes(path, MAX_PICTURE_BYTES)
    except UnreadableFileError:
        data = b""
    svg = QSvgRenderer(QByteArray(svg_for_theme(data, dark=dark)))
    svg.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return svg


def paint_pose(
    painter: QPainter,
    target: QRectF,
    path: Path,
    *,
    dark: bool,
    mirrored: bool = False,
    opacity: float = 1.0,
) -> None:
    """Draw one picture into ``target`` (also used by the contact sheet)."""
    svg = renderer(path, dark)
    if not svg.isValid() or opacity <= 0.0:
        return
    painter.save()
    painter.setOpacity(opacity)
    if mirrored:
        painter.translate(target.center().x() * 2, 0)
        painter.scale(-1, 1)
    svg.render(painter, target)
    painter.restore()


class SvgView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._previous: Path | None = None
        self._blend = 1.0
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    @property
    def path(self) -> Path | None:
        """The pose being shown (or moved into)."""
        return self._path

    @property
    def previous(self) -> Path | None:
        """The pose fading out, while a crossfade runs."""
        return self._previous

    @property
    def blend(self) -> float:
        return self._blend

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def set_pose(
        self,
        path: Path | None,
        previous: Path | None = None,
        blend: float = 1.0,
        *,
        mirrored: bool = False,
    ) -> None:
        if previous is None or previous == path:
            previous, blend = None, 1.0
        state = (path, previous, blend, mirrored)
        if state != (self._path, self._previous, self._blend, self._mirrored):
            self._path, self._previous, self._blend, self._mirrored = state
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._path is None:
            return
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._previous is None:
            paint_pose(painter, target, self._path, dark=dark, mirrored=self._mirrored)
        else:
            layer = crossfade(
                self._previous,
                self._path,
                self._blend,
                side,
                self.devicePixelRatioF(),
                dark=dark,
                mirrored=self._mirrored,
            )
            painter.drawImage(target, layer)
        painter.end()


def crossfade(
    before: Path,
    after: Path,
    blend: float,
    side: int,
    pixel_ratio: float,
    *,
    dark: bool,
    mirrored: bool,
) -> QImage:
    """(1 - blend) x before + blend x after, pixel by pixel, on a transparent square.

    Adding the two weighted pictures (rather than drawing one over the other)
    keeps what both poses share (the chair, the body) solid throughout, while
    the moving part fades out of one place and into the other.
    """
    size = max(1, round(side * pixel_ratio))
    box = QRectF(0, 0, side, side)

    def layer() -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(pixel_ratio)
        image.fill(Qt.GlobalColor.transparent)
        return image

    # Each pose is drawn whole first (its body over its chair) and weighted by
    # its opacity; then the two are added.
    poses = []
    for path, weight in ((before, 1.0 - blend), (after, blend)):
        whole = layer()
        painter = QPainter(whole)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_pose(painter, box, path, dark=dark, mirrored=mirrored)
        painter.end()
        weighted = layer()
        painter = QPainter(weighted)
        painter.setOpacity(weight)
        painter.drawImage(box, whole)
        painter.end()
        poses.append(weighted)
    mixed = poses[0]
    painter = QPainter(mixed)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    painter.drawImage(box, poses[1])
    painter.end()
    return mixed
