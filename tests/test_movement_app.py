"""A movement break through the whole app, offscreen on a fake clock: its own
heads-up, its own title, and the stand-up exercise first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app
from tests.helpers.wakeup import fire


def test_every_break_a_movement_break_says_so_from_heads_up_to_title(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[movement]\nevery = 1\n")
    app = make_app(qtbot, clock, paths)
    fire(app, clock)  # the heads-up (the in-app window: no desktop service here)
    assert app.windows.toast.isVisible()
    assert app.windows.toast.windowTitle() == "microbreak"
    assert app.windows.toast.title_label.text().startswith("Movement break in")
    fire(app, clock)  # the break
    assert app.engine.state is State.ON_BREAK
    window = app.windows.break_window
    assert window.windowTitle() == "Time to stand up and move"
    assert window.title_label.text() == "Stand up and move"
    window.skip()
    # The next (a microbreak, were every = 2) would be titled as ever: a new
    # start resets the title with the break's language.
    window.start([app.catalog.exercises["shoulder-rolls"]])
    assert window.windowTitle() == "Time for a break"
