"""The exercise pictures: one consistent, checkable style, legible light and dark.

Also renders the contact sheet that a person looks at whenever a picture
changes, into test-artifacts/ (``uv run python -m tests.contact_sheet`` remakes
the committed docs/exercise-contact-sheet.png).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from microbreak.infra.resources import (
    ExerciseCatalog,
    builtin_exercises_dir,
    load_exercises,
    resources_root,
)
from microbreak.ui.svg_view import DARK_COLORS, PALETTE, crossfade, paint_pose, svg_for_theme
from tests import contact_sheet

PICTURES = sorted((resources_root() / "pictures").glob("*.svg"))
NS = "{http://www.w3.org/2000/svg}"
LIGHT_WINDOWS = ("#ffffff", "#efefef")  # a white page, Qt's light Fusion window
DARK_WINDOWS = ("#2b2b2b", "#1e1e1e", "#353535")


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


def test_every_picture_is_used_and_every_exercise_has_a_start_and_end_pose(
    catalog: ExerciseCatalog,
) -> None:
    # The shipped exercises draw the figure; the pictures stay for people's own
    # exercise files, which may name them.
    assert PICTURES
    for ex_id, ex in catalog.exercises.items():
        drawn = ex.figure is not None and len(set(ex.figure.poses)) >= 2
        assert drawn or len(catalog.pictures[ex_id]) >= 2, ex_id


@pytest.mark.parametrize("path", PICTURES, ids=lambda p: p.name)
def test_each_picture_keeps_the_house_style(path: Path) -> None:
    text = path.read_text()
    root = ET.fromstring(text)
    assert root.tag == f"{NS}svg"
    assert root.get("viewBox") == "0 0 200 200"
    title = root.find(f"{NS}title")
    assert title is not None
    assert title.text
    assert len(title.text) > 20, "the title is what a screen reader says"
    tags = {el.tag.removeprefix(NS) for el in root.iter()}
    # No text (no fonts, no translation), no bitmaps or links to other files.
    assert tags <= {"svg", "title", "g", "path", "rect", "circle", "ellipse"}
    assert "href" not in text
    colours = set(re.findall(r"#[0-9a-fA-F]{3,6}\b", text))
    assert colours <= set(PALETTE.values()), (
        f"off-palette colours: {colours - set(PALETTE.values())}"
    )
    assert PALETTE["body"] in colours
    assert len(path.read_bytes()) < 2600, "keep pictures small"


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("role", ["body", "near", "highlight", "arrow"])
def test_the_figure_arrows_and_highlights_contrast_with_light_and_dark_windows(
    role: str,
) -> None:
    light = PALETTE[role]
    dark = DARK_COLORS[light]
    # WCAG's 3:1 for the parts of a picture you need to understand it.
    for window in LIGHT_WINDOWS:
        assert contrast(light, window) >= 3.0, (role, window)
    for window in DARK_WINDOWS:
        assert contrast(dark, window) >= 3.0, (role, window)


def test_props_stay_visible_but_quieter_than_the_figure() -> None:
    prop = PALETTE["prop"]
    for window in LIGHT_WINDOWS:
        assert 1.5 <= contrast(prop, window) < contrast(PALETTE["body"], window)
    for window in DARK_WINDOWS:
        assert 1.5 <= contrast(DARK_COLORS[prop], window) < contrast(DARK_COLORS["#5b6b7f"], window)


def render(path: Path, size: int, background: str, *, dark: bool, ratio: float = 1.0) -> QImage:
    image = QImage(round(size * ratio), round(size * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_pose(painter, QRectF(0, 0, size, size), path, dark=dark)
    painter.end()
    return image


def ink(image: QImage, background: str) -> float:
    """Share of pixels that differ clearly from the background (sampled)."""
    bg = QColor(background)
    hits = total = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            total += 1
            far = (
                (c.red() - bg.red()) ** 2
                + (c.green() - bg.green()) ** 2
                + (c.blue() - bg.blue()) ** 2
            )
            if far > 60**2:
                hits += 1
    return hits / total


@pytest.mark.parametrize("path", PICTURES, ids=lambda p: p.name)
def test_each_picture_renders_at_200_px_light_and_dark(qtbot: QtBot, path: Path) -> None:
    light = render(path, 200, "#ffffff", dark=False)
    dark = render(path, 200, "#2b2b2b", dark=True)
    # A figure that fills a fair part of the square, equally visible in both.
    assert 0.08 < ink(light, "#ffffff") < 0.6
    assert 0.08 < ink(dark, "#2b2b2b") < 0.6
    assert abs(ink(light, "#ffffff") - ink(dark, "#2b2b2b")) < 0.12
    # The dark version really is recoloured: no light-theme grey is left.
    assert b"#5b6b7f" not in svg_for_theme(path.read_bytes(), dark=True)


def test_pictures_are_drawn_at_device_resolution_on_hidpi(qtbot: QtBot) -> None:
    path = PICTURES[0]
    sharp = render(path, 200, "#ffffff", dark=False, ratio=2.0)
    assert (sharp.width(), sharp.height()) == (400, 400)
    # Vector rendering at 2x: edges stay one or two device pixels wide, unlike a
    # 200 px bitmap scaled up (four). Count the grey "edge" pixels along a row
    # through the body.
    soft = render(path, 200, "#ffffff", dark=False).scaled(400, 400)
    assert _edge_pixels(sharp) < _edge_pixels(soft)
    layer = crossfade(PICTURES[0], PICTURES[1], 0.5, 200, 2.0, dark=False, mirrored=False)
    assert (layer.width(), layer.height(), layer.devicePixelRatio()) == (400, 400, 2.0)


def _edge_pixels(image: QImage) -> int:
    count = 0
    for y in range(0, image.height(), 4):
        for x in range(image.width()):
            lightness = image.pixelColor(x, y).lightness()
            if 140 < lightness < 235:
                count += 1
    return count


def test_contact_sheet(qtbot: QtBot, catalog: ExerciseCatalog, artifacts_dir: Path) -> None:
    """Every exercise, every pose, light and dark: into test-artifacts/, never into docs/.

    `uv run python -m tests.contact_sheet` remakes the committed docs picture.
    """
    sheet = artifacts_dir / contact_sheet.SHEET.name
    image = contact_sheet.render(catalog, sheet)
    assert sheet.is_file()
    rows = (image.height() - contact_sheet.HEADER) // contact_sheet.ROW
    assert rows == len(catalog.exercises) == 19
    assert sheet.stat().st_size < 600_000


def test_a_crossfade_keeps_shared_parts_solid_and_moves_the_rest(qtbot: QtBot) -> None:
    pictures = resources_root() / "pictures"
    start, end = pictures / "high-reach-start.svg", pictures / "high-reach-end.svg"
    half = crossfade(start, end, 0.5, 200, 1.0, dark=False, mirrored=False)
    chair, torso, arm_down, arm_up = (100, 166), (100, 100), (72, 110), (70, 20)
    alone = render(start, 200, "#fff", dark=False)
    for x, y in (chair, torso):  # in both poses: stays as it is
        mixed, still = half.pixelColor(x, y), alone.pixelColor(x, y)
        assert mixed.alpha() >= 250
        assert abs(mixed.red() - still.red()) + abs(mixed.blue() - still.blue()) <= 4
    # The arm is half in each place.
    assert 110 <= half.pixelColor(*arm_up).alpha() <= 145
    assert half.pixelColor(*arm_down).name() != PALETTE["highlight"]
    full = crossfade(start, end, 1.0, 200, 1.0, dark=False, mirrored=False)
    assert full.pixelColor(*arm_up).name() == PALETTE["highlight"]
