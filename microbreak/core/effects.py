"""What the break engine asks the world to do: frozen data, applied by the app.

The engine never touches a window or a timer; it returns these, and tests
assert on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from microbreak.core.records import BreakKind, RecordKind, Trigger


class CloseReason(StrEnum):
    """Why the break window closes."""

    COMPLETED = "completed"  # the routine reached its end
    SKIPPED = "skipped"  # the user ended it early
    SNOOZED = "snoozed"
    PAUSED = "paused"  # the user paused reminders
    INTERRUPTED = "interrupted"  # the machine slept or the screen locked


@dataclass(frozen=True)
class ArmTimer:
    """Wake the engine with a :class:`~microbreak.core.events.Tick` at ``at``.

    ``None`` means nothing is scheduled (on a break, or paused until resumed).
    There is only ever one pending wake-up: each ArmTimer replaces the last.
    """

    at: datetime | None


@dataclass(frozen=True)
class ShowHeadsUp:
    """Warn the user that a break of ``kind`` opens at ``break_at``."""

    break_at: datetime
    kind: BreakKind = BreakKind.MICRO
    # Gentle escalation (core/escalation.py): the app's own window, saying why.
    firm: bool = False


@dataclass(frozen=True)
class HideHeadsUp:
    """The warned-of break was snoozed, skipped or paused away."""


@dataclass(frozen=True)
class ShowBreak:
    """Open the break window with this routine (exercise ids, in order)."""

    exercise_ids: tuple[str, ...]
    trigger: Trigger
    kind: BreakKind = BreakKind.MICRO
    firm: bool = False  # gentle escalation: the window says why


@dataclass(frozen=True)
class CloseBreak:
    """Close the break window."""

    reason: CloseReason


@dataclass(frozen=True)
class Record:
    """Something worth keeping in the history (the history issue stores these)."""

    kind: RecordKind
    at: datetime
    detail: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Notify:
    """A gentle message for the user, through the notifier chain."""

    title: str
    body: str


@dataclass(frozen=True)
class Refused:
    """The request was not allowed in this state; ``message`` says why, for a person."""

    message: str


Effect = ArmTimer | ShowHeadsUp | HideHeadsUp | ShowBreak | CloseBreak | Record | Notify | Refused
