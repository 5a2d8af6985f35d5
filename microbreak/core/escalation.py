"""Gentle escalation, the daily skip budget and longer postponed breaks (``[escalation]``).

People take only about half the breaks offered. When breaks are put off again
and again, the next reminder gets a little firmer, and it calms down again as
breaks are taken (as Big Stretch Reminder does); each firmer reminder says
why in one plain sentence.

The rules, exactly:

- A *put-off* is an accepted snooze (from anywhere), "Skip next break", or a
  break window ended with Skip. Each adds one to the run of put-offs.
- The level is the highest of what it was and what the run asks for:
  ``FIRMER_AFTER`` (2) put-offs in a row give level 1, ``FIRMEST_AFTER`` (4)
  give level 2. It never goes above 2.
- Each completed break lowers the level by one and starts the run afresh.
  Nothing else lowers it: a break missed while away, a natural break, a pause
  or a restart leave level and run as they are (both are saved).
- Level 1 and 2: the heads-up is the app's own window, not a desktop
  notification; fewer snoozes are offered (:meth:`Escalation.max_snoozes`:
  one fewer than configured at level 1, "unlimited" becoming 2; only one at
  level 2; never none: this nudges, it does not forbid); the heads-up and the
  break window say why.
- Strict mode is unchanged: it allows no put-off, and the level has no
  effect while it is on.
- ``gentle = false`` keeps the level at 0.

The daily skip budget (``daily_skips``, 0 = none) counts skips (not snoozes)
per local day; once they are used, a skip is refused until the next local
day. With ``postponed_longer`` a snoozed break comes back with one more
exercise per snooze, ``LONGER_AT_MOST`` more at most.

No clock here: the engine passes the local date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

FIRMER_AFTER = 2
FIRMEST_AFTER = 4
TOP_LEVEL = 2
LONGER_AT_MOST = 2


@dataclass(frozen=True)
class Firmness:
    """The level in force and why: ``skips`` and ``snoozes`` in the run of put-offs."""

    level: int = 0
    skips: int = 0
    snoozes: int = 0

    @property
    def firm(self) -> bool:
        return self.level >= 1


def level_for(run: int) -> int:
    """The level a run of ``run`` put-offs in a row asks for."""
    if run >= FIRMEST_AFTER:
        return 2
    if run >= FIRMER_AFTER:
        return 1
    return 0


def fewer_snoozes(configured: int, level: int) -> int:
    """The snoozes allowed per break at ``level`` (``configured`` 0: unlimited)."""
    if level <= 0:
        return configured
    if level >= TOP_LEVEL:
        return 1
    return 2 if configured == 0 else max(1, configured - 1)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class Escalation:
    def __init__(
        self,
        *,
        gentle: bool = False,
        daily_skips: int = 0,
        postponed_longer: bool = False,
    ) -> None:
        self.gentle = gentle
        self.daily_skips = daily_skips
        self.postponed_longer = postponed_longer
        self._level = 0
        self._skips = 0  # in the current run of put-offs
        self._snoozes = 0
        self._skipped_on: date | None = None
        self._skipped_today = 0

    def reconfigure(self, *, gentle: bool, daily_skips: int, postponed_longer: bool) -> None:
        self.gentle = gentle
        self.daily_skips = max(0, daily_skips)
        self.postponed_longer = postponed_longer
        if not gentle:
            self._level = 0

    # -- reading -----------------------------------------------------------

    def firmness(self) -> Firmness:
        return Firmness(self._level, self._skips, self._snoozes)

    def max_snoozes(self, configured: int) -> int:
        return fewer_snoozes(configured, self._level)

    def skips_left(self, today: date) -> int | None:
        """Skips still allowed today (None: no budget)."""
        if self.daily_skips <= 0:
            return None
        used = self._skipped_today if self._skipped_on == today else 0
        return max(0, self.daily_skips - used)

    def extra_exercises(self, snoozes: int) -> int:
        """How many exercises a break snoozed ``snoozes`` times gains."""
        return min(snoozes, LONGER_AT_MOST) if self.postponed_longer else 0

    # -- what happened -----------------------------------------------------

    def snoozed(self) -> None:
        self._snoozes += 1
        self._rise()

    def skipped(self, today: date) -> None:
        self._skips += 1
        if self._skipped_on != today:
            self._skipped_on, self._skipped_today = today, 0
        self._skipped_today += 1
        self._rise()

    def completed(self) -> None:
        self._level = max(0, self._level - 1)
        self._skips = self._snoozes = 0

    def _rise(self) -> None:
        if self.gentle:
            self._level = max(self._level, level_for(self._skips + self._snoozes))

    # -- saved across restarts (state.json) ----------------------------------

    def saved(self) -> dict[str, object]:
        return {
            "level": self._level,
            "skips": self._skips,
            "snoozes": self._snoozes,
            "skipped_on": self._skipped_on.isoformat() if self._skipped_on else None,
            "skipped_today": self._skipped_today,
        }

    def restore(self, data: Mapping[str, object]) -> None:
        """Take back what :meth:`saved` gave; anything unreadable counts as nothing."""
        self._level = min(TOP_LEVEL, _count(data.get("level")))
        self._skips = _count(data.get("skips"))
        self._snoozes = _count(data.get("snoozes"))
        self._skipped_today = _count(data.get("skipped_today"))
        on = data.get("skipped_on")
        try:
            self._skipped_on = date.fromisoformat(on) if isinstance(on, str) else None
        except ValueError:
            self._skipped_on = None
        if self._skipped_on is None:
            self._skipped_today = 0
