"""Settings as data: a parsed ``config.toml`` checked into :class:`Settings`, and back.

The declarations are in :mod:`microbreak.core.settings`; this module applies
them to what a TOML reader returns (infra/config_store.py), to the settings
dialog's values, and to what ``import-settings`` checks.
"""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from microbreak.core.schema import ID_RULE, SCHEMA_VERSION, Key, Kind, split_ids, toml_value
from microbreak.core.settings import ATTRIBUTE, KEYS, TABLES, Settings, keys_of

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


# -- checking a parsed file -----------------------------------------------------


@dataclass(frozen=True)
class SettingsProblem:
    """One rejected value: where, what it was, what is allowed and what is used instead."""

    table: str
    key: str
    value: object
    allowed: str
    # The value used instead, as TOML; "" when a whole table falls back.
    default: str = ""
    # Set when only some entries of a list were refused: what is done instead.
    partly: str = ""

    def describe(self) -> str:
        """The problem and its fix: ``[t] k = v is not allowed: use ...``."""
        if self.partly:
            return f"[{self.table}] {self.key}: {short(self.value)} {self.allowed}."
        return (
            f"[{self.table}] {self.key} = {short(self.value)} is not allowed: use {self.allowed}."
        )

    def message(self) -> str:
        """:meth:`describe`, and what microbreak does meanwhile (it never rewrites the file)."""
        if self.partly:
            return f"{self.describe()} {self.partly}"
        instead = f"the default, {self.default}" if self.default else "its defaults"
        return f"{self.describe()} Until it is fixed, microbreak uses {instead}."

    @classmethod
    def of(cls, key: Key, raw: object, allowed: str = "") -> SettingsProblem:
        """``raw`` refused for ``key``; ``allowed`` overrides what the key itself allows."""
        return cls(key.table, key.name, raw, allowed or key.allowed(), toml_value(key.default))


def _from_table(name: str, table: object, defaults: T) -> tuple[T, list[SettingsProblem]]:
    """Check each known key of one table against its declaration (type and bounds).

    A bad value is reported and replaced by its default, not by the nearest
    bound: a typo like ``interval_minutes = 4500`` should not quietly become
    the longest interval allowed. Every good value is kept, so one typo never
    throws away the rest of the user's choices.
    """
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        if table is not None:
            problems.append(SettingsProblem(name, name, table, "a table of settings"))
        return defaults, problems
    values: dict[str, Any] = {}
    for key in keys_of(name):
        if key.name not in table:
            continue
        raw = table[key.name]
        if key.kind is Kind.IDS and (partial := _some_ids(key, raw)) is not None:
            values[key.name], problem = partial
            problems.append(problem)
            continue
        ok, value = key.check(raw)
        if ok:
            values[key.name] = value
        else:
            problems.append(SettingsProblem.of(key, raw))
    return replace(defaults, **values), problems


def _some_ids(key: Key, raw: object) -> tuple[tuple[str, ...], SettingsProblem] | None:
    """A list with good and bad exercise ids: the good ones, and what is said of the rest.

    One odd id (``"übung"``) must not throw away the person's other choices.
    None when the list is all good or all bad (the usual check decides).
    """
    good, bad = split_ids(raw)
    if not good or not bad:
        return None
    verb = "is not an exercise id" if len(bad) == 1 else "are not exercise ids"
    return good, SettingsProblem(
        key.table,
        key.name,
        bad[0] if len(bad) == 1 else bad,
        f"{verb} (ids use {ID_RULE})",
        partly="It is left out; the other chosen exercises are kept."
        if len(bad) == 1
        else "They are left out; the other chosen exercises are kept.",
    )


_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlist = 6
_SHORT.maxdict = 4
_SHORT.maxlevel = 3


def short(value: object) -> str:
    """``repr(value)``, cut short: one value of a huge file must not make a huge message."""
    return _SHORT.repr(value)


def table_at(data: dict[str, Any], table: str) -> object:
    """The value at a dotted table path (``schedule.working_hours``), or None."""
    node: object = data
    for part in table.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def settings_from_data(data: dict[str, Any]) -> tuple[Settings, list[SettingsProblem], list[str]]:
    """Validate a whole parsed file.

    Returns the settings, one problem per rejected value, and one warning per
    key microbreak does not know (kept in the file: it may be a typo, or a
    setting of a newer version).
    """
    problems: list[SettingsProblem] = []
    values: dict[str, Any] = {}
    defaults = Settings()
    for table, attr in ATTRIBUTE.items():
        built, found = _from_table(table, table_at(data, table), getattr(defaults, attr))
        values[attr] = built
        problems += found
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            SettingsProblem(
                "top level",
                "schema_version",
                version,
                f"a whole number ({SCHEMA_VERSION})",
                str(SCHEMA_VERSION),
            )
        )
    unknown = [f"{path} = {short(value)}" for path, value in _unknown(data)]
    warnings = [f"unknown setting {u} is kept but not used (a typo?)" for u in unknown]
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        warnings.insert(
            0,
            f"schema_version = {version} was written by a newer microbreak; "
            "settings this version does not know are kept but not used",
        )
    return Settings(**values), problems, warnings


def _unknown(data: dict[str, Any]) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    known_tables = set(TABLES)

    def walk(node: dict[str, Any], prefix: str) -> None:
        names = {k.name for k in keys_of(prefix)} if prefix else {"schema_version"}
        for name, value in node.items():
            path = f"{prefix}.{name}" if prefix else name
            if name in names:
                continue
            if path in known_tables:
                if isinstance(value, dict):
                    walk(value, path)
                # Else a table that is not a table (``schedule = 5``): already
                # reported as a problem, not unknown as well.
            else:
                found.append((path, value))

    walk(data, "")
    return found


# -- the settings as keys and values --------------------------------------------


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """The nested dict a TOML writer turns back into ``config.toml``."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for table, attr in ATTRIBUTE.items():
        node = data
        for part in table.split("."):
            node = node.setdefault(part, {})
        part_settings = getattr(settings, attr)
        for key in keys_of(table):
            value = getattr(part_settings, key.name)
            node[key.name] = list(value) if key.kind is Kind.IDS else value
    return data


def flat_values(settings: Settings) -> dict[tuple[str, str], object]:
    """``{(table, key): value}`` for every declared key."""
    return {
        (key.table, key.name): getattr(getattr(settings, ATTRIBUTE[key.table]), key.name)
        for key in KEYS
    }


def with_values(settings: Settings, values: dict[tuple[str, str], object]) -> Settings:
    """A copy with some ``(table, key)`` values replaced (assumed valid)."""
    by_attr: dict[str, dict[str, object]] = {}
    for (table, name), value in values.items():
        by_attr.setdefault(ATTRIBUTE[table], {})[name] = value
    return replace(
        settings,
        **{attr: replace(getattr(settings, attr), **vals) for attr, vals in by_attr.items()},
    )
