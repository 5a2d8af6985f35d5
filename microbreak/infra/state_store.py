"""Small bits of state that should survive a restart.

``state.json`` holds the routine rotation, the movement-break count and
rotation (core/movement.py), the eye exercises' rotation (core/eye_rhythm.py),
gentle escalation's level and the day's skips (core/escalation.py), today's
active time for the daily budget (core/daily_budget.py), and whether the
first-run health notice was dismissed. Each write keeps the keys it does not change, so the
two never overwrite each other.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from microbreak.core.daily_budget import BudgetDay
from microbreak.infra.atomic import write_atomic

log = logging.getLogger(__name__)


def _count(value: object) -> int:
    """A count read back from the file: anything but a whole number >= 0 is 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class StateStore:
    def __init__(self, path: Path) -> None:
        self._path = path

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # Losing this only means the rotation restarts and the notice shows
            # again; not worth bothering the user about.
            log.warning("ignoring unreadable %s: %s", self._path, exc)
            return {}
        return data if isinstance(data, dict) else {}

    def _update(self, **values: Any) -> None:
        data = self._read()
        data.update(values)
        try:
            write_atomic(self._path, json.dumps(data, sort_keys=True).encode())
        except OSError as exc:
            log.warning("could not save %s: %s", self._path, exc)

    def load_rotation(self) -> int:
        return _count(self._read().get("rotation", 0))

    def save_rotation(self, position: int) -> None:
        self._update(rotation=position)

    def load_eye_rotation(self) -> int:
        """Where the eye exercises' rotation stands (core/eye_rhythm.py)."""
        return _count(self._read().get("eye_rotation", 0))

    def save_eye_rotation(self, position: int) -> None:
        self._update(eye_rotation=position)

    def load_movement(self) -> tuple[int, int]:
        """Breaks offered since the last movement break, and the movement rotation."""
        data = self._read()
        since, position = data.get("movement_since", 0), data.get("movement_rotation", 0)
        return (_count(since), _count(position))

    def save_movement(self, since: int, position: int) -> None:
        self._update(movement_since=since, movement_rotation=position)

    def load_escalation(self) -> dict[str, object]:
        """Gentle escalation's level and counts (core/escalation.py checks each value)."""
        data = self._read().get("escalation")
        return data if isinstance(data, dict) else {}

    def save_escalation(self, values: Mapping[str, object]) -> None:
        self._update(escalation=dict(values))

    def load_daily_budget(self) -> BudgetDay | None:
        """The day's active time last saved (None: none, or unreadable)."""
        saved = self._read().get("daily_budget")
        if not isinstance(saved, dict):
            return None
        try:
            day = date.fromisoformat(saved.get("day", ""))
        except (TypeError, ValueError):
            return None
        seconds = _count(saved.get("active_seconds", 0))
        return BudgetDay(day, timedelta(seconds=seconds), saved.get("notified") is True)

    def save_daily_budget(self, budget: BudgetDay) -> None:
        self._update(
            daily_budget={
                "day": budget.day.isoformat(),
                "active_seconds": int(budget.active.total_seconds()),
                "notified": budget.notified,
            }
        )

    def health_notice_seen(self) -> bool:
        return self._read().get("health_notice_seen") is True

    def mark_health_notice_seen(self) -> None:
        self._update(health_notice_seen=True)

    def shortcuts_bound(self) -> bool:
        """Did the person once have the desktop bind keys for us (GlobalShortcuts)?"""
        return self._read().get("shortcuts_bound") is True

    def mark_shortcuts_bound(self) -> None:
        self._update(shortcuts_bound=True)
