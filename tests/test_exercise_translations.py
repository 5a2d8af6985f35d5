"""The exercises' own words in other languages: resources/exercises/translations/."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from microbreak.core.exercise import localized
from microbreak.core.player import _moments_of
from microbreak.infra.resources import builtin_exercises_dir, load_exercises

FOLDER = builtin_exercises_dir() / "translations"
FILES = sorted(FOLDER.glob("*.toml"))
# Languages whose every exercise text is translated.
COMPLETE = {
    "ar", "cs", "da", "de", "es", "fr", "hu", "id", "it", "ja", "ko", "nl", "pl",
    "pt_BR", "ru", "sv", "tr", "uk", "zh_CN",
}  # fmt: skip


def test_there_are_translations() -> None:
    assert {p.stem for p in FILES} >= COMPLETE


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_entry_fits_its_exercise(path: Path) -> None:
    english = load_exercises(builtin_exercises_dir()).exercises
    texts = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(texts) <= set(english), "an id that is not an exercise"
    for ex_id, entry in texts.items():
        ex = english[ex_id]
        for key in ("setup", "steps"):
            if key in entry:
                assert len(entry[key]) == len(getattr(ex, key)), (ex_id, key)
                for original, word in zip(getattr(ex, key), entry[key], strict=True):
                    assert ("{side}" in original.text) == ("{side}" in word), (ex_id, word)
        if any("{side}" in s.text for s in ex.steps):
            assert len(entry.get("side_words", [])) == 2, ex_id
        if path.stem in COMPLETE:
            wanted = {"name", "summary", "breathing", "setup", "steps"}
            wanted |= {"safety"} if ex.safety else set()
            assert wanted <= set(entry), (ex_id, wanted - set(entry))
    if path.stem in COMPLETE:
        assert set(texts) == set(english)


def test_loading_in_german_gives_german_words_and_sides() -> None:
    german = load_exercises(builtin_exercises_dir(), language="de_DE").exercises
    english = load_exercises(builtin_exercises_dir()).exercises
    assert german["shoulder-rolls"].name == "Schulterkreisen"
    assert german["shoulder-rolls"].seconds == english["shoulder-rolls"].seconds
    texts = [m.step.text for m in _moments_of(0, german["neck-side-stretch"])]
    assert any("zur rechten Seite" in t for t in texts)
    assert any("zur linken Seite" in t for t in texts)
    assert not any("{side}" in t for t in texts)


def test_a_half_done_translation_keeps_the_english() -> None:
    ex = load_exercises(builtin_exercises_dir()).exercises["shoulder-rolls"]
    partly = localized(ex, {"name": "Schulterkreisen", "steps": ["only one of two"], "safety": 3})
    assert partly.name == "Schulterkreisen"
    assert partly.steps == ex.steps
    assert partly.safety == ex.safety


def test_a_language_without_texts_is_english() -> None:
    english = load_exercises(builtin_exercises_dir()).exercises
    assert load_exercises(builtin_exercises_dir(), language="fi_FI").exercises == english
