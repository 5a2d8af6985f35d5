"""A small made-up exercise, and ticking a routine player the way the break window does."""

from __future__ import annotations

from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Exercise, Posture, Sides, Step, StepKind
from microbreak.core.player import RoutinePlayer


def make(ex_id: str, reps: int = 2, hold: int = 5, sides: Sides = Sides.NONE) -> Exercise:
    return Exercise(
        id=ex_id,
        name=ex_id.title(),
        summary="s",
        posture=Posture.SEATED,
        equipment="none",
        body_area="shoulders",
        repetitions=reps,
        setup=(Step("Get ready", 3, StepKind.RELAX, 0),),
        steps=(Step("Lift", 2, StepKind.MOVE, 1), Step("Hold", hold, StepKind.HOLD, 1)),
        pictures=("a.svg", "b.svg"),
        breathing="",
        safety="",
        source="test",
        sides=sides,
    )


def ticks(player: RoutinePlayer, clock: FakeClock, seconds: float, step: float = 1.0) -> None:
    """Tick once per ``step`` seconds, as the window's timer does."""
    elapsed = 0.0
    while elapsed < seconds - 1e-9:
        clock.advance(step)
        elapsed += step
        player.tick(clock.now())


# Exercise files with SVG pictures, as people write their own (see the README there).
SVG_EXERCISES = Path(__file__).resolve().parent / "svg_exercises"
