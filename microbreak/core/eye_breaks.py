"""The engine and eye breaks: when one opens, and how it ends without touching the breaks.

The eye clock and the exercises are :class:`~microbreak.core.eye_rhythm.EyeRhythm`'s;
this part of the engine decides whether an eye break may open now. One opens
only while working: never over a break or its heads-up, never while paused,
away, busy (a deferred break waits too) or outside working hours, and never
while a break is snoozed (the history would take it for that break). One that
would come near a break is left to it (merged). An eye break has no heads-up:
twenty seconds of looking away is shorter than a warning would be, and a
warning is one more reminder on the screen.

An eye break is a break window of its own kind (``ShowBreak(kind=EYE)``) but
not a break of the schedule: when it ends the next break keeps its time,
its snoozes and its exercises.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from microbreak.core.break_cycle import BreakCycle
from microbreak.core.effects import CloseBreak, CloseReason, Effect, Record, ShowBreak
from microbreak.core.records import BreakKind, RecordKind, Trigger
from microbreak.core.state import State, Status

# Phases in which the eye clock runs toward an eye break (or a merge).
_WAITING = (State.WORKING, State.HEADS_UP, State.SNOOZED)


class EyeBreaks(BreakCycle):
    def _eyes_held(self) -> bool:
        """Any reason at all holds the eye clock: paused, away, busy, outside hours."""
        return bool(self._reasons) or self._deferred_since is not None

    def _follow_hold(self, now: datetime) -> None:
        self._eyes.hold(now, self._eyes_held())

    def _eye_wakeup(self) -> datetime | None:
        """When to wake for an eye break (None: nothing :meth:`_eye_tick` would do)."""
        if self._phase not in _WAITING or self._eyes_held():
            return None
        return self._eyes.due()

    def status(self) -> Status:
        return replace(super().status(), next_eye_break_at=self._next_eye_break())

    def _next_eye_break(self) -> datetime | None:
        """When the next eye break opens if nothing changes (None: none before the break).

        One due at the break's heads-up or near the break is left to it
        (:meth:`_eye_tick`), so it is not promised here.
        """
        if self.state is not State.WORKING:
            return None
        due = self._eye_wakeup()
        if due is None or due >= self._heads_up_at() or self._eyes.merges_into(self._due):
            return None
        return due

    def _eye_tick(self, now: datetime) -> list[Effect]:
        due = self._eye_wakeup()
        if due is None or now < due:
            return []
        if self._phase is not State.WORKING or self._eyes.merges_into(self._due):
            # A heads-up shows, a break is snoozed, or one is near: it rests the eyes too.
            self._eyes.merge()
            return []
        return self._open_eye_break(now)

    def _open_eye_break(self, now: datetime) -> list[Effect]:
        routine = self._eyes.peek()
        # The schedule's due time stays: the next break still comes when planned.
        self._phase = State.ON_BREAK
        self._kind = BreakKind.EYE
        return [
            ShowBreak(routine, Trigger.SCHEDULED, BreakKind.EYE),
            Record(
                RecordKind.BREAK_STARTED,
                now,
                {
                    "trigger": Trigger.SCHEDULED.value,
                    "exercises": list(routine),
                    "kind": BreakKind.EYE.value,
                },
            ),
        ]

    def _leave_eye_break(self, now: datetime) -> list[Effect]:
        """Back to work after an eye break; the break cycle is as it was.

        Returns the record of a pause that waited for the break to end (strict mode).
        """
        held_pause = self._left_break(now)
        self._phase = State.WORKING
        # Never due in the past, nor without its heads-up, after a long look away.
        self._due = max(self._due, now + self._heads_up_lead())
        self._eyes.shown()
        self._eyes.restart(now)
        return held_pause

    def _snooze_eye_break(self, now: datetime, minutes: int) -> list[Effect]:
        """Snoozed from an eye break's window: it closes and comes back in ``minutes``.

        Recorded as skipped: a snoozed break stays open in the history, and the
        next break would be taken for it.
        """
        effects: list[Effect] = [
            CloseBreak(CloseReason.SNOOZED),
            Record(RecordKind.BREAK_SKIPPED, now, {"exercises_done": [], "snoozed": minutes}),
        ]
        effects += self._leave_eye_break(now)
        self._eyes.later(now, timedelta(minutes=minutes))
        return effects
