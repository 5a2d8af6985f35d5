"""The break window on a short screen (a 1280x700 laptop): every word readable, the
picture whole.

Found on such a laptop: the window, capped at the screen's height, squeezed
its parts below what they need: a firmer break's "why" sentence lost its
last line at large text, and the figure, which keeps a minimum size, was cut
off at its feet by the stacked area around it. These run the real window on
virtual screens of the sizes that matter (the pytest process's own offscreen
screen is fixed), in a subprocess: tests/break_size_child.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from microbreak.ui.break_size import FRAME_ROOM

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Top to bottom, as the page lays them out.
ORDER = (
    "position_label",
    "why_label",
    "title_label",
    "pose_area",
    "step_label",
    "ring",
    "breathing_label",
    "back_button",
    "bottom",
)
LONGEST_WHY = [1, 0, 0]  # "Breaks were put off earlier; each break you take makes..."


def screen(name: str, x: int, width: int, height: int) -> dict[str, Any]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


def open_on_screen(
    width: int,
    height: int,
    cases: list[dict[str, Any]],
    tmp_path: Path,
    shots: Path,
    *,
    others: tuple[dict[str, Any], ...] = (),
) -> list[dict[str, Any]]:
    """Each case's break window on a ``width`` x ``height`` screen, measured.

    ``others`` are more screens beside it; a case's ``pointer`` puts the
    mouse pointer (where a break opens) on one of them.
    """
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen("laptop", 0, width, height), *others]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "break_size_child.py"), json.dumps(cases), shots],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(found) == len(cases)
    if not others:
        assert found[0]["area"][3] == height
    return found


def bottom(rect: list[int]) -> int:
    return rect[1] + rect[3]


def overlaps(shown: dict[str, Any]) -> list[str]:
    """Parts that start above the end of the part before them."""
    parts = shown["parts"]
    found, above = [], ("top", 0)
    for name in ORDER:
        part = parts[name]
        if not part["visible"]:
            continue
        if part["rect"][1] < above[1]:
            found.append(f"{name} at {part['rect'][1]} overlaps {above[0]} (to {above[1]})")
        above = (name, bottom(part["rect"]))
    return found


def cut_texts(shown: dict[str, Any]) -> list[str]:
    return [
        f"{name}: {part['rect'][3]} < {part['needs']} high"
        for name, part in shown["parts"].items()
        if part["visible"] and "needs" in part and part["rect"][3] < part["needs"]
    ]


def case(
    language: str, point_size: float | None, firmness: list[int] | None = LONGEST_WHY
) -> dict[str, Any]:
    return {"language": language, "point_size": point_size, "firmness": firmness, "exercises": 3}


def test_a_firmer_breaks_why_sentence_is_whole_on_a_short_screen(
    tmp_path: Path, artifacts_dir: Path
) -> None:
    cases = [case(lang, size) for lang in ("en", "de", "fr", "ru") for size in (None, 20)]
    cases.append(case("en", None, [1, 2, 0]))
    for shown in open_on_screen(1280, 700, cases, tmp_path, artifacts_dir):
        why = shown["parts"]["why_label"]
        label = shown["case"]
        assert why["visible"], label
        assert why["rect"][3] >= why["needs"], (label, why)
        assert bottom(why["rect"]) <= shown["window"][1], label
        assert overlaps(shown) == [], label
        assert cut_texts(shown) == [], label


def test_the_picture_scales_down_to_a_short_screen_and_stays_whole(
    tmp_path: Path, artifacts_dir: Path
) -> None:
    cases = [case(lang, size, None) for lang in ("en", "de", "fr") for size in (None, 11, 16)]
    short = open_on_screen(1280, 700, cases, tmp_path, artifacts_dir)
    tall = open_on_screen(1920, 1080, cases, tmp_path, artifacts_dir)
    for low, high in zip(short, tall, strict=True):
        label, parts = low["case"], low["parts"]
        picture = parts["pose_area"]["rect"]
        # The figure is drawn to fit the whole of its area (keeping its
        # aspect): a figure larger than its area is cropped there.
        assert parts["figure"]["rect"] == picture, label
        assert 0 < picture[3] <= high["parts"]["pose_area"]["rect"][3], label
        assert overlaps(low) == [], label
        assert cut_texts(low) == [], label
        # The window and its title bar on the screen, the buttons inside the window.
        assert low["window"][1] + FRAME_ROOM <= low["area"][3], label
        assert bottom(parts["bottom"]["rect"]) <= low["window"][1], label


def test_a_break_opening_on_a_shorter_second_screen_fits_that_screen(
    tmp_path: Path, artifacts_dir: Path
) -> None:
    # A tall main screen, and the pointer on a short one beside it: the
    # window is sized for the screen it opens on, not the one it was on.
    beside = screen("beside", 1920, 1280, 600)
    opening = {**case("en", None, None), "pointer": [2000, 300]}
    [shown] = open_on_screen(1920, 1200, [opening], tmp_path, artifacts_dir, others=(beside,))
    assert shown["area"] == [1920, 0, 1280, 600]  # it opened on the pointer's screen
    assert shown["window"][1] + FRAME_ROOM <= 600
    assert bottom(shown["parts"]["bottom"]["rect"]) <= shown["window"][1]
    assert cut_texts(shown) == []
