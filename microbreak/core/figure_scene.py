"""The figure and its props as flat shapes for one view, far to near.

A painter only fills these in order (ui.figure_paint); a test can check them
(every limb joined, nothing outside the frame) without Qt. Coordinates are
the page's, in centimetres: across grows to the right, up grows upward.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from microbreak.core.figure import (
    BLADE_SQUEEZE,
    CAMERAS,
    HEAD_RADIUS,
    SIDES,
    Pose,
    Vec,
    View,
    joints,
    project,
)

Point = tuple[float, float]


class Prop(StrEnum):
    CHAIR = "chair"
    WALL_BEHIND = "wall-behind"
    WALL_AHEAD = "wall-ahead"
    DOORWAY = "doorway"
    STRAP = "strap"


class Role(StrEnum):
    BODY = "body"  # the figure (and its far-side limbs)
    NEAR = "near"  # the limbs on the side nearer the viewer
    PROP = "prop"


@dataclass(frozen=True)
class Shape:
    """A polygon (width 0), or a thick line through ``points`` with round ends."""

    points: tuple[Point, ...]
    width: float
    depth: float
    role: Role
    part: str  # body part ("torso", "right_forearm"...) or prop name
    halo: bool = True  # outlined in the window's colour, to stand apart from what is behind


@dataclass(frozen=True)
class FigureSpec:
    """How an exercise is drawn: one view, its props, and its poses (steps index them)."""

    view: View
    props: tuple[Prop, ...]
    poses: tuple[Pose, ...]
    names: tuple[str, ...]  # each pose's name, for messages and the contact sheet


# Props as boxes: (centre, size), centimetres, the floor at y = 0.
BOXES: dict[Prop, tuple[tuple[Vec, Vec], ...]] = {
    Prop.CHAIR: (
        ((0, 22, 4), (6, 30, 6)),  # column
        ((0, 4, 4), (58, 4, 6)),  # base
        ((0, 4, 4), (6, 4, 58)),
        ((0, 38, 6), (46, 6, 42)),  # seat
        ((0, 44, -17), (5, 10, 4)),  # back post
        ((0, 59, -17), (42, 22, 5)),  # backrest: low, so a back view shows the shoulder blades
    ),
    Prop.WALL_BEHIND: (((0, 110, -16), (150, 220, 4)),),
    Prop.WALL_AHEAD: (((0, 110, 68), (150, 220, 4)),),
    Prop.DOORWAY: (
        ((-50, 106, 2), (8, 212, 12)),
        ((50, 106, 2), (8, 212, 12)),
        ((0, 214, 2), (108, 8, 12)),
    ),
}
# Half-widths (face-on, side-on) of the trunk at hips, waist, chest, neck.
TRUNK = ((17.0, 12.0), (16.0, 11.0), (14.0, 10.5), (17.0, 12.0), (12.0, 8.0))
ARM_WIDTH, LEG_WIDTH, NECK_WIDTH = 9.0, 12.5, 9.0


def _hull(points: list[Point]) -> tuple[Point, ...]:
    pts = sorted(set(points))
    if len(pts) < 3:
        return tuple(pts)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


@cache  # props stand still: drawn from the same shapes on every frame
def prop_shapes(props: tuple[Prop, ...], view: View) -> tuple[Shape, ...]:
    shapes = []
    for prop in props:
        for (cx, cy, cz), (sx, sy, sz) in BOXES.get(prop, ()):
            corners = [
                project((cx + dx * sx / 2, cy + dy * sy / 2, cz + dz * sz / 2), view)
                for dx in (-1, 1)
                for dy in (-1, 1)
                for dz in (-1, 1)
            ]
            depth = project((cx, cy, cz), view)[2]
            flat = [(c[0], c[1]) for c in corners]
            shapes.append(
                Shape(
                    _hull(flat),
                    0.0,
                    depth - 1000.0 * (prop is Prop.WALL_BEHIND),
                    Role.PROP,
                    prop.value,
                    False,
                )
            )
    return tuple(shapes)


def _flat(p: dict[str, tuple[float, float, float]], *names: str) -> tuple[Point, ...]:
    return tuple((p[n][0], p[n][1]) for n in names)


def _trunk(p: dict[str, tuple[float, float, float]], view: View, depth: float) -> Shape:
    turn = math.radians(CAMERAS[view].turn)
    names = ("pelvis", "waist", "chest", "neck_base")
    spine = [(p[n][0], p[n][1]) for n in names]
    # A point below the hips, continuing the spine: the seat of the trunk.
    dx, dy = spine[0][0] - spine[1][0], spine[0][1] - spine[1][1]
    length = math.hypot(dx, dy) or 1.0
    spine.insert(0, (spine[0][0] + dx / length * 7, spine[0][1] + dy / length * 7))
    left: list[Point] = []
    right: list[Point] = []
    for i, (x, y) in enumerate(spine):
        a = spine[max(i - 1, 0)]
        b = spine[min(i + 1, len(spine) - 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        n = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / n, tx / n
        face, side = TRUNK[i]
        half = math.hypot(face * math.cos(turn), side * math.sin(turn))
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    return Shape(tuple(left + right[::-1]), 0.0, depth, Role.BODY, "torso")


def figure_shapes(
    pose: Pose, view: View, *, seated: bool, props: tuple[Prop, ...] = ()
) -> list[Shape]:
    """The figure in ``pose`` and its props, in drawing order (far first)."""
    world = joints(pose, seated=seated)
    p = {name: project(v, view) for name, v in world.items()}
    torso_depth = sum(p[n][2] for n in ("pelvis", "chest", "neck_base")) / 3
    near_side = max(SIDES, key=lambda s: p[f"{s}_shoulder"][2])
    shapes = list(prop_shapes(tuple(x for x in props if x is not Prop.STRAP), view))
    shapes.append(_trunk(p, view, torso_depth))
    shapes.append(
        Shape(
            _flat(p, "neck_base", "head_base"),
            NECK_WIDTH,
            torso_depth + 0.3,
            Role.BODY,
            "head",
            False,
        )
    )
    for side in SIDES:
        s = f"{side}_"
        role = Role.NEAR if side == near_side else Role.BODY
        shoulder_depth = torso_depth + (0.2 if side == near_side else -0.2)
        girdle = _flat(p, "neck_base", s + "shoulder")
        shapes.append(Shape(girdle, 11.0, shoulder_depth, Role.BODY, "shoulders", False))
        if view is View.BACK:
            shapes.append(_blade(world, pose, side, view, torso_depth + 0.4))
        lift = 3.0 if side == near_side else -3.0
        upper_depth = (p[s + "elbow"][2] + p[s + "shoulder"][2]) / 2 + lift
        fore_depth = (p[s + "elbow"][2] + p[s + "wrist"][2]) / 2 + lift
        upper = Shape(
            _flat(p, s + "shoulder", s + "elbow"), ARM_WIDTH, upper_depth, role, s + "arm"
        )
        fore = Shape(
            _flat(p, s + "elbow", s + "wrist"), ARM_WIDTH * 0.9, fore_depth, role, s + "arm"
        )
        hand = Shape(
            _flat(p, s + "wrist", s + "hand"), 7.0, fore_depth + 0.01, role, s + "hand", False
        )
        shapes += [upper, fore, hand]
        if view is View.SIDE and side == near_side:
            ball = _flat(p, s + "shoulder")
            shapes.append(Shape(ball, 11.0, upper_depth + 0.02, Role.BODY, "shoulders", False))
        leg = _flat(p, s + "hip", s + "knee", s + "ankle")
        leg_depth = (p[s + "knee"][2] + p[s + "ankle"][2]) / 2 + (
            1.0 if side == near_side else -1.0
        )
        shapes.append(Shape(leg, LEG_WIDTH, leg_depth, role, s + "leg"))
        foot = _flat(p, s + "heel", s + "toe")
        foot = tuple((x, y + 3.0) for x, y in foot)
        shapes.append(Shape(foot, 6.5, leg_depth + 0.01, role, s + "foot", False))
    head = p["head"]
    shapes.append(
        Shape(((head[0], head[1]),), HEAD_RADIUS * 2, torso_depth + 0.5, Role.BODY, "head")
    )
    nose = p["nose"]
    if abs(nose[0] - head[0]) > HEAD_RADIUS * 0.5:  # the face is turned away from the viewer
        tip = (head[0] + (nose[0] - head[0]) * 0.95, head[1] + (nose[1] - head[1]) * 0.95 - 1.5)
        shapes.append(Shape((tip,), 5.0, torso_depth + 0.51, Role.BODY, "head", False))
    if Prop.STRAP in props:
        a, b = p["right_hand"], p["left_hand"]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ends = ((a[0] - dx * 0.15, a[1] - dy * 0.15), (b[0] + dx * 0.15, b[1] + dy * 0.15))
        shapes.append(Shape(ends, 4.0, max(a[2], b[2]) + 4, Role.PROP, "strap"))
    return sorted(shapes, key=lambda shape: shape.depth)


def _blade(world: dict[str, Vec], pose: Pose, side: str, view: View, depth: float) -> Shape:
    """A shoulder blade on the back: nearer the spine as the blades squeeze."""
    out = 1.0 if side == "right" else -1.0
    inner = 6.0 + BLADE_SQUEEZE * pose[f"{side}_protract"]
    lift = pose[f"{side}_shrug"]
    chest = pose["lean"] + pose["curl"] + pose["upper_curl"]
    base = world["neck_base"]
    corners: list[Point] = []
    for x, y in ((inner, -6.0), (inner + 10.0, -5.0), (inner + 2.0, -21.0)):
        c, s = math.cos(math.radians(chest)), math.sin(math.radians(chest))
        local = (out * x, y + lift, -9.0)
        v = (
            base[0] + local[0],
            base[1] + local[1] * c - local[2] * s,
            base[2] + local[1] * s + local[2] * c,
        )
        q = project(v, view)
        corners.append((q[0], q[1]))
    # Outlined (halo), so the blade stands out on the back it lies on.
    return Shape(tuple(corners), 0.0, depth, Role.BODY, "shoulders")


def part_of(shape_part: str) -> str:
    """The body part a shape belongs to, as motion names them."""
    for side in SIDES:
        if shape_part in (f"{side}_hand",):
            return f"{side}_arm"
        if shape_part == f"{side}_foot":
            return f"{side}_leg"
    return shape_part
