"""Gentle escalation, the daily skip budget and longer postponed breaks (core/escalation.py).

Driven through the engine harness on the fake clock, which checks on every
step that no two reminders are up at once and that every break opened is
closed before the next.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from microbreak.core.clock import FakeClock
from microbreak.core.control import status_json
from microbreak.core.effects import ShowBreak
from microbreak.core.escalation import Escalation, Firmness, level_for
from microbreak.core.events import (
    BreakFinished,
    BreakSkipped,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.records import RecordKind
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import State
from microbreak.infra.state_store import StateStore
from tests.helpers.engine_harness import Harness

MIN = timedelta(minutes=1)


def harness(
    clock: FakeClock,
    *,
    max_snoozes: int = 3,
    gentle: bool = True,
    daily_skips: int = 0,
    postponed_longer: bool = False,
) -> Harness:
    settings = ScheduleSettings(interval_minutes=20, max_snoozes=max_snoozes)
    escalation = Escalation(
        gentle=gentle, daily_skips=daily_skips, postponed_longer=postponed_longer
    )
    return Harness(clock, settings, escalation=escalation)


def to_heads_up(h: Harness) -> None:
    while h.heads_up_for is None:
        assert h.break_open is None
        h.fire()


def to_break(h: Harness) -> tuple[str, ...]:
    while h.break_open is None:
        h.fire()
    return h.break_open


def level(h: Harness) -> int:
    return h.engine.status().firmness.level


def test_two_put_offs_in_a_row_make_it_firmer_four_firmest_each_break_taken_calms_it(
    clock: FakeClock,
) -> None:
    h = harness(clock)
    to_heads_up(h)
    assert not h.heads_up_firm
    h.send(SkipNextRequested())
    assert level(h) == 0, "one skip is nothing to remark on"
    to_heads_up(h)
    assert not h.heads_up_firm
    h.send(SkipNextRequested())
    assert h.engine.status().firmness == Firmness(level=1, skips=2, snoozes=0)
    to_heads_up(h)
    assert h.heads_up_firm, "the heads-up after two skips in a row is firmer"
    h.send(SnoozeRequested())
    assert level(h) == 1
    to_break(h)
    h.send(BreakSkipped(()))
    assert h.engine.status().firmness == Firmness(level=2, skips=3, snoozes=1)
    # Never above 2, however long the run.
    for _ in range(3):
        to_heads_up(h)
        assert h.heads_up_firm
        h.send(SkipNextRequested())
    assert level(h) == 2
    to_break(h)
    h.send(BreakFinished(("neck-tilt",)))
    assert h.engine.status().firmness == Firmness(level=1, skips=0, snoozes=0)
    to_heads_up(h)
    assert h.heads_up_firm, "one break taken lowers it one step, not to calm"
    to_break(h)
    h.send(BreakFinished(("neck-tilt",)))
    assert level(h) == 0
    to_heads_up(h)
    assert not h.heads_up_firm


def test_the_firm_break_window_is_marked_so_the_app_can_say_why(clock: FakeClock) -> None:
    h = harness(clock)
    for _ in range(2):
        to_heads_up(h)
        h.send(SkipNextRequested())
    to_break(h)
    shown = [e for _, e in h.log if isinstance(e, ShowBreak)]
    assert shown[-1].firm


def test_firmer_offers_fewer_snoozes(clock: FakeClock) -> None:
    h = harness(clock, max_snoozes=3)
    to_heads_up(h)
    h.send(SnoozeRequested())
    to_heads_up(h)
    h.send(SnoozeRequested())
    assert level(h) == 1
    # Three allowed when calm; at level 1 one fewer: the third is refused.
    to_heads_up(h)
    before = len(h.refusals)
    h.send(SnoozeRequested())
    assert len(h.refusals) == before + 1
    assert "(2)" in h.refusals[-1]
    assert h.engine.state is State.HEADS_UP, "the refused snooze changed nothing"
    to_break(h)
    h.send(BreakSkipped(()))
    h.send(SkipNextRequested())
    assert level(h) == 2
    to_heads_up(h)
    h.send(SnoozeRequested())
    to_heads_up(h)
    h.send(SnoozeRequested())
    assert "(1)" in h.refusals[-1], "level 2 leaves one snooze, never none"


def test_unlimited_snoozes_become_two_then_one(clock: FakeClock) -> None:
    h = harness(clock, max_snoozes=0)
    to_heads_up(h)
    for _ in range(2):
        h.send(SnoozeRequested())
        to_heads_up(h)
    assert level(h) == 1
    assert h.engine.status().snoozes_used == 2
    h.send(SnoozeRequested())
    assert "(2)" in h.refusals[-1]


def test_gentle_off_never_rises(clock: FakeClock) -> None:
    h = harness(clock, gentle=False)
    for _ in range(6):
        to_heads_up(h)
        assert not h.heads_up_firm
        h.send(SkipNextRequested())
    assert level(h) == 0


def test_strict_mode_is_unchanged_by_a_level_from_before(clock: FakeClock) -> None:
    escalation = Escalation(gentle=True)
    escalation.restore({"level": 2, "skips": 4})
    h = Harness(clock, ScheduleSettings(strict=True), escalation=escalation)
    to_heads_up(h)
    assert not h.heads_up_firm, "strict mode's heads-up stays as it is"
    h.send(SnoozeRequested())
    assert "strict" in h.refusals[-1]


def test_the_daily_skip_budget_refuses_then_resets_at_local_midnight() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 21:00 in Berlin: local midnight comes three hours later (23:00 UTC).
    clock = FakeClock(datetime(2026, 11, 23, 21, 0, tzinfo=berlin), zone=berlin)
    h = harness(clock, daily_skips=2, gentle=False)
    assert h.engine.status().skips_left == 2
    to_heads_up(h)
    h.send(SkipNextRequested())
    to_break(h)
    h.send(BreakSkipped(()))
    assert h.engine.status().skips_left == 0
    to_heads_up(h)
    h.send(SkipNextRequested())
    assert "tomorrow" in h.refusals[-1]
    assert h.engine.state is State.HEADS_UP
    # Snoozes are still allowed; the break window's Skip is refused too.
    h.send(SnoozeRequested())
    assert h.engine.state is State.SNOOZED
    to_break(h)
    h.send(BreakSkipped(()))
    assert "tomorrow" in h.refusals[-1]
    assert h.break_open is not None, "the refused skip left the break open"
    h.send(BreakFinished(("neck-tilt",)))
    # Still today at 23:59 local; a new day at midnight local, not UTC.
    h.run_until(datetime(2026, 11, 23, 23, 59, tzinfo=berlin))
    if h.break_open is not None:
        h.send(BreakFinished(("neck-tilt",)))
    assert h.engine.status().skips_left == 0
    h.run_until(datetime(2026, 11, 24, 0, 0, 30, tzinfo=berlin))
    if h.break_open is not None:
        h.send(BreakFinished(("neck-tilt",)))
    assert h.engine.status().skips_left == 2
    h.send(SkipNextRequested())
    assert h.engine.status().skips_left == 1


def test_no_budget_means_no_refusal(clock: FakeClock) -> None:
    h = harness(clock, gentle=False)
    for _ in range(30):
        h.send(SkipNextRequested())
    assert not h.refusals
    assert h.engine.status().skips_left is None


def test_a_snoozed_break_comes_back_longer_only_when_asked(clock: FakeClock) -> None:
    off = harness(clock, gentle=False)
    to_heads_up(off)
    off.send(SnoozeRequested())
    assert len(to_break(off)) == 3

    h = harness(FakeClock(clock.now()), gentle=False, postponed_longer=True, max_snoozes=0)
    first = to_break(h)
    assert len(first) == 3, "a break not snoozed keeps its length"
    h.send(BreakFinished(first))
    lengths = []
    for snoozes in (1, 2, 3):
        to_heads_up(h)
        for _ in range(snoozes):
            h.send(SnoozeRequested())
            to_heads_up(h)
        routine = to_break(h)
        lengths.append(len(routine))
        assert len(set(routine)) == len(routine), "no exercise twice in one break"
        h.send(BreakFinished(routine))
    assert lengths == [4, 5, 5], "one more per snooze, two more at most"
    starts = [e.exercise_ids for _, e in h.log if isinstance(e, ShowBreak)]
    # The rotation moves past every exercise shown: the next break starts after them.
    assert starts[2][0] not in starts[1]


def test_a_simulated_week_of_skips_and_snoozes_follows_the_rules(clock: FakeClock) -> None:
    """A week of 20-minute breaks, each put off or taken at random: the level is
    always what the rules say, no two reminders at once (the harness), no lost break."""
    rng = random.Random(20)
    h = harness(clock, max_snoozes=3)
    expected, run, opened, closed = 0, 0, 0, 0
    end = clock.now() + timedelta(days=7)
    while clock.now() < end:
        choice = rng.choice(("take", "take", "skip-next", "snooze", "skip-window"))
        if choice == "skip-next":
            to_heads_up(h)
            h.send(SkipNextRequested())
            run += 1
        elif choice == "snooze":
            to_heads_up(h)
            refused = len(h.refusals)
            h.send(SnoozeRequested())
            if len(h.refusals) == refused:
                run += 1
        else:
            to_break(h)
            opened += 1
            if choice == "take":
                h.send(BreakFinished(("neck-tilt",)))
                expected, run = max(0, expected - 1), 0
            else:
                h.send(BreakSkipped(()))
                run += 1
            closed += 1
            assert h.break_open is None
        expected = max(expected, level_for(run))
        assert level(h) == expected
        assert h.engine.status().next_break_at is not None, "a break was lost"
    assert opened == closed
    assert len(h.records(RecordKind.BREAK_STARTED)) >= opened


def test_status_json_says_the_level_and_why(clock: FakeClock) -> None:
    h = harness(clock)
    for _ in range(2):
        to_heads_up(h)
        h.send(SkipNextRequested())
    data = status_json(h.engine.status(), clock.now(), "9.9", clock.local)
    assert data["escalation"] == {
        "level": 1,
        "skips_in_a_row": 2,
        "snoozes_in_a_row": 0,
        "why": "You skipped the last 2 breaks, so this one is a little firmer.",
    }
    assert data["skips_left_today"] is None


def test_the_level_and_the_days_skips_survive_a_restart(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state.json")
    before = Escalation(gentle=True, daily_skips=3)
    for _ in range(4):
        before.snoozed()
    day = date(2026, 11, 23)
    before.skipped(day)
    store.save_escalation(before.saved())
    after = Escalation(gentle=True, daily_skips=3)
    after.restore(store.load_escalation())
    assert after.firmness() == Firmness(level=2, skips=1, snoozes=4)
    assert after.skips_left(day) == 2
    # A hand-edited or broken file counts as nothing.
    broken = Escalation()
    broken.restore({"level": "high", "skips": -3, "skipped_on": "yesterday"})
    assert broken.firmness() == Firmness()
