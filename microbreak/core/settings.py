"""Settings: the break cadence, do-not-disturb, and how a break guides you.

The ``[schedule]`` table (how often, how much warning, how long a snooze, smart
timing), ``[do_not_disturb]``, and the small ``[sound]``, ``[guidance]`` and
``[accessibility]`` tables the break window needs; the settings issue grows
this into the full schema. Validation is pure so the loader (infra) and,
later, the settings dialog share one set of rules: a bad value is reported and
falls back to its default alone.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

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


SCHEDULE_BOUNDS: dict[str, Bound] = {
    "interval_minutes": Bound(1, 240, "minutes of work between breaks"),
    "heads_up_seconds": Bound(0, 600, "seconds of warning before a break (0 turns it off)"),
    "snooze_minutes": Bound(1, 60, "minutes a snooze postpones a break"),
    "max_snoozes": Bound(0, 20, "snoozes allowed for one break (0 means unlimited)"),
    "natural_break_minutes": Bound(1, 60, "minutes away that count as a break"),
    "earliest_minutes": Bound(1, 240, "minutes of work before a break may come at a pause"),
    "latest_minutes": Bound(1, 480, "minutes of work after which a break comes anyway"),
    "defer_limit_minutes": Bound(1, 240, "minutes a break may wait while you are busy"),
}
SOUND_BOUNDS: dict[str, Bound] = {
    "volume": Bound(0, 100, "percent of full volume"),
}


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


def _from_table(
    name: str, table: object, defaults: T, bounds: dict[str, Bound]
) -> tuple[T, list[SettingsProblem]]:
    """Check each known key of one table against its default's type and bounds."""
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        if table is not None:
            problems.append(SettingsProblem(name, table, "a table of settings", table=name))
        return defaults, problems
    values: dict[str, Any] = {}
    for field in fields(defaults):
        if field.name not in table:
            continue
        raw = table[field.name]
        default = getattr(defaults, field.name)
        if isinstance(default, bool):
            if isinstance(raw, bool):
                values[field.name] = raw
            else:
                problems.append(SettingsProblem(field.name, raw, "true or false", table=name))
            continue
        bound = bounds[field.name]
        allowed = f"a whole number from {bound.low} to {bound.high} ({bound.help})"
        # bool is an int subclass in Python; `interval_minutes = true` is a mistake.
        if isinstance(raw, bool) or not isinstance(raw, int) or not bound.low <= raw <= bound.high:
            problems.append(SettingsProblem(field.name, raw, allowed, table=name))
        else:
            values[field.name] = raw
    return replace(defaults, **values), problems


def schedule_from_table(table: object) -> tuple[ScheduleSettings, list[SettingsProblem]]:
    """Build settings from a parsed ``[schedule]`` table.

    A bad value is reported and replaced by its default; every good value is
    kept, so one typo never throws away the rest of the user's choices.
    """
    settings, problems = _from_table("schedule", table, ScheduleSettings(), SCHEDULE_BOUNDS)
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


def do_not_disturb_from_table(table: object) -> tuple[DoNotDisturbSettings, list[SettingsProblem]]:
    """``[do_not_disturb]``: fullscreen, desktop_dnd, calls."""
    return _from_table("do_not_disturb", table, DoNotDisturbSettings(), {})


def sound_from_table(table: object) -> tuple[SoundSettings, list[SettingsProblem]]:
    """``[sound]``: enabled, volume (0 to 100), tick_each_repetition."""
    return _from_table("sound", table, SoundSettings(), SOUND_BOUNDS)


def guidance_from_table(table: object) -> tuple[GuidanceSettings, list[SettingsProblem]]:
    """``[guidance]``: speak_steps."""
    return _from_table("guidance", table, GuidanceSettings(), {})


def accessibility_from_table(
    table: object,
) -> tuple[AccessibilitySettings, list[SettingsProblem]]:
    """``[accessibility]``: reduced_motion."""
    return _from_table("accessibility", table, AccessibilitySettings(), {})


@dataclass(frozen=True)
class GoalSettings:
    # Six breaks make a 9-to-5 day at the AAOHN's 30-60 minute rhythm, with
    # room for meetings and lunch.
    breaks_per_day: int = 6


@dataclass(frozen=True)
class HistorySettings:
    # Days of break history to keep; 0 keeps everything.
    keep_days: int = 0


GOALS_BOUNDS: dict[str, Bound] = {
    "breaks_per_day": Bound(1, 48, "breaks a day you aim for"),
}
HISTORY_BOUNDS: dict[str, Bound] = {
    "keep_days": Bound(0, 36500, "days of break history to keep; 0 keeps it forever"),
}


def goals_from_table(table: object) -> tuple[GoalSettings, list[SettingsProblem]]:
    """Build the ``[goals]`` settings; same fall-back rules as :func:`schedule_from_table`."""
    return _from_table("goals", table, GoalSettings(), GOALS_BOUNDS)


def history_from_table(table: object) -> tuple[HistorySettings, list[SettingsProblem]]:
    """Build the ``[history]`` settings; same fall-back rules as :func:`schedule_from_table`."""
    return _from_table("history", table, HistorySettings(), HISTORY_BOUNDS)


# The five AAOHN seated desk exercises, in the order a first break walks them.
DEFAULT_EXERCISES: tuple[str, ...] = (
    "shoulder-rolls",
    "shoulder-shrug",
    "high-reach",
    "shoulder-squeeze",
    "upper-back-movement",
)
DEFAULT_PER_BREAK = 3
