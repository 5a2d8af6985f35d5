"""Every step's English words can be read aloud within the step's seconds.

With "Read aloud" on, each step's words are said as the step begins
(core/guidance.py), and every step of an exercise, setup included, is read.
Words that outlast their step run into the next step's words, or cover a
hold's countdown. A comfortable pace for spoken instructions is about 150
words a minute: WORDS_PER_SECOND. (espeak-ng, the usual Linux voice, reads
175 a minute by default, a little faster, so this leaves a small margin.)

Counted: the step's own words, a number or a unit ("60", "cm") being a word
and ``{side}`` one word. Not counted: what the guidance says in front of a
step, the exercise's name as it starts ("Shoulder squeeze.") or the
repetition ("2 of 3."), which the chime and the picture carry too. English
only: translations are often longer (German, Polish) and are not held to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from microbreak.core.exercise import Exercise, Step
from microbreak.infra.resources import builtin_exercises_dir, load_exercises

WORDS_PER_SECOND = 2.5

EXERCISES = load_exercises(builtin_exercises_dir()).exercises


def spoken_words(text: str) -> int:
    return len(re.findall(r"[\w{}'\u2019-]+", text))


def too_long(exercise: Exercise) -> list[str]:
    steps: list[Step] = [*exercise.setup, *exercise.steps]
    return [
        f"{s.seconds} s, {spoken_words(s.text)} words "
        f"(at most {int(s.seconds * WORDS_PER_SECOND)}): {s.text}"
        for s in steps
        if spoken_words(s.text) > s.seconds * WORDS_PER_SECOND
    ]


def test_words_are_counted_as_a_voice_reads_them() -> None:
    assert spoken_words("Face a wall two feet (60 cm) away, palms at shoulder height.") == 12
    assert spoken_words("Slowly tilt your {side} ear toward your {side} shoulder.") == 9
    assert spoken_words("Let's go: shoulder-width.") == 3


def test_a_step_with_too_many_words_is_named() -> None:
    ex = EXERCISES["shoulder-squeeze"]
    wordy = Step("one two three four five six seven eight", 3, ex.steps[0].kind, 0)
    assert too_long(replace(ex, steps=(wordy,))) == [
        "3 s, 8 words (at most 7): one two three four five six seven eight"
    ]


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_each_step_can_be_read_aloud_in_its_time(exercise_id: str) -> None:
    assert too_long(EXERCISES[exercise_id]) == []
