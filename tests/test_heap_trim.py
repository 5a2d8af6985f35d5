"""Freed heap goes back to the system after each break (infra/heap_trim.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.state import State
from microbreak.infra.heap_trim import HeapTrimmer
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app


def _recording(calls: list[int]) -> Callable[[int], int]:
    def trim(pad: int) -> int:
        calls.append(pad)
        return 1

    return trim


def test_the_trim_is_called_with_zero_and_tolerates_its_absence() -> None:
    calls: list[int] = []
    assert HeapTrimmer(_recording(calls)).trim()
    assert calls == [0], "pad 0: keep nothing spare at the top of the heap"
    assert not HeapTrimmer(None).trim()

    def broken(_pad: int) -> int:
        raise OSError("no")

    assert not HeapTrimmer(broken).trim()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_s_trim_is_found_here() -> None:
    assert HeapTrimmer().trim()


def test_each_break_that_ends_trims_the_heap_once(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    app = make_app(qtbot, clock, paths)
    calls: list[int] = []
    app.deps.heap = HeapTrimmer(_recording(calls))
    app.intents.break_now.emit()
    assert app.engine.state is State.ON_BREAK
    assert calls == [], "not while the break runs"
    window = app.windows.break_window
    while app.engine.state is State.ON_BREAK:
        clock.advance(0.5)
        window.tick()
    assert calls == [0]
