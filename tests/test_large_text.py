"""The break window at 200 % text size: every word visible, nothing clipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.break_window import BreakWindow
from tests.helpers.a11y import clipped
from tests.helpers.fonts import app_font


@pytest.fixture
def doubled_font() -> Iterator[QFont]:
    with app_font(scale=2) as big:
        yield big


def test_break_window_at_double_text_size_clips_nothing(
    qtbot: QtBot, clock: FakeClock, doubled_font: QFont, artifacts_dir: Path
) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    routine = [catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]]
    window.start(routine)
    assert window.title_label.font().pointSizeF() >= doubled_font.pointSizeF()
    # The longest step of the routine, where wrapping matters most.
    ex = max(routine, key=lambda e: max(len(s.text) for s in e.steps))
    window.start([ex])
    for _ in range(40):
        clock.advance(0.25)
        window.tick()
    QApplication.processEvents()
    window.grab().save(str(artifacts_dir / "break-window-200pct.png"))
    assert clipped(window) == []
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= screen.width()
    assert window.height() <= screen.height()
