"""Control commands: the wire format, and what each command does to the engine.

The command line (``microbreak snooze 10``) sends one JSON line to the running
app; the app parses it here, runs it against its engine and answers with one
JSON line. Parsing and execution are pure so they are unit-tested and fuzzed
without sockets; ``infra/ipc.py`` (with ``control_unix.py`` or
``control_pipe.py``) only moves the lines.

Request:  {"v": 1, "cmd": "snooze", "args": {"minutes": 10}}
Reply:    {"v": 1, "ok": true, "message": "...", "status": {...}}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from microbreak.core.describe import clock_time, firmness_why, headline
from microbreak.core.durations import DurationError, pause_end
from microbreak.core.effects import Effect, Refused
from microbreak.core.events import (
    BreakNowRequested,
    BreakSkipped,
    Event,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.settings import WorkingHoursSettings
from microbreak.core.state import State, Status

PROTOCOL_VERSION = 1
MAX_LINE_BYTES = 64 * 1024
# "show": bring the running app's window forward (a second launch sends it).
# The windows a command opens, each as the menu item of the same name does:
# every action of the tray menu is a command, so a keyboard shortcut can reach it.
WINDOW_COMMANDS = {
    "settings": "Settings opened",
    "statistics": "Statistics opened",
    "about": "About microbreak opened",
}
COMMANDS = (
    "status", "show", "break-now", "snooze", "skip", "pause", "resume", "quit", *WINDOW_COMMANDS
)  # fmt: skip
MAX_SNOOZE_MINUTES = 240


class ProtocolError(ValueError):
    """A request that cannot be understood; the message says what is wrong."""


@dataclass(frozen=True)
class Request:
    command: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    effects: list[Effect] = field(default_factory=list)
    quit: bool = False
    show: bool = False
    # One of WINDOW_COMMANDS: the app opens that window (after replying).
    open_window: str | None = None


def encode_request(request: Request) -> bytes:
    payload = {"v": PROTOCOL_VERSION, "cmd": request.command, "args": request.args}
    return json.dumps(payload, separators=(",", ":")).encode() + b"\n"


def parse_request(line: bytes) -> Request:
    """Decode one request line, or raise ProtocolError naming the problem."""
    if len(line) > MAX_LINE_BYTES:
        raise ProtocolError(f"request too long: over {MAX_LINE_BYTES} bytes")
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"request is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ProtocolError("request must be a JSON object")
    version = data.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(
            f"protocol version {version!r} is not supported (this app speaks {PROTOCOL_VERSION}); "
            "use the microbreak command from the same installation"
        )
    command = data.get("cmd")
    if not isinstance(command, str) or command not in COMMANDS:
        raise ProtocolError(f"unknown command {command!r}; known: {', '.join(COMMANDS)}")
    args = data.get("args", {})
    if not isinstance(args, dict):
        raise ProtocolError("args must be a JSON object")
    return _check_args(Request(command, args))


def _check_args(request: Request) -> Request:
    args = request.args
    if request.command == "snooze":
        minutes = args.get("minutes")
        if minutes is not None and (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 1 <= minutes <= MAX_SNOOZE_MINUTES
        ):
            raise ProtocolError(
                f"snooze minutes must be a whole number from 1 to {MAX_SNOOZE_MINUTES}, "
                f"not {minutes!r}"
            )
    if request.command == "pause":
        duration = args.get("duration")
        if duration is not None and not isinstance(duration, str):
            raise ProtocolError(f"pause duration must be text like 30m, not {duration!r}")
    return request


def encode_reply(ok: bool, message: str, status: dict[str, Any] | None) -> bytes:
    payload = {"v": PROTOCOL_VERSION, "ok": ok, "message": message, "status": status}
    return json.dumps(payload, separators=(",", ":")).encode() + b"\n"


def status_json(
    status: Status,
    now: datetime,
    version: str,
    local: Callable[[datetime], datetime],
) -> dict[str, Any]:
    """The machine-readable status that ``microbreak status --json`` prints.

    Times are ISO 8601 in the local zone, ``local`` being the app clock's
    :meth:`~microbreak.core.clock.Clock.local`.
    """
    at = status.next_break_at
    return {
        "state": status.state.value,
        "next_break_at": _local_iso(at, local),
        "seconds_to_next_break": max(0, round((at - now).total_seconds())) if at else None,
        "paused_until": _local_iso(status.paused_until, local),
        "pause_reasons": sorted(r.value for r in status.pause_reasons),
        # A due break held back by full screen, do-not-disturb or a call.
        "deferred": status.deferred,
        "earliest_break_at": _local_iso(status.earliest_break_at, local),
        # With [eyes] on: when the next eye break opens (null: off, held, or left to the break).
        "next_eye_break_at": _local_iso(status.next_eye_break_at, local),
        # Active computer time today and the daily budget (0: off), core/daily_budget.py.
        "active_today_minutes": int(status.active_today.total_seconds() // 60),
        "daily_budget_hours": status.daily_budget_hours,
        "headline": headline(status, now),
        # Gentle escalation (core/escalation.py): the level in force and why.
        "escalation": {
            "level": status.firmness.level,
            "skips_in_a_row": status.firmness.skips,
            "snoozes_in_a_row": status.firmness.snoozes,
            "why": firmness_why(status.firmness),
        },
        # [escalation] daily_skips: skips still allowed today (null: no budget).
        "skips_left_today": status.skips_left,
        "version": version,
    }


def _local_iso(when: datetime | None, local: Callable[[datetime], datetime]) -> str | None:
    """ISO 8601 in the local time zone (with the right DST offset for that instant)."""
    return local(when).isoformat() if when is not None else None


@dataclass(frozen=True)
class Command:
    """A parsed request turned into what the app must do.

    Either ``event`` for the app to dispatch (the same single path every
    other intent takes), then :func:`reply_to` words the answer; or an
    ``immediate`` outcome when there is nothing to dispatch (status, quit, a
    bad duration).
    """

    name: str
    event: Event | None = None
    immediate: Outcome | None = None


def command_for(
    request: Request,
    status: Status,
    now: datetime,
    done_so_far: Callable[[], tuple[str, ...]] = tuple,
    *,
    local: Callable[[datetime], datetime] | None = None,
    hours: WorkingHoursSettings | None = None,
) -> Command:
    """What a control request asks of the engine.

    ``done_so_far`` says which exercises of the break in progress were done,
    so a skip from the command line is recorded like one from the window.
    ``local`` (the clock's) and ``hours`` place "pause tomorrow".
    """
    cmd = request.command
    if cmd == "status":
        return Command(cmd, immediate=Outcome(True, headline(status, now)))
    if cmd == "show":
        return Command(cmd, immediate=Outcome(True, headline(status, now), show=True))
    if cmd == "quit":
        return Command(cmd, immediate=Outcome(True, "microbreak is quitting", quit=True))
    if cmd in WINDOW_COMMANDS:
        return Command(cmd, immediate=Outcome(True, WINDOW_COMMANDS[cmd], open_window=cmd))
    event: Event
    if cmd == "break-now":
        event = BreakNowRequested()
    elif cmd == "snooze":
        event = SnoozeRequested(request.args.get("minutes"))
    elif cmd == "skip":
        on_break = status.state is State.ON_BREAK
        event = BreakSkipped(done_so_far()) if on_break else SkipNextRequested()
    elif cmd == "pause":
        try:
            choice = request.args.get("duration") or "indefinite"
            until = pause_end(choice, now, local=local, hours=hours)
        except DurationError as exc:
            return Command(cmd, immediate=Outcome(False, str(exc)))
        event = PauseRequested(until)
    else:  # resume: parse_request admits nothing else
        event = ResumeRequested()
    return Command(cmd, event=event)


def reply_to(
    command: Command,
    effects: list[Effect],
    status: Status,
    local: Callable[[datetime], datetime],
) -> Outcome:
    """The answer to a dispatched command, from the effects it had."""
    refused = [e for e in effects if isinstance(e, Refused)]
    if refused:
        return Outcome(False, refused[0].message, effects)
    return Outcome(True, _done_message(command.name, status, local), effects)


def _done_message(cmd: str, status: Status, local: Callable[[datetime], datetime]) -> str:
    at = status.next_break_at
    when = f"; next break at {clock_time(at)}" if at else ""
    if cmd == "break-now":
        return "Break started"
    if cmd == "snooze":
        return f"Break snoozed until {clock_time(at)}" if at else "Break snoozed"
    if cmd == "skip":
        return "Break skipped" + when
    if cmd == "pause":
        if status.state is State.ON_BREAK:
            return "Strict mode: this break stays open; reminders pause when it ends"
        if status.paused_until is not None:
            return f"Reminders paused until {local(status.paused_until):%Y-%m-%d %H:%M}"
        return "Reminders paused until you resume"
    return "Reminders resumed" + when
