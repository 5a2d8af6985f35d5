"""Reads and writes ``config.toml``; writes the commented default on first run.

Nothing the user wrote is ever lost: a file that does not parse at start is
renamed ``config.toml.broken-<timestamp>`` and the app starts on defaults; a
bad value falls back to its default with a message naming the key, and the
rest is kept; keys microbreak does not know are reported and kept. A file that
cannot be read at all (permissions, a folder or a FIFO in its place, larger
than a settings file can be) is reported and left alone, and so is a link
into the person's dotfiles that does not parse. Every file is read through
``safe_read``. Saving never sets a file aside: one that does not parse is
left alone and the save refused, with the reason.

Saving edits the file's text in place, key by key, so the user's comments,
layout and unknown keys survive; the result is parsed back and checked, and
only if the edit could not be done cleanly is the file written whole (still
with every unknown key). Every write is atomic, and a linked config.toml stays
a link (``atomic`` writes through it).

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
from microbreak.infra.safe_read import (
    BadTomlFileError,
    TomlFileError,
    UnreadableFileError,
    read_file_bytes,
    read_toml,
)

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


class SettingsNotSavedError(SettingsFileError):
    """Saving was refused: the file there could not be read or does not parse."""


def _not_saved(exc: TomlFileError) -> str:
    return (
        f"{exc}. The settings were not saved into it, and it was left as it is: "
        "fix it (or delete it) and save again."
    )


def save_refusal(path: Path) -> str | None:
    """Why :func:`save_settings` would refuse to write ``path``; None if it would not.

    The file and what is wrong with it, line and column included for TOML.
    """
    if not path.exists():
        return None
    try:
        read_toml(path)
    except TomlFileError as exc:
        return str(exc)
    return None


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
        text, data = read_toml(path)
    except BadTomlFileError as exc:
        return _broken(path, now, exc, create=create)
    except UnreadableFileError as exc:
        # Permissions, a folder or a FIFO in its place, a dangling link, a
        # file too large to be settings: it may be fine, so never touch it.
        return LoadedConfig(
            Settings(),
            [f"{exc}; microbreak started with default settings."],
            readable=False,
        )
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
    except (tomllib.TOMLDecodeError, RecursionError):
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


def _broken(path: Path, now: datetime, exc: BadTomlFileError, *, create: bool) -> LoadedConfig:
    if not create or path.is_symlink():
        # Looking only (the command line, a hand edit in progress), or a link
        # into the person's dotfiles: moving it aside would break their set-up.
        return LoadedConfig(
            Settings(),
            [f"{path} could not be read ({exc.problem}); using defaults."],
            readable=False,
        )
    aside = _aside_name(path, now)
    try:
        path.rename(aside)
        write_atomic(path, DEFAULT_CONFIG.encode())
    except OSError as err:
        return LoadedConfig(
            Settings(),
            [f"{path} could not be read ({exc.problem}) nor moved aside ({err}); using defaults."],
            readable=False,
        )
    return LoadedConfig(
        Settings(),
        [
            f"{path} could not be read ({exc.problem}). It was kept as {aside}; "
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
        text, data = read_toml(path)
    except TomlFileError as exc:
        raise SettingsFileError(str(exc)) from exc
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
    """Copy the settings (comments and all) to ``target``; the defaults if there are none.

    Raises SettingsFileError naming ``config_file`` when it cannot be read
    (the target is then not touched), OSError when ``target`` cannot be written.
    """
    if config_file.exists():
        try:
            data = read_file_bytes(config_file)
        except UnreadableFileError as exc:
            raise SettingsFileError(str(exc)) from exc
    else:
        data = DEFAULT_CONFIG.encode()
    write_atomic(target, data)


# -- saving ---------------------------------------------------------------------


def save_settings(
    path: Path, settings: Settings, now: datetime, *, replace_unparsed: bool = False
) -> None:
    """Write ``settings`` into ``path``, keeping comments and unknown keys.

    Keys whose value already matches are left exactly as written. A file that
    cannot be read, or does not parse, is left exactly as it is and
    SettingsNotSavedError says why: it may be half-way through a hand edit, which
    the person would lose (the watcher leaves it alone too). Only a target the
    person chose to overwrite (``replace_unparsed``: an export) is moved
    aside instead, and written afresh.
    """
    if not path.exists():  # a dangling link too: written through, making its target
        text, data = DEFAULT_CONFIG, tomllib.loads(DEFAULT_CONFIG)
    else:
        try:
            text, data = read_toml(path)
        except BadTomlFileError as exc:
            if not replace_unparsed:
                raise SettingsNotSavedError(_not_saved(exc)) from exc
            path.rename(_aside_name(path, now))
            text, data = DEFAULT_CONFIG, tomllib.loads(DEFAULT_CONFIG)
        except UnreadableFileError as exc:
            raise SettingsNotSavedError(_not_saved(exc)) from exc
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
    except (tomllib.TOMLDecodeError, RecursionError):
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


# Bounds on the text editor's trial parses, each of which reads the text so
# far again: without them a value of many lines (or a long line full of "#")
# in a large file would take minutes. Past them the edit is not faithful and
# the file is written whole, which loses comments but no value.
MAX_VALUE_LINES = 200
MAX_COMMENT_SEARCH = 2000


def _parses(value_text: str) -> bool:
    try:
        tomllib.loads("x = " + value_text)
    except (tomllib.TOMLDecodeError, RecursionError):
        # RecursionError: a line inside a multi-line string that looks like a
        # key with a deeply nested value; not a value at all.
        return False
    return True


def _trailing_comment(value_text: str) -> str:
    """The ``# comment`` after a one-line value, with the spaces before it."""
    if len(value_text) > MAX_COMMENT_SEARCH:
        return ""
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
        while not _parses(value_text) and end < len(lines) and end - i < MAX_VALUE_LINES:
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
