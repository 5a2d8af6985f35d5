"""WCAG AA contrast of the break window in light, dark and high-contrast palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.contrast import GRAPHIC_AA, TEXT_AA, TEXT_AAA, contrast, readable
from microbreak.ui.countdown_ring import CountdownRing, digit_colour, ring_colour

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
    digits = digit_colour(window.ring.palette())
    assert contrast(digits, background) >= TEXT_AAA


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


def _dark_with(inactive_text: str, active_text: str = "#e6e6e6") -> QPalette:
    """A dark palette whose inactive windows (the break window is never active) get
    ``inactive_text``, as some desktops dim them."""
    palette = QPalette(QApplication.palette())
    for group in QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive:
        palette.setColor(group, R.Window, QColor("#2b2b2b"))
        palette.setColor(group, R.Accent, QColor("#3daee9"))
    palette.setColor(QPalette.ColorGroup.Active, R.WindowText, QColor(active_text))
    palette.setColor(QPalette.ColorGroup.Inactive, R.WindowText, QColor(inactive_text))
    return palette


def _digit_contrast(ring: CountdownRing) -> float:
    """The number's best-contrast pixel against the window, as drawn (antialiased edges aside)."""
    image = ring.grab().toImage()
    background = ring.palette().color(R.Window)
    middle = range(image.width() // 3, image.width() * 2 // 3)
    return max(contrast(image.pixelColor(x, y), background) for x in middle for y in middle)


@pytest.mark.parametrize(
    ("inactive", "active"),
    [
        ("#8c8c8c", "#e6e6e6"),  # a dimmed inactive window: 4.2:1, looked disabled
        ("#8c8c8c", "#9a9a9a"),  # a desktop whose text itself is mid-grey: shaded lighter
    ],
)
def test_the_countdown_number_reads_7_to_1_on_a_dark_window(
    qtbot: QtBot, artifacts_dir: Path, inactive: str, active: str
) -> None:
    palette = _dark_with(inactive, active)
    assert contrast(QColor(inactive), QColor("#2b2b2b")) < TEXT_AA  # the old number
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(110, 110)
    ring.setPalette(palette)
    ring.set_time(5, 10, hold=False)
    assert not ring.isActiveWindow()  # drawn with the Inactive colours, like the break
    assert contrast(digit_colour(ring.palette()), QColor("#2b2b2b")) >= TEXT_AAA
    assert _digit_contrast(ring) >= TEXT_AAA - 0.05
    if active == "#e6e6e6":
        assert digit_colour(ring.palette()) == QColor(active)  # the desktop's own text colour
        assert ring.grab().save(str(artifacts_dir / "countdown-number-dark.png"))
