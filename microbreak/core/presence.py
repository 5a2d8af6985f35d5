"""The engine and the person: away (idle, sleep, lock), busy (full screen,
do-not-disturb, calls), and clock changes.

*Away* reasons count toward a natural break: time away pushes the next break
back, and enough of it is a break of its own. *Busy* reasons do not stop the
clock but hold a due break until they end (core/state.py has the two sets).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core import cadence
from microbreak.core.break_cycle import BreakCycle
from microbreak.core.effects import CloseBreak, CloseReason, Effect, Notify, Record
from microbreak.core.i18n import Context, translate
from microbreak.core.records import RecordKind, Trigger
from microbreak.core.state import AWAY_REASONS, DEFER_REASONS, PauseReason, State

# No input for this long: the person has stepped away (or is reading). Their
# time away pushes the next break back, and no break opens until they return.
AWAY_AFTER = timedelta(seconds=30)
# With smart timing, a gap in typing this long is a good moment for a break.
PAUSE_IN_INPUT = timedelta(seconds=10)
# An idle sample this old still describes the person (the slowest poll is 15 s).
SAMPLE_FRESH = timedelta(seconds=20)

# Counted words in messages (see core.i18n).
engine = Context("engine")


class Presence(BreakCycle):
    # -- away: idle, sleep, lock -----------------------------------------

    def _on_idle(self, now: datetime, idle: timedelta) -> list[Effect]:
        if self._phase is State.ON_BREAK:
            # Following the exercises means not touching the keyboard.
            return []
        self._last_sample = (now, now - idle)
        if idle >= AWAY_AFTER:
            if PauseReason.IDLE in self._reasons:
                return []
            return self._start_away(now - idle, PauseReason.IDLE)
        effects: list[Effect] = []
        if PauseReason.IDLE in self._reasons:
            effects += self._end_away(PauseReason.IDLE, now - idle)
        # A pause while the heads-up shows is as good a moment as any.
        if (
            self.smart
            and self._phase in (State.WORKING, State.HEADS_UP)
            and self._earliest is not None
            and now >= self._earliest
            and idle >= PAUSE_IN_INPUT
            and not self._holding()
            and not self._busy()
        ):
            effects += self._open_break(now, Trigger.PAUSE_IN_TYPING)
        return effects

    def _gone_quiet(self, now: datetime) -> list[Effect] | None:
        """Before a heads-up or a break: is the person still there?

        The idle source is asked every 15 s (5 s in the smart-timing window),
        and a timer can fire between two samples. If the last sample is that
        recent and, counted on to now, says no input for AWAY_AFTER, the
        person is away, exactly as a sample saying so would make them: no
        heads-up and no break for an empty chair. If they typed since, the
        next sample ends the absence where their typing began. An older
        sample (none is taken on a break, a pause or a sleep) tells nothing.
        None: still here, or not known.
        """
        if not self._idle_works or self._last_sample is None:
            return None
        sampled_at, last_input = self._last_sample
        if now - sampled_at > SAMPLE_FRESH or now - last_input < AWAY_AFTER:
            return None
        return self._start_away(last_input, PauseReason.IDLE)

    def _start_away(self, since: datetime, reason: PauseReason) -> list[Effect]:
        effects: list[Effect] = []
        if reason in self._reasons:
            return effects
        since = cadence.absence_start(since, self._break_ended)
        if not self._reasons.keys() & AWAY_REASONS:
            self._away_since = since
        if self._phase is State.ON_BREAK and reason is not PauseReason.IDLE:
            effects.append(CloseBreak(CloseReason.INTERRUPTED))
            effects.append(Record(RecordKind.BREAK_INTERRUPTED, since, {"by": reason.value}))
            effects += self._back_to_work(since)
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
        self._time_away += away
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
        if self._last_sample is not None:
            self._last_sample = (self._last_sample[0] + delta, self._last_sample[1] + delta)
        if self._break_ended is not None:
            self._break_ended += delta
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
