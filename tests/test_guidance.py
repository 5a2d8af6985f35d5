"""Sound and spoken cues through a whole break, on a fake clock, with no audio at all."""

from __future__ import annotations

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Sides
from microbreak.core.guidance import (
    FINISHED_WORDS,
    PAUSED_WORDS,
    Cue,
    PlaySound,
    SoundCue,
    Speak,
    counted,
    cues_between,
)
from microbreak.core.player import PlayerView, RoutinePlayer
from tests.helpers.routine import make


def play(player: RoutinePlayer, clock: FakeClock, step: float = 0.1) -> list[Cue]:
    """Every cue of a whole break, ticking as the window does."""
    before: PlayerView | None = None
    heard: list[Cue] = []
    while True:
        view = player.view()
        heard += cues_between(before, view)
        before = view
        if view.finished:
            return heard
        clock.advance(step)
        player.tick(clock.now())


def test_a_break_chimes_at_start_and_end_and_ticks_each_repetition(clock: FakeClock) -> None:
    cues = play(RoutinePlayer([make("a", reps=3), make("b", reps=2)], clock.now()), clock)
    sounds = [c.cue for c in cues if isinstance(c, PlaySound)]
    assert sounds == [SoundCue.START, *[SoundCue.REPETITION] * 5, SoundCue.END]


def test_every_step_is_said_once_with_the_exercise_name_and_repetition(
    clock: FakeClock,
) -> None:
    cues = play(RoutinePlayer([make("a", reps=2), make("b", reps=1)], clock.now()), clock)
    words = [c.text for c in cues if isinstance(c, Speak) and not c.count]
    assert words == [
        "A. Get ready",
        "1 of 2. Lift",
        "Hold",
        "2 of 2. Lift",
        "Hold",
        "B. Get ready",
        "Lift",  # a single repetition needs no number
        "Hold",
        FINISHED_WORDS,
    ]


def test_holds_are_counted_down_the_last_five_seconds_and_each_ten(clock: FakeClock) -> None:
    cues = play(RoutinePlayer([make("a", reps=1, hold=30)], clock.now()), clock)
    counts = [c.text for c in cues if isinstance(c, Speak) and c.count]
    assert counts == ["20", "10", "5", "4", "3", "2", "1"]
    assert [n for n in range(0, 31) if counted(n, 30)] == [1, 2, 3, 4, 5, 10, 20]
    assert [n for n in range(0, 6) if counted(n, 5)] == [1, 2, 3, 4]


def test_only_a_holds_last_count_is_said_over_the_steps_words(clock: FakeClock) -> None:
    cues = play(RoutinePlayer([make("a", reps=1, hold=12)], clock.now()), clock)
    counts = [c for c in cues if isinstance(c, Speak) and c.count]
    assert [c.text for c in counts if c.on_time_only] == ["10", "5", "4", "3", "2"]
    assert [c.text for c in counts if c.over_words] == ["1"]


def test_counts_follow_the_countdown_even_with_coarse_ticks(clock: FakeClock) -> None:
    cues = play(RoutinePlayer([make("a", reps=1, hold=5)], clock.now()), clock, step=0.25)
    assert [c.text for c in cues if isinstance(c, Speak) and c.count] == ["4", "3", "2", "1"]


def test_both_sides_are_announced_and_each_side_ticks_its_repetitions(clock: FakeClock) -> None:
    ex = make("neck", reps=2, sides=Sides.BOTH)
    cues = play(RoutinePlayer([ex], clock.now()), clock)
    words = [c.text for c in cues if isinstance(c, Speak) and not c.count]
    assert "Now the left side." in words
    assert words.index("Now the left side.") == words.index("2 of 2. Lift") + 2
    assert [c.cue for c in cues if isinstance(c, PlaySound)].count(SoundCue.REPETITION) == 4


def test_pausing_is_said_and_nothing_is_counted_while_paused(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=1, hold=10)], clock.now())
    clock.advance(5.5)  # into the hold
    p.tick(clock.now())
    before = p.view()
    p.set_paused(True, clock.now())
    assert cues_between(before, p.view()) == [Speak(PAUSED_WORDS)]
    paused = p.view()
    clock.advance(30)
    p.tick(clock.now())
    assert cues_between(paused, p.view()) == []


def test_moving_between_exercises_while_paused_says_where_to_and_stays_quiet_after(
    clock: FakeClock,
) -> None:
    # Found over AT-SPI (tests/test_atspi.py): Next while paused changed the
    # window but told a screen reader (and the voice) nothing.
    p = RoutinePlayer([make("a", reps=1), make("b", reps=1)], clock.now())
    p.set_paused(True, clock.now())
    paused = p.view()
    p.next_exercise(clock.now())
    moved = p.view()
    assert moved.paused
    assert cues_between(paused, moved) == [Speak("B. Get ready")]
    p.previous_exercise(clock.now())
    assert cues_between(moved, p.view()) == [Speak("A. Get ready")]
    # No repetition tick, no count and nothing more until the resume.
    back = p.view()
    clock.advance(30)
    p.tick(clock.now())
    assert cues_between(back, p.view()) == []
