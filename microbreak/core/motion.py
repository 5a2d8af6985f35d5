"""Which pose the break window shows, and how far it has blended into it.

During a step whose pose differs from the one before (lifting the arms,
tilting the head), the picture crossfades from the earlier pose to the new one
over the first part of the step, then rests on the new pose; so a person sees
the movement, not just two stills. Holds keep a still picture. A pure function
of the player's view, which follows the injected clock, so a test can check
any frame without waiting for an animation.
"""

from __future__ import annotations

from dataclasses import dataclass

from microbreak.core.exercise import Side
from microbreak.core.player import PlayerView

# The blend takes this share of the step; the rest of the step shows the new
# pose still, so the person can match it.
BLEND_SHARE = 0.6


@dataclass(frozen=True)
class PoseFrame:
    picture: int  # index into Exercise.pictures: the pose being moved into
    previous: int | None  # the pose being left, or None for a still picture
    blend: float  # 0.0 shows only ``previous``, 1.0 only ``picture``
    mirrored: bool  # the left side of a two-sided exercise

    @property
    def moving(self) -> bool:
        return self.previous is not None and self.blend < 1.0


def pose_frame(view: PlayerView, *, reduced_motion: bool) -> PoseFrame:
    """The pose to draw now. With reduced motion: always the step's own pose, still."""
    mirrored = view.side is Side.LEFT
    picture = view.step.picture
    previous = view.from_picture
    if reduced_motion or previous is None or previous == picture or view.finished:
        return PoseFrame(picture, None, 1.0, mirrored)
    t = min(1.0, view.step_fraction / BLEND_SHARE)
    eased = t * t * (3 - 2 * t)  # smoothstep: starts and ends gently
    if eased >= 1.0:
        return PoseFrame(picture, None, 1.0, mirrored)
    return PoseFrame(picture, previous, eased, mirrored)
