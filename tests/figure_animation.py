"""An animated preview of each exercise's figure, for the docs: one GIF each.

``uv run python -m tests.figure_animation [OUT_DIR]`` renders one pass through
an exercise (its setup, then one repetition of its steps) at 8 frames a
second, drawn by the code the break window uses, and writes
docs/motion/<id>.gif with ImageMagick's ``convert`` (a developer's tool, not
a dependency; the frames alone, as PNG, when it is missing). Long holds are
cut to a second: the preview shows the motion, not the wait.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Exercise
from microbreak.core.figure_motion import figure_frame
from microbreak.core.player import PlayerView, RoutinePlayer
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from tests.figure_frames import render_frame

OUT = Path(__file__).resolve().parent.parent / "docs" / "motion"
SIZE = 200
FPS = 8
HOLD_SHOWN_S = 1.0  # of a hold (or the still end of a step), this much is shown


def frames(ex: Exercise) -> Iterator[PlayerView]:
    """The player's view every 1/FPS s through setup and one repetition."""
    clock = FakeClock(datetime(2024, 1, 1, 9, tzinfo=UTC))
    player = RoutinePlayer([ex], clock.now())
    for _ in range(len(ex.setup) + len(ex.steps)):
        view = player.view()
        seconds = view.step.seconds
        still, elapsed = 0.0, 0.0
        previous = None
        while elapsed < seconds - 1e-6:
            frame = figure_frame(view, reduced_motion=False)
            moving = previous is None or frame != previous
            still = 0.0 if moving else still + 1 / FPS
            if still <= HOLD_SHOWN_S:
                yield view
            previous = frame
            clock.advance(1 / FPS)
            elapsed += 1 / FPS
            player.tick(clock.now())
            view = player.view()
        clock.advance(max(0.0, seconds - elapsed) + 1e-3)
        player.tick(clock.now())


def render(ex: Exercise, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, view in enumerate(frames(ex)):
            image = render_frame(ex, figure_frame(view, reduced_motion=False), SIZE, dark=False)
            path = Path(folder) / f"{i:04d}.png"
            image.save(str(path))
            paths.append(str(path))
        out.parent.mkdir(parents=True, exist_ok=True)
        convert = shutil.which("convert")
        if convert is None:
            target = out.with_suffix("")
            shutil.copytree(folder, target, dirs_exist_ok=True)
            return target
        subprocess.run(
            [convert, "-delay", str(100 // FPS), "-loop", "0", *paths, "-layers", "Optimize",
             str(out)],
            check=True,
        )  # fmt: skip
    return out


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    out = Path(argv[0]) if argv else OUT
    catalog = load_exercises(builtin_exercises_dir())
    for ex in catalog.exercises.values():
        if ex.figure is not None:
            print(render(ex, out / f"{ex.id}.gif"))


if __name__ == "__main__":
    main(sys.argv[1:])
