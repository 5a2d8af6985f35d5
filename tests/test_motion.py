"""Pose crossfades follow the injected clock: any frame can be checked without waiting."""

from __future__ import annotations

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.exercise import Sides
from microbreak.core.motion import BLEND_SHARE, pose_frame
from microbreak.core.player import RoutinePlayer
from tests.helpers.routine import make, ticks


def test_a_move_blends_from_the_previous_pose_then_rests_on_the_new_one(
    clock: FakeClock,
) -> None:
    p = RoutinePlayer([make("a", reps=1)], clock.now())  # setup 3 s (pose 0), lift 2 s (pose 1)
    frame = pose_frame(p.view(), reduced_motion=False)
    assert (frame.picture, frame.previous, frame.blend) == (0, None, 1.0)  # first step: still
    ticks(p, clock, 3)
    frame = pose_frame(p.view(), reduced_motion=False)
    assert (frame.picture, frame.previous, frame.blend) == (1, 0, 0.0)
    assert frame.moving
    blends = []
    steps = round(BLEND_SHARE * 2 * 10)  # tenths of a second in the blend
    for _ in range(steps):
        ticks(p, clock, 0.1, step=0.1)
        blends.append(pose_frame(p.view(), reduced_motion=False).blend)
    assert blends == sorted(blends)  # only ever forward
    assert 0.0 < blends[0] < 0.1  # eases in
    # Half-way through the blend share of the 2 s step, half of each pose.
    assert blends[steps // 2 - 1] == pytest.approx(0.5)
    assert blends[-2] < 1.0
    assert blends[-1] == 1.0
    frame = pose_frame(p.view(), reduced_motion=False)
    assert (frame.picture, frame.previous, frame.blend, frame.moving) == (1, None, 1.0, False)


def test_a_hold_on_the_same_pose_is_still(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=1)], clock.now())
    ticks(p, clock, 3 + 2 + 0.5)  # into the hold, same pose as the lift
    frame = pose_frame(p.view(), reduced_motion=False)
    assert (frame.picture, frame.previous, frame.moving) == (1, None, False)


def test_reduced_motion_never_blends(clock: FakeClock) -> None:
    p = RoutinePlayer([make("a", reps=2)], clock.now())
    while not p.finished:
        frame = pose_frame(p.view(), reduced_motion=True)
        assert frame.previous is None
        assert frame.blend == 1.0
        assert frame.picture == p.view().step.picture
        ticks(p, clock, 0.25, step=0.25)


def test_the_left_side_is_mirrored(clock: FakeClock) -> None:
    ex = make("neck", reps=1, sides=Sides.BOTH)
    p = RoutinePlayer([ex], clock.now())
    assert not pose_frame(p.view(), reduced_motion=False).mirrored
    ticks(p, clock, 3 + 7)
    assert p.view().switching_sides
    assert pose_frame(p.view(), reduced_motion=False).mirrored
    assert pose_frame(p.view(), reduced_motion=True).mirrored  # a still picture, mirrored
