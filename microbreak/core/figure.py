"""One articulated figure: a pose is a set of joint angles; forward kinematics
turns it into joint positions, and a view projects them onto the page.

The body is built in 3D (so one pose serves every view) from centimetre
lengths: x is the figure's right, y is up, z is the way it faces. The pelvis
is the root: a seated figure's sits on the chair seat, a standing figure is
lowered until its lowest foot touches the floor. The trunk bends forward at
the hips (``lean``) and along the spine (``curl``, ``upper_curl``); the arms
hang from shoulder points that shrug up and slide forward or back, and each
arm segment points in a direction given as an elevation (0 hanging down, 90
level, 180 straight up) and a heading (0 ahead, 90 out to that side, 180
behind, negative across the body), both measured in the chest's frame, so a
folding trunk carries the arms along.

Pure Python: the break window, the contact sheet and the tests share it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class View(StrEnum):
    SIDE = "side"
    FRONT = "front"
    BACK = "back"


SIDES = ("right", "left")
# Joint keys, their allowed range and their resting value. Angles in degrees,
# shifts (shrug, protract, forward) in centimetres.
TRUNK_JOINTS: dict[str, tuple[float, float, float]] = {
    "lean": (-45, 120, 0),  # the trunk tips forward at the hips
    "curl": (-45, 90, 0),  # the lower spine rounds forward (negative: arches)
    "upper_curl": (-45, 90, 0),  # the upper spine rounds forward
    "neck": (-60, 80, 0),  # the neck bends forward
    "head": (-45, 45, 0),  # the head nods forward on the neck
    "head_tilt": (-50, 50, 0),  # the head tilts, right ear toward the right shoulder
    "forward": (-60, 80, 0),  # the whole body shifts ahead (a step)
}
SIDED_JOINTS: dict[str, tuple[float, float, float]] = {
    "shrug": (-5, 10, 0),
    "protract": (-10, 10, 0),  # shoulder forward (negative: blades squeezed back)
    "arm_raise": (0, 190, 6),
    "arm_dir": (-180, 270, 90),
    "forearm_raise": (0, 190, 10),
    "forearm_dir": (-180, 270, 40),
    "hip": (-40, 130, 0),  # thigh forward
    "hip_out": (-10, 45, 4),
    "knee": (0, 150, 0),
    "fingers": (0, 1, 0),  # 1: spread wide
}
JOINTS: dict[str, tuple[float, float, float]] = {
    **TRUNK_JOINTS,
    **{f"{side}_{key}": span for side in SIDES for key, span in SIDED_JOINTS.items()},
}
KEYS = tuple(JOINTS)
_INDEX = {key: i for i, key in enumerate(KEYS)}

# Body lengths (cm).
SPINE = (18.0, 17.0, 17.0)  # hips -> waist -> chest -> base of the neck
NECK = 10.0
HEAD_RADIUS = 9.5
SHOULDER_OUT, SHOULDER_DOWN = 18.0, 4.0
UPPER_ARM, FOREARM, HAND = 30.0, 26.0, 9.0
HIP_OUT = 9.0
THIGH, SHIN, FOOT, HEEL = 43.0, 42.0, 18.0, 5.0
ANKLE_HEIGHT = 6.0
SEAT_HIP_HEIGHT = 48.0  # a seated figure's hip joints above the floor
# How far a shoulder blade slides toward the spine per centimetre the shoulder goes back.
BLADE_SQUEEZE = 0.6


@dataclass(frozen=True)
class Pose:
    """Joint values in the order of KEYS."""

    values: tuple[float, ...]

    def __getitem__(self, key: str) -> float:
        return self.values[_INDEX[key]]

    def changed(self, **changes: float) -> Pose:
        """This pose with some joints set; a sided key without its side sets both sides."""
        values = list(self.values)
        for key, value in expand(changes).items():
            values[_INDEX[key]] = float(value)
        return Pose(tuple(values))


REST = Pose(tuple(float(span[2]) for span in JOINTS.values()))


def expand(changes: dict[str, float]) -> dict[str, float]:
    """``arm_raise = 90`` means both arms; ``right_arm_raise`` only the right."""
    out: dict[str, float] = {}
    for key, value in changes.items():
        if key in SIDED_JOINTS:
            for side in SIDES:
                out[f"{side}_{key}"] = value
        else:
            out[key] = value
    return out


def through(keys: list[Pose], u: float) -> Pose:
    """The pose at ``u`` (0..1) along a smooth curve through every key pose.

    A Catmull-Rom spline: it passes through each key without a stop, except
    where the path turns back (there-and-back comes to rest at the far end,
    because that key's two neighbours are the same pose).
    """
    if len(keys) == 1 or u <= 0.0:
        return keys[0]
    if u >= 1.0:
        return keys[-1]
    spans = len(keys) - 1
    pos = u * spans
    i = min(int(pos), spans - 1)
    t = pos - i
    p0 = keys[max(i - 1, 0)].values
    p1, p2 = keys[i].values, keys[i + 1].values
    p3 = keys[min(i + 2, spans)].values
    t2, t3 = t * t, t * t * t
    return Pose(
        tuple(
            0.5
            * (
                2 * b
                + (-a + c) * t
                + (2 * a - 5 * b + 4 * c - d) * t2
                + (-a + 3 * b - 3 * c + d) * t3
            )
            for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
        )
    )


Vec = tuple[float, float, float]


def _add(a: Vec, b: Vec, scale: float = 1.0) -> Vec:
    return (a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale)


def _unit(v: Vec) -> Vec:
    n = math.sqrt(v[0] ** 2 + v[1] ** 2 + v[2] ** 2)
    return (v[0] / n, v[1] / n, v[2] / n)


def _pitch(v: Vec, degrees: float) -> Vec:
    """Turn ``v`` forward about the side-to-side axis (up turns toward ahead)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return (v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c)


def _roll(v: Vec, degrees: float) -> Vec:
    """Turn ``v`` sideways about the front-to-back axis (up turns toward the right)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return (v[0] * c + v[1] * s, -v[0] * s + v[1] * c, v[2])


def direction(raise_deg: float, heading_deg: float, outward: float) -> Vec:
    """A unit vector: elevation from hanging down, heading from ahead toward ``outward``."""
    e, a = math.radians(raise_deg), math.radians(heading_deg)
    return (outward * math.sin(e) * math.sin(a), -math.cos(e), math.sin(e) * math.cos(a))


def joints(pose: Pose, *, seated: bool) -> dict[str, Vec]:
    """Every joint of ``pose`` in centimetres, the floor at y = 0."""
    p: dict[str, Vec] = {}
    root: Vec = (0.0, SEAT_HIP_HEIGHT, pose["forward"])
    p["pelvis"] = root
    bend = pose["lean"]
    up: Vec = (0.0, 1.0, 0.0)
    point = root
    for name, length, extra in zip(
        ("waist", "chest", "neck_base"), SPINE, (0.0, pose["curl"], pose["upper_curl"]), strict=True
    ):
        bend += extra
        point = _add(point, _pitch(up, bend), length)
        p[name] = point
    chest = bend  # the chest's frame: arms and neck hang from it

    def chest_frame(v: Vec) -> Vec:
        return _pitch(v, chest)

    neck_dir = chest_frame(_roll(_pitch(up, pose["neck"]), pose["head_tilt"] * 0.6))
    p["head_base"] = _add(p["neck_base"], neck_dir, NECK)
    head_dir = chest_frame(_roll(_pitch(up, pose["neck"] + pose["head"]), pose["head_tilt"]))
    p["head"] = _add(p["head_base"], head_dir, HEAD_RADIUS * 0.85)
    face = chest_frame(_roll(_pitch((0.0, 0.0, 1.0), pose["neck"] + pose["head"]), 0.0))
    p["nose"] = _add(p["head"], face, HEAD_RADIUS)
    for side, out in (("right", 1.0), ("left", -1.0)):
        s = f"{side}_"
        offset: Vec = (out * SHOULDER_OUT, -SHOULDER_DOWN + pose[s + "shrug"], pose[s + "protract"])
        shoulder = _add(p["neck_base"], chest_frame(offset))
        upper = chest_frame(direction(pose[s + "arm_raise"], pose[s + "arm_dir"], out))
        fore = chest_frame(direction(pose[s + "forearm_raise"], pose[s + "forearm_dir"], out))
        p[s + "shoulder"] = shoulder
        blade: Vec = (
            out * (11.0 + BLADE_SQUEEZE * pose[s + "protract"]),
            -14 + pose[s + "shrug"],
            -9,
        )
        p[s + "blade"] = _add(p["neck_base"], chest_frame(blade))
        p[s + "elbow"] = _add(shoulder, upper, UPPER_ARM)
        p[s + "wrist"] = _add(p[s + "elbow"], fore, FOREARM)
        p[s + "hand"] = _add(p[s + "wrist"], fore, HAND)
        hip = _add(root, (out * HIP_OUT, 0.0, 0.0))
        flex, knee_bend = pose[s + "hip"], pose[s + "knee"]
        spread = math.sin(math.radians(pose[s + "hip_out"])) * out
        thigh = _unit((spread, *direction(flex, 0.0, out)[1:]))
        shin = _unit((spread * 0.5, *direction(flex - knee_bend, 0.0, out)[1:]))
        p[s + "hip"] = hip
        p[s + "knee"] = _add(hip, thigh, THIGH)
        p[s + "ankle"] = _add(p[s + "knee"], shin, SHIN)
        # Feet stay flat: every exercise here keeps them on the floor.
        foot: Vec = (0.0, 0.0, 1.0)
        sole = _add(p[s + "ankle"], (0.0, -1.0, 0.0), ANKLE_HEIGHT)
        p[s + "heel"] = _add(sole, foot, -HEEL)
        p[s + "toe"] = _add(sole, foot, FOOT - HEEL)
    if not seated:
        lowest = min(p[f"{side}_{end}"][1] for side in SIDES for end in ("heel", "toe"))
        p = {name: (v[0], v[1] - lowest, v[2]) for name, v in p.items()}
    return p


@dataclass(frozen=True)
class Camera:
    turn: float  # degrees from facing the viewer toward showing the right side
    tilt: float  # degrees the viewer looks down from above


# A front or back view is turned a little, so a seated figure's thighs show it
# sits (straight on, thighs pointing at the viewer vanish and it looks standing).
CAMERAS = {
    View.FRONT: Camera(28.0, 8.0),
    View.SIDE: Camera(76.0, 0.0),
    View.BACK: Camera(180.0 - 24.0, 8.0),
}


def project(point: Vec, view: View) -> tuple[float, float, float]:
    """(across, up, nearness) on the page: across grows to the right, up grows upward."""
    cam = CAMERAS[view]
    c, s = math.cos(math.radians(cam.turn)), math.sin(math.radians(cam.turn))
    x, y, z = point
    across = -x * c + z * s
    near = z * c + x * s
    tc, ts = math.cos(math.radians(cam.tilt)), math.sin(math.radians(cam.tilt))
    return (across, y * tc - near * ts, near * tc + y * ts)
