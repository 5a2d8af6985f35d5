"""The break window's size comes from what it shows now, and is the same each time.

Found: the size was worked out from layout measurements Qt had cached before
the window was shown (some from the previous break, some from the empty page
at start), so the same exercise opened at 560, 648 or 666 px high, and its
picture was 212 px one break and 334 px the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.escalation import Firmness
from microbreak.core.exercise import Exercise
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.ui.break_window import BreakWindow
from tests.helpers.a11y import clipped
from tests.helpers.fonts import app_font


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


@pytest.fixture
def routine(catalog: ExerciseCatalog) -> list[Exercise]:
    return [catalog.exercises[i] for i in DEFAULT_EXERCISES]


@pytest.fixture(params=[None, 14.0], ids=["default-font", "14pt"])
def font(request: pytest.FixtureRequest) -> Iterator[float | None]:
    size: float | None = request.param
    with app_font(size) if size is not None else nullcontext():
        yield size


def opened(window: BreakWindow, exercises: list[Exercise], **kwargs: object) -> tuple[int, ...]:
    """Open a break, let Qt lay it out as it would on screen, and say its sizes."""
    window.start(exercises, **kwargs)  # type: ignore[arg-type]
    QApplication.processEvents()
    assert clipped(window) == []
    picture = window._page.pose_area
    return (window.width(), window.height(), picture.width(), picture.height())


def finish(window: BreakWindow, clock: FakeClock) -> None:
    """Through to the end screen, as a person would, and closed."""
    while not window.on_end_screen():
        window.go_next()
    QApplication.processEvents()
    window.close_for("completed")
    window.hide()


@pytest.mark.usefixtures("font")
def test_the_same_exercise_opens_the_same_window_every_time(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog, routine: list[Exercise]
) -> None:
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    first = opened(window, routine[:1])
    finish(window, clock)
    # Other breaks in between: a longer routine, a firmer one, each exercise alone.
    opened(window, routine[1:4], firmness=Firmness(level=1))
    finish(window, clock)
    for exercise in routine[1:]:
        opened(window, [exercise])
        finish(window, clock)
    assert opened(window, routine[:1]) == first
    finish(window, clock)
    fresh = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(fresh)
    assert opened(fresh, routine[:1]) == first


def test_the_picture_keeps_its_size_through_the_break(
    qtbot: QtBot,
    clock: FakeClock,
    catalog: ExerciseCatalog,
    routine: list[Exercise],
    font: float | None,
) -> None:
    """And where the screen has room (the default font), at the size it asks for."""
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    wanted = window._page.pose_area.sizeHint().height()
    for exercises in (routine[:3], routine[3:], routine[:3]):
        size = opened(window, exercises)
        for _ in exercises[1:]:
            window.go_next()
            QApplication.processEvents()
            assert (window.width(), window.height()) == size[:2]
            assert window._page.pose_area.height() == size[3]
        if font is None:
            assert size[3] >= wanted
        finish(window, clock)
