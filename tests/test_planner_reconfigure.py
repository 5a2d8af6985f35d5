"""A new selection from the settings keeps the rotation's place where it can."""

from __future__ import annotations

import pytest

from microbreak.core.planner import RoutinePlanner


def test_the_next_exercise_stays_next_when_it_is_still_chosen() -> None:
    planner = RoutinePlanner(["a", "b", "c", "d", "e"], 2)
    assert planner.next_routine() == ("a", "b")
    planner.reconfigure(["x", "c", "a"], 2)
    assert planner.next_routine() == ("c", "a")


def test_a_dropped_next_exercise_moves_on_to_the_first_still_chosen_after_it() -> None:
    planner = RoutinePlanner(["a", "b", "c", "d"], 1, position=1)
    planner.reconfigure(["a", "d"], 5)
    assert planner.per_break == 2
    assert planner.peek() == ("d", "a")


def test_an_explicit_position_wins_and_an_empty_selection_is_refused() -> None:
    planner = RoutinePlanner(["a", "b"], 1)
    planner.reconfigure(["p", "q", "r"], 1, position=4)
    assert planner.peek() == ("q",)
    with pytest.raises(ValueError, match="at least one"):
        planner.reconfigure([], 1)
