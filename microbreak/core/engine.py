"""The break engine: a state machine from events to effects.

    engine.handle(event) -> list[Effect]

It holds the schedule (when the next break is due), the phase of the break
cycle and the reasons reminders are held. It reads the time, and the local
time zone (for working hours), only from the injected clock and does nothing
itself; the app applies the effects. See docs/ARCHITECTURE.md for the state
diagram.

This module dispatches events, keeps the schedule and arms the one timer. The
state and the moves shared by all handlers are in ``break_cycle.py``; away and
busy in ``presence.py``; the person's requests in ``user_requests.py``; the
arithmetic of times in ``cadence.py``.

Reasons come in three kinds (core/state.py): the user's own pause; *away*
reasons (idle, sleep, locked), whose time counts toward a natural break; and
*defer* reasons (full screen, do-not-disturb, a call), which do not stop the
clock but hold a due break until they end.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core.break_cycle import SCHEDULED
from microbreak.core.budget_watch import BudgetWatch
from microbreak.core.clock import Clock
from microbreak.core.daily_budget import DailyBudget
from microbreak.core.effects import ArmTimer, CloseReason, Effect, Record, ShowHeadsUp
from microbreak.core.escalation import Escalation
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    ClockJumped,
    DailyBudgetChanged,
    Event,
    ExerciseDone,
    IdleSampled,
    PauseRequested,
    ResumeRequested,
    SettingsChanged,
    SkipNextRequested,
    SleptUnannounced,
    SnoozeRequested,
    Tick,
    WorkingHoursChanged,
)
from microbreak.core.eye_rhythm import EyeRhythm
from microbreak.core.movement import MovementPlan
from microbreak.core.planner import RoutinePlanner
from microbreak.core.presence import AWAY_AFTER, PAUSE_IN_INPUT, Presence
from microbreak.core.records import EndReason, RecordKind, Trigger
from microbreak.core.settings import ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import PauseReason, State
from microbreak.core.user_requests import UserRequests
from microbreak.core.wall_time import at_wall_time
from microbreak.core.working_hours import (
    next_working_start,
    within_working_hours,
    working_hours_end,
)

__all__ = ["AWAY_AFTER", "MISSED_BREAK_GRACE", "PAUSE_IN_INPUT", "BreakEngine"]

# A timer that fires this long after the break was due did not fire late by
# drift: the machine slept or the app was frozen, and nothing told us. The
# user was away from the desk, which is a break of its own, so opening a
# break window at that moment would only nag.
MISSED_BREAK_GRACE = timedelta(minutes=5)


class BreakEngine(BudgetWatch, Presence, UserRequests):
    def __init__(
        self,
        clock: Clock,
        settings: ScheduleSettings,
        planner: RoutinePlanner,
        *,
        idle_source_works: bool = False,
        working_hours: WorkingHoursSettings | None = None,
        movement: MovementPlan | None = None,
        eyes: EyeRhythm | None = None,
        escalation: Escalation | None = None,
        daily_budget: DailyBudget | None = None,
    ) -> None:
        self._budget = daily_budget or DailyBudget(clock.local)
        super().__init__(
            clock,
            settings,
            planner,
            idle_source_works=idle_source_works,
            working_hours=working_hours,
            movement=movement,
            eyes=eyes,
            escalation=escalation,
        )
        self._check_hours(clock.now())
        if self._counting():
            self._budget.resume(clock.now())

    def idle_poll_interval(self) -> timedelta | None:
        """How often the app should sample the idle source now (None: no need).

        Cheap by default; faster only inside the smart-timing window, where a
        ten-second pause in typing must be caught while it lasts.
        """
        if not self._idle_works or self._phase is State.ON_BREAK:
            return None
        if PauseReason.USER in self._reasons or PauseReason.SLEEP in self._reasons:
            return None
        now = self._clock.now()
        in_window = self._earliest is not None and now >= self._earliest
        if in_window and self._phase in (State.WORKING, State.HEADS_UP):
            return timedelta(seconds=5)
        return timedelta(seconds=15)

    # -- driving ---------------------------------------------------------

    def start(self) -> list[Effect]:
        """Effects to apply once at start-up: arm the first wake-up."""
        self._armed = None
        self._follow_hold(self._clock.now())
        return self._rearm(self._follow_budget(self._clock.now()))

    def handle(self, event: Event) -> list[Effect]:
        now = self._clock.now()
        effects: list[Effect]
        if isinstance(event, WorkingHoursChanged):
            self._hours = event.hours
        # Working hours hold or release reminders whatever brought us here.
        hours_effects = self._check_hours(now)
        match event:
            case Tick():
                # The wake-up that brought this Tick is used up: always arm the
                # next one, even if it is for the same time (a timer that fired
                # early must not leave the app with no wake-up at all).
                self._armed = None
                effects = self._on_tick(now)
                # After the schedule's own move: a heads-up or a break just begun wins.
                effects += self._eye_tick(now)
            case BreakNowRequested():
                effects = self._on_break_now(now)
            case SnoozeRequested(minutes=minutes):
                effects = self._on_snooze(now, minutes)
            case SkipNextRequested():
                effects = self._on_skip_next(now)
            case BreakSkipped(exercises_done=done, results=results):
                effects = self._on_break_ended(now, CloseReason.SKIPPED, done, results)
            case BreakFinished(exercises_done=done, results=results):
                effects = self._on_break_ended(now, CloseReason.COMPLETED, done, results)
            case ExerciseDone(result=result):
                effects = self._on_exercise_done(now, result)
            case PauseRequested(until=until):
                effects = self._on_pause(now, until)
            case ResumeRequested():
                effects = self._on_resume(now)
            case SettingsChanged(settings=settings):
                effects = self._on_settings(now, settings)
            case IdleSampled(seconds=seconds):
                effects = self._on_idle(now, timedelta(seconds=max(0.0, seconds)))
            case AwayStarted(reason=reason):
                effects = self._start_away(now, reason)
            case AwayEnded(reason=reason):
                effects = self._end_away(reason, now)
            case SleptUnannounced(started=started, ended=ended):
                effects = self._on_unannounced_sleep(started, ended)
            case ClockJumped(delta=delta):
                effects = self._on_clock_jump(delta)
                self._eyes.shift(delta)
            case BusyChanged(reason=reason, busy=busy):
                effects = self._on_busy(now, reason, busy)
            case DailyBudgetChanged(hours=hours):
                self._budget.reconfigure(hours)
                effects = []
            case WorkingHoursChanged():
                effects = []
        self._follow_hold(now)
        return self._rearm(hours_effects + effects + self._follow_budget(now))

    def _check_hours(self, now: datetime) -> list[Effect]:
        inside = within_working_hours(self._clock.local(now), self._hours)
        held = PauseReason.OUTSIDE_WORKING_HOURS in self._reasons
        if not inside and not held:
            self._reasons[PauseReason.OUTSIDE_WORKING_HOURS] = None
            self._deferred_since = None
            return [*self._hide_heads_up(), Record(RecordKind.WORKING_HOURS_ENDED, now)]
        if inside and held:
            del self._reasons[PauseReason.OUTSIDE_WORKING_HOURS]
            if not self._holding() and self._phase is not State.ON_BREAK:
                # The first break of the day counts from the start of work.
                self._back_to_work(now)
            return [Record(RecordKind.WORKING_HOURS_STARTED, now)]
        return []

    def _hours_boundary(self) -> datetime | None:
        """When working hours next begin or end (None: off, or never)."""
        if not self._hours.enabled:
            return None
        local = self._clock.local(self._clock.now())
        if PauseReason.OUTSIDE_WORKING_HOURS in self._reasons:
            boundary = next_working_start(local, self._hours)
        else:
            boundary = working_hours_end(local, self._hours)
        # Worked out in today's offset: a later day may be on the other side of a DST change.
        return None if boundary is None else at_wall_time(boundary, self._clock.local)

    # -- the schedule ----------------------------------------------------

    def _on_tick(self, now: datetime) -> list[Effect]:
        effects: list[Effect] = []
        until = self._reasons.get(PauseReason.USER)
        if until is not None and now >= until:
            effects += self._end_user_pause(now, RecordKind.PAUSE_EXPIRED)
        if self._deferred_since is not None:
            if now >= self._deferred_since + self._settings.defer_limit:
                effects += self._give_up_deferring(now)
            return effects
        if self.state not in SCHEDULED:
            return effects
        if now >= self._due + MISSED_BREAK_GRACE:
            effects += self._hide_heads_up()
            effects += self._back_to_work(now)
            effects.append(Record(RecordKind.BREAK_MISSED, now, {"reason": EndReason.AWAY.value}))
            return effects
        if now >= self._heads_up_at() and (gone := self._gone_quiet(now)) is not None:
            return effects + gone
        if now >= self._due:
            if self._busy():
                return effects + self._start_deferring(now)
            return effects + self._open_break(now, Trigger.SCHEDULED)
        if (
            self._phase is not State.HEADS_UP
            and self._settings.heads_up_seconds > 0
            and now >= self._heads_up_at()
            and not self._busy()
        ):
            self._phase = State.HEADS_UP
            effects.append(ShowHeadsUp(self._due, self._movement.next_kind(), self._firm()))
        return effects

    # -- the one timer ---------------------------------------------------

    def _next_wakeup(self) -> datetime | None:
        state = self.state
        if state is State.ON_BREAK:
            return None
        if self._deferred_since is not None:
            candidates = [self._deferred_since + self._settings.defer_limit]
            if (until := self._reasons.get(PauseReason.USER)) is not None:
                candidates.append(until)
            return min(candidates)
        if state is State.PAUSED:
            return self._reasons.get(PauseReason.USER)
        # While busy no heads-up is shown, so its time is no reason to wake:
        # waking for it again and again would be a busy loop.
        if self._phase is State.HEADS_UP or self._settings.heads_up_seconds == 0 or self._busy():
            wakeup = self._due
        else:
            wakeup = min(self._heads_up_at(), self._due)
        if (eye := self._eye_wakeup()) is not None:
            wakeup = min(wakeup, eye)
        return wakeup

    def _rearm(self, effects: list[Effect]) -> list[Effect]:
        """Append an ArmTimer whenever the next wake-up moved, and only then."""
        wakeup = self._next_wakeup()
        boundary = self._hours_boundary()
        if boundary is not None and self._phase is not State.ON_BREAK:
            wakeup = boundary if wakeup is None else min(wakeup, boundary)
        # Only while the daily budget is on: off, it adds no wake-up.
        if (budget_due := self._budget_wakeup()) is not None:
            wakeup = budget_due if wakeup is None else min(wakeup, budget_due)
        if wakeup != self._armed:
            self._armed = wakeup
            effects.append(ArmTimer(wakeup))
        return effects
