"""Exercise files: every shipped file is valid, and a broken one says what is wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import FIELDS, ExerciseError, Side, Sides, exercise_from_table
from microbreak.core.player import RoutinePlayer
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from tests.helpers.routine import SVG_EXERCISES

SHIPPED = sorted(builtin_exercises_dir().glob("*.toml"))

# Every desk exercise in the project's facts file (shared/exercise-facts.md):
# id -> (posture, equipment, sides).
FACTS = {
    "upper-back-movement": ("seated", "none", "none"),
    "high-reach": ("seated", "none", "none"),
    "shoulder-rolls": ("seated", "none", "none"),
    "shoulder-squeeze": ("seated", "none", "none"),
    "shoulder-shrug": ("seated", "none", "none"),
    "seated-elbow-stretch": ("seated", "none", "none"),
    "thoracic-extension": ("seated", "none", "none"),
    "scapular-squeeze": ("seated", "none", "none"),
    "neck-side-stretch": ("seated", "none", "both"),
    "shoulder-rolls-both": ("seated", "none", "none"),
    "strap-overhead": ("seated", "strap", "none"),
    "wall-reach": ("standing", "wall", "none"),
    "wall-elbows": ("standing", "wall", "none"),
    "arm-slide-wall": ("standing", "wall", "none"),
    "doorway-chest": ("standing", "doorway", "none"),
    "wall-lean": ("standing", "wall", "none"),
    "stand-move": ("standing", "none", "none"),
    "eyes-far": ("seated", "none", "none"),
    "eyes-palming": ("seated", "none", "none"),
}


def shipped_table(name: str = "high-reach.toml") -> dict[str, Any]:
    """An exercise file with SVG pictures (as people's own are): high reach as it
    shipped before the figure drew it."""
    return tomllib.loads((SVG_EXERCISES / name).read_text())


def test_the_five_aaohn_exercises_ship_and_load() -> None:
    catalog = load_exercises(builtin_exercises_dir())
    assert catalog.errors == []
    assert set(DEFAULT_EXERCISES) <= set(catalog.exercises)
    for ex_id in DEFAULT_EXERCISES:
        figure = catalog.exercises[ex_id].figure
        assert figure is not None, f"{ex_id} is drawn with the figure"
        assert len(set(figure.poses)) >= 2, f"{ex_id} needs a start and an end pose"


def test_every_exercise_in_the_facts_file_ships() -> None:
    catalog = load_exercises(builtin_exercises_dir())
    assert catalog.errors == []
    assert sorted(catalog.exercises) == sorted(FACTS)
    for ex_id, (posture, equipment, sides) in FACTS.items():
        ex = catalog.exercises[ex_id]
        assert (ex.posture, ex.equipment, ex.sides) == (posture, equipment, sides), ex_id


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_shipped_file_is_valid_and_its_id_matches_its_name(path: Path) -> None:
    data = tomllib.loads(path.read_text())
    exercise = exercise_from_table(data, path.name)
    assert exercise.id == path.stem
    # Shipped files spell every field out, even those with a default.
    # They draw the figure: no pictures; props only where the default is wrong.
    assert set(data) - {"props"} == set(FIELDS) - {"pictures", "props", "poses"}
    # A break of three exercises should stay a microbreak: about a minute each.
    assert 20 <= exercise.seconds <= 120
    # Short and plain: a one-line summary, steps that fit under the picture.
    assert len(exercise.summary) <= 90
    for step in exercise.setup + exercise.steps:
        assert step.text.endswith("."), step.text
        assert len(step.text) <= 150, step.text
    assert exercise.source.startswith(("AAOHN", "exercise-facts.md"))


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        ({"name": None}, "name", "missing"),
        ({"repetitions": -1}, "repetitions", "-1 is out of range: use 1 to 50"),
        ({"repetitions": "five"}, "repetitions", "must be a whole number from 1 to 50"),
        ({"posture": "lying"}, "posture", "'lying' is not seated or standing"),
        ({"equipment": "gym"}, "equipment", "'gym' is not one of none, wall, doorway, strap"),
        ({"pictures": []}, "pictures", "must be a list of one or more SVG file names"),
        ({"steps": []}, "steps", "an exercise needs at least one [[steps]] table"),
        ({"id": "High Reach"}, "id", "'High Reach': use lower-case letters a-z, digits and -"),
        ({"repetitions": None}, "repetitions", "missing; add a whole number from 1 to 50"),
        ({"source": None}, "source", "missing"),
        ({"sides": "left"}, "sides", "'left' is not one of none, both"),
        ({"safty": "oops"}, "safty", "unknown field; the known ones are id, name"),
        ({"pictures": ["a.svg", "b.png"]}, "pictures[1]", "'b.png' is not an SVG file name"),
        ({"pictures": ["../../x.svg"]}, "pictures[0]", "is not an SVG file name"),
    ],
)
def test_a_broken_exercise_names_the_file_field_and_fix(
    change: dict[str, Any], field: str, problem: str
) -> None:
    data = shipped_table()
    for key, value in change.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    with pytest.raises(ExerciseError) as caught:
        exercise_from_table(data, "mine.toml")
    assert caught.value.origin == "mine.toml"
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_a_negative_hold_and_an_unknown_picture_are_named() -> None:
    data = shipped_table()
    data["steps"][1]["seconds"] = -5
    with pytest.raises(ExerciseError, match=r"mine.toml: steps\[2\]: seconds: -5 is out of range"):
        exercise_from_table(data, "mine.toml")
    data = shipped_table()
    data["steps"][0]["picture"] = 7
    with pytest.raises(ExerciseError, match=r"steps\[1\].picture: there is no picture 7"):
        exercise_from_table(data, "mine.toml")
    data = shipped_table()
    data["steps"][0]["hold"] = 5
    with pytest.raises(ExerciseError, match=r"steps\[1\].hold: unknown field"):
        exercise_from_table(data, "mine.toml")


def test_sides_default_to_none_so_older_files_still_load() -> None:
    data = shipped_table()
    data.pop("sides", None)
    assert exercise_from_table(data, "old.toml").sides == "none"


def test_a_broken_file_is_skipped_with_a_message_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(
        (SVG_EXERCISES / "high-reach.toml").read_text().replace("high-reach", "good", 1)
    )
    (tmp_path / "bad.toml").write_text("id = 'bad'\nname = \n")
    (tmp_path / "nopic.toml").write_text(
        (SVG_EXERCISES / "high-reach.toml")
        .read_text()
        .replace('id = "high-reach"', 'id = "nopic"')
        .replace("high-reach-end.svg", "nowhere.svg")
    )
    catalog = load_exercises(builtin_exercises_dir(), tmp_path)
    assert "good" in catalog.exercises
    assert "high-reach" in catalog.exercises
    assert len(catalog.errors) == 2
    assert any("bad.toml: cannot be read" in e for e in catalog.errors)
    assert any(
        "nopic.toml: pictures: no such picture file: nowhere.svg" in e for e in catalog.errors
    )


def test_side_placeholders_read_right_then_left(clock: FakeClock) -> None:
    neck = load_exercises(builtin_exercises_dir()).exercises["neck-side-stretch"]
    assert neck.sides is Sides.BOTH
    player = RoutinePlayer([neck], clock.now())
    texts: dict[Side | None, set[str]] = {}
    while not player.finished:
        view = player.view()
        texts.setdefault(view.side, set()).add(view.step.text)
        clock.advance(1)
        player.tick(clock.now())
    assert "Slowly tilt your right ear toward your right shoulder." in texts[Side.RIGHT]
    assert "Slowly tilt your left ear toward your left shoulder." in texts[Side.LEFT]
    assert "Now the left side." in texts[Side.LEFT]
    assert not any("{" in t for group in texts.values() for t in group)


def test_side_placeholders_are_checked() -> None:
    data = shipped_table()
    data["steps"][0]["text"] = "Lift your {side} arm."
    with pytest.raises(ExerciseError, match=r'steps\[1\].text: \{side\} needs sides = "both"'):
        exercise_from_table(data, "mine.toml")
    data["sides"] = "both"
    data["steps"][0]["text"] = "Lift your {arm}."
    with pytest.raises(ExerciseError, match=r"the only placeholder allowed is \{side\}"):
        exercise_from_table(data, "mine.toml")
