"""Simulated weeks with every feature of the break engine on at once.

Movement breaks every 4th break, eye breaks every 20 minutes, gentle
escalation with a daily skip budget and longer postponed breaks, a daily
budget of 6 hours and working hours, all together, driven through the engine
harness on the fake clock (which fails the moment two reminders are up at
once). A seeded random person works, types, pauses, goes idle, locks the
screen, closes the lid for lunch and overnight, joins calls and goes full
screen, and answers reminders by taking, snoozing or skipping them.

The test keeps its own account from what the person did (and from what the
engine showed them): when they were at work (the engine's view of it: an
idle spell counts as away from the last input once it is noticed, until the
first idle sample after they are back), the escalation level their put-offs
call for, the skips they used today, which break is the 4th, and the active
time of each day. Every step compares the engine with that account.

The app's idle polling is simulated as platform/monitor.py does it: a
repeating poll at ``engine.idle_poll_interval()``, and one sample just before
every timer Tick.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from microbreak.core.clock import FakeClock
from microbreak.core.daily_budget import DailyBudget
from microbreak.core.effects import Effect, Notify, Record, Refused, ShowBreak, ShowHeadsUp
from microbreak.core.escalation import Escalation, Firmness
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    Event,
    IdleSampled,
    SettingsChanged,
    SkipNextRequested,
    SnoozeRequested,
    Tick,
    WorkingHoursChanged,
)
from microbreak.core.eye_rhythm import EyeRhythm
from microbreak.core.movement import MovementPlan
from microbreak.core.records import BreakKind, RecordKind, Trigger
from microbreak.core.settings import ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import PauseReason
from tests.helpers.engine_harness import Harness

ZERO = timedelta(0)
SEC = timedelta(seconds=1)
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)

# Berlin, from a Monday two weeks before summer time begins (28 March 2027):
# working hours and the budget's days are local, across the change.
ZONE = ZoneInfo("Europe/Berlin")
FIRST_DAY = date(2027, 3, 15)
WEEKS = 3
# The Wednesday of the second week is in strict mode; the day before it the
# person puts off a lot, so a firm level is in force when strict mode begins.
STRICT_DAY = FIRST_DAY + timedelta(days=9)

SCHEDULE = ScheduleSettings(
    interval_minutes=40,
    heads_up_seconds=30,
    snooze_minutes=5,
    max_snoozes=3,
    natural_break_minutes=5,
    defer_limit_minutes=30,
    smart_timing=True,
)
HOURS = WorkingHoursSettings(
    enabled=True,
    monday="08:00-18:00",
    tuesday="08:00-18:00",
    wednesday="08:00-18:00",
    thursday="08:00-18:00",
    friday="08:00-18:00",
    saturday="",
    sunday="",
)
BUDGET = timedelta(hours=6)
DAILY_SKIPS = 2
MOVEMENT_EVERY = 4
MOVES = ("stand-move", "wall-reach", "wall-lean", "arm-slide-wall", "doorway-chest")
MOVE_SECONDS = {
    "stand-move": 96,
    "wall-reach": 40,
    "wall-lean": 47,
    "arm-slide-wall": 53,
    "doorway-chest": 68,
}
EYES = ("eyes-far", "eyes-palming")
EYE_SECONDS = {"eyes-far": 26, "eyes-palming": 39}

# Escalation as the issue specifies it, restated here rather than imported:
# 2 put-offs in a row give level 1, 4 give level 2; snoozes allowed per
# break at each level (3 configured).
FIRMER_AFTER, FIRMEST_AFTER = 2, 4
SNOOZES_AT = {0: 3, 1: 2, 2: 1}

INTERVAL = SCHEDULE.interval
SPREAD = min(INTERVAL / 5, 5 * MIN)  # smart timing's window either side (core/cadence.py)
LEAD = SCHEDULE.heads_up
AWAY_NOTICED = 30 * SEC  # an idle sample this long means away (core/presence.py)

PRESENT = ("typing", "pause", "busy", "break")
DAYTIME = ("typing", "pause", "busy")


def utc(day: date, at: time) -> datetime:
    return datetime.combine(day, at, ZONE).astimezone(UTC)


def working_overlap(a: datetime, b: datetime) -> list[tuple[date, timedelta]]:
    """How much of ``[a, b)`` lies in working hours, per local day (the test's own hours)."""
    out: list[tuple[date, timedelta]] = []
    day = a.astimezone(ZONE).date()
    while utc(day, time(0)) < b:
        if day.weekday() < 5:
            part = min(b, utc(day, time(18))) - max(a, utc(day, time(8)))
            if part > ZERO:
                out.append((day, part))
        day += timedelta(days=1)
    return out


@dataclass
class Cycle:
    """The test's account of the break cycle since the last break was offered."""

    work: timedelta = ZERO  # time at work (eye breaks included: they move no break)
    # Of which in an eye break: one may stay open while the person is gone, and
    # no break opens over it; the break waits for its end (with a heads-up).
    eye: timedelta = ZERO
    snoozes: int = 0
    deferrals: int = 0
    # Moments that may each put a heads-up's lead on the due time: a return
    # from a short absence, the end of an eye break or of a wait while busy.
    leads: int = 0

    def longest(self) -> timedelta:
        return (
            INTERVAL
            + SPREAD
            + self.snoozes * SCHEDULE.snooze
            + self.deferrals * SCHEDULE.defer_limit
            + (1 + self.leads) * LEAD
            + SEC
        )


class Week:
    """A person, the harness, and the test's own account of both."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        start = utc(FIRST_DAY, time(0, 30))
        self.clock = FakeClock(start, ZONE)
        self.h = Harness(
            self.clock,
            SCHEDULE,
            idle_source_works=True,
            movement=MovementPlan(MOVEMENT_EVERY, MOVES, seconds=MOVE_SECONDS, minutes=3),
            eyes=EyeRhythm(20 * MIN, EYES, enabled=True, seconds=20, durations=EYE_SECONDS),
            escalation=Escalation(gentle=True, daily_skips=DAILY_SKIPS, postponed_longer=True),
            daily_budget=DailyBudget(self.clock.local, BUDGET // HOUR),
        )
        # The person.
        self.mode = "typing"
        self.mode_since = start
        self.mode_until: datetime | None = None
        self.busy_reason: PauseReason | None = None
        self.caught = False  # an idle spell a break opened in before it was noticed
        self.noticed = False  # an idle sample has told the engine of the spell
        self.awaiting_sample = False  # back, but the engine hears it at the next sample
        self.response: tuple[datetime, str, object] | None = None
        self.answered_heads_up: datetime | None = None
        self.break_serial = 0
        self.session_end: datetime | None = None
        self.lunch: tuple[datetime, timedelta, str] | None = None
        self.put_off = 0.2  # how likely the person is to put a break off today
        self.strict = False
        # The app's idle poll.
        self.next_poll: datetime | None = None
        self.poll_every: timedelta | None = None
        # The account.
        self.cycle = Cycle()
        self.level = 0
        self.run_skips = 0
        self.run_snoozes = 0
        self.skips_on: Counter[date] = Counter()
        self.offered = 0  # breaks offered (movement counts them)
        self.kinds_offered: list[BreakKind] = []
        self.active: defaultdict[date, timedelta] = defaultdict(lambda: ZERO)
        # The most the engine counted in a day (an idle spell it notices late
        # takes back the half minute it counted before it knew).
        self.peak: defaultdict[date, timedelta] = defaultdict(lambda: ZERO)
        self.notices: Counter[date] = Counter()
        self.seen: Counter[str] = Counter()  # what the weeks exercised
        self.send(WorkingHoursChanged(HOURS))
        self.sleep(None)

    # -- time and the account ----------------------------------------------

    @property
    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return self.now.astimezone(ZONE).date()

    def away(self) -> bool:
        """Away as the engine sees it (an idle spell counts from its start, unless
        a break window opened in it before it was noticed)."""
        idle = self.mode == "idle" and not self.caught
        return idle or self.mode in ("locked", "asleep") or self.awaiting_sample

    def unnoticed(self) -> bool:
        """In an idle spell the engine has not heard of yet: to it, still at work."""
        return self.mode == "idle" and not (self.noticed or self.caught)

    def engine_active(self, day: date) -> timedelta:
        """The day's active time as the engine counts it now: an idle spell not
        noticed yet counts until it is, then from its start it does not."""
        pending = working_overlap(self.mode_since, self.now) if self.unnoticed() else []
        return self.active[day] + sum((t for d, t in pending if d == day), ZERO)

    def inside(self) -> bool:
        local = self.now.astimezone(ZONE)
        return local.weekday() < 5 and 8 <= local.hour < 18

    def counting(self) -> bool:
        """Active computer time, for the daily budget."""
        away = self.away() and not self.unnoticed()
        return self.inside() and not away and self.h.break_open is None

    def advance(self, to: datetime) -> None:
        now = self.now
        if to <= now:
            return
        budget = not self.away() and self.h.break_open is None
        schedule = not self.away() and (
            self.h.break_open is None or self.h.break_kind is BreakKind.EYE
        )
        for day, part in working_overlap(now, to):
            if budget:
                self.active[day] += part
            if schedule:
                self.cycle.work += part
                if self.h.break_open is not None:
                    self.cycle.eye += part
        self.clock.set(to.astimezone(UTC))

    # -- talking to the engine ---------------------------------------------

    def send(self, event: Event) -> list[Effect]:
        closing = self.h.break_kind if self.h.break_open is not None else None
        effects = self.h.send(event)
        self.observe(effects, closing)
        return effects

    def tick(self) -> None:
        """The armed timer fires: the app samples the idle source first (platform/monitor.py)."""
        self.h.armed = None  # a one-shot timer is used up
        if self.mode != "asleep":
            self.sample()
        self.send(Tick())

    def sample(self) -> None:
        idle = ZERO if self.mode in ("typing", "busy") else self.now - self.mode_since
        self.send(IdleSampled(idle.total_seconds()))
        if self.mode == "idle" and idle >= AWAY_NOTICED:
            self.noticed = True
        if self.awaiting_sample and idle < AWAY_NOTICED:
            self.awaiting_sample = False

    def poll(self) -> None:
        interval = self.h.engine.idle_poll_interval()
        if interval is None:
            self.next_poll = self.poll_every = None
        elif self.next_poll is None or interval != self.poll_every:
            self.next_poll, self.poll_every = self.now + interval, interval

    def observe(self, effects: list[Effect], closing: BreakKind | None) -> None:
        for effect in effects:
            match effect:
                case ShowHeadsUp(kind=kind, firm=firm):
                    assert kind is self.next_kind(), "the heads-up names the wrong kind"
                    assert firm == self.firm(), f"heads-up firm={firm} at level {self.level}"
                    self.note_strict()
                    if self.mode in DAYTIME:
                        self.plan_heads_up()
                case ShowBreak(kind=kind, firm=firm, trigger=trigger, exercise_ids=ids):
                    self.opened(kind, firm, trigger, ids)
                case Record(kind=RecordKind.NEXT_BREAK_SKIPPED, detail=detail):
                    assert detail["kind"] == self.next_kind().value
                    self.reset()
                case Record(kind=RecordKind.BREAK_COMPLETED | RecordKind.BREAK_SKIPPED):
                    if closing is not BreakKind.EYE:
                        self.reset()
                    else:
                        self.cycle.leads += 1
                case Record(
                    kind=RecordKind.BREAK_MISSED
                    | RecordKind.NATURAL_BREAK
                    | RecordKind.BREAK_DEFERRED_TOO_LONG
                    | RecordKind.BREAK_INTERRUPTED
                ):
                    self.seen[effect.kind.value] += 1
                    self.reset()
                case Record(kind=RecordKind.WORKING_HOURS_STARTED):
                    if not self.away():
                        self.reset()
                case Record(kind=RecordKind.BREAK_DEFERRED):
                    self.cycle.deferrals += 1
                    self.seen["deferred"] += 1
                case Record(kind=RecordKind.DEFERRAL_ENDED):
                    self.cycle.leads += 1
                case Record(kind=RecordKind.DAILY_BUDGET_REACHED):
                    day = self.today()
                    self.notices[day] += 1
                    assert self.notices[day] == 1, f"a second budget notice on {day}"
                    active = self.engine_active(day)
                    assert active >= BUDGET, f"budget notice after {active}"
                    assert self.h.break_open is None
                    assert self.busy_reason is None, "the budget notice during a call"
                case Notify() | Record():
                    pass
                case _:
                    pass

    def opened(self, kind: BreakKind, firm: bool, trigger: Trigger, ids: tuple[str, ...]) -> None:
        self.break_serial += 1
        self.response = None
        self.seen[kind.value] += 1
        if self.mode == "idle" and not self.caught:
            # The break opened before the engine noticed the spell: to it, the
            # person was at work until now.
            self.caught = True
            for day, part in working_overlap(self.mode_since, self.now):
                self.active[day] += part
                self.cycle.work += part
        if kind is BreakKind.EYE:
            assert not firm
        else:
            assert kind is self.next_kind(), f"break {self.offered + 1} opened as {kind}"
            assert firm == self.firm(), f"break firm={firm} at level {self.level}"
            self.note_strict()
            if kind is BreakKind.MICRO and self.cycle.snoozes:
                # [escalation] postponed_longer: one more exercise per snooze, two at most.
                assert len(ids) == 3 + min(self.cycle.snoozes, 2)
                self.seen["longer"] += 1
            if trigger is not Trigger.MANUAL:
                # Never early: the interval's work, less smart timing's window.
                assert self.cycle.work >= INTERVAL - SPREAD, f"a break after {self.cycle.work}"
        if self.mode in DAYTIME:
            self.mode, self.mode_until = "break", None
            self.plan_break()

    def note_strict(self) -> None:
        if self.strict and self.level:
            self.seen["firm in strict mode"] += 1

    def reset(self) -> None:
        self.cycle = Cycle()

    # -- the account of escalation and movement ------------------------------

    def firm(self) -> bool:
        return self.level >= 1 and not self.strict

    def next_kind(self) -> BreakKind:
        if (self.offered + 1) % MOVEMENT_EVERY == 0:
            return BreakKind.MOVEMENT
        return BreakKind.MICRO

    def offer(self) -> None:
        self.kinds_offered.append(self.next_kind())
        self.offered += 1

    def put_off_once(self, *, skip: bool) -> None:
        if skip:
            self.run_skips += 1
            self.skips_on[self.today()] += 1
        else:
            self.run_snoozes += 1
        run = self.run_skips + self.run_snoozes
        wanted = 2 if run >= FIRMEST_AFTER else 1 if run >= FIRMER_AFTER else 0
        self.level = max(self.level, wanted)
        self.seen[f"level {self.level}"] += 1

    def completed(self) -> None:
        if self.level:
            self.seen["calmed"] += 1
        self.level = max(0, self.level - 1)
        self.run_skips = self.run_snoozes = 0

    def skips_left(self) -> int:
        return DAILY_SKIPS - self.skips_on[self.today()]

    # -- the checks after every step -------------------------------------------

    def check(self) -> None:
        h, now = self.h, self.now
        status = h.engine.status()
        # In the past by a heads-up's lead at most: a heads-up whose moment passed
        # during a call is shown at once (the driver fires a past timer next).
        assert h.armed is None or h.armed >= now - LEAD, f"timer armed for {h.armed} at {now}"
        if status.next_break_at is not None:
            assert h.armed is not None, "no wake-up for a break"
            assert h.armed <= status.next_break_at, "the wake-up is after the break"
        assert status.firmness == Firmness(self.level, self.run_skips, self.run_snoozes)
        assert status.skips_left == self.skips_left()
        assert self.skips_left() >= 0
        day = self.today()
        active = self.engine_active(day)
        self.peak[day] = max(self.peak[day], active)
        assert status.active_today == active, f"active time on {day}"
        if active >= BUDGET and self.counting() and self.busy_reason is None:
            assert self.notices[day] == 1, f"no budget notice at {self.active[day]} on {day}"
        if self.inside():
            assert self.cycle.work - self.cycle.eye <= self.cycle.longest(), (
                f"{self.cycle.work} at work without a break offered ({self.cycle})"
            )

    # -- the person's day -------------------------------------------------

    def run(self) -> None:
        for d in range(WEEKS * 7):
            day = FIRST_DAY + timedelta(days=d)
            self.advance(utc(day, time(3)))
            strict = day == STRICT_DAY
            if strict != self.strict:
                self.strict = strict
                self.send(SettingsChanged(replace(SCHEDULE, strict=strict)))
            self.put_off = (
                0.95 if day == STRICT_DAY - timedelta(days=1) else self.rng.random() * 0.5
            )
            rng = self.rng
            if day.weekday() < 5:
                wake = utc(day, time(7, 30)) + rng.randrange(120) * MIN
                self.session_end = utc(day, time(14, 0)) + rng.randrange(300) * MIN
                lunch_at = utc(day, time(12)) + rng.randrange(60) * MIN
                self.lunch = (lunch_at, rng.randrange(20, 70) * MIN, rng.choice(["lock", "lid"]))
            elif rng.random() < 0.4:
                wake = utc(day, time(10)) + rng.randrange(240) * MIN
                self.session_end = wake + rng.randrange(60, 180) * MIN
                self.lunch = None
            else:
                continue
            self.advance(wake)
            self.wake()
            self.check()
            self.live()
        self.advance(utc(FIRST_DAY + timedelta(days=WEEKS * 7), time(3)))

    def wake(self) -> None:
        """The lid opens; a wake-up that fell due during the sleep fires now, before or after."""
        self.start("typing", self.typing())
        overdue = self.h.armed is not None and self.h.armed <= self.now
        if overdue and self.rng.random() < 0.5:
            self.tick()
            overdue = False
        self.send(AwayEnded(PauseReason.SLEEP))
        self.cycle.leads += 1
        if overdue or (self.h.armed is not None and self.h.armed <= self.now):
            self.tick()
        self.poll()
        self.look()

    def sleep(self, until: datetime | None) -> None:
        self.start("asleep", until)
        self.send(AwayStarted(PauseReason.SLEEP))
        self.poll()

    def start(self, mode: str, until: datetime | None) -> None:
        self.mode, self.mode_since, self.mode_until = mode, self.now, until

    def typing(self) -> datetime:
        return self.now + self.rng.randrange(60, 720) * SEC

    def live(self) -> None:
        """Until the lid closes for the night: the first thing due happens, then checks."""
        while True:
            if self.mode == "asleep":
                if self.mode_until is None:
                    return
                self.advance(self.mode_until)
                self.wake()
                self.check()
                continue
            due: list[tuple[datetime, int, str]] = []
            if self.h.armed is not None:
                due.append((self.h.armed, 0, "timer"))
            if self.response is not None:
                due.append((self.response[0], 1, "respond"))
            if self.mode_until is not None:
                due.append((self.mode_until, 2, "mode"))
            if self.next_poll is not None:
                due.append((self.next_poll, 3, "poll"))
            at, _, what = min(due)
            self.advance(at)
            if what == "timer":
                self.tick()
            elif what == "respond":
                self.respond()
            elif what == "mode":
                self.next_mode()
            else:
                assert self.poll_every is not None
                self.next_poll = self.now + self.poll_every
                self.sample()
            self.poll()
            self.check()

    def next_mode(self) -> None:
        mode, rng = self.mode, self.rng
        if mode == "pause":
            self.start("typing", self.typing())
        elif mode == "idle":
            self.back()
        elif mode == "locked":
            self.send(AwayEnded(PauseReason.LOCKED))
            self.back()
        elif mode == "busy":
            reason, self.busy_reason = self.busy_reason, None
            assert reason is not None
            self.send(BusyChanged(reason, False))
            self.start("typing", self.typing())
            self.look()
        elif mode == "typing":
            if self.awaiting_sample:
                self.mode_until = self.now + 20 * SEC
            elif self.session_end is not None and self.now >= self.session_end:
                self.sleep(None)
            elif self.lunch is not None and self.now >= self.lunch[0]:
                _, length, how = self.lunch
                self.lunch = None
                if how == "lock":
                    self.start("locked", self.now + length)
                    self.send(AwayStarted(PauseReason.LOCKED))
                else:
                    self.sleep(self.now + length)
            else:
                roll = rng.random()
                if roll < 0.30:
                    self.start("pause", self.now + rng.randrange(10, 26) * SEC)
                elif roll < 0.42:
                    self.start("idle", self.now + rng.randrange(2, 13) * MIN)
                    self.caught = self.noticed = False
                elif roll < 0.45:
                    self.start("locked", self.now + rng.randrange(3, 21) * MIN)
                    self.send(AwayStarted(PauseReason.LOCKED))
                elif roll < 0.52:
                    self.busy_reason = rng.choice([PauseReason.CALL, PauseReason.FULLSCREEN])
                    self.start("busy", self.now + rng.randrange(5, 50) * MIN)
                    self.send(BusyChanged(self.busy_reason, True))
                else:
                    self.start("typing", self.typing())

    def back(self) -> None:
        """At the desk again after an idle spell or a lock."""
        self.cycle.leads += 1
        if self.caught:
            self.caught = False
            assert self.h.break_open is not None, "the break the idle spell was caught in is gone"
            self.start("break", None)
            self.plan_break()
            return
        self.awaiting_sample = True
        self.start("typing", self.typing())
        self.look()

    def look(self) -> None:
        """Back at the screen: answer what is on it."""
        if self.h.break_open is not None:
            self.start("break", None)
            self.plan_break()
        elif self.h.heads_up_for is not None:
            self.plan_heads_up()

    # -- answering reminders ----------------------------------------------

    def plan_heads_up(self) -> None:
        at = self.h.heads_up_for
        if at is None or self.answered_heads_up == at or self.mode not in DAYTIME:
            return
        self.answered_heads_up = at
        roll = self.rng.random()
        action = (
            "snooze"
            if roll < self.put_off * 0.5
            else "skip next"
            if roll < self.put_off
            else "now"
            if roll < self.put_off + 0.03
            else None
        )
        if action is not None:
            self.response = (self.now + self.rng.randrange(2, 20) * SEC, action, at)

    def plan_break(self, *, take: bool = False) -> None:
        kind, rng = self.h.break_kind, self.rng
        roll = 1.0 if take else rng.random()
        if kind is BreakKind.EYE:
            action = "skip" if roll < 0.15 else "snooze" if roll < 0.3 else "finish"
            after = rng.randrange(20, 31) if action == "finish" else rng.randrange(3, 10)
        else:
            action = (
                "skip"
                if roll < self.put_off * 0.5
                else "snooze"
                if roll < self.put_off
                else "lock"
                if roll < self.put_off + 0.03
                else "finish"
            )
            long = kind is BreakKind.MOVEMENT
            after = rng.randrange(150, 220) if long else rng.randrange(60, 200)
            if take and self.put_off > 0.9:
                # A bad day: told no, the person walks away from the break
                # (it is interrupted, which neither calms nor escalates).
                action = "lock"
            if action != "finish":
                after = rng.randrange(3, 30)
        self.response = (self.now + after * SEC, action, self.break_serial)

    def respond(self) -> None:
        assert self.response is not None
        _, action, target = self.response
        self.response = None
        if self.mode not in PRESENT:
            return
        h = self.h
        if action in ("snooze", "skip next", "now") and self.mode != "break":
            if h.heads_up_for != target or h.break_open is not None:
                return  # it went away meanwhile
            if action == "now":
                self.send(BreakNowRequested())
            elif action == "snooze":
                self.snooze(eye=False)
            else:
                refused = self.strict or self.skips_left() == 0
                self.expect(SkipNextRequested(), refused)
                self.seen["skip budget spent"] += refused and not self.strict
                if not refused:
                    self.offer()
                    self.put_off_once(skip=True)
            return
        assert h.break_open is not None
        assert target == self.break_serial
        kind = h.break_kind
        if action == "finish":
            self.expect(BreakFinished(()), refused=False)
            if kind is not BreakKind.EYE:
                self.offer()
                self.completed()
            self.start("typing", self.typing())
        elif action == "lock":
            self.start("locked", self.now + self.rng.randrange(3, 21) * MIN)
            self.send(AwayStarted(PauseReason.LOCKED))
        elif action == "skip":
            eye = kind is BreakKind.EYE
            spent = not eye and self.skips_left() == 0
            refused = self.strict or spent
            self.expect(BreakSkipped(()), refused)
            self.seen["skip budget spent"] += spent and not self.strict
            if refused:
                self.plan_break(take=True)
                return
            if not eye:
                self.offer()
                self.put_off_once(skip=True)
            self.start("typing", self.typing())
        elif self.snooze(eye=kind is BreakKind.EYE):
            self.start("typing", self.typing())
        else:
            self.plan_break(take=True)

    def snooze(self, *, eye: bool) -> bool:
        """Snooze what is on screen; whether the engine took it."""
        limited = not eye and self.cycle.snoozes >= SNOOZES_AT[self.level]
        refused = self.strict or limited
        self.expect(SnoozeRequested(None), refused)
        if refused:
            return False
        if eye:
            self.cycle.leads += 1
        else:
            self.cycle.snoozes += 1
            self.put_off_once(skip=False)
        return True

    def expect(self, event: Event, refused: bool) -> None:
        effects = self.send(event)
        was = any(isinstance(e, Refused) for e in effects)
        assert was == refused, f"{event} refused={was}, expected {refused}: {effects}"
        if was:
            self.seen[f"refused {type(event).__name__}"] += 1


@pytest.mark.parametrize("seed", range(4, 9))
def test_weeks_with_everything_on(seed: int) -> None:
    week = Week(seed)
    week.run()
    h, seen = week.h, week.seen
    # One notice on each day the active time reached the budget, none on the others.
    for day in (FIRST_DAY + timedelta(days=d) for d in range(WEEKS * 7)):
        assert week.notices[day] == (1 if week.peak[day] >= BUDGET else 0), day
    over = [d for d, t in week.peak.items() if t >= BUDGET]
    under = [d for d, t in week.peak.items() if ZERO < t < BUDGET]
    assert over, "no day reached the budget: the check would prove little"
    assert under, "every day reached the budget: the check would prove little"
    # Every 4th offered break was a movement break, and the weeks saw each feature.
    movement = [k for k in week.kinds_offered if k is BreakKind.MOVEMENT]
    assert len(movement) == len(week.kinds_offered) // MOVEMENT_EVERY
    assert len(movement) >= 10
    assert seen["eye"] >= 80
    assert seen["micro"] >= 40
    assert seen["level 2"], "escalation never rose to the top"
    assert seen["calmed"], "escalation never fell"
    assert seen["skip budget spent"], "the skip budget never ran out"
    assert seen["refused SnoozeRequested"]
    assert seen["firm in strict mode"], "strict mode never met a firm level"
    for what in ("longer", "deferred", "natural_break", "break_interrupted"):
        assert seen[what], f"the weeks never saw {what}"
    # The harness saw every heads-up and break window closed again.
    assert h.heads_up_for is None
    assert h.break_open is None
