"""Settings: one frozen dataclass per ``config.toml`` table, and the whole set.

What each key allows, its default and its meaning live in
:mod:`microbreak.core.schema`; the dataclasses here are the typed view the rest
of the app uses (a test checks their defaults match the schema). Validation is
pure so the loader (infra), the import command and the settings dialog share
one set of rules: a bad value is reported and falls back to its default alone,
and keys microbreak does not know are reported and kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from microbreak.core import schema
from microbreak.core.schema import (
    SCHEMA_VERSION,
    TABLES,
    WEEKDAYS,
    Kind,
    keys_of,
    parse_hours,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


@dataclass(frozen=True)
class ScheduleSettings:
    # The middle of the AAOHN 30-60 minute "wellness microbreak" window.
    interval_minutes: int = 45
    heads_up_seconds: int = 30
    snooze_minutes: int = 5
    # 0 means unlimited.
    max_snoozes: int = 3
    # Strict mode: no snooze or skip, for people who want to be held to it.
    strict: bool = False
    # Away from the keyboard (or asleep, or locked) at least this long counts
    # as a break taken.
    natural_break_minutes: int = 5
    # With an idle source: the break comes at the first pause in typing
    # between `earliest_minutes` and `latest_minutes` after the last one,
    # instead of cutting into a sentence at a fixed minute.
    smart_timing: bool = True
    earliest_minutes: int = 30
    latest_minutes: int = 60
    # How long a break may wait for a full-screen window, do-not-disturb or a
    # call to end before a gentle notification replaces the window.
    defer_limit_minutes: int = 30

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_minutes)

    @property
    def heads_up(self) -> timedelta:
        return timedelta(seconds=self.heads_up_seconds)

    @property
    def snooze(self) -> timedelta:
        return timedelta(minutes=self.snooze_minutes)

    @property
    def natural_break(self) -> timedelta:
        return timedelta(minutes=self.natural_break_minutes)

    @property
    def earliest(self) -> timedelta:
        return timedelta(minutes=self.earliest_minutes)

    @property
    def latest(self) -> timedelta:
        return timedelta(minutes=self.latest_minutes)

    @property
    def defer_limit(self) -> timedelta:
        return timedelta(minutes=self.defer_limit_minutes)


@dataclass(frozen=True)
class DoNotDisturbSettings:
    """``[do_not_disturb]``: which kinds of busy defer a break."""

    fullscreen: bool = True
    desktop_dnd: bool = True
    calls: bool = True


@dataclass(frozen=True)
class SoundSettings:
    """``[sound]``: chimes at the start and end of a break, an optional tick per repetition."""

    enabled: bool = True
    volume: int = 60  # percent
    tick_each_repetition: bool = False


@dataclass(frozen=True)
class GuidanceSettings:
    """``[guidance]``: spoken steps and hold counts (needs a speech engine)."""

    speak_steps: bool = False


@dataclass(frozen=True)
class AccessibilitySettings:
    """``[accessibility]``: still pictures instead of moving between poses."""

    reduced_motion: bool = False


@dataclass(frozen=True)
class Bound:
    """What a key allows, in words a person can act on."""

    low: int
    high: int
    help: str


def _bounds(table: str) -> dict[str, Bound]:
    return {k.name: Bound(k.low, k.high, k.help) for k in keys_of(table) if k.kind is Kind.INT}


SCHEDULE_BOUNDS: dict[str, Bound] = _bounds("schedule")
SOUND_BOUNDS: dict[str, Bound] = _bounds("sound")


@dataclass(frozen=True)
class SettingsProblem:
    """One rejected value: which key, what it was, what is allowed."""

    key: str
    value: object
    allowed: str
    table: str = "schedule"

    def message(self) -> str:
        return (
            f"[{self.table}] {self.key} = {self.value!r} is not allowed: "
            f"use {self.allowed}. Using the default instead."
        )


def _from_table(name: str, table: object, defaults: T) -> tuple[T, list[SettingsProblem]]:
    """Check each known key of one table against the schema (type and bounds)."""
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        if table is not None:
            problems.append(SettingsProblem(name, table, "a table of settings", table=name))
        return defaults, problems
    values: dict[str, Any] = {}
    for key in keys_of(name):
        if key.name not in table:
            continue
        raw = table[key.name]
        ok, value = key.check(raw)
        if ok:
            values[key.name] = value
        else:
            problems.append(SettingsProblem(key.name, raw, key.allowed(), table=name))
    return replace(defaults, **values), problems


def schedule_from_table(table: object) -> tuple[ScheduleSettings, list[SettingsProblem]]:
    """Build settings from a parsed ``[schedule]`` table.

    A bad value is reported and replaced by its default; every good value is
    kept, so one typo never throws away the rest of the user's choices.
    """
    settings, problems = _from_table("schedule", table, ScheduleSettings())
    if settings.earliest_minutes > settings.latest_minutes:
        problems.append(
            SettingsProblem(
                "earliest_minutes",
                settings.earliest_minutes,
                f"at most latest_minutes ({settings.latest_minutes})",
            )
        )
        defaults = ScheduleSettings()
        settings = replace(
            settings,
            earliest_minutes=defaults.earliest_minutes,
            latest_minutes=defaults.latest_minutes,
        )
    return settings, problems


def sound_from_table(table: object) -> tuple[SoundSettings, list[SettingsProblem]]:
    """``[sound]``: enabled, volume (0 to 100), tick_each_repetition."""
    return _from_table("sound", table, SoundSettings())


def guidance_from_table(table: object) -> tuple[GuidanceSettings, list[SettingsProblem]]:
    """``[guidance]``: speak_steps."""
    return _from_table("guidance", table, GuidanceSettings())


def accessibility_from_table(
    table: object,
) -> tuple[AccessibilitySettings, list[SettingsProblem]]:
    """``[accessibility]``: reduced_motion."""
    return _from_table("accessibility", table, AccessibilitySettings())


@dataclass(frozen=True)
class GoalSettings:
    # Six breaks make a 9-to-5 day at the AAOHN's 30-60 minute rhythm, with
    # room for meetings and lunch.
    breaks_per_day: int = 6


@dataclass(frozen=True)
class HistorySettings:
    # Days of break history to keep; 0 keeps everything.
    keep_days: int = 0


GOALS_BOUNDS: dict[str, Bound] = _bounds("goals")
HISTORY_BOUNDS: dict[str, Bound] = _bounds("history")


def goals_from_table(table: object) -> tuple[GoalSettings, list[SettingsProblem]]:
    """Build the ``[goals]`` settings; same fall-back rules as :func:`schedule_from_table`."""
    return _from_table("goals", table, GoalSettings())


def history_from_table(table: object) -> tuple[HistorySettings, list[SettingsProblem]]:
    """Build the ``[history]`` settings; same fall-back rules as :func:`schedule_from_table`."""
    return _from_table("history", table, HistorySettings())


# The five AAOHN seated desk exercises, in the order a first break walks them.
DEFAULT_EXERCISES: tuple[str, ...] = schema.DEFAULT_EXERCISES
DEFAULT_PER_BREAK = 3


@dataclass(frozen=True)
class WorkingHoursSettings:
    """``[schedule.working_hours]``: outside these hours no reminders (when enabled)."""

    enabled: bool = False
    monday: str = "09:00-17:00"
    tuesday: str = "09:00-17:00"
    wednesday: str = "09:00-17:00"
    thursday: str = "09:00-17:00"
    friday: str = "09:00-17:00"
    saturday: str = ""
    sunday: str = ""

    def ranges(self, weekday: int) -> tuple[tuple[int, int], ...]:
        """Working ranges of a weekday (0 = Monday) in minutes of the day."""
        return parse_hours(getattr(self, WEEKDAYS[weekday]))


@dataclass(frozen=True)
class ExerciseSettings:
    """``[exercises]``: which exercises, in which order, and how many per break."""

    selected: tuple[str, ...] = DEFAULT_EXERCISES
    per_break: int | str = DEFAULT_PER_BREAK  # or "all"

    def count(self, available: int) -> int:
        """Exercises in one break when ``available`` of the selection exist."""
        if self.per_break == "all" or not isinstance(self.per_break, int):
            return max(1, available)
        return max(1, min(self.per_break, available))


@dataclass(frozen=True)
class NotificationSettings:
    """``[notifications]``."""

    heads_up: bool = True


@dataclass(frozen=True)
class InterfaceSettings:
    """``[interface]``."""

    # "" follows the system.
    language: str = ""


@dataclass(frozen=True)
class StartupSettings:
    """``[startup]``."""

    autostart: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything in ``config.toml``, validated."""

    schedule: ScheduleSettings = ScheduleSettings()
    working_hours: WorkingHoursSettings = WorkingHoursSettings()
    exercises: ExerciseSettings = ExerciseSettings()
    notifications: NotificationSettings = NotificationSettings()
    do_not_disturb: DoNotDisturbSettings = DoNotDisturbSettings()
    sound: SoundSettings = SoundSettings()
    guidance: GuidanceSettings = GuidanceSettings()
    accessibility: AccessibilitySettings = AccessibilitySettings()
    goals: GoalSettings = GoalSettings()
    history: HistorySettings = HistorySettings()
    interface: InterfaceSettings = InterfaceSettings()
    startup: StartupSettings = StartupSettings()


# Which Settings attribute holds each table.
ATTRIBUTE: dict[str, str] = {
    "schedule": "schedule",
    "schedule.working_hours": "working_hours",
    "exercises": "exercises",
    "notifications": "notifications",
    "do_not_disturb": "do_not_disturb",
    "sound": "sound",
    "guidance": "guidance",
    "accessibility": "accessibility",
    "goals": "goals",
    "history": "history",
    "interface": "interface",
    "startup": "startup",
}


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
    for table in TABLES:
        attr = ATTRIBUTE[table]
        if table == "schedule":
            built, found = schedule_from_table(table_at(data, table))
        else:
            built, found = _from_table(table, table_at(data, table), getattr(Settings(), attr))
        values[attr] = built
        problems += found
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            SettingsProblem("schema_version", version, "a whole number (1)", table="top level")
        )
    unknown = [f"{path} = {value!r}" for path, value in _unknown(data)]
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
            if path in known_tables and isinstance(value, dict):
                walk(value, path)
            else:
                found.append((path, value))

    walk(data, "")
    return found


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """The nested dict a TOML writer turns back into ``config.toml``."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for table in TABLES:
        node = data
        for part in table.split("."):
            node = node.setdefault(part, {})
        part_settings = getattr(settings, ATTRIBUTE[table])
        for key in keys_of(table):
            value = getattr(part_settings, key.name)
            node[key.name] = list(value) if key.kind is Kind.IDS else value
    return data


def flat_values(settings: Settings) -> dict[tuple[str, str], object]:
    """``{(table, key): value}`` for every key in the schema."""
    return {
        (key.table, key.name): getattr(getattr(settings, ATTRIBUTE[table]), key.name)
        for table in TABLES
        for key in keys_of(table)
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
