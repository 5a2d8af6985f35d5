"""The figure's motion during a step: which pose now, what moves, which way.

A step moves from the pose before it, through its ``via`` poses, to its own
pose, eased, over most of the step; then the figure rests so the person can
match it. A hold (the same pose before and after) is still. What is
highlighted and where the arrow points are worked out from the poses the
motion passes through, so an arrow always follows the movement shown. A pure
function of the player's view, which follows the injected clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from microbreak.core.exercise import Exercise, Side, StepKind
from microbreak.core.figure import KEYS, SIDES, Pose, View, joints, project, through
from microbreak.core.figure_scene import FigureSpec, Point, figure_shapes
from microbreak.core.player import PlayerView
from microbreak.core.pose_library import SEATED, STANDING

# The movement takes this share of the step; the rest shows the new pose still.
MOVE_SHARE = 0.85


@dataclass(frozen=True)
class FigureFrame:
    pose: Pose
    keys: tuple[Pose, ...]  # the step's whole movement, one pose when still
    progress: float  # 0.0 .. 1.0 along ``keys``
    mirrored: bool  # the left side of a two-sided exercise

    @property
    def moving(self) -> bool:
        return len(self.keys) > 1 and self.progress < 1.0


def _ease(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return t * t * t * (t * (t * 6 - 15) + 10)  # starts and stops without a jolt


def step_keys(view: PlayerView, spec: FigureSpec, seated: bool) -> tuple[Pose, ...]:
    step = view.step
    target = spec.poses[step.picture]
    if view.from_picture is not None:
        start = spec.poses[view.from_picture]
    elif step.kind is StepKind.MOVE:
        start = SEATED if seated else STANDING  # getting into position from sitting or standing
    else:
        start = target
    keys = [start, *(spec.poses[i] for i in step.via), target]
    unique = [k for i, k in enumerate(keys) if i == 0 or k != keys[i - 1]]
    return tuple(unique)


def figure_frame(view: PlayerView, *, reduced_motion: bool) -> FigureFrame:
    """The figure to draw now; with reduced motion, the step's own pose, still."""
    ex = view.exercise
    assert ex.figure is not None
    mirrored = view.side is Side.LEFT
    keys = step_keys(view, ex.figure, ex.posture.value == "seated")
    if reduced_motion or view.finished or len(keys) == 1:
        return FigureFrame(keys[-1], keys, 1.0, mirrored)
    u = _ease(view.step_fraction / MOVE_SHARE)
    return FigureFrame(through(list(keys), u), keys, u, mirrored)


# -- what moves ----------------------------------------------------------

_PART_OF_KEY = {
    "lean": "torso",
    "curl": "torso",
    "upper_curl": "torso",
    "neck": "head",
    "head": "head",
    "head_tilt": "head",
}
for _side in SIDES:
    for _key in ("shrug", "protract"):
        _PART_OF_KEY[f"{_side}_{_key}"] = "shoulders"
    for _key in ("arm_raise", "arm_dir", "forearm_raise", "forearm_dir", "fingers"):
        _PART_OF_KEY[f"{_side}_{_key}"] = f"{_side}_arm"
    for _key in ("hip", "hip_out", "knee"):
        _PART_OF_KEY[f"{_side}_{_key}"] = f"{_side}_leg"


def moved_parts(a: Pose, b: Pose) -> frozenset[str]:
    # Under 3 degrees (or 1 cm for a shrug) is not a movement anyone would see.
    return frozenset(
        _PART_OF_KEY[k]
        for k in KEYS
        if k in _PART_OF_KEY
        and abs(a[k] - b[k]) >= (1.0 if k.endswith(("shrug", "protract")) else 3.0)
    )


def frame_parts(ex: Exercise, frame: FigureFrame) -> frozenset[str]:
    """The body parts to highlight: what this step moves; in a hold, what the exercise moves."""
    parts: frozenset[str] = frozenset()
    for a, b in pairwise(frame.keys):
        parts |= moved_parts(a, b)
    return parts or exercise_parts(ex)


@cache
def exercise_parts(ex: Exercise) -> frozenset[str]:
    """The body parts a repetition moves (getting into position aside)."""
    assert ex.figure is not None
    order: list[int] = []
    for step in (*ex.steps, *ex.steps[:1]):
        order += [*step.via, step.picture]
    poses = [ex.figure.poses[i] for i in order]
    parts: frozenset[str] = frozenset()
    for a, b in pairwise(poses):
        parts |= moved_parts(a, b)
    return parts


# -- which way -----------------------------------------------------------

TRACKED = ("head", "chest", "shoulder", "elbow", "hand", "knee")
SAMPLES = 24
BLADE_MOVE = 2.5  # centimetres a shoulder blade slides in a squeeze worth an arrow
ELBOW_SWEEP = 20.0  # an elbow moving this far carries the arrow for the whole arm


def _leg(keys: tuple[Pose, ...], progress: float) -> tuple[tuple[Pose, ...], float]:
    """A there-and-back movement's current half (so the arrow shows the way now)."""
    n = len(keys)
    if n >= 3 and n % 2 == 1 and keys == keys[::-1]:
        mid = n // 2
        if progress < 0.5:
            return keys[: mid + 1], 0.0
        return keys[mid:], 0.5
    return keys, 0.0


def _paths(
    keys: tuple[Pose, ...], names: list[str], view: View, seated: bool
) -> dict[str, list[Point]]:
    """Where each named point goes along the movement, on the page."""
    out: dict[str, list[Point]] = {n: [] for n in names}
    for i in range(SAMPLES + 1):
        body = joints(through(list(keys), i / SAMPLES), seated=seated)
        for n in names:
            q = project(body[n], view)
            out[n].append((q[0], q[1]))
    return out


def _length(path: list[Point]) -> float:
    return sum(math.dist(a, b) for a, b in pairwise(path))


def motion_arrows(
    keys: tuple[Pose, ...], progress: float, spec: FigureSpec, seated: bool
) -> list[list[Point]]:
    """Arrows (paths, head at the end) beside the part that moves most, in page centimetres."""
    if len(keys) < 2:
        return []
    leg, _ = _leg(keys, progress)
    return [list(arrow) for arrow in _arrows(leg, spec, seated)]


# Worked out once per movement, not on each of its 30 frames a second: the
# arrows depend on the movement's poses, never on how far along it is.
@lru_cache(maxsize=32)
def _arrows(
    keys: tuple[Pose, ...], spec: FigureSpec, seated: bool
) -> tuple[tuple[Point, ...], ...]:
    names = [n for n in TRACKED if n in ("head", "chest")]
    # Shoulder blades are seen (and their squeeze shown) only from behind.
    limbs = ("blade", *TRACKED[2:]) if spec.view is View.BACK else TRACKED[2:]
    names += [f"{side}_{n}" for n in limbs for side in SIDES]
    paths = _paths(keys, names, spec.view, seated)
    most = max(_length(paths[n]) for n in names)
    if most < 2.0:
        return ()
    centre = project(joints(keys[0], seated=seated)["waist"], spec.view)
    body = (centre[0], centre[1])
    blades = [f"{side}_blade" for side in SIDES]
    if spec.view is View.BACK and min(_length(paths.get(b, [])) for b in blades) >= BLADE_MOVE:
        # A squeeze seen from behind: an arrow on each blade, toward the spine.
        return tuple(tuple(_placed(paths[b], body, on_part=True)) for b in blades)
    # The part nearest the trunk that moves far enough to show: a shrug is
    # shown at the shoulders, though the hands rise with them, and a sweep of
    # the arm at the elbow, close to the body, rather than out at the hand.
    enough = min(0.8 * most, ELBOW_SWEEP)
    best = next(n for n in names if _length(paths[n]) >= enough)
    chosen = [best]
    for side, other in (("right_", "left_"), ("left_", "right_")):
        if best.startswith(side):
            twin = other + best.removeprefix(side)
            far_apart = math.dist(paths[twin][0], paths[best][0]) > 12
            if far_apart and _length(paths[twin]) > 0.6 * _length(paths[best]):
                chosen.append(twin)
    return tuple(tuple(_placed(paths[n], body)) for n in chosen)


# An arrow is at most about a forearm long (centimetres along it): a sweep of
# the whole arm is drawn as the middle stretch of its path, a short curve
# beside the arm, not an arc round the whole figure.
ARROW_MAX = 22.0


def _middle(path: list[Point], length: float) -> list[Point]:
    """The stretch of ``path``, ``length`` long, round the middle of its way."""
    along = [0.0]
    for a, b in pairwise(path):
        along.append(along[-1] + math.dist(a, b))
    total = along[-1]
    if total <= length:
        return path
    lo, hi = (total - length) / 2, (total + length) / 2

    def at(d: float) -> Point:
        i = next(i for i in range(1, len(path)) if along[i] >= d)
        t = (d - along[i - 1]) / max(along[i] - along[i - 1], 1e-9)
        (x0, y0), (x1, y1) = path[i - 1], path[i]
        return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)

    inside = [p for p, d in zip(path, along, strict=True) if lo < d < hi]
    return [at(lo), *inside, at(hi)]


def _placed(path: list[Point], body: Point, *, on_part: bool = False) -> list[Point]:
    """The path made readable: a hand's length to a forearm's, beside the body part, not on it.

    ``on_part``: drawn over the part itself, shorter (a blade's slide on the back).
    """
    xs, ys = [p[0] for p in path], [p[1] for p in path]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    clipped = False
    if math.dist(path[0], path[-1]) >= 0.4 * extent:  # not a loop: a loop is shown whole
        clipped = _length(path) > ARROW_MAX
        path = _middle(path, ARROW_MAX)
        xs, ys = [p[0] for p in path], [p[1] for p in path]
        extent = max(max(xs) - min(xs), max(ys) - min(ys))
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    start, end = path[0], path[-1]
    chord = math.dist(start, end)
    if chord < 0.4 * extent:  # a loop: drawn round the place it circles
        scale = 22.0 / max(extent, 1e-6)  # as large as the compact arrows, no larger
        return [(cx + (x - cx) * scale, cy + (y - cy) * scale) for x, y in path]
    scale = max(1.0, (9.0 if on_part else 16.0) / max(chord, 1e-6))
    mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    grown = [(mx + (x - mx) * scale, my + (y - my) * scale) for x, y in path]
    if on_part:
        return grown
    nx, ny = -(end[1] - start[1]) / chord, (end[0] - start[0]) / chord
    if (cx - body[0]) * nx + (cy - body[1]) * ny < 0:
        nx, ny = -nx, -ny
    # Beside the part; the middle of a long sweep lies away from the body already.
    gap = 5.0 if clipped else 10.0
    return [(x + nx * gap, y + ny * gap) for x, y in grown]


# -- the frame the figure is drawn in --------------------------------------


@cache
def exercise_bounds(ex: Exercise) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in page centimetres holding every pose, prop and arrow."""
    spec = ex.figure
    assert spec is not None
    seated = ex.posture.value == "seated"
    xs: list[float] = []
    ys: list[float] = [0.0]
    steps = (*ex.setup, *ex.steps)
    start = SEATED if seated else STANDING
    for i, step in enumerate(steps):
        # As step_keys: the first step comes from sitting or standing.
        before = spec.poses[steps[i - 1].picture] if i else start
        keys = [before, *(spec.poses[v] for v in step.via), spec.poses[step.picture]]
        for n in range(9):  # the curve between the keys too: it may swing past them
            pose = through(keys, n / 8)
            for shape in figure_shapes(pose, spec.view, seated=seated, props=spec.props):
                pad = shape.width / 2
                for x, y in shape.points:
                    xs += [x - pad, x + pad]
                    ys += [y - pad, y + pad]
            for arrow in motion_arrows(tuple(keys), n / 8, spec, seated):
                xs += [p[0] for p in arrow]
                ys += [p[1] for p in arrow]
    margin = 6.0
    return (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin)
