"""The break window follows the desktop: dark palettes, the accent colour, HiDPI.

Each test draws the real widgets offscreen with a given palette and looks at
the pixels; the screenshots land in test-artifacts/ for a person to check.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.countdown_ring import CountdownRing
from microbreak.ui.svg_view import DARK_COLORS, PALETTE, is_dark

R = QPalette.ColorRole


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        R.Window: "#2b2b2b",
        R.WindowText: "#e6e6e6",
        R.Base: "#1e1e1e",
        R.Text: "#e6e6e6",
        R.Button: "#353535",
        R.ButtonText: "#e6e6e6",
        R.Mid: "#555555",
        R.Highlight: "#3daee9",
        R.Accent: "#c061cb",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _has_colour_near(image: QImage, colour: QColor, tolerance: int = 12) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                return True
    return False


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> BreakWindow:
    catalog = load_exercises(builtin_exercises_dir())
    w = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(w)
    w.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])
    return w


def test_is_dark() -> None:
    assert is_dark(dark_palette())
    light = QPalette()
    light.setColor(R.Window, QColor("#efefef"))
    light.setColor(R.WindowText, QColor("#000000"))
    assert not is_dark(light)


def test_dark_palette_keeps_text_and_picture_readable(
    window: BreakWindow, artifacts_dir: Path
) -> None:
    window.setPalette(dark_palette())
    image = window.grab().toImage()
    image.save(str(artifacts_dir / "break-window-dark.png"))
    # The window really is dark, the title is drawn in the palette's light text...
    assert image.pixelColor(3, 3).lightness() < 80
    title = window.title_label.grab().toImage()
    assert max(title.pixelColor(x, title.height() // 2).lightness() for x in range(80)) > 180
    # ... and the figure is redrawn in its lighter dark-theme colours.
    picture = window._page.pose_area.grab().toImage()  # the figure or the picture
    assert _has_colour_near(picture, QColor(DARK_COLORS[PALETTE["body"]]), tolerance=4)


def test_light_palette_keeps_the_original_colours(window: BreakWindow) -> None:
    light = QPalette()
    light.setColor(R.Window, QColor("#efefef"))
    light.setColor(R.WindowText, QColor("#000000"))
    window.setPalette(light)
    picture = window._page.pose_area.grab().toImage()  # the figure or the picture
    assert _has_colour_near(picture, QColor(PALETTE["body"]), tolerance=4)
    assert not _has_colour_near(picture, QColor(DARK_COLORS[PALETTE["body"]]), tolerance=2)


def test_countdown_ring_takes_the_accent_colour(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(110, 110)
    palette = dark_palette()
    ring.setPalette(palette)
    ring.set_time(5, 10, hold=False)
    assert _has_colour_near(ring.grab().toImage(), palette.color(R.Accent))
    # A hold stays orange whatever the accent, so it reads as "hold".
    ring.set_time(5, 10, hold=True)
    image = ring.grab().toImage()
    assert not _has_colour_near(image, palette.color(R.Accent))
    assert _has_colour_near(image, QColor("#e8833a"))
