"""A sound server that answers only later (it started after the app, or restarted)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.guidance import SoundCue
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.infra.sound import SoundServerAbsentError
from tests.helpers.app import make_app
from tests.helpers.fakes import FakeSoundBackend
from tests.helpers.wakeup import fire


class LateServer:
    """The chimes' backend factory: no server answers until ``up`` is set."""

    def __init__(self) -> None:
        self.up = False
        self.asked = 0
        self.backend = FakeSoundBackend()

    def __call__(self, _files: Mapping[SoundCue, Path]) -> FakeSoundBackend:
        self.asked += 1
        if not self.up:
            raise SoundServerAbsentError("the sound server cannot be reached")
        return self.backend


def finish_break(app_clock: tuple[object, FakeClock]) -> None:
    app, clock = app_clock
    window = app.windows.break_window  # type: ignore[attr-defined]
    while app.engine.state is State.ON_BREAK:  # type: ignore[attr-defined]
        clock.advance(1)
        window.tick()


def test_chimes_come_back_at_the_next_break_once_a_server_answers(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    server = LateServer()
    app = make_app(qtbot, clock, paths, sound_backend=server)
    fire(app, clock)  # the heads-up: the window is made, the server asked
    assert app.engine.state is State.HEADS_UP
    assert server.asked == 1
    fire(app, clock)
    assert app.engine.state is State.ON_BREAK
    finish_break((app, clock))
    assert server.backend.played == []  # silent: no server
    server.up = True  # the desktop's sound server has started
    fire(app, clock)  # the next heads-up asks again
    assert app.engine.state is State.HEADS_UP
    fire(app, clock)
    assert app.engine.state is State.ON_BREAK
    assert [cue for cue, _volume in server.backend.played][:1] == [SoundCue.START]
    finish_break((app, clock))
    assert server.backend.played[-1][0] is SoundCue.END
    app.quit()
