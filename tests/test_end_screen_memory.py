"""The end screen keeps nothing from one break to the next (issue 18).

Its small pictures are made anew for each break, twice (once to fit the
window's size, once to show what was done). What Qt's C++ side keeps of the
old ones is invisible to Python's object counts and to Qt's child lists, so
this asks the C allocator (glibc's ``mallinfo2``) how much is in use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

import pytest
from pytestqt.qtbot import QtBot

from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.break_summary import SummaryPage
from microbreak.ui.language import language_in_force
from tests.helpers.routine import SVG_EXERCISES

_FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in _FIELDS.split()]


def _heap_in_use() -> int:
    """Bytes the C allocator has handed out and not had back."""
    name = ctypes.util.find_library("c")
    libc = ctypes.CDLL(name) if name else None
    mallinfo2 = getattr(libc, "mallinfo2", None)
    if mallinfo2 is None:
        pytest.skip("needs glibc 2.33's mallinfo2 to count the C heap")
    mallinfo2.restype = _MallInfo2
    gc.collect()
    return int(mallinfo2().uordblks)


def test_showing_what_was_done_again_and_again_keeps_nothing(qtbot: QtBot) -> None:
    catalog = load_exercises(builtin_exercises_dir(), SVG_EXERCISES)
    # Some drawn by the figure, some by their own pictures: each kind of cell.
    done = [catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]]
    assert {ex.figure is None for ex in done} == {True, False}
    page = SummaryPage(catalog.pictures, language_in_force())
    qtbot.addWidget(page)
    for _ in range(20):  # what the first showings load (fonts, figure paths) stays
        page.show_done(done)
    before = _heap_in_use()
    times = 500
    for _ in range(times):
        page.show_done(done)
    grown = _heap_in_use() - before
    # Each showing used to lose a layout item per picture (about 100 bytes
    # each, 150 KB here); now it is allocator noise.
    assert grown < 20 * 1024, f"{grown} bytes kept over {times} showings"
