"""WCAG AA contrast of the break window in light, dark and high-contrast palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.contrast import GRAPHIC_AA, TEXT_AA, contrast, readable
from microbreak.ui.countdown_ring import ring_colour

R = QPalette.ColorRole


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    return palette


def palettes() -> dict[str, dict[QPalette.ColorRole, str]]:
    return {
        # Qt's own light theme, with a pale desktop accent (a common yellow).
        "light": {R.Window: "#efefef", R.WindowText: "#000000", R.Accent: "#f6d32d"},
        # Breeze-like dark.
        "dark": {R.Window: "#2b2b2b", R.WindowText: "#e6e6e6", R.Accent: "#3daee9"},
        # Windows' "High contrast black", and a dark accent on it.
        "high contrast": {
            R.Window: "#000000",
            R.WindowText: "#ffffff",
            R.Accent: "#1aebff",
            R.Highlight: "#1aebff",
        },
        "high contrast white": {R.Window: "#ffffff", R.WindowText: "#000000", R.Accent: "#37006e"},
    }


@pytest.mark.parametrize("name", list(palettes()))
def test_break_window_text_and_ring_meet_wcag_aa(qtbot: QtBot, clock: FakeClock, name: str) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    window.setPalette(_palette(palettes()[name]))
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:2]])
    background = window.palette().color(R.Window)
    labels = [label for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    assert len(labels) >= 6
    for label in labels:
        text = label.palette().color(label.foregroundRole())
        ratio = contrast(text, background)
        assert ratio >= TEXT_AA, f"{label.objectName() or label.text()!r}: {ratio:.2f}"
    for hold in (False, True):
        ring = ring_colour(window.ring.palette(), hold=hold)
        assert contrast(ring, background) >= GRAPHIC_AA, (name, hold, ring.name())
    digits = window.ring.palette().color(R.WindowText)
    assert contrast(digits, background) >= TEXT_AA


def test_contrast_matches_the_wcag_examples() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_readable_keeps_a_good_colour_and_shades_a_pale_one() -> None:
    white = QColor("white")
    assert readable(QColor("#1c71d8"), white) == QColor("#1c71d8")
    orange = QColor("#e8833a")
    assert contrast(orange, white) < GRAPHIC_AA  # the hold orange alone is too pale
    shaded = readable(orange, white)
    assert contrast(shaded, white) >= GRAPHIC_AA
    assert abs(shaded.hslHue() - orange.hslHue()) <= 2  # still orange
