"""A daily budget of active computer time: after ``hours`` of it in one local day, one calm notice.

*Active* is the engine's view of the person at the computer: the schedule
runs (working, a heads-up, snoozed, or a due break waiting while busy). Time
on a break, away (idle, asleep, locked), in the person's own pause or outside
working hours does not count. The engine says when a stretch of active time
begins and ends (``core/budget_watch.py``); an absence noticed late (an idle
sample finds no input for 40 s) ends the stretch where the absence began.

A day is a local calendar day, from the clock's ``local()``: a stretch that
runs over midnight counts from midnight on the new day, and the count and
the notice start afresh then. The app saves :meth:`DailyBudget.snapshot` so a
restart on the same day goes on from it (:meth:`DailyBudget.restored` drops a
count from another day). Nothing here reads the clock: every call is given
``now`` or the moment something happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

ZERO = timedelta(0)


@dataclass(frozen=True)
class BudgetDay:
    """One day's count, as saved between runs."""

    day: date
    active: timedelta
    notified: bool = False


@dataclass(frozen=True)
class _Today:
    """The count as it stands for the local day of some moment."""

    banked: timedelta
    since: datetime | None
    notified: bool


class DailyBudget:
    def __init__(
        self,
        local: Callable[[datetime], datetime],
        hours: int = 0,
        saved: BudgetDay | None = None,
    ) -> None:
        self._local = local
        self.hours = max(0, hours)
        self._day: date | None = saved.day if saved else None
        self._banked = saved.active if saved else ZERO
        self._notified = saved.notified if saved else False
        # When the stretch of active time now running began; None: not counting.
        self._since: datetime | None = None

    @classmethod
    def restored(
        cls,
        local: Callable[[datetime], datetime],
        now: datetime,
        saved: BudgetDay | None,
        hours: int = 0,
    ) -> DailyBudget:
        """A budget that goes on from ``saved`` if it is today's; another day's is dropped."""
        today = local(now).date()
        return cls(local, hours, saved if saved is not None and saved.day == today else None)

    # -- reading ---------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.hours > 0

    @property
    def limit(self) -> timedelta:
        return timedelta(hours=self.hours)

    @property
    def running(self) -> bool:
        return self._since is not None

    def active(self, now: datetime) -> timedelta:
        """Active time in the local day of ``now``, the stretch running now included."""
        today = self._today(now)
        if today.since is None:
            return today.banked
        return today.banked + max(ZERO, now - today.since)

    def due(self, now: datetime) -> datetime | None:
        """When the notice falls due if the stretch now running goes on.

        None while off, not counting, or told already today. A stretch that
        would pass midnight first runs into a new day: its count starts there.
        """
        today = self._today(now)
        if not self.on or today.since is None or today.notified:
            return None
        at = today.since + (self.limit - today.banked)
        since_local = self._local(today.since)
        if at > today.since and self._local(at).date() != since_local.date():
            at = self._next_midnight(since_local) + self.limit
        return at

    def snapshot(self, now: datetime) -> BudgetDay:
        """What to save: the local day of ``now``, its count so far, and whether it was told."""
        today = self._today(now)
        return BudgetDay(self._local(now).date(), self.active(now), today.notified)

    # -- changing --------------------------------------------------------

    def reconfigure(self, hours: int) -> None:
        """A new budget; today's count is kept (and a notice given today is not given again)."""
        self.hours = max(0, hours)

    def resume(self, at: datetime) -> None:
        """A stretch of active time begins at ``at``."""
        self._roll(at)
        if self._since is None:
            self._since = at

    def halt(self, at: datetime) -> None:
        """The stretch running ends at ``at`` (perhaps in the past: where an absence began)."""
        if self._since is None:
            return
        self._roll(at)
        self._banked += max(ZERO, at - self._since)
        self._since = None

    def shift(self, delta: timedelta) -> None:
        """The wall clock was changed by ``delta``: the time already counted stays counted."""
        if self._since is not None:
            self._since += delta

    def check(self, now: datetime) -> bool:
        """Is the notice due now? True once a day, the first time it is asked after it is."""
        self._roll(now)
        if not self.on or self._notified or self.active(now) < self.limit:
            return False
        self._notified = True
        return True

    # -- the day ---------------------------------------------------------

    def _today(self, now: datetime) -> _Today:
        day = self._local(now).date()
        if self._day is not None and day <= self._day:
            return _Today(self._banked, self._since, self._notified)
        # A new day that nothing has looked at yet: the stretch counts from its midnight.
        since = None if self._since is None else max(self._since, self._midnight(now))
        return _Today(ZERO, since, False)

    def _roll(self, at: datetime) -> None:
        """Move the count on to the local day of ``at`` when that is a later day.

        Never back: a stretch ended at a moment before midnight, found out after
        it (an absence that began at 23:59), adds nothing to the new day.
        """
        today = self._today(at)
        self._day = max(self._day or date.min, self._local(at).date())
        self._banked, self._since, self._notified = today.banked, today.since, today.notified

    def _midnight(self, at: datetime) -> datetime:
        """The moment the local day of ``at`` began."""
        local = self._local(at)
        return _instant(datetime.combine(local.date(), time(0), tzinfo=local.tzinfo))

    @staticmethod
    def _next_midnight(local: datetime) -> datetime:
        return _instant(
            datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
        )


def _instant(local: datetime) -> datetime:
    # In UTC: arithmetic on two datetimes of one zone object is wall-clock
    # arithmetic, an hour out across a DST change.
    return local.astimezone(UTC)
