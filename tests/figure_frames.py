"""Renders each figure exercise's motion as a strip of frames, light and dark.

One PNG per exercise: a row per step of its first repetition (setup
included), four instants each, on a light window and a dark one, drawn by the
code the break window uses. ``uv run python -m tests.figure_frames [OUT_DIR]``
writes them to test-artifacts/figure/ (or OUT_DIR), for a person to look at
whenever a pose changes; tests/test_figure_render.py uses the same helpers.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Exercise
from microbreak.core.figure_motion import FigureFrame, figure_frame
from microbreak.core.player import PlayerView, RoutinePlayer
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.figure_paint import paint_figure

OUT = Path(__file__).resolve().parent.parent / "test-artifacts" / "figure"
CELL = 220
LABEL = 22
LIGHT, DARK = QColor("#ffffff"), QColor("#2b2b2b")
INSTANTS = (0.0, 0.3, 0.6, 1.0)


def step_views(ex: Exercise, instants: tuple[float, ...] = INSTANTS) -> Iterator[PlayerView]:
    """The player's view at ``instants`` (shares of the step) of each step, once through."""
    clock = FakeClock(datetime(2024, 1, 1, 9, tzinfo=UTC))
    player = RoutinePlayer([ex], clock.now())
    count = len(ex.setup) + len(ex.steps)
    for _ in range(count):
        view = player.view()
        seconds = view.step.seconds
        done = 0.0
        for share in instants:
            target = min(share, 0.999) * seconds
            while done < target - 1e-9:
                step = min(0.25, target - done)
                clock.advance(step)
                done += step
                player.tick(clock.now())
            yield player.view()
        clock.advance(seconds - done + 1e-3)
        player.tick(clock.now())


def render_frame(ex: Exercise, frame: FigureFrame, size: int, *, dark: bool) -> QImage:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    background = DARK if dark else LIGHT
    image.fill(background)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, size, size), ex, frame, dark=dark, background=background)
    painter.end()
    return image


def render_strip(ex: Exercise, out: Path) -> None:
    views = list(step_views(ex))
    rows = len(views) // len(INSTANTS)
    cols = len(INSTANTS)
    image = QImage(cols * CELL * 2, rows * (CELL + LABEL), QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    painter.fillRect(cols * CELL, 0, cols * CELL, image.height(), DARK)
    font = QFont(painter.font())
    font.setPixelSize(12)
    painter.setFont(font)
    for i, view in enumerate(views):
        row, col = divmod(i, cols)
        frame = figure_frame(view, reduced_motion=False)
        top = row * (CELL + LABEL)
        for dark in (False, True):
            left = col * CELL + (cols * CELL if dark else 0)
            painter.drawImage(left, top + LABEL, render_frame(ex, frame, CELL, dark=dark))
        if col == 0:
            painter.setPen(QColor("#333333"))
            text = f"{view.step.kind.value}: {view.step.text}"
            painter.drawText(
                QRectF(4, top, cols * CELL - 8, LABEL), Qt.AlignmentFlag.AlignVCenter, text
            )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    out = Path(argv[0]) if argv else OUT
    only = argv[1:]
    catalog = load_exercises(builtin_exercises_dir())
    for ex in catalog.exercises.values():
        if ex.figure is not None and (not only or ex.id in only):
            render_strip(ex, out / f"{ex.id}.png")
            print(out / f"{ex.id}.png")


if __name__ == "__main__":
    main(sys.argv[1:])
