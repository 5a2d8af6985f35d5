"""Drives a BreakEngine the way the app does, on a fake clock.

It applies effects like the real adapters (one armed timer, a heads-up that is
shown or hidden, a break window that is open or closed) and checks on every
step that the effects make sense together, so a test can simulate days of use
and catch a contradiction the moment it happens.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from microbreak.core.clock import FakeClock
from microbreak.core.daily_budget import DailyBudget
from microbreak.core.effects import (
    ArmTimer,
    CloseBreak,
    Effect,
    HideHeadsUp,
    Notify,
    Record,
    Refused,
    ShowBreak,
    ShowHeadsUp,
)
from microbreak.core.engine import BreakEngine
from microbreak.core.escalation import Escalation
from microbreak.core.events import Event, Tick
from microbreak.core.eye_rhythm import EyeRhythm
from microbreak.core.movement import MovementPlan
from microbreak.core.planner import RoutinePlanner
from microbreak.core.records import BreakKind, RecordKind
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings
from microbreak.core.state import State


class Harness:
    def __init__(
        self,
        clock: FakeClock,
        settings: ScheduleSettings | None = None,
        *,
        idle_source_works: bool = False,
        movement: MovementPlan | None = None,
        eyes: EyeRhythm | None = None,
        escalation: Escalation | None = None,
        daily_budget: DailyBudget | None = None,
    ) -> None:
        self.clock = clock
        self.engine = BreakEngine(
            clock,
            settings or ScheduleSettings(),
            RoutinePlanner(DEFAULT_EXERCISES, 3),
            idle_source_works=idle_source_works,
            movement=movement,
            eyes=eyes,
            escalation=escalation,
            daily_budget=daily_budget,
        )
        self.heads_up_firm = False
        self.heads_up_kind: BreakKind | None = None
        self.break_kind: BreakKind | None = None
        self.armed: datetime | None = None
        self.heads_up_for: datetime | None = None
        self.break_open: tuple[str, ...] | None = None
        self.log: list[tuple[datetime, Effect]] = []
        self.refusals: list[str] = []
        # The engine's state before the step being applied (an eye break needs plain work).
        self.state_before = self.engine.state
        self.apply(self.engine.start())

    def send(self, event: Event) -> list[Effect]:
        self.state_before = self.engine.state
        effects = self.engine.handle(event)
        self.apply(effects)
        return effects

    def apply(self, effects: list[Effect]) -> None:
        now = self.clock.now()
        arms = [e for e in effects if isinstance(e, ArmTimer)]
        assert len(arms) <= 1, f"more than one ArmTimer in one step: {effects}"
        for effect in effects:
            self.log.append((now, effect))
            match effect:
                case ArmTimer(at=at):
                    self.armed = at
                case ShowHeadsUp(break_at=at, kind=kind, firm=firm):
                    self.heads_up_kind = kind
                    self.heads_up_firm = firm
                    assert self.heads_up_for is None, "a second heads-up while one is shown"
                    assert self.break_open is None, "heads-up while a break is open"
                    assert at > now, "heads-up for a break already due"
                    self.heads_up_for = at
                case HideHeadsUp():
                    assert self.heads_up_for is not None, "hid a heads-up that was not shown"
                    self.heads_up_for = None
                case ShowBreak(exercise_ids=ids, kind=kind):
                    assert self.break_open is None, "two breaks at once"
                    assert self.heads_up_for is None, "break opened with the heads-up still up"
                    # Three for a microbreak, or up to five for a longer postponed one;
                    # movement and eye breaks have their own lengths.
                    assert (
                        len(ids) == 3
                        or kind is not BreakKind.MICRO
                        or (self.engine.escalation.postponed_longer and 3 < len(ids) <= 5)
                    )
                    # Never over a heads-up, a snoozed break, a pause or a deferred break.
                    assert kind is not BreakKind.EYE or self.state_before is State.WORKING, (
                        f"an eye break opened from {self.state_before}"
                    )
                    self.break_kind = kind
                    self.break_open = ids
                case CloseBreak():
                    assert self.break_open is not None, "closed a break that was not open"
                    self.break_open = None
                case Refused(message=message):
                    assert len(effects) == 1, "a refused request must change nothing"
                    self.refusals.append(message)
                case Record() | Notify():
                    pass

    def fire(self) -> list[Effect]:
        """The armed timer fires: it is used up, as a one-shot job is."""
        assert self.armed is not None
        self.clock.set(max(self.armed, self.clock.now()))
        self.armed = None
        effects = self.send(Tick())
        assert (
            self.armed is not None
            or self.engine.status().next_break_at is None
            or (self.break_open is not None)
        ), "a Tick left a scheduled engine with no wake-up"
        return effects

    def run_until(self, when: datetime) -> None:
        """Let time pass to ``when``, firing the armed timer on time as Qt would."""
        same_moment = 0
        while self.armed is not None and self.armed <= when:
            assert self.armed >= self.clock.now() - timedelta(seconds=1), "timer armed in the past"
            before = self.clock.now()
            self.fire()
            same_moment = same_moment + 1 if self.clock.now() == before else 0
            assert same_moment < 5, f"the timer keeps firing at {before} (a busy loop)"
        self.clock.set(max(when, self.clock.now()))

    def run_for(self, delta: timedelta) -> None:
        self.run_until(self.clock.now() + delta)

    def records(self, kind: RecordKind) -> list[tuple[datetime, Record]]:
        return [(t, e) for t, e in self.log if isinstance(e, Record) and e.kind == kind]
