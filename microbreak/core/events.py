"""What can happen to the break engine: frozen data, one class per event.

The UI, the tray, the command line and the timers all turn what they see into
one of these and hand it to :meth:`BreakEngine.handle`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from microbreak.core.player import ExerciseResult
from microbreak.core.settings import ScheduleSettings, WorkingHoursSettings
from microbreak.core.state import PauseReason


@dataclass(frozen=True)
class Tick:
    """A timer fired (or a heartbeat ran): look at the clock and act on any deadline."""


@dataclass(frozen=True)
class BreakNowRequested:
    """The user asked for a break right away."""


@dataclass(frozen=True)
class SnoozeRequested:
    """Postpone the coming (or current) break; ``None`` means the configured length."""

    minutes: int | None = None


@dataclass(frozen=True)
class SkipNextRequested:
    """Skip the next break before it opens ("Skip next break").

    Not one already on screen: ending that early is :class:`BreakSkipped`.
    The skipped break counts as if it had happened at its due time; the engine
    records it as ``RecordKind.NEXT_BREAK_SKIPPED`` (see core/records.py).
    """


@dataclass(frozen=True)
class BreakSkipped:
    """The user ended the break in progress early."""

    exercises_done: tuple[str, ...] = ()
    # How each exercise of the routine went, for the history.
    results: tuple[ExerciseResult, ...] = ()


@dataclass(frozen=True)
class BreakFinished:
    """The break window reached the end of its routine."""

    exercises_done: tuple[str, ...] = ()
    results: tuple[ExerciseResult, ...] = ()


@dataclass(frozen=True)
class ExerciseDone:
    """One exercise of the open break was done to the end (recorded at once, so a
    crash later in the break loses nothing)."""

    result: ExerciseResult


@dataclass(frozen=True)
class PauseRequested:
    """Stop reminders until ``until`` (``None``: until the user resumes)."""

    until: datetime | None = None


@dataclass(frozen=True)
class ResumeRequested:
    """End a pause the user started."""


@dataclass(frozen=True)
class SettingsChanged:
    settings: ScheduleSettings


@dataclass(frozen=True)
class IdleSampled:
    """The idle source says there has been no input for ``seconds``."""

    seconds: float


@dataclass(frozen=True)
class AwayStarted:
    """The machine is going to sleep, or the screen locked (``reason``: SLEEP or LOCKED)."""

    reason: PauseReason


@dataclass(frozen=True)
class AwayEnded:
    reason: PauseReason


@dataclass(frozen=True)
class SleptUnannounced:
    """The heartbeat found a gap in wall time the OS did not announce: a suspend."""

    started: datetime
    ended: datetime


@dataclass(frozen=True)
class ClockJumped:
    """The wall clock was changed by ``delta`` (manually or by NTP) without time passing."""

    delta: timedelta


@dataclass(frozen=True)
class BusyChanged:
    """A reason to defer breaks (one of ``DEFER_REASONS``) began or ended."""

    reason: PauseReason
    busy: bool


@dataclass(frozen=True)
class WorkingHoursChanged:
    hours: WorkingHoursSettings


@dataclass(frozen=True)
class DailyBudgetChanged:
    """``[daily_budget] hours`` changed (0: off)."""

    hours: int


Event = (
    Tick
    | BreakNowRequested
    | SnoozeRequested
    | SkipNextRequested
    | BreakSkipped
    | BreakFinished
    | ExerciseDone
    | PauseRequested
    | ResumeRequested
    | SettingsChanged
    | IdleSampled
    | AwayStarted
    | AwayEnded
    | SleptUnannounced
    | ClockJumped
    | BusyChanged
    | WorkingHoursChanged
    | DailyBudgetChanged
)
