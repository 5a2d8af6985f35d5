"""Finds the files in ``resources/`` (exercises, pictures, icons, sounds).

In a wheel or a frozen bundle they sit inside the package as
``microbreak/resources`` (pyproject's force-include puts them there) and are
found through importlib.resources. In a source checkout (``uv run`` uses an
editable install) they are the top-level ``resources/`` folder beside the
package.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from microbreak.core.exercise import Exercise, ExerciseError, exercise_from_table, localized
from microbreak.infra.safe_read import TomlFileError, read_toml

log = logging.getLogger(__name__)

# The shipped pictures are 2 to 3 KB each; a drawing saved from an editor is
# rarely past 200 KB. Qt keeps each picture parsed for as long as the app runs
# (ui/svg_view.py), so a 22 MB one would hold hundreds of MB.
MAX_PICTURE_BYTES = 1_000_000


@cache
def resources_root() -> Path:
    packaged = files("microbreak").joinpath("resources")
    if packaged.is_dir():
        # as_file on a directory of a regular install is the directory itself;
        # the context is never exited so a zip-extracted copy stays in place.
        return as_file(packaged).__enter__()
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        "microbreak's resources folder is missing: reinstall microbreak "
        f"(looked in {packaged} and {checkout})"
    )


def picture_path(name: str) -> Path:
    return resources_root() / "pictures" / name


def icon_path(name: str) -> Path:
    return resources_root() / "icons" / name


def translations_dir() -> Path:
    """The compiled catalogues, ``microbreak_<lang>.qm``.

    Made by packaging/tools/update_translations.py.
    """
    return resources_root() / "translations"


def sounds_dir() -> Path:
    return resources_root() / "sounds"


@dataclass
class ExerciseCatalog:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    # The picture files of each exercise, resolved to paths, in pose order.
    pictures: dict[str, tuple[Path, ...]] = field(default_factory=dict)
    # One message per file that could not be used; the file is skipped.
    errors: list[str] = field(default_factory=list)


def exercise_texts(folder: Path, language: str) -> dict[str, Any]:
    """One language's exercise texts, by exercise id: ``translations/<lang>.toml``.

    ``de_DE`` finds ``de_DE.toml`` or else ``de.toml``; none found (or a file
    that cannot be used, which is logged) means English.
    """
    for name in dict.fromkeys((language, language.split("_", maxsplit=1)[0])):
        path = folder / "translations" / f"{name}.toml"
        if not path.exists():
            continue
        try:
            return read_toml(path)[1]
        except TomlFileError as exc:
            log.warning("exercise translations not used: %s", exc)
            return {}
    return {}


def load_exercises(*folders: Path, language: str = "en") -> ExerciseCatalog:
    """Load every ``*.toml`` in the folders; later folders override earlier ids.

    Each folder's ``translations/<language>.toml`` gives its exercises' words
    in that language (core.exercise.localized).
    """
    catalog = ExerciseCatalog()
    for folder in folders:
        if not folder.is_dir():
            continue
        texts = exercise_texts(folder, language) if language != "en" else {}
        for path in sorted(folder.glob("*.toml")):
            try:
                _text, data = read_toml(path)
                exercise = exercise_from_table(data, path.name)
                paths = [_find_picture(folder, p) for p in exercise.pictures]
                missing = [
                    p for p, found in zip(exercise.pictures, paths, strict=True) if not found
                ]
                if missing:
                    raise ExerciseError(
                        path.name, "pictures", f"no such picture file: {', '.join(missing)}"
                    )
                _check_picture_sizes(path.name, paths)
            except TomlFileError as exc:
                catalog.errors.append(f"{path}: cannot be read: {exc.problem}")
                continue
            except ExerciseError as exc:
                catalog.errors.append(f"{folder}/{exc}")
                continue
            entry = texts.get(exercise.id)
            if isinstance(entry, dict):
                exercise = localized(exercise, entry)
            catalog.exercises[exercise.id] = exercise
            catalog.pictures[exercise.id] = tuple(p for p in paths if p is not None)
    for message in catalog.errors:
        log.warning("skipping exercise file: %s", message)
    return catalog


def _check_picture_sizes(origin: str, paths: list[Path | None]) -> None:
    for i, found in enumerate(paths):
        if found is None:
            continue
        try:
            size = found.stat().st_size
        except OSError:
            continue  # gone since it was found: drawn as nothing, like a broken file
        if size > MAX_PICTURE_BYTES:
            raise ExerciseError(
                origin,
                f"pictures[{i}]",
                f"{found} is {size} bytes; a picture may be up to {MAX_PICTURE_BYTES} bytes",
            )


def _find_picture(folder: Path, name: str) -> Path | None:
    # A user's own exercise may bring its pictures along or use the shipped ones.
    for candidate in (folder / name, picture_path(name)):
        if candidate.is_file():
            return candidate
    return None


def builtin_exercises_dir() -> Path:
    return resources_root() / "exercises"
