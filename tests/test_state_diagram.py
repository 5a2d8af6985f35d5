"""Every transition drawn in docs/ARCHITECTURE.md happens in the real engine."""

from __future__ import annotations

import pytest

from microbreak.core.state import State
from tests.state_diagram import DOC, EVENTS, SETUPS, Row, diagram_in_doc, drive, render, rows

ROWS = rows()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.source} / {r.event}" for r in ROWS])
def test_each_drawn_transition_is_what_the_engine_does(row: Row) -> None:
    assert row.source in SETUPS, f"no recipe for the state {row.source!r} in tests/state_diagram.py"
    assert row.event in EVENTS, f"no way to send {row.event!r} in tests/state_diagram.py"
    assert drive(row) is State(row.target)


def test_the_table_reaches_and_leaves_every_state() -> None:
    sources = {State(r.source.split(" ", 1)[0]) for r in ROWS}
    targets = {State(r.target) for r in ROWS}
    assert sources == set(State)
    assert targets == set(State)


def test_the_drawing_is_made_from_the_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert diagram_in_doc(text) == render(ROWS), "run: uv run python -m tests.state_diagram"
