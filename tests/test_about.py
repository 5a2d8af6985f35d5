"""The first-run health notice and the About window, clicked through with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.infra.state_store import StateStore
from tests.helpers.app import make_app


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.inside(tmp_path)


def started(qtbot: QtBot, clock: FakeClock, paths: AppPaths) -> MicrobreakApp:
    return make_app(qtbot, clock, paths)


def test_the_notice_shows_on_first_run_once(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, artifacts_dir: Path
) -> None:
    first = started(qtbot, clock, paths)
    notice = first.windows.health_notice
    assert notice is not None
    assert notice.isVisible()
    text = notice.body_label.text()
    assert "doctor or physical therapist" in text
    assert "If an exercise hurts, stop it" in text
    assert "not medical advice" in text
    assert notice.grab().save(str(artifacts_dir / "health-notice.png"))
    # The app works while it is open; a break moves it aside, not away...
    first.intents.break_now.emit()
    assert first.engine.state is State.ON_BREAK
    assert not notice.isVisible(), "two windows at once, one perhaps over the exercise"
    assert not StateStore(paths.state_file).health_notice_seen()
    first.windows.break_window.skip()
    qtbot.waitUntil(notice.isVisible, timeout=2000)  # back once the break is over
    # ...and after it is dismissed, which is remembered.
    qtbot.mouseClick(notice.ok_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert StateStore(paths.state_file).health_notice_seen()
    first.intents.break_now.emit()
    assert first.windows.break_window.isVisible()
    again = started(qtbot, clock, paths)
    assert again.windows.health_notice is None


def test_closing_the_notice_any_way_counts_as_seen(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    a = started(qtbot, clock, paths)
    assert a.windows.health_notice is not None
    a.windows.health_notice.reject()  # Esc or the window's close button
    assert StateStore(paths.state_file).health_notice_seen()


def test_about_is_in_the_menu_explains_the_microbreak_and_reopens_the_notice(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, artifacts_dir: Path
) -> None:
    StateStore(paths.state_file).mark_health_notice_seen()
    a = started(qtbot, clock, paths)
    assert a.windows.health_notice is None
    assert a.windows.status_window is not None
    menu = a.windows.status_window.menu
    assert [x.text() for x in menu.actions()][-3:] == [
        "Settings…",
        "About microbreak",
        "Quit",
    ]
    menu.about_action.trigger()
    about = a.windows.about_window
    assert about is not None
    qtbot.addWidget(about)
    assert about.isVisible()
    text = about.aaohn_label.text()
    assert "American Association of Occupational Health Nurses" in text
    assert "every 30 to 60 minutes" in text
    listed = about.exercises_label.text()
    for exercise in a.catalog.exercises.values():
        assert exercise.name in listed
    about.resize(520, 900)
    assert about.grab().save(str(artifacts_dir / "about.png"))
    qtbot.mouseClick(about.notice_button, Qt.MouseButton.LeftButton)
    assert a.windows.health_notice is not None
    qtbot.addWidget(a.windows.health_notice)
    assert a.windows.health_notice.isVisible()
    about.close()  # closing About hides it; the app goes on
    assert not about.isVisible()
    a.windows.status_window.about_button.click()
    assert about.isVisible()
