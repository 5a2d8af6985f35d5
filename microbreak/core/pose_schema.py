"""Exercise files that use the figure: ``view``, ``props``, ``[poses.*]`` and each step's pose.

An exercise file either lists SVG ``pictures`` (steps say ``picture = 0``)
or draws the figure: it picks one ``view`` and each step names a ``pose``
from the built-in library (core.pose_library) or from its own ``[poses.NAME]``
tables, which start from a library pose (``base``) and set joint angles::

    view = "front"
    [poses.one-arm-up]
    base = "seated"
    right_arm_raise = 170

    [[steps]]
    pose = "one-arm-up"
    via = ["seated-shoulders-up"]   # optional: poses passed through on the way

Mistakes raise FigureError naming the field and what would be right; the
exercise parser adds the file's name.
"""

from __future__ import annotations

from typing import Any

from microbreak.core.figure import JOINTS, SIDED_JOINTS, Pose, View, expand
from microbreak.core.figure_scene import FigureSpec, Prop
from microbreak.core.pose_library import POSES

MAX_POSES = 40  # a person's own poses in one file; the library has about 40


class FigureError(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


DEFAULT_PROPS = {"wall": Prop.WALL_BEHIND, "doorway": Prop.DOORWAY, "strap": Prop.STRAP}


def _choices(values: object) -> str:
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]


class PoseBook:
    """The poses one exercise file can name; steps ask for each pose's number."""

    def __init__(self, data: dict[str, Any], *, seated: bool, equipment: str) -> None:
        raw_view = data.get("view")
        try:
            self.view = View(str(raw_view))
        except ValueError:
            raise FigureError("view", f"{raw_view!r:.40} is not one of {_choices(View)}") from None
        self.props = self._props(data.get("props"), seated=seated, equipment=equipment)
        self._own = self._custom(data.get("poses", {}))
        self._used: list[str] = []

    @staticmethod
    def _props(raw: object, *, seated: bool, equipment: str) -> tuple[Prop, ...]:
        if raw is None:
            props = [Prop.CHAIR] if seated else []
            if equipment in DEFAULT_PROPS:
                props.append(DEFAULT_PROPS[equipment])
            return tuple(props)
        if not isinstance(raw, list):
            raise FigureError("props", f"must be a list of names from: {_choices(Prop)}")
        props = []
        for i, name in enumerate(raw):
            try:
                props.append(Prop(name))
            except ValueError:
                raise FigureError(
                    f"props[{i}]", f"{name!r:.40} is not one of {_choices(Prop)}"
                ) from None
        return tuple(props)

    @staticmethod
    def _custom(raw: object) -> dict[str, Pose]:
        if not isinstance(raw, dict):
            raise FigureError("poses", "must be [poses.NAME] tables of joint angles")
        if len(raw) > MAX_POSES:
            raise FigureError("poses", f"{len(raw)} poses; a file may define up to {MAX_POSES}")
        own: dict[str, Pose] = {}
        for name, table in raw.items():
            where = f"poses.{name}"
            if not isinstance(table, dict):
                raise FigureError(where, 'must be a table: base = "seated" and joint angles')
            base_name = table.get("base", "standing")
            base = None
            if isinstance(base_name, str):
                base = own.get(base_name) or POSES.get(base_name)
            if base is None:
                raise FigureError(
                    f"{where}.base",
                    f"{base_name!r:.40} is not a built-in pose or one defined above it",
                )
            changes: dict[str, float] = {}
            for key, value in table.items():
                if key == "base":
                    continue
                changes.update(_joint(where, key, value))
            own[name] = base.changed(**changes)
        return own

    def index(self, name: object, field: str) -> int:
        """The number a step stores for pose ``name`` (``field`` names it in messages)."""
        if not isinstance(name, str) or (name not in self._own and name not in POSES):
            raise FigureError(
                field,
                f'{name!r:.40} is not a pose: name a built-in pose (like "seated") '
                "or one of this file's [poses.NAME] tables",
            )
        if name not in self._used:
            self._used.append(name)
        return self._used.index(name)

    def spec(self) -> FigureSpec:
        poses = tuple(self._own.get(n) or POSES[n] for n in self._used)
        return FigureSpec(self.view, self.props, poses, tuple(self._used))


def _joint(where: str, key: str, value: object) -> dict[str, float]:
    plain = key.removeprefix("right_").removeprefix("left_")
    if key not in JOINTS and key not in SIDED_JOINTS:
        known = ", ".join(list(JOINTS)[:7] + list(SIDED_JOINTS))
        raise FigureError(
            f"{where}.{key}",
            f"unknown joint; use one of {known} (a joint of the arms or legs means both "
            "sides; put right_ or left_ before it for one)",
        )
    span = JOINTS.get(key) or SIDED_JOINTS[plain]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FigureError(f"{where}.{key}", f"must be a number from {span[0]:g} to {span[1]:g}")
    if not span[0] <= value <= span[1]:
        raise FigureError(
            f"{where}.{key}", f"{value:g} is out of range: use {span[0]:g} to {span[1]:g}"
        )
    return expand({key: float(value)})
