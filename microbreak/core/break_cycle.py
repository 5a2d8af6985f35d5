"""The break engine's state and the moves every part of it shares.

:class:`BreakCycle` holds the schedule (when the next break is due, and with
smart timing from when it may come), the phase of the break cycle and the
reasons reminders are held; it reads them back as a :class:`Status`. The
handlers live beside it, named for what they handle: ``presence.py`` (away
and busy), ``user_requests.py`` (snooze, skip, pause...), and ``engine.py``,
which dispatches events and arms the timer. The arithmetic of times is in
``cadence.py``.

The reported state is derived, not stored: a break in progress wins, then any
pause reason, then the phase (working, heads-up, snoozed). Keeping "paused"
as a set of reasons beside the phase means a pause for a meeting, idleness,
a locked screen and a suspend can overlap and end in any order.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from microbreak.core import cadence
from microbreak.core.clock import Clock
from microbreak.core.effects import Effect, HideHeadsUp, Record, ShowBreak
from microbreak.core.escalation import Escalation
from microbreak.core.eye_rhythm import EyeRhythm
from microbreak.core.movement import MovementPlan
from microbreak.core.planner import RoutinePlanner
from microbreak.core.records import BreakKind, RecordKind, Trigger
from microbreak.core.settings import ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import DEFER_REASONS, PauseReason, State, Status

SCHEDULED = (State.WORKING, State.HEADS_UP, State.SNOOZED)


class BreakCycle:
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
    ) -> None:
        self._clock = clock
        self._escalation = escalation or Escalation()
        # Exercises added to the open break for its snoozes ([escalation] postponed_longer).
        self._longer = 0
        self._movement = movement or MovementPlan()
        self._eyes = eyes or EyeRhythm()  # core/eye_breaks.py opens them
        # The kind of the break on screen (decided when it opened).
        self._kind = BreakKind.MICRO
        self._settings = settings
        self._planner = planner
        # Smart timing needs to see pauses in typing: only with an idle source.
        self._idle_works = idle_source_works
        self._hours = working_hours or WorkingHoursSettings()
        now = clock.now()
        self._phase = State.WORKING  # WORKING, HEADS_UP, SNOOZED or ON_BREAK
        self._reasons: dict[PauseReason, datetime | None] = {}
        # Strict mode: a pause asked for during a break starts when it ends.
        self._pause_after_break = False
        self._snoozes = 0
        self._armed: datetime | None = None
        self._away_since: datetime | None = None
        self._deferred_since: datetime | None = None
        # The last idle sample: when it was taken, and when input last came.
        self._last_sample: tuple[datetime, datetime] | None = None
        self._break_ended: datetime | None = None
        self._anchor = now
        # Short absences in this interval: the break moved back by as long
        # (presence.py). Kept apart so a new interval keeps that time too.
        self._time_away = timedelta(0)
        self._due = now
        self._earliest: datetime | None = None
        self._restart_interval(now)

    # -- reading ---------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The injected clock (control.py writes times in its local zone)."""
        return self._clock

    @property
    def settings(self) -> ScheduleSettings:
        return self._settings

    @property
    def working_hours(self) -> WorkingHoursSettings:
        return self._hours

    @property
    def planner(self) -> RoutinePlanner:
        return self._planner

    @property
    def movement(self) -> MovementPlan:
        return self._movement

    @property
    def eyes(self) -> EyeRhythm:
        return self._eyes

    @property
    def escalation(self) -> Escalation:
        return self._escalation

    def _firm(self) -> bool:
        """Gentle escalation in force: never in strict mode, which stays as it is."""
        return self._escalation.firmness().firm and not self._settings.strict

    def _today(self, now: datetime) -> date:
        """The local day, for the daily skip budget."""
        return self._clock.local(now).date()

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
        scheduled = state in SCHEDULED
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
            firmness=self._escalation.firmness(),
            skips_left=self._escalation.skips_left(self._today(self._clock.now())),
        )

    # -- shared moves ----------------------------------------------------

    def _heads_up_lead(self) -> timedelta:
        return cadence.heads_up_lead(self._settings.heads_up, self._settings.interval)

    def _heads_up_at(self) -> datetime:
        return self._due - self._heads_up_lead()

    def _restart_interval(self, now: datetime) -> None:
        self._anchor = now
        self._time_away = timedelta(0)
        self._deferred_since = None
        # A fresh interval (a break ended, time away, a pause over) rests the eyes too.
        self._eyes.restart(min(now, self._clock.now()))
        self._earliest, self._due = cadence.window(now, self._settings.interval, self.smart)

    def _rewindow(self, now: datetime) -> None:
        """The interval (or smart timing) changed: the window again from the anchor.

        The time already worked and the short absences still count; the eye
        clock and the interval's start stay. A break the new interval says is
        already due still gets its heads-up rather than coming this instant.
        """
        start = self._anchor + self._time_away
        self._earliest, self._due = cadence.window(start, self._settings.interval, self.smart)
        self._due = max(self._due, now + self._heads_up_lead())
        if self._eyes.since is None:
            # Eyes left to the old break: that break's time is gone, so they
            # count from now rather than wait for a break that moved.
            self._eyes.restart(now)

    def _back_to_work(self, since: datetime) -> list[Effect]:
        """The break cycle starts again: working, no snoozes, a new interval from ``since``.

        Returns the record of a pause that was waiting for the break to end.
        """
        effects = self._left_break(since)
        self._phase = State.WORKING
        self._snoozes = 0
        self._restart_interval(since)
        return effects

    def _left_break(self, at: datetime) -> list[Effect]:
        """Note when a break window closed; a pause held back by strict mode starts now."""
        if self._phase is not State.ON_BREAK:
            return []
        self._break_ended = at
        if not self._pause_after_break:
            return []
        self._pause_after_break = False
        until = self._reasons.get(PauseReason.USER, None)
        if until is not None and until <= at:
            del self._reasons[PauseReason.USER]  # it ran out during the break
            return []
        return [Record(RecordKind.PAUSED, at, {"until": until.isoformat() if until else None})]

    def _open_break(self, now: datetime, trigger: Trigger) -> list[Effect]:
        effects = self._hide_heads_up()
        self._phase = State.ON_BREAK
        self._deferred_since = None
        # The break rests the eyes: no eye break is due until a break ends (the
        # eye clock restarts then). Else a break snoozed from its window left the
        # eye time that fell due while it was open armed, minutes in the past.
        self._eyes.merge()
        # The break is happening now, whatever was scheduled: a snooze from
        # inside it counts from now, not from a later planned time.
        self._due = now
        # The rotation moves on only when a break ends: a snoozed or
        # interrupted break comes back with the same exercises.
        self._kind = self._movement.next_kind()
        routine = self._movement.peek() if self._kind is BreakKind.MOVEMENT else ()
        self._longer = 0
        if not routine:
            self._kind = BreakKind.MICRO
            # A snoozed break may come back a little longer (opt-in).
            self._longer = self._escalation.extra_exercises(self._snoozes)
            routine = self._planner.peek(self._longer)
        effects.append(ShowBreak(routine, trigger, self._kind, self._firm()))
        effects.append(
            Record(
                RecordKind.BREAK_STARTED,
                now,
                {"trigger": trigger.value, "exercises": list(routine), "kind": self._kind.value},
            )
        )
        return effects

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
