"""``[movement]``: declared once, checked like every other table."""

from __future__ import annotations

from microbreak.core.settings import MOVEMENT_EXERCISES, Settings
from microbreak.core.settings_data import settings_from_data, settings_to_data


def test_defaults_every_fourth_break_for_about_three_minutes() -> None:
    movement = Settings().movement
    assert (movement.every, movement.minutes) == (4, 3)
    assert movement.exercises == MOVEMENT_EXERCISES
    assert movement.exercises[0] == "stand-move"


def test_a_file_sets_them_and_zero_turns_them_off() -> None:
    settings, problems, _ = settings_from_data(
        {"movement": {"every": 0, "minutes": 5, "exercises": ["stand-move"]}}
    )
    assert problems == []
    assert (settings.movement.every, settings.movement.minutes) == (0, 5)
    assert settings.movement.exercises == ("stand-move",)
    assert settings_to_data(settings)["movement"]["every"] == 0


def test_a_bad_value_falls_back_to_its_default_alone() -> None:
    settings, problems, _ = settings_from_data({"movement": {"every": -2, "minutes": 2}})
    assert settings.movement.every == 4
    assert settings.movement.minutes == 2
    assert [p.key for p in problems] == ["every"]
    assert "0 to 20" in problems[0].describe()
