"""What moves a ``config.toml`` of an older ``schema_version`` on to the current one.

Pure: it reads the parsed file and says what to change; ``config_store`` edits
the text (comments kept) and writes it atomically, once, on the app's first
start with the new version.

Schema 1 to 2: smart timing used to ignore ``interval_minutes`` and place the
break between ``earliest_minutes`` and ``latest_minutes`` (30 and 60 unless
changed). Now ``interval_minutes`` is the rhythm and smart timing only picks
the moment near it. So that nobody's choice is lost: when smart timing was on
and its window had been changed (and is a window: earliest at most latest),
and ``interval_minutes`` had not (absent, or still 45), the interval becomes
the middle of the old window, rounded half up (20 and 40 give 30). An
interval the person chose stays. The two old keys are commented out in the
file, values kept, with a note.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from microbreak.core.schema import SCHEMA_VERSION

RETIRED = ("earliest_minutes", "latest_minutes")
# Schema 1's defaults and bounds, for reading an old file as schema 1 read it
# (a value out of bounds fell back to its default).
_OLD_WINDOW = {"earliest_minutes": (30, 1, 240), "latest_minutes": (60, 1, 480)}
_OLD_INTERVAL = 45
_INTERVAL_BOUNDS = (1, 240)
RETIRED_NOTE = "schema 1; smart timing now follows interval_minutes"


@dataclass
class Migration:
    """How an old file changes: values to set, keys to retire, and words for the log."""

    data: dict[str, Any]  # the parsed file as it reads after the migration
    changes: dict[tuple[str, str], object] = field(default_factory=dict)
    retired: list[tuple[str, str]] = field(default_factory=list)
    # The file has no schema_version line: one goes at its top.
    add_version: bool = False
    notes: list[str] = field(default_factory=list)


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _old_value(schedule: dict[str, Any], name: str) -> int:
    default, low, high = _OLD_WINDOW[name]
    value = _whole(schedule.get(name, default))
    return value if value is not None and low <= value <= high else default


def interval_from_window(schedule: dict[str, Any]) -> int | None:
    """The interval a schema-1 ``[schedule]`` table meant, if not its interval_minutes."""
    if schedule.get("smart_timing", True) is False:
        return None  # the window was never used
    if "interval_minutes" in schedule and schedule["interval_minutes"] != _OLD_INTERVAL:
        return None  # chosen by the person (even if not allowed: theirs to fix)
    earliest = _old_value(schedule, "earliest_minutes")
    latest = _old_value(schedule, "latest_minutes")
    if earliest > latest or (earliest, latest) == (30, 60):
        return None  # schema 1 used its defaults then: nothing was chosen
    low, high = _INTERVAL_BOUNDS
    return min(high, max(low, (earliest + latest + 1) // 2))


def migrate(data: dict[str, Any]) -> Migration | None:
    """What to change in a parsed file; None when it is current (or from a newer version)."""
    version = _whole(data.get("schema_version", 1))
    if version is None or version >= SCHEMA_VERSION:
        return None
    raw = data.get("schedule")
    schedule: dict[str, Any] = raw if isinstance(raw, dict) else {}
    migration = Migration(copy.deepcopy(data))
    migration.retired = [("schedule", name) for name in RETIRED if name in schedule]
    if "schema_version" in data:
        migration.changes[("", "schema_version")] = SCHEMA_VERSION
    elif migration.retired:
        migration.add_version = True
    interval = interval_from_window(schedule)
    if interval is not None:
        migration.changes[("schedule", "interval_minutes")] = interval
        migration.notes.append(
            f"smart timing now follows interval_minutes: set to {interval}, the middle of "
            f"your earliest_minutes..latest_minutes ({_old_value(schedule, 'earliest_minutes')}"
            f"..{_old_value(schedule, 'latest_minutes')})"
        )
    if not migration.changes and not migration.retired and not migration.add_version:
        return None
    migrated = migration.data
    migrated["schema_version"] = SCHEMA_VERSION
    for (table, name), value in migration.changes.items():
        if table:
            migrated.setdefault(table, {})[name] = value
    for table, name in migration.retired:
        del migrated[table][name]
    if migration.retired:
        migration.notes.append(
            "earliest_minutes and latest_minutes are commented out (no longer used)"
        )
    return migration
