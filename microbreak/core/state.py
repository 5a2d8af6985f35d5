"""The engine's states, pause reasons and the read-only status snapshot."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from microbreak.core.escalation import Firmness


class State(StrEnum):
    WORKING = "working"
    HEADS_UP = "heads_up"
    ON_BREAK = "on_break"
    SNOOZED = "snoozed"
    PAUSED = "paused"


class PauseReason(StrEnum):
    """Why reminders are held. Reminders resume only when no reason is left."""

    USER = "user"
    IDLE = "idle"
    SLEEP = "sleep"
    LOCKED = "locked"
    DO_NOT_DISTURB = "do_not_disturb"
    FULLSCREEN = "fullscreen"
    CALL = "call"
    OUTSIDE_WORKING_HOURS = "outside_working_hours"


# The person is not at the desk: time spent so counts toward a natural break.
AWAY_REASONS = frozenset({PauseReason.IDLE, PauseReason.SLEEP, PauseReason.LOCKED})
# The person is at the desk but busy: a due break waits, the clock keeps running.
DEFER_REASONS = frozenset({PauseReason.FULLSCREEN, PauseReason.DO_NOT_DISTURB, PauseReason.CALL})


@dataclass(frozen=True)
class Status:
    """What the tray, the status window and ``status --json`` show."""

    state: State
    # When the next break opens (with smart timing: at the latest, the end of
    # its window); None while on a break or paused.
    next_break_at: datetime | None
    # When a timed user pause ends; None if not paused or paused until resumed.
    paused_until: datetime | None
    pause_reasons: frozenset[PauseReason]
    snoozes_used: int
    # When the interval started counting (end of the last break, snooze or resume).
    interval_started_at: datetime
    # With smart timing: from when a pause in typing may start the break (the
    # start of the window around interval_minutes, core/cadence.py).
    earliest_break_at: datetime | None = None
    # A due break waiting for a full-screen window, do-not-disturb or a call.
    deferred: bool = False
    # Gentle escalation (core/escalation.py): the level in force and why.
    firmness: Firmness = field(default_factory=Firmness)
    # Skips still allowed today under [escalation] daily_skips (None: no budget).
    skips_left: int | None = None
    # Active computer time today, and the daily budget in hours (0: off);
    # core/daily_budget.py.
    active_today: timedelta = timedelta(0)
    daily_budget_hours: int = 0
    # When the next eye break opens (core/eye_breaks.py); None when eye breaks
    # are off or held, or the next one is left to the coming break.
    next_eye_break_at: datetime | None = None
