"""Exercises as data: the model and the checks that guard it.

Each exercise is a TOML file (``resources/exercises/*.toml``). ``setup`` steps
run once ("sit up tall"), then ``steps`` run once per repetition. Every step
has its own duration, so the break window can count down each hold. A
two-sided exercise (``sides = "both"``) runs its repetitions for the right
side, then a short "Now the left side." cue, then the same for the left; its
pictures are drawn for the right side and shown mirrored for the left, and
``{side}`` in a step's text reads "right" or "left".

Parsing is pure (a dict in, an Exercise out) so the same rules serve the
shipped files, users' own files and the tests. An error names the file and the
field, and says what would be right.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from microbreak.core.figure_scene import FigureSpec
from microbreak.core.pose_schema import FigureError, PoseBook
from microbreak.core.schema import ID_PATTERN, ID_RULE


class StepKind(StrEnum):
    MOVE = "move"
    HOLD = "hold"
    RELAX = "relax"


class Posture(StrEnum):
    SEATED = "seated"
    STANDING = "standing"


class Sides(StrEnum):
    """Whether an exercise is done once (``none``) or for each side (``both``)."""

    NONE = "none"
    BOTH = "both"


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"


# The order a two-sided exercise is done in, and the pause between the sides.
SIDE_ORDER = (Side.RIGHT, Side.LEFT)
SIDE_SWITCH_SECONDS = 3
SIDE_PLACEHOLDER = "{side}"


@dataclass(frozen=True)
class Step:
    text: str
    seconds: int
    kind: StepKind
    # Index into Exercise.pictures (or the figure's poses): the pose of this step.
    picture: int
    # Figure poses passed through on the way to ``picture`` (a roll is a loop).
    via: tuple[int, ...] = ()


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    summary: str
    posture: Posture
    equipment: str
    body_area: str
    repetitions: int  # per side, for a two-sided exercise
    setup: tuple[Step, ...]
    steps: tuple[Step, ...]
    pictures: tuple[str, ...]
    breathing: str
    safety: str
    source: str
    sides: Sides = Sides.NONE
    # What ``{side}`` in a step becomes: (right, left), in the texts' language.
    side_words: tuple[str, str] = ("right", "left")
    # Drawn with the articulated figure (then ``pictures`` is empty).
    figure: FigureSpec | None = None

    @property
    def side_order(self) -> tuple[Side | None, ...]:
        """The sides in the order they are done; ``(None,)`` for a one-sided exercise."""
        return SIDE_ORDER if self.sides is Sides.BOTH else (None,)

    @property
    def seconds(self) -> int:
        """How long the exercise takes when followed at the guided pace."""
        sides = len(self.side_order)
        switches = (sides - 1) * SIDE_SWITCH_SECONDS
        per_rep = sum(s.seconds for s in self.steps)
        return sum(s.seconds for s in self.setup) + sides * self.repetitions * per_rep + switches


class ExerciseError(ValueError):
    """An exercise file is wrong; the message names the file, the field and the fix."""

    def __init__(self, origin: str, field: str, problem: str) -> None:
        super().__init__(f"{origin}: {field}: {problem}")
        self.origin = origin
        self.field = field
        self.problem = problem


MAX_STEP_SECONDS = 120
# Characters in one text (a step, a name, a summary): the longest shipped is
# under 300. A step is read at a glance during a hold; megabytes of it would
# stall the break window's layout for seconds.
MAX_TEXT_CHARS = 1000
MAX_REPETITIONS = 50
EQUIPMENT = ("none", "wall", "doorway", "strap")
FIELDS = (
    "id",
    "name",
    "summary",
    "posture",
    "equipment",
    "body_area",
    "repetitions",
    "sides",
    "pictures",
    "breathing",
    "safety",
    "source",
    "setup",
    "steps",
    "view",
    "props",
    "poses",
)
STEP_FIELDS = ("text", "seconds", "kind", "picture", "pose", "via")
FIGURE_FIELDS = ("view", "props", "poses")


def _text(data: dict[str, Any], key: str, origin: str, *, required: bool = True) -> str:
    value = data.get(key, "" if not required else None)
    if value is None:
        raise ExerciseError(origin, key, "missing; add a line like  " + f'{key} = "..."')
    if not isinstance(value, str) or (required and not value.strip()):
        raise ExerciseError(origin, key, f"must be non-empty text, not {_short(value)}")
    if len(value) > MAX_TEXT_CHARS:
        raise ExerciseError(
            origin,
            key,
            f"is {len(value)} characters long; a text may be up to {MAX_TEXT_CHARS}",
        )
    return value.strip()


def _short(value: object) -> str:
    """``repr(value)``, cut short: a message must stay readable whatever the file holds."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _int(data: dict[str, Any], key: str, origin: str, low: int, high: int) -> int:
    if key not in data:
        raise ExerciseError(origin, key, f"missing; add a whole number from {low} to {high}")
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExerciseError(origin, key, f"must be a whole number from {low} to {high}")
    if not low <= value <= high:
        raise ExerciseError(origin, key, f"{value} is out of range: use {low} to {high}")
    return value


def _known_fields(data: dict[str, Any], known: tuple[str, ...], origin: str, where: str) -> None:
    # A misspelt key ("repetiton", "safty") would otherwise be ignored in silence.
    for key in data:
        if key not in known:
            field = f"{where}.{key}" if where else key
            raise ExerciseError(
                origin, field, f"unknown field; the known ones are {', '.join(known)}"
            )


def _choice(data: dict[str, Any], key: str, origin: str, allowed: tuple[str, ...]) -> str:
    value = data.get(key, allowed[0])
    if value not in allowed:
        raise ExerciseError(origin, key, f"{_short(value)} is not one of {', '.join(allowed)}")
    return str(value)


def _pictures(data: dict[str, Any], origin: str) -> tuple[str, ...]:
    raw = data.get("pictures")
    if not isinstance(raw, list) or not raw or not all(isinstance(p, str) for p in raw):
        raise ExerciseError(origin, "pictures", "must be a list of one or more SVG file names")
    names = tuple(p.strip() for p in raw)
    for i, name in enumerate(names):
        where = f"pictures[{i}]"
        if not name.endswith(".svg") or "/" in name or "\\" in name or name.startswith("."):
            raise ExerciseError(
                origin, where, f"{_short(name)} is not an SVG file name (like pose-start.svg)"
            )
    return names


def _steps(
    data: dict[str, Any], key: str, origin: str, pictures: int, book: PoseBook | None = None
) -> tuple[Step, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list):
        raise ExerciseError(origin, key, "must be a list of [[" + key + "]] tables")
    steps = []
    for i, item in enumerate(raw, start=1):
        where = f"{key}[{i}]"
        if not isinstance(item, dict):
            raise ExerciseError(origin, where, "must be a table with text and seconds")
        _known_fields(item, STEP_FIELDS, origin, where)
        text = _text(item, "text", f"{origin}: {where}")
        seconds = _int(item, "seconds", f"{origin}: {where}", 1, MAX_STEP_SECONDS)
        kind_raw = item.get("kind", "move")
        try:
            kind = StepKind(kind_raw)
        except ValueError:
            allowed = ", ".join(k.value for k in StepKind)
            raise ExerciseError(
                origin, f"{where}.kind", f"{_short(kind_raw)} is not one of {allowed}"
            ) from None
        if book is not None:
            plain = Step(text=text, seconds=seconds, kind=kind, picture=0)
            steps.append(_figure_step(item, origin, where, book, plain))
            continue
        if "pose" in item or "via" in item:
            raise ExerciseError(
                origin, f"{where}.pose", 'poses need a view = "side", "front" or "back" line'
            )
        picture = item.get("picture", 0)
        if isinstance(picture, bool) or not isinstance(picture, int):
            raise ExerciseError(origin, f"{where}.picture", "must be a picture number")
        if not 0 <= picture < pictures:
            raise ExerciseError(
                origin,
                f"{where}.picture",
                f"there is no picture {picture}: this exercise has {pictures} (numbered from 0)",
            )
        steps.append(Step(text=text, seconds=seconds, kind=kind, picture=picture))
    return tuple(steps)


def _figure_step(item: dict[str, Any], origin: str, where: str, book: PoseBook, step: Step) -> Step:
    if "picture" in item:
        raise ExerciseError(
            origin, f"{where}.picture", "this exercise draws the figure: name a pose instead"
        )
    if "pose" not in item:
        raise ExerciseError(origin, f"{where}.pose", 'missing; add a line like  pose = "seated"')
    via = item.get("via", [])
    if not isinstance(via, list) or len(via) > 8:
        raise ExerciseError(origin, f"{where}.via", "must be a list of up to 8 pose names")
    try:
        picture = book.index(item["pose"], f"{where}.pose")
        through = tuple(book.index(v, f"{where}.via[{i}]") for i, v in enumerate(via))
    except FigureError as exc:
        raise ExerciseError(origin, exc.field, exc.problem) from None
    return replace(step, picture=picture, via=through)


def _check_placeholders(
    setup: tuple[Step, ...], setup_key: str, steps: tuple[Step, ...], sides: Sides, origin: str
) -> None:
    for key, group in ((setup_key, setup), ("steps", steps)):
        for i, step in enumerate(group, start=1):
            rest = step.text.replace(SIDE_PLACEHOLDER, "")
            if "{" in rest or "}" in rest:
                raise ExerciseError(
                    origin, f"{key}[{i}].text", "the only placeholder allowed is {side}"
                )
            if SIDE_PLACEHOLDER in step.text and sides is Sides.NONE:
                raise ExerciseError(
                    origin,
                    f"{key}[{i}].text",
                    '{side} needs sides = "both" (a one-sided exercise has no side to name)',
                )


def exercise_from_table(data: dict[str, Any], origin: str) -> Exercise:
    """Check one parsed exercise file and build the Exercise, or raise ExerciseError."""
    _known_fields(data, FIELDS, origin, "")
    ex_id = _text(data, "id", origin)
    # The rule the settings check a chosen id by: an id loaded here can always be chosen.
    if not ID_PATTERN.fullmatch(ex_id):
        raise ExerciseError(origin, "id", f"{_short(ex_id)}: use {ID_RULE}")
    posture_raw = data.get("posture")
    try:
        posture = Posture(str(posture_raw))
    except ValueError:
        raise ExerciseError(
            origin, "posture", f"{_short(posture_raw)} is not seated or standing"
        ) from None
    equipment = _choice(data, "equipment", origin, EQUIPMENT)
    sides = Sides(_choice(data, "sides", origin, tuple(s.value for s in Sides)))
    book: PoseBook | None = None
    pictures: tuple[str, ...] = ()
    if any(key in data for key in FIGURE_FIELDS):
        if "pictures" in data:
            raise ExerciseError(
                origin, "pictures", "use either pictures or the figure (view and poses), not both"
            )
        try:
            book = PoseBook(data, seated=posture is Posture.SEATED, equipment=equipment)
        except FigureError as exc:
            raise ExerciseError(origin, exc.field, exc.problem) from None
    else:
        pictures = _pictures(data, origin)
    # The setup first, so pose numbers follow the order a person meets them.
    setup = _steps(data, "setup", origin, len(pictures), book)
    steps = _steps(data, "steps", origin, len(pictures), book)
    if not steps:
        raise ExerciseError(origin, "steps", "an exercise needs at least one [[steps]] table")
    _check_placeholders(setup, "setup", steps, sides, origin)
    return Exercise(
        id=ex_id,
        name=_text(data, "name", origin),
        summary=_text(data, "summary", origin),
        posture=posture,
        equipment=equipment,
        body_area=_text(data, "body_area", origin),
        repetitions=_int(data, "repetitions", origin, 1, MAX_REPETITIONS),
        setup=setup,
        steps=steps,
        pictures=pictures,
        breathing=_text(data, "breathing", origin, required=False),
        safety=_text(data, "safety", origin, required=False),
        source=_text(data, "source", origin),
        sides=sides,
        figure=book.spec() if book is not None else None,
    )


# The texts a translation may replace; everything else (timing, pictures,
# sides) stays the exercise file's.
TRANSLATABLE = ("name", "summary", "breathing", "safety")


def localized(exercise: Exercise, texts: Mapping[str, Any]) -> Exercise:
    """The exercise with its words from ``texts`` (one language's entry for its id).

    ``texts`` holds any of ``name``, ``summary``, ``breathing``, ``safety`` and
    ``setup`` / ``steps`` (one text per step, in order). A missing, mistyped
    or miscounted entry keeps the English: a half-done translation never
    breaks an exercise. A step text may use ``{side}`` where the original does.
    """
    changes: dict[str, Any] = {key: texts[key] for key in TRANSLATABLE if _fits(texts.get(key))}
    for key in ("setup", "steps"):
        steps: tuple[Step, ...] = getattr(exercise, key)
        words = texts.get(key)
        if (
            isinstance(words, list)
            and len(words) == len(steps)
            and all(_fits(w) and w for w in words)
        ):
            changes[key] = tuple(
                replace(step, text=word) for step, word in zip(steps, words, strict=True)
            )
    words = texts.get("side_words")
    if isinstance(words, list) and len(words) == 2 and all(isinstance(w, str) for w in words):
        changes["side_words"] = (words[0], words[1])
    return replace(exercise, **changes)


def _fits(text: object) -> bool:
    return isinstance(text, str) and len(text) <= MAX_TEXT_CHARS
