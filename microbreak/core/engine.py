"""The break engine: a state machine from events to effects.

    engine.handle(event) -> list[Effect]

It holds the schedule (when the next break is due), the phase of the break
cycle and the set of reasons reminders are paused. It reads time only from the
injected clock and does nothing itself; the app applies the effects. See
docs/ARCHITECTURE.md for the state diagram.

The reported state is derived, not stored: a break in progress wins, then any
pause reason, then the phase (working, heads-up, snoozed). Keeping "paused"
as a set of reasons beside the phase means a pause for a meeting and, later,
a pause for idleness or a full-screen video can overlap and end in any order.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core.clock import Clock
from microbreak.core.effects import (
    ArmTimer,
    CloseBreak,
    Effect,
    HideHeadsUp,
    Record,
    Refused,
    ShowBreak,
    ShowHeadsUp,
)
from microbreak.core.events import (
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    Event,
    ExerciseDone,
    PauseRequested,
    ResumeRequested,
    SettingsChanged,
    SkipRequested,
    SnoozeRequested,
    Tick,
)
from microbreak.core.planner import RoutinePlanner
from microbreak.core.player import ExerciseResult
from microbreak.core.settings import SCHEDULE_BOUNDS, ScheduleSettings
from microbreak.core.state import PauseReason, State, Status

# A timer that fires this long after the break was due did not fire late by
# drift: the machine slept or the app was frozen. The user was away from the
# desk, which is a break of its own, so opening a break window at that moment
# would only nag. (The awareness issue replaces this with idle/sleep signals.)
MISSED_BREAK_GRACE = timedelta(minutes=5)

_MAX_SNOOZE = SCHEDULE_BOUNDS["snooze_minutes"].high * 4


def _result_detail(result: ExerciseResult) -> dict[str, object]:
    return {
        "position": result.position,
        "exercise": result.exercise_id,
        "status": str(result.status),
        "seconds": round(result.seconds, 1),
    }


class BreakEngine:
    def __init__(
        self,
        clock: Clock,
        settings: ScheduleSettings,
        planner: RoutinePlanner,
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._planner = planner
        now = clock.now()
        self._phase = State.WORKING  # WORKING, HEADS_UP, SNOOZED or ON_BREAK
        self._anchor = now
        self._due = now + settings.interval
        self._reasons: dict[PauseReason, datetime | None] = {}
        self._snoozes = 0
        self._armed: datetime | None = None

    # -- reading ---------------------------------------------------------

    @property
    def settings(self) -> ScheduleSettings:
        return self._settings

    @property
    def planner(self) -> RoutinePlanner:
        return self._planner

    @property
    def state(self) -> State:
        if self._phase is State.ON_BREAK:
            return State.ON_BREAK
        if self._reasons:
            return State.PAUSED
        return self._phase

    def status(self) -> Status:
        state = self.state
        scheduled = state in (State.WORKING, State.HEADS_UP, State.SNOOZED)
        return Status(
            state=state,
            next_break_at=self._due if scheduled else None,
            paused_until=self._reasons.get(PauseReason.USER),
            pause_reasons=frozenset(self._reasons),
            snoozes_used=self._snoozes,
            interval_started_at=self._anchor,
        )

    # -- driving ---------------------------------------------------------

    def start(self) -> list[Effect]:
        """Effects to apply once at start-up: arm the first wake-up."""
        self._armed = None
        return self._rearm([])

    def handle(self, event: Event) -> list[Effect]:
        now = self._clock.now()
        effects: list[Effect]
        match event:
            case Tick():
                effects = self._on_tick(now)
            case BreakNowRequested():
                effects = self._on_break_now(now)
            case SnoozeRequested(minutes=minutes):
                effects = self._on_snooze(now, minutes)
            case SkipRequested():
                effects = self._on_skip(now)
            case BreakSkipped(exercises_done=done, results=results):
                effects = self._on_break_ended(now, "skipped", done, results)
            case BreakFinished(exercises_done=done, results=results):
                effects = self._on_break_ended(now, "completed", done, results)
            case ExerciseDone(result=result):
                effects = self._on_exercise_done(now, result)
            case PauseRequested(until=until):
                effects = self._on_pause(now, until)
            case ResumeRequested():
                effects = self._on_resume(now)
            case SettingsChanged(settings=settings):
                effects = self._on_settings(now, settings)
        return self._rearm(effects)

    # -- transitions -----------------------------------------------------

    def _heads_up_at(self) -> datetime:
        # Never warn for more than half an interval: with a 2-minute interval
        # and a 10-minute heads-up the warning would never go away.
        lead = min(self._settings.heads_up, self._settings.interval / 2)
        return self._due - lead

    def _on_tick(self, now: datetime) -> list[Effect]:
        effects: list[Effect] = []
        until = self._reasons.get(PauseReason.USER)
        if until is not None and now >= until:
            effects += self._end_user_pause(now, "pause_expired")
        if self.state not in (State.WORKING, State.HEADS_UP, State.SNOOZED):
            return effects
        if now >= self._due + MISSED_BREAK_GRACE:
            effects += self._hide_heads_up()
            self._phase = State.WORKING
            self._snoozes = 0
            self._restart_interval(now)
            effects.append(Record("break_missed", now, {"reason": "away"}))
            return effects
        if now >= self._due:
            return effects + self._open_break(now, "scheduled")
        if (
            self._phase is not State.HEADS_UP
            and self._settings.heads_up_seconds > 0
            and now >= self._heads_up_at()
        ):
            self._phase = State.HEADS_UP
            effects.append(ShowHeadsUp(self._due))
        return effects

    def _open_break(self, now: datetime, trigger: str) -> list[Effect]:
        effects = self._hide_heads_up()
        self._phase = State.ON_BREAK
        # The break is happening now, whatever was scheduled: a snooze from
        # inside it counts from now, not from a later planned time.
        self._due = now
        routine = self._planner.next_routine()
        effects.append(ShowBreak(routine, trigger))
        effects.append(
            Record("break_started", now, {"trigger": trigger, "exercises": list(routine)})
        )
        return effects

    def _on_break_now(self, now: datetime) -> list[Effect]:
        if self._phase is State.ON_BREAK:
            return [Refused("a break is already in progress")]
        # Allowed while paused: the user asked for it. The pause still holds
        # after the break ends.
        return self._open_break(now, "manual")

    def _on_snooze(self, now: datetime, minutes: int | None) -> list[Effect]:
        if self._settings.strict:
            return [Refused("strict mode is on: breaks cannot be snoozed")]
        if self.state is State.PAUSED:
            return [Refused("cannot snooze while paused")]
        if minutes is None:
            minutes = self._settings.snooze_minutes
        if not 1 <= minutes <= _MAX_SNOOZE:
            return [Refused(f"a snooze must be 1 to {_MAX_SNOOZE} minutes, not {minutes}")]
        limit = self._settings.max_snoozes
        if limit and self._snoozes >= limit:
            return [
                Refused(
                    f"this break was snoozed {self._snoozes} times already, "
                    f"the most allowed ({limit}); take it or skip it"
                )
            ]
        effects: list[Effect] = []
        if self._phase is State.ON_BREAK:
            effects.append(CloseBreak("snoozed"))
        effects += self._hide_heads_up()
        # One rule for every phase: the break moves N minutes past whichever is
        # later, its due time or now. So snoozing a break 30 minutes away never
        # brings it closer, and snoozing an open break gives N minutes from now.
        self._due = max(self._due, now) + timedelta(minutes=minutes)
        self._anchor = now
        self._phase = State.SNOOZED
        self._snoozes += 1
        effects.append(Record("break_snoozed", now, {"minutes": minutes, "count": self._snoozes}))
        return effects

    def _on_skip(self, now: datetime) -> list[Effect]:
        if self._settings.strict:
            return [Refused("strict mode is on: breaks cannot be skipped")]
        if self._phase is State.ON_BREAK:
            return [Refused("a break is in progress: use Skip break to end it")]
        if self.state is State.PAUSED:
            return [Refused("cannot skip while paused")]
        effects = self._hide_heads_up()
        skipped_at = self._due
        # The skipped break counts as if it had happened at its due time.
        self._anchor = max(self._due, now)
        self._due = self._anchor + self._settings.interval
        self._phase = State.WORKING
        self._snoozes = 0
        effects.append(Record("break_skipped_ahead", now, {"was_due": skipped_at.isoformat()}))
        return effects

    def _on_break_ended(
        self,
        now: datetime,
        outcome: str,
        done: tuple[str, ...],
        results: tuple[ExerciseResult, ...],
    ) -> list[Effect]:
        if self._phase is not State.ON_BREAK:
            return [Refused("no break is in progress")]
        if outcome == "skipped" and self._settings.strict:
            return [Refused("strict mode is on: breaks cannot be skipped")]
        self._phase = State.WORKING
        self._snoozes = 0
        self._restart_interval(now)
        detail: dict[str, object] = {"exercises_done": list(done)}
        if results:
            detail["exercises"] = [_result_detail(r) for r in results]
        return [CloseBreak(outcome), Record(f"break_{outcome}", now, detail)]

    def _on_exercise_done(self, now: datetime, result: ExerciseResult) -> list[Effect]:
        # Only the history cares; a late report after the break closed is
        # dropped silently (the break's own record already holds it).
        if self._phase is not State.ON_BREAK:
            return []
        return [Record("exercise_done", now, _result_detail(result))]

    def _on_pause(self, now: datetime, until: datetime | None) -> list[Effect]:
        if until is not None and until <= now:
            return [Refused("the end of a pause must be in the future")]
        effects: list[Effect] = []
        if self._phase is State.ON_BREAK:
            # Pausing for a meeting while a break is open: the user wants the
            # window gone now, not after the routine.
            effects.append(CloseBreak("paused"))
            effects.append(Record("break_interrupted", now, {"by": "pause"}))
        effects += self._hide_heads_up()
        self._phase = State.WORKING
        self._snoozes = 0
        self._reasons[PauseReason.USER] = until
        effects.append(Record("paused", now, {"until": until.isoformat() if until else None}))
        return effects

    def _on_resume(self, now: datetime) -> list[Effect]:
        if PauseReason.USER not in self._reasons:
            return [Refused("reminders are not paused")]
        return self._end_user_pause(now, "resumed")

    def _end_user_pause(self, now: datetime, kind: str) -> list[Effect]:
        del self._reasons[PauseReason.USER]
        if not self._reasons and self._phase is not State.ON_BREAK:
            self._restart_interval(now)
        return [Record(kind, now)]

    def _on_settings(self, now: datetime, settings: ScheduleSettings) -> list[Effect]:
        old = self._settings
        self._settings = settings
        if self.state is State.WORKING and settings.interval != old.interval:
            # Keep the time already worked; but if the new interval has already
            # run out, still give the heads-up rather than a break this instant.
            earliest = now + min(settings.heads_up, settings.interval / 2)
            self._due = max(self._anchor + settings.interval, earliest)
        return []

    # -- helpers ---------------------------------------------------------

    def _restart_interval(self, now: datetime) -> None:
        self._anchor = now
        self._due = now + self._settings.interval

    def _hide_heads_up(self) -> list[Effect]:
        if self._phase is State.HEADS_UP:
            self._phase = State.WORKING
            return [HideHeadsUp()]
        return []

    def _next_wakeup(self) -> datetime | None:
        state = self.state
        if state is State.ON_BREAK:
            return None
        if state is State.PAUSED:
            return self._reasons.get(PauseReason.USER)
        if self._phase is State.HEADS_UP or self._settings.heads_up_seconds == 0:
            return self._due
        return min(self._heads_up_at(), self._due)

    def _rearm(self, effects: list[Effect]) -> list[Effect]:
        """Append an ArmTimer whenever the next wake-up moved, and only then."""
        wakeup = self._next_wakeup()
        if wakeup != self._armed:
            self._armed = wakeup
            effects.append(ArmTimer(wakeup))
        return effects
