"""Renders every exercise's poses into one PNG: docs/exercise-contact-sheet.png.

One row per exercise (the default five first): its name, posture and
equipment, then each pose on a light window and again on a dark one, drawn by
the same code the break window uses. ``uv run python -m tests.contact_sheet``
remakes the committed picture (or ``... contact_sheet out.png`` writes
elsewhere); tests/test_pictures.py renders it into test-artifacts/ only, so a
test run never changes a tracked file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from microbreak.core.exercise import Exercise, Sides
from microbreak.core.figure_motion import FigureFrame, figure_frame
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.ui.figure_paint import paint_figure
from microbreak.ui.svg_view import paint_pose
from tests.figure_frames import DARK, LIGHT, step_views

SHEET = Path(__file__).resolve().parent.parent / "docs" / "exercise-contact-sheet.png"
CELL = 160
LABEL = 250
GAP = 16
ROW = CELL + 12
HEADER = 34


def ordered(catalog: ExerciseCatalog) -> list[Exercise]:
    rest = sorted(i for i in catalog.exercises if i not in DEFAULT_EXERCISES)
    return [catalog.exercises[i] for i in (*DEFAULT_EXERCISES, *rest) if i in catalog.exercises]


def render(catalog: ExerciseCatalog, out: Path) -> QImage:
    exercises = ordered(catalog)
    poses = max(len(_cells(ex)) or len(ex.pictures) for ex in exercises)
    half = poses * CELL
    width = LABEL + half + GAP + half
    image = QImage(width, HEADER + ROW * len(exercises), QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dark_left = LABEL + half + GAP
    painter.fillRect(dark_left, 0, half, image.height(), DARK)
    font = QFont(painter.font())
    font.setPixelSize(13)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(15)
    painter.setFont(bold)
    painter.setPen(QColor("#333333"))
    painter.drawText(QRectF(LABEL, 0, half, HEADER), Qt.AlignmentFlag.AlignCenter, "light window")
    painter.setPen(QColor("#dddddd"))
    painter.drawText(
        QRectF(dark_left, 0, half, HEADER), Qt.AlignmentFlag.AlignCenter, "dark window"
    )
    for row, ex in enumerate(exercises):
        top = HEADER + row * ROW
        painter.setPen(QColor("#e4e4e4"))
        painter.drawLine(0, top, LABEL + half, top)
        painter.setPen(QColor("#222222"))
        painter.setFont(bold)
        painter.drawText(QRectF(10, top + 10, LABEL - 16, 44), _wrap(), ex.name)
        painter.setFont(font)
        painter.setPen(QColor("#555555"))
        details = f"{ex.posture}, {'no equipment' if ex.equipment == 'none' else ex.equipment}"
        if ex.sides is Sides.BOTH:
            details += ", both sides (left is mirrored)"
        details += f"\n{ex.seconds} s" + (" · default set" if ex.id in DEFAULT_EXERCISES else "")
        painter.drawText(QRectF(10, top + 56, LABEL - 16, 60), _wrap(), details)
        paths = catalog.pictures.get(ex.id, ())
        cells: Sequence[FigureFrame | Path] = _cells(ex) if ex.figure else paths
        for col, pose in enumerate(cells):
            for left, dark in ((LABEL, False), (dark_left, True)):
                cell = QRectF(left + col * CELL + 4, top + 6, CELL - 8, CELL - 8)
                if isinstance(pose, FigureFrame):
                    back = DARK if dark else LIGHT
                    paint_figure(painter, cell, ex, pose, dark=dark, background=back)
                else:
                    paint_pose(painter, cell, pose, dark=dark)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    return image


def _cells(ex: Exercise) -> list[FigureFrame]:
    """A figure exercise's poses in the order met, each with the arrow of the step into it."""
    if ex.figure is None:
        return []
    frames: list[FigureFrame] = []
    seen: set[int] = set()
    for view in step_views(ex, (0.5,)):
        if view.step.picture in seen and not view.step.via:
            continue
        seen.add(view.step.picture)
        moving = figure_frame(view, reduced_motion=False)
        frames.append(FigureFrame(moving.keys[-1], moving.keys, 0.5, False))
    return frames


def _wrap() -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def main(argv: Sequence[str]) -> int:
    from PySide6.QtGui import QGuiApplication

    # It only paints into an image: no screen needed, the same on any desktop.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(list(argv[:1]))
    out = Path(argv[1]) if len(argv) > 1 else SHEET
    render(load_exercises(builtin_exercises_dir()), out)
    print(out)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
