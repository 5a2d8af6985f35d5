"""The settings schema: every key of ``config.toml`` described once.

Each :class:`Key` says which table it lives in, its type, its default, what
it allows and what it means. From this one list come the validation
(:mod:`microbreak.core.settings`), the commented default file, the settings
dialog's labels and tooltips, and ``docs/CONFIGURATION.md``
(``scripts/gen_config_docs.py``; a test keeps it up to date).
"""

from __future__ import annotations

import itertools
import json
import re
import textwrap
from dataclasses import dataclass
from enum import StrEnum

from microbreak.core.i18n import QT_TRANSLATE_NOOP, translate

SCHEMA_VERSION = 1


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
PAGES = (
    QT_TRANSLATE_NOOP("settings", "Schedule"),
    QT_TRANSLATE_NOOP("settings", "Exercises"),
    QT_TRANSLATE_NOOP("settings", "Notifications and sound"),
    QT_TRANSLATE_NOOP("settings", "Working hours"),
    QT_TRANSLATE_NOOP("settings", "General"),
)


@dataclass(frozen=True)
class Key:
    table: str
    name: str
    kind: Kind
    default: object
    label: str
    # A short phrase for messages: "minutes of work between breaks".
    help: str
    # The longer explanation: comment in the default file, tooltip, docs.
    doc: str
    low: int = 0
    high: int = 0
    # The dialog page that shows it; "" keeps it to the file.
    page: str = ""

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
                if (
                    isinstance(raw, list)
                    and raw
                    and all(isinstance(i, str) and ID_PATTERN.fullmatch(i) for i in raw)
                ):
                    # A repeated id is harmless; keep the first place.
                    return True, tuple(dict.fromkeys(raw))
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


ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
# ISO 639 language, optionally _ and an ISO 3166 country: "de", "pt_BR".
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


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


# The five AAOHN seated desk exercises, in the order a first break walks them.
DEFAULT_EXERCISES: tuple[str, ...] = (
    "shoulder-rolls",
    "shoulder-shrug",
    "high-reach",
    "shoulder-squeeze",
    "upper-back-movement",
)


_S, _E, _N, _W, _U = PAGES
B, I = Kind.BOOL, Kind.INT  # noqa: E741

KEYS: tuple[Key, ...] = (
    # -- [schedule] ------------------------------------------------------
    Key(
        "schedule",
        "interval_minutes",
        I,
        45,
        QT_TRANSLATE_NOOP("settings", "Minutes between breaks"),
        "minutes of work between breaks",
        QT_TRANSLATE_NOOP(
            "settings",
            "Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 "
            "minutes; 45 is the middle of that range.",
        ),
        1,
        240,
        _S,
    ),
    Key(
        "schedule",
        "heads_up_seconds",
        I,
        30,
        QT_TRANSLATE_NOOP("settings", "Heads-up (seconds)"),
        "seconds of warning before a break (0 turns it off)",
        QT_TRANSLATE_NOOP(
            "settings", "Seconds of warning before a break opens; 0 turns the heads-up off."
        ),
        0,
        600,
        _S,
    ),
    Key(
        "schedule",
        "snooze_minutes",
        I,
        5,
        QT_TRANSLATE_NOOP("settings", "Snooze length (minutes)"),
        "minutes a snooze postpones a break",
        QT_TRANSLATE_NOOP("settings", "Minutes a snooze postpones a break."),
        1,
        60,
        _S,
    ),
    Key(
        "schedule",
        "max_snoozes",
        I,
        3,
        QT_TRANSLATE_NOOP("settings", "Snoozes allowed per break"),
        "snoozes allowed for one break (0 means unlimited)",
        QT_TRANSLATE_NOOP(
            "settings", "How many times one break may be snoozed; 0 means unlimited."
        ),
        0,
        20,
        _S,
    ),
    Key(
        "schedule",
        "strict",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Strict mode (no snooze or skip)"),
        "",
        QT_TRANSLATE_NOOP(
            "settings", "Strict mode: no snooze or skip, for people who want to be held to it."
        ),
        page=_S,
    ),
    Key(
        "schedule",
        "natural_break_minutes",
        I,
        5,
        QT_TRANSLATE_NOOP("settings", "Away time that counts as a break (minutes)"),
        "minutes away that count as a break",
        QT_TRANSLATE_NOOP(
            "settings",
            "Away from the keyboard (or asleep, or locked) at least this many minutes counts "
            "as a break taken; a shorter absence moves the next break back by as long.",
        ),
        1,
        60,
        _S,
    ),
    Key(
        "schedule",
        "smart_timing",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Wait for a pause in typing"),
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "With an idle source, the break comes at the first pause in typing between "
            "earliest_minutes and latest_minutes after the last one, instead of cutting into a "
            "sentence at a fixed minute.",
        ),
        page=_S,
    ),
    Key(
        "schedule",
        "earliest_minutes",
        I,
        30,
        QT_TRANSLATE_NOOP("settings", "Earliest break at a pause (minutes)"),
        "minutes of work before a break may come at a pause",
        QT_TRANSLATE_NOOP(
            "settings",
            "Smart timing: minutes of work before a break may come at a pause in typing. At "
            "most latest_minutes.",
        ),
        1,
        240,
        _S,
    ),
    Key(
        "schedule",
        "latest_minutes",
        I,
        60,
        QT_TRANSLATE_NOOP("settings", "Latest break (minutes)"),
        "minutes of work after which a break comes anyway",
        QT_TRANSLATE_NOOP(
            "settings", "Smart timing: minutes of work after which a break comes anyway."
        ),
        1,
        480,
        _S,
    ),
    Key(
        "schedule",
        "defer_limit_minutes",
        I,
        30,
        QT_TRANSLATE_NOOP("settings", "Longest wait while busy (minutes)"),
        "minutes a break may wait while you are busy",
        QT_TRANSLATE_NOOP(
            "settings",
            "How long a break may wait for a full-screen window, do-not-disturb or a call to "
            "end before a gentle notification replaces the window.",
        ),
        1,
        240,
        _S,
    ),
    # -- [schedule.working_hours] ---------------------------------------
    Key(
        "schedule.working_hours",
        "enabled",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Only remind me during working hours"),
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "Remind only within the hours below; outside them no reminders at all. Each "
            'day takes ranges like "09:00-12:30, 13:30-17:00"; empty means no reminders that '
            "day.",
        ),
        page=_W,
    ),
    *(
        Key(
            "schedule.working_hours",
            day,
            Kind.HOURS,
            "" if day in ("saturday", "sunday") else "09:00-17:00",
            day.capitalize(),
            f"working hours on {day.capitalize()}",
            f"Working hours on {day.capitalize()}.",
            page=_W,
        )
        for day in WEEKDAYS
    ),
    # -- [exercises] -----------------------------------------------------
    Key(
        "exercises",
        "selected",
        Kind.IDS,
        DEFAULT_EXERCISES,
        QT_TRANSLATE_NOOP("settings", "Exercises"),
        "the exercises breaks walk through",
        QT_TRANSLATE_NOOP(
            "settings",
            "The exercises breaks walk through, in order (the id of each exercise file). "
            "The default is the five AAOHN seated exercises.",
        ),
        page=_E,
    ),
    Key(
        "exercises",
        "per_break",
        Kind.COUNT_OR_ALL,
        3,
        QT_TRANSLATE_NOOP("settings", "Exercises per break"),
        "exercises in one break",
        QT_TRANSLATE_NOOP(
            "settings",
            "How many of them one break takes; the next break goes on where this one stopped.",
        ),
        1,
        10,
        _E,
    ),
    # -- [notifications] -------------------------------------------------
    Key(
        "notifications",
        "heads_up",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Notify before a break"),
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "Show a desktop notification before a break (the heads-up time is in [schedule]).",
        ),
        page=_N,
    ),
    # -- [do_not_disturb] ------------------------------------------------
    Key(
        "do_not_disturb",
        "fullscreen",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Wait while a window is full screen"),
        "",
        QT_TRANSLATE_NOOP(
            "settings", "Hold a break while a window is full screen (a film, a presentation)."
        ),
        page=_N,
    ),
    Key(
        "do_not_disturb",
        "desktop_dnd",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Respect the desktop's do-not-disturb"),
        "",
        QT_TRANSLATE_NOOP("settings", "Hold a break while the desktop's do-not-disturb is on."),
        page=_N,
    ),
    Key(
        "do_not_disturb",
        "calls",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Wait while I am in a call"),
        "",
        QT_TRANSLATE_NOOP("settings", "Hold a break while the camera or microphone is in use."),
        page=_N,
    ),
    # -- [sound] ---------------------------------------------------------
    Key(
        "sound",
        "enabled",
        B,
        True,
        QT_TRANSLATE_NOOP("settings", "Chimes"),
        "",
        QT_TRANSLATE_NOOP(
            "settings", "A soft chime when a break starts and a different one when it ends."
        ),
        page=_N,
    ),
    Key(
        "sound",
        "volume",
        I,
        60,
        QT_TRANSLATE_NOOP("settings", "Volume (%)"),
        "percent of full volume",
        QT_TRANSLATE_NOOP("settings", "Volume in percent."),
        0,
        100,
        _N,
    ),
    Key(
        "sound",
        "tick_each_repetition",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Tick at every repetition"),
        "",
        QT_TRANSLATE_NOOP("settings", "A quiet tick at the start of every repetition."),
        page=_N,
    ),
    # -- [guidance] ------------------------------------------------------
    Key(
        "guidance",
        "speak_steps",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Read the steps aloud"),
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "Read each step aloud and count the holds, so you can follow with your eyes "
            "closed. Needs a speech engine (on Linux: speech-dispatcher).",
        ),
        page=_N,
    ),
    # -- [accessibility] -------------------------------------------------
    Key(
        "accessibility",
        "reduced_motion",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Still pictures (reduced motion)"),
        "",
        QT_TRANSLATE_NOOP(
            "settings", "Still pictures only: no blending between the poses of an exercise."
        ),
        page=_N,
    ),
    # -- [goals], [history] ----------------------------------------------
    Key(
        "goals",
        "breaks_per_day",
        I,
        6,
        QT_TRANSLATE_NOOP("settings", "Breaks a day"),
        "breaks a day you aim for",
        QT_TRANSLATE_NOOP(
            "settings",
            "Breaks a day you aim for. The statistics window counts a streak of days that "
            "reach it.",
        ),
        1,
        48,
        _U,
    ),
    Key(
        "history",
        "keep_days",
        I,
        0,
        QT_TRANSLATE_NOOP("settings", "Days of history"),
        "days of break history to keep; 0 keeps it forever",
        QT_TRANSLATE_NOOP("settings", "Days of break history to keep; 0 keeps it forever."),
        0,
        36500,
        _U,
    ),
    # -- [interface] -----------------------------------------------------
    Key(
        "interface",
        "language",
        Kind.LANGUAGE,
        "",
        QT_TRANSLATE_NOOP("settings", "Language"),
        "the language of microbreak's windows",
        QT_TRANSLATE_NOOP(
            "settings",
            "The language of microbreak's windows, messages and exercise steps. Empty follows "
            'the system; or a language code like "de" or "pt_BR". MICROBREAK_LANG, where '
            "set, wins over this.",
        ),
        page=_U,
    ),
    # -- [startup] -------------------------------------------------------
    Key(
        "startup",
        "autostart",
        B,
        False,
        QT_TRANSLATE_NOOP("settings", "Start microbreak when I log in"),
        "",
        QT_TRANSLATE_NOOP(
            "settings", "Start microbreak when you log in (an autostart entry for your system)."
        ),
        page=_U,
    ),
)

TABLES: tuple[str, ...] = tuple(dict.fromkeys(k.table for k in KEYS))
BY_PATH: dict[str, Key] = {k.path: k for k in KEYS}


def keys_of(table: str) -> tuple[Key, ...]:
    return tuple(k for k in KEYS if k.table == table)


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


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, 78, initial_indent="# ", subsequent_indent="# ")


def render_default_config() -> str:
    """The commented ``config.toml`` written on first run."""
    lines = [
        "# microbreak settings. Changes apply at once, whether made in Settings… (tray",
        "# menu) or here (when you save this file).",
        "# Every key is described in docs/CONFIGURATION.md. A value that is not allowed",
        "# falls back to its default, and microbreak tells you which one; keys it does",
        "# not know are kept.",
        f"schema_version = {SCHEMA_VERSION}",
    ]
    for table in TABLES:
        lines += ["", f"[{table}]"]
        for key in keys_of(table):
            doc = key.doc + (f" {key.range_note()}" if key.range_note() else "")
            lines += _comment(doc)
            lines.append(f"{key.name} = {toml_value(key.default)}")
    return "\n".join(lines) + "\n"


def render_markdown() -> str:
    """``docs/CONFIGURATION.md``."""
    out = [
        "# Configuration",
        "",
        "<!-- Generated from microbreak/core/schema.py by scripts/gen_config_docs.py;",
        "     do not edit by hand. -->",
        "",
        "microbreak keeps its settings in `config.toml` in your user config folder",
        "(see the README's *Where files live*). It is created with commented defaults",
        "on first run; you can edit it by hand or use **Settings…** in the tray menu.",
        "",
        "- A value that is out of range or of the wrong type is reported with the key,",
        "  the value and what is allowed; that key uses its default, the rest is kept.",
        "- A file that does not parse is renamed `config.toml.broken-<timestamp>` and",
        "  microbreak starts on defaults, telling you where the old file is.",
        "- Keys microbreak does not know are kept (and reported, in case of a typo).",
        f"- `schema_version = {SCHEMA_VERSION}` marks the layout of the file.",
        "",
    ]
    for table in TABLES:
        out += [f"## `[{table}]`", "", "| key | type | default | allowed | meaning |"]
        out.append("|---|---|---|---|---|")
        for key in keys_of(table):
            allowed = key.allowed().replace("|", "\\|")
            out.append(
                f"| `{key.name}` | {key.kind.value} | `{toml_value(key.default)}` | "
                f"{allowed} | {key.doc} |"
            )
        out.append("")
    return "\n".join(out)
