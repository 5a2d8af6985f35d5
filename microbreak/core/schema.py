"""The settings schema: how one key of ``config.toml`` is declared and checked.

Every setting is declared once, as a field of its frozen dataclass in
:mod:`microbreak.core.settings`, built by one of the keyword-only helpers here
(:func:`flag`, :func:`whole`, :func:`count_or_all`, :func:`exercise_ids`,
:func:`working_day`, :func:`language`). The helper puts a :class:`Key` in the
field's metadata: its kind, default, bounds, label, a short phrase for
messages, the longer description and its dialog page. :func:`declared_keys`
reads them back with the table and name filled in; from that one list come
the validation, the commented default file, the settings dialog's labels and
tooltips, and ``docs/CONFIGURATION.md`` (:mod:`microbreak.core.config_docs`).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, TypeVar

from microbreak.core.i18n import QT_TRANSLATE_NOOP, translate

# 2: smart timing follows interval_minutes; earliest_minutes and
# latest_minutes are gone (infra/config_migration.py moves an old file on).
SCHEMA_VERSION = 2


class Kind(StrEnum):
    BOOL = "bool"
    INT = "int"
    # A whole number, or the word "all".
    COUNT_OR_ALL = "count_or_all"
    # A non-empty list of exercise ids.
    IDS = "ids"
    # Time ranges for one day: "09:00-12:30, 13:30-17:00", or "" for none.
    HOURS = "hours"
    # A language code ("de", "pt_BR"), or "" to follow the system.
    LANGUAGE = "language"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Dialog pages, in order.
SCHEDULE_PAGE = QT_TRANSLATE_NOOP("settings", "Schedule")
EXERCISES_PAGE = QT_TRANSLATE_NOOP("settings", "Exercises")
NOTIFICATIONS_PAGE = QT_TRANSLATE_NOOP("settings", "Notifications and sound")
WORKING_HOURS_PAGE = QT_TRANSLATE_NOOP("settings", "Working hours")
GENERAL_PAGE = QT_TRANSLATE_NOOP("settings", "General")
PAGES = (SCHEDULE_PAGE, EXERCISES_PAGE, NOTIFICATIONS_PAGE, WORKING_HOURS_PAGE, GENERAL_PAGE)


@dataclass(frozen=True, kw_only=True)
class Key:
    """One setting: what it is, what it allows and how it is shown."""

    kind: Kind
    default: object
    label: str
    # The longer explanation: comment in the default file, tooltip, docs.
    doc: str
    # A short phrase for messages: "minutes of work between breaks".
    help: str = ""
    low: int = 0
    high: int = 0
    # The dialog page that shows it; "" keeps it to the file.
    page: str = ""
    # Where it is declared; filled in by declared_keys().
    table: str = ""
    name: str = ""

    @property
    def path(self) -> str:
        return f"{self.table}.{self.name}"

    def allowed(self) -> str:
        """What this key accepts, in words a person can act on."""
        match self.kind:
            case Kind.BOOL:
                return "true or false"
            case Kind.INT:
                return f"a whole number from {self.low} to {self.high} ({self.help})"
            case Kind.COUNT_OR_ALL:
                return f'a whole number from {self.low} to {self.high}, or "all" ({self.help})'
            case Kind.IDS:
                return 'a list of one or more exercise ids, like ["shoulder-rolls"]'
            case Kind.HOURS:
                return 'time ranges like "09:00-12:30, 13:30-17:00", or "" for none'
            case Kind.LANGUAGE:
                return 'a language code like "de" or "pt_BR", or "" to follow the system'
        raise AssertionError(self.kind)  # pragma: no cover

    def range_note(self) -> str:
        if self.kind is Kind.INT:
            return f"({self.low} to {self.high})"
        if self.kind is Kind.COUNT_OR_ALL:
            return f'({self.low} to {self.high}, or "all")'
        return ""

    def check(self, raw: object) -> tuple[bool, object]:
        """``(True, value)`` for an allowed raw TOML value, else ``(False, None)``."""
        match self.kind:
            case Kind.BOOL:
                return (True, raw) if isinstance(raw, bool) else (False, None)
            case Kind.INT:
                return (True, raw) if _int_in(raw, self.low, self.high) else (False, None)
            case Kind.COUNT_OR_ALL:
                if raw == "all" or _int_in(raw, self.low, self.high):
                    return True, raw
                return False, None
            case Kind.IDS:
                good, bad = split_ids(raw)
                if good and not bad:
                    return True, good
                return False, None
            case Kind.HOURS:
                if not isinstance(raw, str):
                    return False, None
                try:
                    parse_hours(raw)
                except ValueError:
                    return False, None
                return True, normalise_hours(raw)
            case Kind.LANGUAGE:
                if isinstance(raw, str) and (raw == "" or LANGUAGE_PATTERN.fullmatch(raw)):
                    return True, raw
                return False, None
        raise AssertionError(self.kind)  # pragma: no cover


# -- declaring settings -----------------------------------------------------------
#
# Each helper returns ``dataclasses.field(default=..., metadata={...: Key})``,
# which type-checkers see as the default value itself: so
# ``interval_minutes: int = whole(45, ...)`` reads, and type-checks, like a
# plain default. Each settings dataclass names its table in a ``TABLE``
# class variable.

_KEY = "microbreak.key"
V = TypeVar("V")


def _declare(default: V, key: Key) -> V:
    return field(default=default, metadata={_KEY: key})


def flag(default: bool, *, label: str, doc: str, page: str = "") -> bool:
    """A ``true``/``false`` setting."""
    return _declare(default, Key(kind=Kind.BOOL, default=default, label=label, doc=doc, page=page))


def whole(
    default: int, *, low: int, high: int, label: str, help: str, doc: str, page: str = ""
) -> int:
    """A whole number from ``low`` to ``high``; ``help`` names it in messages."""
    key = Key(
        kind=Kind.INT,
        default=default,
        low=low,
        high=high,
        label=label,
        help=help,
        doc=doc,
        page=page,
    )
    return _declare(default, key)


def count_or_all(
    default: int, *, low: int, high: int, label: str, help: str, doc: str, page: str = ""
) -> int | str:
    """A whole number from ``low`` to ``high``, or the word ``"all"``."""
    key = Key(
        kind=Kind.COUNT_OR_ALL,
        default=default,
        low=low,
        high=high,
        label=label,
        help=help,
        doc=doc,
        page=page,
    )
    return _declare(default, key)


def exercise_ids(
    default: tuple[str, ...], *, label: str, help: str, doc: str, page: str = ""
) -> tuple[str, ...]:
    """A non-empty list of exercise ids (a tuple in Python)."""
    key = Key(kind=Kind.IDS, default=default, label=label, help=help, doc=doc, page=page)
    return _declare(default, key)


def working_day(default: str, day: str, *, page: str = "") -> str:
    """One day's working hours, like ``"09:00-17:00"``; ``day`` is its English name."""
    # The dialog shows the day's name in the chosen language (QLocale), not this label.
    key = Key(
        kind=Kind.HOURS,
        default=default,
        label=day,
        help=f"working hours on {day}",
        doc=f"Working hours on {day}.",
        page=page,
    )
    return _declare(default, key)


def language_code(default: str, *, label: str, help: str, doc: str, page: str = "") -> str:
    """A language code like ``"de"`` or ``"pt_BR"``, or ``""`` for the system's."""
    key = Key(kind=Kind.LANGUAGE, default=default, label=label, help=help, doc=doc, page=page)
    return _declare(default, key)


def _table_classes(settings: type[Any]) -> list[tuple[str, type[Any]]]:
    """``(attribute, dataclass)`` of each field of a whole-settings dataclass, in order."""
    found: list[tuple[str, type[Any]]] = []
    for part in fields(settings):
        table_class: type[Any] = type(part.default)
        found.append((part.name, table_class))
    return found


def declared_tables(settings: type[Any]) -> dict[str, str]:
    """``{table: attribute}`` of a whole-settings dataclass, in declaration order."""
    return {table_class.TABLE: attr for attr, table_class in _table_classes(settings)}


def declared_keys(settings: type[Any]) -> tuple[Key, ...]:
    """Every key of every table of a whole-settings dataclass, with table and name."""
    keys: list[Key] = []
    for _attr, table_class in _table_classes(settings):
        for f in fields(table_class):
            if _KEY not in f.metadata:
                raise TypeError(f"{table_class.__name__}.{f.name} is not declared with a helper")
            keys.append(replace(f.metadata[_KEY], table=table_class.TABLE, name=f.name))
    return tuple(keys)


# The one rule for exercise ids: the exercise loader (core.exercise) refuses
# a file whose id breaks it, and the settings keep only ids that follow it.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
ID_RULE = "lower-case letters a-z, digits and -, starting with a letter or a digit"
# ISO 639 language, optionally _ and an ISO 3166 country: "de", "pt_BR".
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def split_ids(raw: object) -> tuple[tuple[str, ...], list[object]]:
    """A list of exercise ids split into the good ones (in order, each once) and the rest.

    Not a list at all: nothing good, and ``raw`` itself is the bad part.
    """
    if not isinstance(raw, list):
        return (), [raw]
    good = [i for i in raw if isinstance(i, str) and ID_PATTERN.fullmatch(i)]
    bad = [i for i in raw if not (isinstance(i, str) and ID_PATTERN.fullmatch(i))]
    # A repeated id is harmless; keep the first place.
    return tuple(dict.fromkeys(good)), bad


def _int_in(raw: object, low: int, high: int) -> bool:
    # bool is an int subclass in Python; `interval_minutes = true` is a mistake.
    return isinstance(raw, int) and not isinstance(raw, bool) and low <= raw <= high


def parse_hours(text: str) -> tuple[tuple[int, int], ...]:
    """``"09:00-12:30, 13:30-17:00"`` -> minutes of the day ``((540, 750), (810, 1020))``.

    Ranges must not overlap; ``24:00`` may end one. Raises ValueError with a
    message saying what is wrong.
    """
    if not text.strip():
        return ()
    ranges: list[tuple[int, int]] = []
    for part in text.split(","):
        m = _RANGE.match(part)
        if m is None:
            raise ValueError(
                translate("schema", "{part} is not a range like 09:00-17:00").format(
                    part=repr(part.strip())
                )
            )
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or h1 > 23 or end > 24 * 60:
            raise ValueError(
                translate("schema", "{part} is not a time of day").format(part=repr(part.strip()))
            )
        if start >= end:
            raise ValueError(
                translate("schema", "{part} ends before it starts").format(part=repr(part.strip()))
            )
        ranges.append((start, end))
    ranges.sort()
    for (_, end), (start, _) in itertools.pairwise(ranges):
        if start < end:
            raise ValueError(translate("schema", "the ranges overlap"))
    return tuple(ranges)


def normalise_hours(text: str) -> str:
    return ", ".join(
        f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in parse_hours(text)
    )


def toml_value(value: object) -> str:
    """A TOML literal for the value types the schema uses."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # JSON's string escapes are a subset of TOML's basic-string escapes.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")
