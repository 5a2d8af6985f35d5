"""The engine and the daily budget: which time is active, and the one notice.

The budget (``core/daily_budget.py``) counts while the schedule runs: not on
a break, not away, not in the person's pause, not outside working hours
(:meth:`BudgetWatch._counting`). After every event the engine compares that
with the budget and starts or stops its stretch at ``now``. An absence is the
exception, as its start and end are often found out later (an idle sample
says no input for 40 s; the heartbeat reports a suspend after it): here the
stretch ends where the absence began and starts again where it ended.

The notice is never shown to an empty chair, in a break or while the person
is busy (a call, full screen): it waits until they are back at work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from microbreak.core.daily_budget import DailyBudget
from microbreak.core.effects import Effect, Notify, Record
from microbreak.core.i18n import Context, translate
from microbreak.core.presence import Presence
from microbreak.core.records import RecordKind
from microbreak.core.state import PauseReason, State, Status

# Counted words in messages (see core.i18n).
engine = Context("engine")


class BudgetWatch(Presence):
    # Set by BreakEngine before the cycle starts.
    _budget: DailyBudget

    @property
    def daily_budget(self) -> DailyBudget:
        return self._budget

    def status(self) -> Status:
        now = self._clock.now()
        return replace(
            super().status(),
            active_today=self._budget.active(now),
            daily_budget_hours=self._budget.hours,
        )

    def _counting(self) -> bool:
        """Is this active computer time?"""
        return self._phase is not State.ON_BREAK and not self._holding()

    # -- absences: the stretch ends where they began ----------------------

    def _start_away(self, since: datetime, reason: PauseReason) -> list[Effect]:
        effects = super()._start_away(since, reason)
        if self._away_since is not None and not self._counting():
            self._budget.halt(self._away_since)
        return effects

    def _end_away(self, reason: PauseReason, back_at: datetime) -> list[Effect]:
        effects = super()._end_away(reason, back_at)
        if self._counting():
            self._budget.resume(back_at)
        return effects

    def _on_clock_jump(self, delta: timedelta) -> list[Effect]:
        self._budget.shift(delta)
        return super()._on_clock_jump(delta)

    # -- after every event --------------------------------------------------

    def _follow_budget(self, now: datetime) -> list[Effect]:
        """Start or stop the budget's stretch with the engine; the notice when it is due."""
        counting = self._counting()
        if counting and not self._budget.running:
            self._budget.resume(now)
        elif not counting and self._budget.running:
            self._budget.halt(now)
        if not counting or self._busy() or not self._budget.check(now):
            return []
        hours = self._budget.hours
        minutes = round(self._budget.active(now).total_seconds() / 60)
        return [
            Notify(
                translate("engine", "Time to call it a day"),
                engine.tr(
                    "You have been at the computer for %n hour(s) today. "
                    "Time to call it a day when you can.",
                    "",
                    hours,
                ),
            ),
            Record(
                RecordKind.DAILY_BUDGET_REACHED, now, {"hours": hours, "active_minutes": minutes}
            ),
        ]

    def _budget_wakeup(self) -> datetime | None:
        """When to wake for the notice: only while it is on and could be shown."""
        if not self._counting() or self._busy():
            return None
        return self._budget.due(self._clock.now())
