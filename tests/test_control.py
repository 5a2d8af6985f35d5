"""Control commands without sockets: parsing, execution, the status JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core.clock import FakeClock
from microbreak.core.control import (
    COMMANDS,
    MAX_LINE_BYTES,
    Outcome,
    ProtocolError,
    Request,
    command_for,
    encode_reply,
    encode_request,
    parse_request,
    reply_to,
    status_json,
)
from microbreak.core.effects import Record
from microbreak.core.engine import BreakEngine
from microbreak.core.events import BreakNowRequested, PauseRequested
from microbreak.core.planner import RoutinePlanner
from microbreak.core.settings import DEFAULT_EXERCISES, ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import State

MIN = timedelta(minutes=1)


def execute(
    request: Request,
    engine: BreakEngine,
    now: datetime,
    done_so_far: Callable[[], tuple[str, ...]] = tuple,
) -> Outcome:
    """A command run straight against an engine, as the app's one dispatch runs it."""
    command = command_for(request, engine.status(), now, done_so_far)
    if command.event is None:
        assert command.immediate is not None
        return command.immediate
    return reply_to(command, engine.handle(command.event), engine.status(), engine.clock.local)


@pytest.fixture
def engine(clock: FakeClock) -> BreakEngine:
    return BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))


def run(engine: BreakEngine, clock: FakeClock, cmd: str, **args: object) -> tuple[bool, str]:
    outcome = execute(parse_request(encode_request(Request(cmd, dict(args)))), engine, clock.now())
    return outcome.ok, outcome.message


def test_every_command_round_trips_through_the_wire_format() -> None:
    for cmd in COMMANDS:
        assert parse_request(encode_request(Request(cmd))) == Request(cmd, {})


def test_each_command_moves_the_engine(engine: BreakEngine, clock: FakeClock) -> None:
    assert run(engine, clock, "status") == (True, "Next break in 45 min")
    assert run(engine, clock, "snooze", minutes=10) == (True, "Break snoozed until 09:55")
    assert engine.state is State.SNOOZED
    assert run(engine, clock, "skip") == (True, "Break skipped; next break at 10:40")
    assert run(engine, clock, "pause", duration="1h30m") == (
        True,
        "Reminders paused until 2026-11-23 10:30",
    )
    assert run(engine, clock, "snooze") == (False, "cannot snooze while paused")
    assert run(engine, clock, "resume") == (True, "Reminders resumed; next break at 09:45")
    assert run(engine, clock, "pause", duration="tomorrow") == (
        True,
        "Reminders paused until 2026-11-24 06:00",
    )
    assert run(engine, clock, "pause") == (True, "Reminders paused until you resume")
    assert engine.status().paused_until is None
    assert run(engine, clock, "resume")[0]
    assert run(engine, clock, "break-now") == (True, "Break started")
    assert run(engine, clock, "break-now") == (False, "a break is already in progress")
    outcome = execute(Request("quit"), engine, clock.now())
    assert outcome.ok
    assert outcome.quit


def test_window_commands_open_a_window_and_leave_the_engine_alone(
    engine: BreakEngine, clock: FakeClock
) -> None:
    before = engine.status()
    for cmd in ("settings", "statistics", "about"):
        command = command_for(parse_request(encode_request(Request(cmd))), before, clock.now())
        assert command.event is None, "opening a window is no engine event"
        assert command.immediate is not None
        assert command.immediate.ok
        assert command.immediate.open_window == cmd
    assert engine.status() == before
    assert execute(Request("status"), engine, clock.now()).open_window is None


def test_skip_during_a_break_ends_it_and_records_what_was_done(
    engine: BreakEngine, clock: FakeClock
) -> None:
    run(engine, clock, "break-now")
    clock.advance(50)
    outcome = execute(Request("skip"), engine, clock.now(), lambda: ("shoulder-rolls",))
    assert outcome.ok
    assert engine.state is State.WORKING
    records = [e for e in outcome.effects if isinstance(e, Record)]
    assert records[0].detail == {"exercises_done": ["shoulder-rolls"]}


def test_pause_during_a_strict_break_says_when_it_begins(clock: FakeClock) -> None:
    engine = BreakEngine(clock, ScheduleSettings(strict=True), RoutinePlanner(DEFAULT_EXERCISES, 3))
    engine.handle(BreakNowRequested())
    assert run(engine, clock, "pause", duration="1h") == (
        True,
        "Strict mode: this break stays open; reminders pause when it ends",
    )
    assert engine.state is State.ON_BREAK


def test_pause_tomorrow_from_the_command_line_follows_working_hours(
    engine: BreakEngine, clock: FakeClock
) -> None:
    hours = WorkingHoursSettings(enabled=True)
    request = parse_request(encode_request(Request("pause", {"duration": "tomorrow"})))
    command = command_for(request, engine.status(), clock.now(), local=clock.local, hours=hours)
    assert isinstance(command.event, PauseRequested)
    assert command.event.until is not None
    assert clock.local(command.event.until).hour == 9
    assert clock.local(command.event.until).date() == clock.local(clock.now()).date() + timedelta(
        days=1
    )


def test_a_bad_pause_duration_sent_directly_is_refused(
    engine: BreakEngine, clock: FakeClock
) -> None:
    outcome = execute(Request("pause", {"duration": "400d"}), engine, clock.now())
    assert not outcome.ok
    assert "too long" in outcome.message
    assert engine.state is State.WORKING


def test_status_json_has_the_documented_fields(engine: BreakEngine, clock: FakeClock) -> None:
    data = status_json(engine.status(), clock.now(), "9.9", clock.local)
    assert data == {
        "state": "working",
        "next_break_at": "2026-11-23T09:45:00+00:00",
        "seconds_to_next_break": 2700,
        "paused_until": None,
        "pause_reasons": [],
        "deferred": False,
        "earliest_break_at": None,
        "next_eye_break_at": None,
        "active_today_minutes": 0,
        "daily_budget_hours": 0,
        "headline": "Next break in 45 min",
        "escalation": {"level": 0, "skips_in_a_row": 0, "snoozes_in_a_row": 0, "why": ""},
        "skips_left_today": None,
        "version": "9.9",
    }
    engine.handle(PauseRequested())
    paused = status_json(engine.status(), clock.now(), "9.9", clock.local)
    assert paused["state"] == "paused"
    assert paused["pause_reasons"] == ["user"]
    assert paused["next_break_at"] is None
    assert datetime.fromisoformat(data["next_break_at"]).utcoffset() is not None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b"hello", "request is not JSON"),
        (b"\xff\xfe", "request is not JSON"),
        (b"[1, 2]", "request must be a JSON object"),
        (b'{"cmd": "status"}', "protocol version None is not supported"),
        (b'{"v": 2, "cmd": "status"}', "protocol version 2 is not supported"),
        (b'{"v": 1, "cmd": "dance"}', "unknown command 'dance'"),
        (b'{"v": 1, "cmd": "status", "args": []}', "args must be a JSON object"),
        (b'{"v": 1, "cmd": "snooze", "args": {"minutes": -5}}', "snooze minutes must be"),
        (b'{"v": 1, "cmd": "snooze", "args": {"minutes": true}}', "snooze minutes must be"),
        (b'{"v": 1, "cmd": "pause", "args": {"duration": 30}}', "pause duration must be text"),
        (b"x" * (MAX_LINE_BYTES + 1), "request too long"),
    ],
)
def test_garbage_is_refused_with_a_reason(line: bytes, problem: str) -> None:
    with pytest.raises(ProtocolError, match=problem.replace("(", r"\(").replace("[", r"\[")):
        parse_request(line)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=200),
        st.builds(
            lambda v, c, a: json.dumps({"v": v, "cmd": c, "args": a}).encode(),
            st.sampled_from([1, 1, 1, 2, None, "1"]),
            st.sampled_from([*COMMANDS, "x", ""]) | st.text(max_size=8),
            json_values,
        ),
    )
)
def test_fuzzed_requests_parse_or_raise_protocol_error_only(line: bytes) -> None:
    try:
        request = parse_request(line)
    except ProtocolError as exc:
        message = str(exc)
        assert message, "every rejection says why"
        return
    assert request.command in COMMANDS
    assert isinstance(request.args, dict)
    # Whatever got through can be executed without crashing.
    clock = FakeClock(datetime(2026, 11, 23, 9, tzinfo=UTC))
    engine = BreakEngine(clock, ScheduleSettings(), RoutinePlanner(DEFAULT_EXERCISES, 3))
    outcome = execute(request, engine, clock.now())
    assert outcome.message
    reply = json.loads(encode_reply(outcome.ok, outcome.message, None))
    assert reply["v"] == 1
