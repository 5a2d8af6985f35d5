"""Reads and writes ``config.toml``; writes the commented default on first run.

Nothing the user wrote is ever lost: a file that does not parse is renamed
``config.toml.broken-<timestamp>`` and the app starts on defaults; a bad value
falls back to its default with a message naming the key, and the rest is kept;
keys microbreak does not know are reported and kept. A file that cannot be
read at all (permissions, a folder in its place) is reported and left alone.

Saving edits the file's text in place, key by key, so the user's comments,
layout and unknown keys survive; the result is parsed back and checked, and
only if the edit could not be done cleanly is the file written whole (still
with every unknown key). Every write is atomic.

A file of an older ``schema_version`` is moved on to the current one when the
app loads it (``config_migration`` says what changes and why), in place with
the same editor, once; looking at it (``create=False``) reads it the same way
but leaves it as it is.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from microbreak.core.config_docs import render_default_config
from microbreak.core.schema import toml_value
from microbreak.core.settings import BY_PATH, Settings
from microbreak.core.settings_data import (
    flat_values,
    settings_from_data,
    settings_to_data,
    table_at,
)
from microbreak.infra.atomic import write_atomic
from microbreak.infra.config_migration import RETIRED_NOTE, Migration, migrate

DEFAULT_CONFIG = render_default_config()


@dataclass
class LoadedConfig:
    """The settings in ``config.toml`` and what was said about the file."""

    settings: Settings
    # Messages for the user: what was wrong and what was done about it.
    problems: list[str] = field(default_factory=list)
    # Unknown keys (kept in the file) and similar notes: logged, not alarming.
    warnings: list[str] = field(default_factory=list)
    # False when the file could not be read or parsed (the settings are defaults).
    readable: bool = True
    # Where a file that did not parse was moved to, if that happened.
    moved_aside: Path | None = None


class SettingsFileError(ValueError):
    """A settings file that cannot be used as a whole (import refuses it)."""


def _aside_name(path: Path, now: datetime) -> Path:
    aside = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%dT%H%M%S')}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%dT%H%M%S')}-{n}")
    return aside


def load_config(path: Path, now: datetime, *, create: bool = True) -> LoadedConfig:
    """Load settings; never raises for anything wrong with the file.

    ``create=False`` only looks (the command line): no default file is written
    and a broken one is reported but left where it is.
    """
    if not path.exists() and not path.is_symlink():
        if create:
            try:
                write_atomic(path, DEFAULT_CONFIG.encode())
            except OSError as exc:
                return LoadedConfig(
                    Settings(), [f"{path} could not be created ({exc}); using defaults."]
                )
        return LoadedConfig(Settings())
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return _broken(path, now, exc, create=create)
    except OSError as exc:
        # Permissions, a folder in its place, a dangling link: never touch it.
        reason = exc.strerror or exc.__class__.__name__
        return LoadedConfig(
            Settings(),
            [f"{path} could not be read ({reason}); microbreak started with default settings."],
            readable=False,
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _broken(path, now, exc, create=create)
    notes: list[str] = []
    migration = migrate(data)
    if migration is not None:
        data = migration.data
        notes = [
            f"{path}: moved to schema_version {data['schema_version']}: {n}"
            for n in migration.notes
        ]
        if create:
            try:
                write_atomic(path, migrated_text(text, migration).encode("utf-8"))
            except OSError as exc:
                notes.append(f"{path}: could not be updated ({exc}); read as it is")
    settings, problems, warnings = settings_from_data(data)
    return LoadedConfig(
        settings,
        [f"{path}: {p.message()}" for p in problems] + [f"{path}: {w}" for w in warnings],
        warnings=notes + [f"{path}: {w}" for w in warnings],
    )


def migrated_text(text: str, migration: Migration) -> str:
    """``text`` moved on as ``migration`` says: its lines edited, comments kept.

    Old keys are commented out with a note rather than deleted, so a value
    the person set stays in front of them. If the edit does not read back as
    the migrated data, the file is written whole instead (as saving does).
    """
    edited = edit_toml_text(text, migration.changes)
    edited = _comment_out(edited, set(migration.retired))
    if migration.add_version:
        edited = f"schema_version = {migration.data['schema_version']}\n{edited}"
    try:
        faithful = tomllib.loads(edited) == migration.data
    except tomllib.TOMLDecodeError:
        faithful = False
    if faithful:
        return edited
    settings, _problems, _warnings = settings_from_data(migration.data)
    return _whole_file(migration.data, settings)


def _comment_out(text: str, keys: set[tuple[str, str]]) -> str:
    """Turn the one-line ``key = value`` lines of ``keys`` into comments."""
    if not keys:
        return text
    out: list[str] = []
    table = ""
    for line in text.splitlines():
        header = _HEADER.match(line)
        if header:
            table = re.sub(r"\s", "", header.group(1))
        key_line = _KEY_LINE.match(line)
        if key_line and (table, key_line.group(2)) in keys and _parses(line[key_line.end() :]):
            out.append(f"{key_line.group(1)}# {line.strip()}  # {RETIRED_NOTE}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _broken(path: Path, now: datetime, exc: Exception, *, create: bool) -> LoadedConfig:
    if not create:
        return LoadedConfig(
            Settings(), [f"{path} could not be read ({exc}); using defaults."], readable=False
        )
    aside = _aside_name(path, now)
    try:
        path.rename(aside)
        write_atomic(path, DEFAULT_CONFIG.encode())
    except OSError as err:
        return LoadedConfig(
            Settings(),
            [f"{path} could not be read ({exc}) nor moved aside ({err}); using defaults."],
            readable=False,
        )
    return LoadedConfig(
        Settings(),
        [
            f"{path} could not be read ({exc}). It was kept as {aside}; "
            "microbreak started with default settings. Fix the old file and "
            "copy it back, or edit the new one."
        ],
        readable=False,
        moved_aside=aside,
    )


# -- checking a whole file (import) -------------------------------------------


def read_settings_file(path: Path) -> tuple[Settings, str]:
    """Read and validate a whole settings file; raise SettingsFileError on any problem.

    Used by import: nothing is replaced unless every value is allowed.
    Unknown keys are fine (they are kept).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsFileError(f"{path} could not be read: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsFileError(f"{path} is not a valid TOML file: {exc}") from exc
    migration = migrate(data)
    settings, problems, _warnings = settings_from_data(migration.data if migration else data)
    if problems:
        listed = "\n".join("  " + p.describe() for p in problems)
        raise SettingsFileError(f"{path} has values that are not allowed:\n{listed}")
    return settings, text


def import_settings(source: Path, config_file: Path) -> Settings:
    """Validate ``source`` in full, then replace ``config_file`` with it (atomically)."""
    settings, text = read_settings_file(source)
    write_atomic(config_file, text.encode("utf-8"))
    return settings


def export_settings(config_file: Path, target: Path) -> None:
    """Copy the settings (comments and all) to ``target``; the defaults if there are none."""
    try:
        data = config_file.read_bytes()
    except FileNotFoundError:
        data = DEFAULT_CONFIG.encode()
    write_atomic(target, data)


# -- saving ---------------------------------------------------------------------


def save_settings(path: Path, settings: Settings, now: datetime) -> None:
    """Write ``settings`` into ``path``, keeping comments and unknown keys.

    Keys whose value already matches are left exactly as written. A file that
    does not parse is moved aside first (never overwritten).
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        text, data = DEFAULT_CONFIG, tomllib.loads(DEFAULT_CONFIG)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        path.rename(_aside_name(path, now))
        text, data = DEFAULT_CONFIG, tomllib.loads(DEFAULT_CONFIG)
    if (migration := migrate(data)) is not None:
        text, data = migrated_text(text, migration), migration.data
    wanted = flat_values(settings)
    changes: dict[tuple[str, str], object] = {}
    for (table, name), raw in wanted.items():
        node = table_at(data, table)
        present = isinstance(node, dict) and name in node
        current = node[name] if isinstance(node, dict) and present else None
        value = _as_toml(raw)
        if not present and value == _as_toml(BY_PATH[f"{table}.{name}"].default):
            continue  # an absent key already means its default
        if not present or current != value or type(current) is not type(value):
            changes[(table, name)] = value
    if not changes and path.exists():
        return
    edited = edit_toml_text(text, changes)
    if not _faithful(edited, data, changes):
        edited = _whole_file(data, settings)
    write_atomic(path, edited.encode("utf-8"))


def _as_toml(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _faithful(text: str, before: dict[str, Any], changes: dict[tuple[str, str], object]) -> bool:
    """Does ``text`` hold exactly ``before`` with ``changes`` applied?"""
    try:
        after = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    expected = _merged(before, changes)
    return after == expected


def _merged(before: dict[str, Any], changes: dict[tuple[str, str], object]) -> dict[str, Any]:
    import copy  # noqa: PLC0415

    merged = copy.deepcopy(before)
    for (table, name), value in changes.items():
        node = merged
        for part in table.split("."):
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[name] = value
    return merged


def _whole_file(before: dict[str, Any], settings: Settings) -> str:
    """The fallback: every value written out, unknown keys included, comments lost."""
    # Imported here: `microbreak --version` reaches this module and must stay light.
    import tomli_w  # noqa: PLC0415

    data = settings_to_data(settings)

    def merge(into: dict[str, Any], extra: dict[str, Any]) -> None:
        for key, value in extra.items():
            if key not in into:
                into[key] = value
            elif isinstance(into[key], dict) and isinstance(value, dict):
                merge(into[key], value)

    merge(data, before)
    return (
        "# microbreak settings (rewritten whole by the settings dialog; every key is\n"
        "# described in docs/CONFIGURATION.md).\n" + tomli_w.dumps(data)
    )


_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*\]\s*(#.*)?$")
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z0-9_\-]+)(\s*=\s*)")


def _parses(value_text: str) -> bool:
    try:
        tomllib.loads("x = " + value_text)
    except tomllib.TOMLDecodeError:
        return False
    return True


def _trailing_comment(value_text: str) -> str:
    """The ``# comment`` after a one-line value, with the spaces before it."""
    for i, char in enumerate(value_text):
        if char == "#" and _parses(value_text[:i]) and value_text[:i].strip():
            before = value_text[:i]
            return before[len(before.rstrip()) :] + value_text[i:]
    return ""


def edit_toml_text(text: str, changes: dict[tuple[str, str], object]) -> str:
    """Set ``(table, key)`` values in TOML text, touching only their lines.

    A key that is not there is added at the end of its table (the table is
    added at the end of the file if needed). The caller checks the result
    parses to what it meant (dotted keys and inline tables are not edited).
    """
    lines = text.splitlines()
    remaining = dict(changes)
    out: list[str] = []
    table: str | None = ""
    last_line_of: dict[str, int] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith("[["):
            table = None  # an array of tables: not ours to edit
            out.append(line)
            i += 1
            continue
        header = _HEADER.match(line)
        if header:
            table = re.sub(r"\s", "", header.group(1))
            last_line_of[table] = len(out)
            out.append(line)
            i += 1
            continue
        key_line = _KEY_LINE.match(line)
        if key_line is None or table is None:
            out.append(line)
            i += 1
            continue
        end = i + 1
        value_text = line[key_line.end() :]
        # A value may go on over several lines (an array); take lines until it parses.
        while not _parses(value_text) and end < len(lines):
            value_text += "\n" + lines[end]
            end += 1
        name = key_line.group(2)
        if (table, name) in remaining:
            value = remaining.pop((table, name))
            comment = _trailing_comment(value_text) if end == i + 1 else ""
            out.append(f"{key_line.group(1)}{name}{key_line.group(3)}{toml_value(value)}{comment}")
        else:
            out.extend(lines[i:end])
        last_line_of[table] = len(out) - 1
        i = end
    additions: dict[int, list[str]] = {}
    appended: dict[str, list[str]] = {}
    for (tbl, name), value in remaining.items():
        entry = f"{name} = {toml_value(value)}"
        if tbl in last_line_of:
            additions.setdefault(last_line_of[tbl], []).append(entry)
        else:
            appended.setdefault(tbl, []).append(entry)
    for index in sorted(additions, reverse=True):
        out[index + 1 : index + 1] = additions[index]
    for tbl, entries in appended.items():
        out += ["", f"[{tbl}]", *entries]
    return "\n".join(out) + "\n"
