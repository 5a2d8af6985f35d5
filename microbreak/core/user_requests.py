"""The engine and what the person asks: a break now, snooze, skip, pause, resume,
the end of a break, new settings.

Anything not allowed in the current state is answered with one
:class:`Refused` and changes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core import cadence
from microbreak.core.effects import CloseBreak, CloseReason, Effect, Notify, Record, Refused
from microbreak.core.eye_breaks import EyeBreaks
from microbreak.core.i18n import translate
from microbreak.core.player import ExerciseResult
from microbreak.core.records import BreakKind, EndReason, RecordKind, Trigger
from microbreak.core.settings import BY_PATH, ScheduleSettings
from microbreak.core.state import PauseReason, State

_MAX_SNOOZE = BY_PATH["schedule.snooze_minutes"].high * 4


def _result_detail(result: ExerciseResult) -> dict[str, object]:
    return {
        "position": result.position,
        "exercise": result.exercise_id,
        "status": str(result.status),
        "seconds": round(result.seconds, 1),
    }


class UserRequests(EyeBreaks):
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
        if self._phase is State.ON_BREAK and self._kind is BreakKind.EYE:
            return self._snooze_eye_break(now, minutes)
        # Gentle escalation offers fewer snoozes (core/escalation.py).
        limit = self._escalation.max_snoozes(self._settings.max_snoozes)
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
        on_break = self._phase is State.ON_BREAK
        kind = self._kind if on_break else self._movement.next_kind()
        # A snoozed break is not here until its heads-up shows.
        here = self._phase in (State.ON_BREAK, State.HEADS_UP) or self._deferred_since is not None
        if self._phase is State.ON_BREAK:
            effects.append(CloseBreak(CloseReason.SNOOZED))
            effects += self._left_break(now)
        effects += self._hide_heads_up()
        self._due = cadence.snoozed_due(self._due, now, timedelta(minutes=minutes), here=here)
        self._earliest = None
        self._deferred_since = None
        self._phase = State.SNOOZED
        self._snoozes += 1
        self._escalation.snoozed()
        effects.append(
            Record(
                RecordKind.BREAK_SNOOZED,
                now,
                {"minutes": minutes, "count": self._snoozes, "kind": kind.value},
            )
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
        if refused := self._skip_budget_refusal(now):
            return refused
        effects = self._hide_heads_up()
        skipped_at = self._due
        # The skipped break counts as if it had happened at its due time.
        effects += self._back_to_work(max(self._due, now))
        kind = self._movement.next_kind()
        self._movement.offered(kind, shown=False)
        self._escalation.skipped(self._today(now))
        effects.append(
            Record(
                RecordKind.NEXT_BREAK_SKIPPED,
                now,
                {"was_due": skipped_at.isoformat(), "kind": kind.value},
            )
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
        if self._kind is BreakKind.EYE:
            # An eye break is a glance away, optional by nature: putting it off
            # neither escalates nor spends the day's skips.
            held_pause = self._leave_eye_break(now)
        else:
            if how is CloseReason.SKIPPED and (refused := self._skip_budget_refusal(now)):
                return refused
            held_pause = self._back_to_work(now)
            if how is CloseReason.SKIPPED:
                self._escalation.skipped(self._today(now))
            else:
                self._escalation.completed()
            if self._kind is BreakKind.MICRO:
                self._planner.next_routine(self._longer)
            self._movement.offered(self._kind, shown=True)
        detail: dict[str, object] = {"exercises_done": list(done)}
        if results:
            detail["exercises"] = [_result_detail(r) for r in results]
        kind = (
            RecordKind.BREAK_SKIPPED if how is CloseReason.SKIPPED else RecordKind.BREAK_COMPLETED
        )
        return [CloseBreak(how), Record(kind, now, detail), *held_pause]

    def _skip_budget_refusal(self, now: datetime) -> list[Effect]:
        """[escalation] daily_skips: once today's skips are used, no more until tomorrow."""
        if self._escalation.skips_left(self._today(now)) != 0:
            return []
        return [
            Refused(translate("engine", "today's skips are used up; you can skip again tomorrow"))
        ]

    def _on_exercise_done(self, now: datetime, result: ExerciseResult) -> list[Effect]:
        # Only the history cares; a late report after the break closed is
        # dropped silently (the break's own record already holds it).
        if self._phase is not State.ON_BREAK:
            return []
        return [Record(RecordKind.EXERCISE_DONE, now, _result_detail(result))]

    def _on_settings(self, now: datetime, settings: ScheduleSettings) -> list[Effect]:
        was_smart, old = self.smart, self._settings
        self._settings = settings
        if (settings.interval, self.smart) == (old.interval, was_smart):
            # Nothing that places the break changed (the snooze, the heads-up,
            # strict mode...): the break keeps its time, and the eye clock and
            # a deferral stay as they were. A longer heads-up whose time has
            # already passed is armed in the past, so it shows at once.
            return []
        # A break announced, snoozed, open or deferred keeps its time: it is
        # here, or was put off on purpose; the new interval counts from its end.
        # An eye break is not that break: the microbreak's interval runs on
        # under it, so the new one applies to the coming break.
        eye_break = self._phase is State.ON_BREAK and self._kind is BreakKind.EYE
        if (self._phase is State.WORKING or eye_break) and self._deferred_since is None:
            self._rewindow(now)
        return []

    # -- the user's pause ------------------------------------------------

    def _on_pause(self, now: datetime, until: datetime | None) -> list[Effect]:
        if until is not None and until <= now:
            return [Refused(translate("engine", "the end of a pause must be in the future"))]
        if self._phase is State.ON_BREAK and self._settings.strict:
            # Strict mode holds the person to the break in progress: the pause
            # waits for its end (the history hears of it then).
            self._reasons[PauseReason.USER] = until
            self._pause_after_break = True
            return [
                Notify(
                    translate("engine", "Reminders pause after this break"),
                    translate(
                        "engine",
                        "Strict mode is on, so this break stays open. "
                        "Reminders pause as soon as it ends.",
                    ),
                )
            ]
        effects: list[Effect] = []
        if self._phase is State.ON_BREAK:
            # Pausing for a meeting while a break is open: the user wants the
            # window gone now, not after the routine.
            effects.append(CloseBreak(CloseReason.PAUSED))
            effects.append(Record(RecordKind.BREAK_INTERRUPTED, now, {"by": EndReason.PAUSE.value}))
            self._pause_after_break = False
            self._left_break(now)
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
        if self._pause_after_break:
            # Taken back before it began: nothing to record.
            self._pause_after_break = False
            del self._reasons[PauseReason.USER]
            return []
        return self._end_user_pause(now, RecordKind.RESUMED)

    def _end_user_pause(self, now: datetime, kind: RecordKind) -> list[Effect]:
        del self._reasons[PauseReason.USER]
        if not self._holding() and self._phase is not State.ON_BREAK:
            self._restart_interval(now)
        return [Record(kind, now)]
