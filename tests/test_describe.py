"""Status and durations in words."""

from __future__ import annotations

import pytest

from microbreak.core.describe import heads_up_title, in_full_words, in_words, time_spent


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45.9, "45 s"),
        (60, "1 min"),
        (68.7, "1 min 8 s"),
        (135, "2 min 15 s"),
        (134.9999999, "2 min 15 s"),
        (3900, "1 h 5 min"),
        (7200, "2 h"),
    ],
)
def test_time_spent_rounds_down_and_keeps_seconds(seconds: float, text: str) -> None:
    assert time_spent(seconds) == text


def test_in_words_still_rounds_up_for_countdowns() -> None:
    assert in_words(68.2) == "2 min"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (30, "30 seconds"),
        (1, "1 second"),
        (0.2, "1 second"),
        (59.5, "1 minute"),
        (61, "2 minutes"),
        (120, "2 minutes"),
        (3600, "1 hour"),
        (3660, "1 hour 1 minute"),
    ],
)
def test_in_full_words_says_singular_and_plural(seconds: float, text: str) -> None:
    assert in_full_words(seconds) == text


def test_heads_up_title() -> None:
    assert heads_up_title(1) == "Microbreak in 1 second"
    assert heads_up_title(30) == "Microbreak in 30 seconds"
    assert heads_up_title(120) == "Microbreak in 2 minutes"
