"""Status in words, for the tray menu, its tooltip and the status window."""

from __future__ import annotations

import math
from datetime import datetime

from microbreak.core.state import DEFER_REASONS, PauseReason, State, Status

_REASON_WORDS = {
    PauseReason.USER: "paused by you",
    PauseReason.IDLE: "you are away",
    PauseReason.SLEEP: "the computer is asleep",
    PauseReason.LOCKED: "the screen is locked",
    PauseReason.DO_NOT_DISTURB: "do not disturb is on",
    PauseReason.FULLSCREEN: "a full-screen window is open",
    PauseReason.CALL: "you are in a call",
    PauseReason.OUTSIDE_WORKING_HOURS: "outside your working hours",
}


def clock_time(when: datetime) -> str:
    # In the system's time zone at that instant: a time computed before a DST
    # change (with the old offset) still reads right after it.
    return when.astimezone().strftime("%H:%M")


def in_words(seconds: float) -> str:
    """A rounded-up span: "45 s", "12 min", "1 h 5 min"."""
    seconds = max(0, math.ceil(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def time_spent(seconds: float) -> str:
    """Time already done, rounded down so it never claims more: "45 s", "1 min 8 s".

    (in_words rounds up, which is right for a countdown and wrong for this.)
    """
    total = max(0, math.floor(seconds + 1e-6))
    if total < 60:
        return f"{total} s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def _counted(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def in_full_words(seconds: float) -> str:
    """A rounded-up span for a sentence: "1 second", "30 seconds", "2 minutes"."""
    seconds = max(0, math.ceil(seconds))
    if seconds < 60:
        return _counted(seconds, "second")
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return _counted(minutes, "minute")
    hours, rest = divmod(minutes, 60)
    return _counted(hours, "hour") + (f" {_counted(rest, 'minute')}" if rest else "")


def heads_up_title(seconds: float) -> str:
    """The heads-up's title: "Microbreak in 30 seconds", "Microbreak in 1 second"."""
    return f"Microbreak in {in_full_words(seconds)}"


def can_snooze(status: Status, *, strict: bool, max_snoozes: int) -> bool:
    """Would the engine take a snooze now? (Its own refusals, so nobody clicks into one.)

    ``max_snoozes`` 0 means unlimited.
    """
    if strict or status.state is State.PAUSED:
        return False
    return max_snoozes == 0 or status.snoozes_used < max_snoozes


def headline(status: Status, now: datetime) -> str:
    """One short line: "Next break in 12 min"."""
    match status.state:
        case State.ON_BREAK:
            return "On a break"
        case State.PAUSED if status.deferred:
            busy = sorted(status.pause_reasons & DEFER_REASONS)
            return "Break waiting: " + ", ".join(_REASON_WORDS[r] for r in busy)
        case State.PAUSED:
            until = status.paused_until
            if until is not None:
                if until.astimezone().date() != now.astimezone().date():
                    return f"Paused until {until.astimezone():%a} {clock_time(until)}"
                return f"Paused until {clock_time(until)}"
            if PauseReason.USER in status.pause_reasons:
                return "Paused until you resume"
            return "Paused: " + ", ".join(_REASON_WORDS[r] for r in sorted(status.pause_reasons))
        case _:
            assert status.next_break_at is not None
            left = in_words((status.next_break_at - now).total_seconds())
            if status.state is State.HEADS_UP:
                return f"Break in {left}"
            if status.state is State.SNOOZED:
                return f"Snoozed: break in {left}"
            earliest = status.earliest_break_at
            if earliest is not None:
                if earliest > now:
                    soonest = in_words((earliest - now).total_seconds())
                    return f"Next break in {soonest} to {left}, at a pause in your typing"
                return f"Break at your next pause (by {clock_time(status.next_break_at)})"
            return f"Next break in {left}"


def tooltip(status: Status, now: datetime) -> str:
    """The tray tooltip: the exact time, so the icon itself need not change often."""
    line = headline(status, now)
    if status.next_break_at is not None:
        line += f" (at {status.next_break_at.astimezone():%H:%M:%S})"
    return f"microbreak\n{line}"


def progress(status: Status, now: datetime) -> float:
    """How far through the current interval, 0.0 to 1.0 (1.0 on a break)."""
    if status.state is State.ON_BREAK:
        return 1.0
    if status.next_break_at is None:
        return 0.0
    total = (status.next_break_at - status.interval_started_at).total_seconds()
    if total <= 0:
        return 1.0
    done = (now - status.interval_started_at).total_seconds()
    return min(1.0, max(0.0, done / total))
