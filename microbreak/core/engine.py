"""The break engine: a state machine from events to effects.

    engine.handle(event) -> list[Effect]

It holds the schedule (when the next break is due), the phase of the break
cycle and the reasons reminders are held. It reads the time, and the local
time zone (for working hours), only from the injected clock and does nothing
itself; the app applies the effects. See docs/ARCHITECTURE.md for the state
diagram.

The reported state is derived, not stored: a break in progress wins, then any
pause reason, then the phase (working, heads-up, snoozed). Keeping "paused"
as a set of reasons beside the phase means a pause for a meeting, idleness,
a locked screen and a suspend can overlap and end in any order.

Reasons come in three kinds (core/state.py): the user's own pause; *away*
reasons (idle, sleep, locked), whose time counts toward a natural break; and
*defer* reasons (full screen, do-not-disturb, a call), which do not stop the
clock but hold a due break until they end.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core.clock import Clock
from microbreak.core.effects import (
    ArmTimer,
    CloseBreak,
    CloseReason,
    Effect,
    HideHeadsUp,
    Notify,
    Record,
    Refused,
    ShowBreak,
    ShowHeadsUp,
)
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    ClockJumped,
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
from microbreak.core.i18n import Context, translate
from microbreak.core.planner import RoutinePlanner
from microbreak.core.player import ExerciseResult
from microbreak.core.records import EndReason, RecordKind, Trigger
from microbreak.core.settings import SCHEDULE_BOUNDS, ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import AWAY_REASONS, DEFER_REASONS, PauseReason, State, Status
from microbreak.core.working_hours import (
    next_working_start,
    within_working_hours,
    working_hours_end,
)

# A timer that fires this long after the break was due did not fire late by
# drift: the machine slept or the app was frozen, and nothing told us. The
# user was away from the desk, which is a break of its own, so opening a
# break window at that moment would only nag.
MISSED_BREAK_GRACE = timedelta(minutes=5)
# No input for this long: the person has stepped away (or is reading). Their
# time away pushes the next break back, and no break opens until they return.
AWAY_AFTER = timedelta(seconds=30)
# With smart timing, a gap in typing this long is a good moment for a break.
PAUSE_IN_INPUT = timedelta(seconds=10)

_MAX_SNOOZE = SCHEDULE_BOUNDS["snooze_minutes"].high * 4
_SCHEDULED = (State.WORKING, State.HEADS_UP, State.SNOOZED)

# Counted words in messages (see core.i18n).
engine = Context("engine")


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
        *,
        idle_source_works: bool = False,
        working_hours: WorkingHoursSettings | None = None,
    ) -> None:
        self._clock = clock
        self._settings = settings
        self._planner = planner
        # Smart timing needs to see pauses in typing: only with an idle source.
        self._idle_works = idle_source_works
        self._hours = working_hours or WorkingHoursSettings()
        now = clock.now()
        self._phase = State.WORKING  # WORKING, HEADS_UP, SNOOZED or ON_BREAK
        self._reasons: dict[PauseReason, datetime | None] = {}
        self._snoozes = 0
        self._armed: datetime | None = None
        self._away_since: datetime | None = None
        self._deferred_since: datetime | None = None
        self._anchor = now
        self._due = now
        self._earliest: datetime | None = None
        self._restart_interval(now)
        self._check_hours(now)

    # -- reading ---------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The injected clock (control.py writes times in its local zone)."""
        return self._clock

    @property
    def settings(self) -> ScheduleSettings:
        return self._settings

    @property
    def planner(self) -> RoutinePlanner:
        return self._planner

    @property
    def smart(self) -> bool:
        return self._settings.smart_timing and self._idle_works

    @property
    def state(self) -> State:
        if self._phase is State.ON_BREAK:
            return State.ON_BREAK
        if self._holding() or self._deferred_since is not None:
            return State.PAUSED
        return self._phase

    def status(self) -> Status:
        state = self.state
        scheduled = state in _SCHEDULED
        earliest = self._earliest if scheduled and self._phase is State.WORKING else None
        return Status(
            state=state,
            next_break_at=self._due if scheduled else None,
            paused_until=self._reasons.get(PauseReason.USER),
            pause_reasons=frozenset(self._reasons),
            snoozes_used=self._snoozes,
            interval_started_at=self._anchor,
            earliest_break_at=earliest,
            deferred=self._deferred_since is not None,
        )

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
        if self._earliest is not None and self._phase is State.WORKING and now >= self._earliest:
            return timedelta(seconds=5)
        return timedelta(seconds=15)

    # -- driving ---------------------------------------------------------

    def start(self) -> list[Effect]:
        """Effects to apply once at start-up: arm the first wake-up."""
        self._armed = None
        return self._rearm([])

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
            case BusyChanged(reason=reason, busy=busy):
                effects = self._on_busy(now, reason, busy)
            case WorkingHoursChanged():
                effects = []
        return self._rearm(hours_effects + effects)

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
            return next_working_start(local, self._hours)
        return working_hours_end(local, self._hours)

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
        if self.state not in _SCHEDULED:
            return effects
        if now >= self._due + MISSED_BREAK_GRACE:
            effects += self._hide_heads_up()
            self._back_to_work(now)
            effects.append(Record(RecordKind.BREAK_MISSED, now, {"reason": EndReason.AWAY.value}))
            return effects
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
            effects.append(ShowHeadsUp(self._due))
        return effects

    def _heads_up_lead(self) -> timedelta:
        # Never warn for more than half an interval: with a 2-minute interval
        # and a 10-minute heads-up the warning would never go away.
        span = self._settings.latest if self.smart else self._settings.interval
        return min(self._settings.heads_up, span / 2)

    def _heads_up_at(self) -> datetime:
        return self._due - self._heads_up_lead()

    def _restart_interval(self, now: datetime) -> None:
        self._anchor = now
        self._deferred_since = None
        if self.smart:
            self._earliest = now + self._settings.earliest
            self._due = now + self._settings.latest
        else:
            self._earliest = None
            self._due = now + self._settings.interval

    def _back_to_work(self, since: datetime) -> None:
        """The break cycle starts again: working, no snoozes, a new interval from ``since``."""
        self._phase = State.WORKING
        self._snoozes = 0
        self._restart_interval(since)

    def _open_break(self, now: datetime, trigger: Trigger) -> list[Effect]:
        effects = self._hide_heads_up()
        self._phase = State.ON_BREAK
        self._deferred_since = None
        # The break is happening now, whatever was scheduled: a snooze from
        # inside it counts from now, not from a later planned time.
        self._due = now
        # The rotation moves on only when a break ends: a snoozed or
        # interrupted break comes back with the same exercises.
        routine = self._planner.peek()
        effects.append(ShowBreak(routine, trigger))
        effects.append(
            Record(
                RecordKind.BREAK_STARTED,
                now,
                {"trigger": trigger.value, "exercises": list(routine)},
            )
        )
        return effects

    def _on_break_now(self, now: datetime) -> list[Effect]:
        if self._phase is State.ON_BREAK:
            return [Refused(translate("engine", "a break is already in progress"))]
        # Allowed while paused or busy: the user asked for it. A pause still
        # holds after the break ends.
        return self._open_break(now, Trigger.MANUAL)

    def _on_snooze(self, now: datetime, minutes: int | None) -> list[Effect]:
        if self._settings.strict:
            return [Refused(translate("engine", "strict mode is on: breaks cannot be snoozed"))]
        if self._holding():
            return [Refused(translate("engine", "cannot snooze while paused"))]
        if minutes is None:
            minutes = self._settings.snooze_minutes
        if not 1 <= minutes <= _MAX_SNOOZE:
            return [
                Refused(
                    translate(
                        "engine", "a snooze must be 1 to {most} minutes, not {minutes}"
                    ).format(most=_MAX_SNOOZE, minutes=minutes)
                )
            ]
        limit = self._settings.max_snoozes
        if limit and self._snoozes >= limit:
            return [
                Refused(
                    translate(
                        "engine",
                        "this break was snoozed {times} times already, the most allowed "
                        "({limit}); take it or skip it",
                    ).format(times=self._snoozes, limit=limit)
                )
            ]
        effects: list[Effect] = []
        imminent = (
            self._phase in (State.ON_BREAK, State.HEADS_UP, State.SNOOZED)
            or self._deferred_since is not None  # due already, waiting on a call
        )
        if self._phase is State.ON_BREAK:
            effects.append(CloseBreak(CloseReason.SNOOZED))
        effects += self._hide_heads_up()
        # A break that is here (open, announced, or a snoozed one coming back)
        # returns N minutes after the snooze. One still far off moves N minutes
        # later instead: "snooze 5" must never bring a break closer.
        later = timedelta(minutes=minutes)
        self._due = now + later if imminent else self._due + later
        self._earliest = None
        self._deferred_since = None
        self._phase = State.SNOOZED
        self._snoozes += 1
        effects.append(
            Record(RecordKind.BREAK_SNOOZED, now, {"minutes": minutes, "count": self._snoozes})
        )
        return effects

    def _on_skip_next(self, now: datetime) -> list[Effect]:
        """ "Skip next break": the coming break is skipped before it opens."""
        if self._settings.strict:
            return [Refused(translate("engine", "strict mode is on: breaks cannot be skipped"))]
        if self._phase is State.ON_BREAK:
            return [
                Refused(translate("engine", "a break is in progress: use Skip break to end it"))
            ]
        if self._holding():
            return [Refused(translate("engine", "cannot skip while paused"))]
        effects = self._hide_heads_up()
        skipped_at = self._due
        # The skipped break counts as if it had happened at its due time.
        self._back_to_work(max(self._due, now))
        effects.append(
            Record(RecordKind.NEXT_BREAK_SKIPPED, now, {"was_due": skipped_at.isoformat()})
        )
        return effects

    def _on_break_ended(
        self,
        now: datetime,
        how: CloseReason,
        done: tuple[str, ...],
        results: tuple[ExerciseResult, ...],
    ) -> list[Effect]:
        if self._phase is not State.ON_BREAK:
            return [Refused(translate("engine", "no break is in progress"))]
        if how is CloseReason.SKIPPED and self._settings.strict:
            return [Refused(translate("engine", "strict mode is on: breaks cannot be skipped"))]
        self._back_to_work(now)
        self._planner.next_routine()
        detail: dict[str, object] = {"exercises_done": list(done)}
        if results:
            detail["exercises"] = [_result_detail(r) for r in results]
        kind = (
            RecordKind.BREAK_SKIPPED if how is CloseReason.SKIPPED else RecordKind.BREAK_COMPLETED
        )
        return [CloseBreak(how), Record(kind, now, detail)]

    def _on_exercise_done(self, now: datetime, result: ExerciseResult) -> list[Effect]:
        # Only the history cares; a late report after the break closed is
        # dropped silently (the break's own record already holds it).
        if self._phase is not State.ON_BREAK:
            return []
        return [Record(RecordKind.EXERCISE_DONE, now, _result_detail(result))]

    def _on_settings(self, now: datetime, settings: ScheduleSettings) -> list[Effect]:
        self._settings = settings
        if self._phase is State.WORKING and not self._holding():
            # Keep the time already worked; but if the new interval has already
            # run out, still give the heads-up rather than a break this instant.
            self._restart_interval(self._anchor)
            self._due = max(self._due, now + self._heads_up_lead())
        return []

    # -- the user's pause ------------------------------------------------

    def _on_pause(self, now: datetime, until: datetime | None) -> list[Effect]:
        if until is not None and until <= now:
            return [Refused(translate("engine", "the end of a pause must be in the future"))]
        effects: list[Effect] = []
        if self._phase is State.ON_BREAK:
            # Pausing for a meeting while a break is open: the user wants the
            # window gone now, not after the routine.
            effects.append(CloseBreak(CloseReason.PAUSED))
            effects.append(Record(RecordKind.BREAK_INTERRUPTED, now, {"by": EndReason.PAUSE.value}))
        effects += self._hide_heads_up()
        self._phase = State.WORKING
        self._snoozes = 0
        self._deferred_since = None
        self._reasons[PauseReason.USER] = until
        effects.append(
            Record(RecordKind.PAUSED, now, {"until": until.isoformat() if until else None})
        )
        return effects

    def _on_resume(self, now: datetime) -> list[Effect]:
        if PauseReason.USER not in self._reasons:
            return [Refused(translate("engine", "reminders are not paused"))]
        return self._end_user_pause(now, RecordKind.RESUMED)

    def _end_user_pause(self, now: datetime, kind: RecordKind) -> list[Effect]:
        del self._reasons[PauseReason.USER]
        if not self._holding() and self._phase is not State.ON_BREAK:
            self._restart_interval(now)
        return [Record(kind, now)]

    # -- away: idle, sleep, lock -----------------------------------------

    def _on_idle(self, now: datetime, idle: timedelta) -> list[Effect]:
        if self._phase is State.ON_BREAK:
            # Following the exercises means not touching the keyboard.
            return []
        if idle >= AWAY_AFTER:
            if PauseReason.IDLE in self._reasons:
                return []
            return self._start_away(now - idle, PauseReason.IDLE)
        effects: list[Effect] = []
        if PauseReason.IDLE in self._reasons:
            effects += self._end_away(PauseReason.IDLE, now - idle)
        if (
            self.smart
            and self._phase is State.WORKING
            and self._earliest is not None
            and now >= self._earliest
            and idle >= PAUSE_IN_INPUT
            and not self._holding()
            and not self._busy()
        ):
            effects += self._open_break(now, Trigger.PAUSE_IN_TYPING)
        return effects

    def _start_away(self, since: datetime, reason: PauseReason) -> list[Effect]:
        effects: list[Effect] = []
        if reason in self._reasons:
            return effects
        if not self._reasons.keys() & AWAY_REASONS:
            self._away_since = since
        if self._phase is State.ON_BREAK and reason is not PauseReason.IDLE:
            effects.append(CloseBreak(CloseReason.INTERRUPTED))
            effects.append(Record(RecordKind.BREAK_INTERRUPTED, since, {"by": reason.value}))
            self._back_to_work(since)
        effects += self._hide_heads_up()
        self._reasons[reason] = None
        return effects

    def _end_away(self, reason: PauseReason, back_at: datetime) -> list[Effect]:
        if reason not in self._reasons:
            return []
        del self._reasons[reason]
        if self._reasons.keys() & AWAY_REASONS or self._away_since is None:
            return []
        since, self._away_since = self._away_since, None
        away = max(timedelta(0), back_at - since)
        now = self._clock.now()
        if away >= self._settings.natural_break:
            self._back_to_work(back_at)
            return [
                Record(
                    RecordKind.NATURAL_BREAK,
                    back_at,
                    {"away_minutes": round(away.total_seconds() / 60, 1), "via": reason.value},
                )
            ]
        # A short absence does not count as a break, but the time away was not
        # spent working either: the break moves back by as much. Never into the
        # past: a break that fell due meanwhile is offered now, after a heads-up.
        self._due = max(self._due + away, now + self._heads_up_lead())
        if self._earliest is not None:
            self._earliest += away
        return []

    def _on_unannounced_sleep(self, started: datetime, ended: datetime) -> list[Effect]:
        if PauseReason.SLEEP in self._reasons or ended <= started:
            return []  # announced, and its end will be announced too
        if self._phase is State.ON_BREAK and ended - started < self._settings.natural_break:
            return []  # a short nap mid-break: the window picks up where it was
        return self._start_away(started, PauseReason.SLEEP) + self._end_away(
            PauseReason.SLEEP, ended
        )

    def _on_clock_jump(self, delta: timedelta) -> list[Effect]:
        # The same amount of work remains before the break: every deadline
        # measured from "now" moves with the clock. A pause "until 15:00" is a
        # wall-clock time and stays.
        self._due += delta
        self._anchor += delta
        if self._earliest is not None:
            self._earliest += delta
        if self._away_since is not None:
            self._away_since += delta
        if self._deferred_since is not None:
            self._deferred_since += delta
        return [
            Record(RecordKind.CLOCK_CHANGED, self._clock.now(), {"seconds": delta.total_seconds()})
        ]

    # -- busy: full screen, do-not-disturb, calls ------------------------

    def _on_busy(self, now: datetime, reason: PauseReason, busy: bool) -> list[Effect]:
        if reason not in DEFER_REASONS:
            raise ValueError(f"{reason} is not a reason to defer a break")
        if busy:
            if reason in self._reasons:
                return []
            self._reasons[reason] = None
            # A heads-up in the middle of a presentation is as bad as a break.
            return self._hide_heads_up()
        if reason not in self._reasons:
            return []
        del self._reasons[reason]
        if self._deferred_since is not None and not self._busy():
            # The wait is over: offer the break, with its heads-up.
            self._deferred_since = None
            self._due = now + self._heads_up_lead()
            return [Record(RecordKind.DEFERRAL_ENDED, now, {})]
        return []

    def _start_deferring(self, now: datetime) -> list[Effect]:
        self._deferred_since = now
        effects = self._hide_heads_up()
        reasons = sorted(r.value for r in self._reasons.keys() & DEFER_REASONS)
        return [*effects, Record(RecordKind.BREAK_DEFERRED, now, {"reasons": reasons})]

    def _give_up_deferring(self, now: datetime) -> list[Effect]:
        reasons = sorted(r.value for r in self._reasons.keys() & DEFER_REASONS)
        self._back_to_work(now)
        minutes = self._settings.defer_limit_minutes
        return [
            Notify(
                translate("engine", "Time for a stretch when you can"),
                engine.tr(
                    "You have been busy for %n minute(s) past your break. "
                    "When you have a moment, roll your shoulders and stand up.",
                    "",
                    minutes,
                ),
            ),
            Record(RecordKind.BREAK_DEFERRED_TOO_LONG, now, {"reasons": reasons}),
        ]

    # -- helpers ---------------------------------------------------------

    def _holding(self) -> bool:
        """Reminders are held: the user paused, or the person is away."""
        return any(r not in DEFER_REASONS for r in self._reasons)

    def _busy(self) -> bool:
        return bool(self._reasons.keys() & DEFER_REASONS)

    def _hide_heads_up(self) -> list[Effect]:
        if self._phase is State.HEADS_UP:
            self._phase = State.WORKING
            return [HideHeadsUp()]
        return []

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
            return self._due
        return min(self._heads_up_at(), self._due)

    def _rearm(self, effects: list[Effect]) -> list[Effect]:
        """Append an ArmTimer whenever the next wake-up moved, and only then."""
        wakeup = self._next_wakeup()
        boundary = self._hours_boundary()
        if boundary is not None and self._phase is not State.ON_BREAK:
            wakeup = boundary if wakeup is None else min(wakeup, boundary)
        if wakeup != self._armed:
            self._armed = wakeup
            effects.append(ArmTimer(wakeup))
        return effects
