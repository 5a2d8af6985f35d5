"""The break cadence: how often, how much warning, how long a snooze.

The ``[schedule]``, ``[goals]`` and ``[history]`` tables live here for now; the
settings issue grows this into the full schema. Validation is pure so the
loader (infra) and, later, the settings dialog share one set of rules.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import timedelta
from typing import Any


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

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_minutes)

    @property
    def heads_up(self) -> timedelta:
        return timedelta(seconds=self.heads_up_seconds)

    @property
    def snooze(self) -> timedelta:
        return timedelta(minutes=self.snooze_minutes)


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


def schedule_from_table(table: object) -> tuple[ScheduleSettings, list[SettingsProblem]]:
    """Build settings from a parsed ``[schedule]`` table.

    A bad value is reported and replaced by its default; every good value is
    kept, so one typo never throws away the rest of the user's choices.
    """
    defaults = ScheduleSettings()
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        if table is not None:
            problems.append(SettingsProblem("schedule", table, "a table of settings"))
        return defaults, problems
    values: dict[str, Any] = {}
    for field in fields(ScheduleSettings):
        if field.name not in table:
            continue
        raw = table[field.name]
        default = getattr(defaults, field.name)
        if isinstance(default, bool):
            if isinstance(raw, bool):
                values[field.name] = raw
            else:
                problems.append(SettingsProblem(field.name, raw, "true or false"))
            continue
        bound = SCHEDULE_BOUNDS[field.name]
        allowed = f"a whole number from {bound.low} to {bound.high} ({bound.help})"
        # bool is an int subclass in Python; `interval_minutes = true` is a mistake.
        if isinstance(raw, bool) or not isinstance(raw, int) or not bound.low <= raw <= bound.high:
            problems.append(SettingsProblem(field.name, raw, allowed))
        else:
            values[field.name] = raw
    return ScheduleSettings(**values), problems


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
    values, problems = _whole_numbers("goals", GOALS_BOUNDS, table)
    return GoalSettings(**values), problems


def history_from_table(table: object) -> tuple[HistorySettings, list[SettingsProblem]]:
    """Build the ``[history]`` settings; same fall-back rules as :func:`schedule_from_table`."""
    values, problems = _whole_numbers("history", HISTORY_BOUNDS, table)
    return HistorySettings(**values), problems


def _whole_numbers(
    name: str, bounds: dict[str, Bound], table: object
) -> tuple[dict[str, int], list[SettingsProblem]]:
    """The keys of ``bounds`` found in ``table`` and in range; a problem for each bad one."""
    problems: list[SettingsProblem] = []
    if not isinstance(table, dict):
        if table is not None:
            problems.append(SettingsProblem(name, table, "a table of settings", name))
        return {}, problems
    values: dict[str, int] = {}
    for key, bound in bounds.items():
        if key not in table:
            continue
        raw = table[key]
        if isinstance(raw, bool) or not isinstance(raw, int) or not bound.low <= raw <= bound.high:
            allowed = f"a whole number from {bound.low} to {bound.high} ({bound.help})"
            problems.append(SettingsProblem(key, raw, allowed, name))
        else:
            values[key] = raw
    return values, problems


# The five AAOHN seated desk exercises, in the order a first break walks them.
DEFAULT_EXERCISES: tuple[str, ...] = (
    "shoulder-rolls",
    "shoulder-shrug",
    "high-reach",
    "shoulder-squeeze",
    "upper-back-movement",
)
DEFAULT_PER_BREAK = 3
