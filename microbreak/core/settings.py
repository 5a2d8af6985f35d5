"""Settings: one frozen dataclass per ``config.toml`` table, and the whole set.

This is the one place each setting is declared: its field here says its type
and default, and the helper that builds the field (from
:mod:`microbreak.core.schema`) says what it allows, what it means and where
the settings dialog shows it. :data:`KEYS` reads those declarations back; the
loader (infra), the import command, the settings dialog and the generated
``docs/CONFIGURATION.md`` all work from it. Validation is pure so they share
one set of rules: a bad value is reported and falls back to its default
alone, and keys microbreak does not know are reported and kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.schema import (
    EXERCISES_PAGE,
    GENERAL_PAGE,
    NOTIFICATIONS_PAGE,
    SCHEDULE_PAGE,
    WEEKDAYS,
    WORKING_HOURS_PAGE,
    Key,
    count_or_all,
    declared_keys,
    declared_tables,
    exercise_ids,
    flag,
    language_code,
    parse_hours,
    whole,
    working_day,
)


@dataclass(frozen=True)
class ScheduleSettings:
    """``[schedule]``: how often a break comes, and how it may be put off."""

    TABLE: ClassVar[str] = "schedule"

    interval_minutes: int = whole(
        45,
        low=1,
        high=240,
        label=QT_TRANSLATE_NOOP("settings", "Minutes between breaks"),
        help="minutes of work between breaks",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 "
            "minutes; 45 is the middle of that range.",
        ),
        page=SCHEDULE_PAGE,
    )
    heads_up_seconds: int = whole(
        30,
        low=0,
        high=600,
        label=QT_TRANSLATE_NOOP("settings", "Heads-up (seconds)"),
        help="seconds of warning before a break (0 turns it off)",
        doc=QT_TRANSLATE_NOOP(
            "settings", "Seconds of warning before a break opens; 0 turns the heads-up off."
        ),
        page=SCHEDULE_PAGE,
    )
    snooze_minutes: int = whole(
        5,
        low=1,
        high=60,
        label=QT_TRANSLATE_NOOP("settings", "Snooze length (minutes)"),
        help="minutes a snooze postpones a break",
        doc=QT_TRANSLATE_NOOP("settings", "Minutes a snooze postpones a break."),
        page=SCHEDULE_PAGE,
    )
    max_snoozes: int = whole(
        3,
        low=0,
        high=20,
        label=QT_TRANSLATE_NOOP("settings", "Snoozes allowed per break"),
        help="snoozes allowed for one break (0 means unlimited)",
        doc=QT_TRANSLATE_NOOP(
            "settings", "How many times one break may be snoozed; 0 means unlimited."
        ),
        page=SCHEDULE_PAGE,
    )
    strict: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Strict mode (no snooze or skip)"),
        doc=QT_TRANSLATE_NOOP(
            "settings", "Strict mode: no snooze or skip, for people who want to be held to it."
        ),
        page=SCHEDULE_PAGE,
    )
    natural_break_minutes: int = whole(
        5,
        low=1,
        high=60,
        label=QT_TRANSLATE_NOOP("settings", "Away time that counts as a break (minutes)"),
        help="minutes away that count as a break",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Away from the keyboard (or asleep, or locked) at least this many minutes counts "
            "as a break taken; a shorter absence moves the next break back by as long.",
        ),
        page=SCHEDULE_PAGE,
    )
    # Smart timing (with an idle source) only picks the moment near
    # interval_minutes: core/cadence.py has the window.
    smart_timing: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Wait for a pause in typing"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "With an idle source, the break comes at the first pause in typing (10 seconds "
            "without input) within a fifth of interval_minutes either side of it, at most 5 "
            "minutes, and at the end of that window anyway, instead of cutting into a "
            "sentence at a fixed minute.",
        ),
        page=SCHEDULE_PAGE,
    )
    defer_limit_minutes: int = whole(
        30,
        low=1,
        high=240,
        label=QT_TRANSLATE_NOOP("settings", "Longest wait while busy (minutes)"),
        help="minutes a break may wait while you are busy",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "How long a break may wait for a full-screen window, do-not-disturb or a call to "
            "end before a gentle notification replaces the window.",
        ),
        page=SCHEDULE_PAGE,
    )

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.interval_minutes)

    @property
    def heads_up(self) -> timedelta:
        return timedelta(seconds=self.heads_up_seconds)

    @property
    def snooze(self) -> timedelta:
        return timedelta(minutes=self.snooze_minutes)

    @property
    def natural_break(self) -> timedelta:
        return timedelta(minutes=self.natural_break_minutes)

    @property
    def defer_limit(self) -> timedelta:
        return timedelta(minutes=self.defer_limit_minutes)


_NINE_TO_FIVE = "09:00-17:00"


@dataclass(frozen=True)
class WorkingHoursSettings:
    """``[schedule.working_hours]``: outside these hours no reminders (when enabled)."""

    TABLE: ClassVar[str] = "schedule.working_hours"

    enabled: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Only remind me during working hours"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Remind only within the hours below; outside them no reminders at all. Each "
            'day takes ranges like "09:00-12:30, 13:30-17:00"; empty means no reminders that '
            "day.",
        ),
        page=WORKING_HOURS_PAGE,
    )
    monday: str = working_day(_NINE_TO_FIVE, "Monday", page=WORKING_HOURS_PAGE)
    tuesday: str = working_day(_NINE_TO_FIVE, "Tuesday", page=WORKING_HOURS_PAGE)
    wednesday: str = working_day(_NINE_TO_FIVE, "Wednesday", page=WORKING_HOURS_PAGE)
    thursday: str = working_day(_NINE_TO_FIVE, "Thursday", page=WORKING_HOURS_PAGE)
    friday: str = working_day(_NINE_TO_FIVE, "Friday", page=WORKING_HOURS_PAGE)
    saturday: str = working_day("", "Saturday", page=WORKING_HOURS_PAGE)
    sunday: str = working_day("", "Sunday", page=WORKING_HOURS_PAGE)

    def ranges(self, weekday: int) -> tuple[tuple[int, int], ...]:
        """Working ranges of a weekday (0 = Monday) in minutes of the day."""
        return parse_hours(getattr(self, WEEKDAYS[weekday]))


# The five AAOHN seated desk exercises, in the order a first break walks them.
DEFAULT_EXERCISES: tuple[str, ...] = (
    "shoulder-rolls",
    "shoulder-shrug",
    "high-reach",
    "shoulder-squeeze",
    "upper-back-movement",
)
DEFAULT_PER_BREAK = 3


@dataclass(frozen=True)
class ExerciseSettings:
    """``[exercises]``: which exercises, in which order, and how many per break."""

    TABLE: ClassVar[str] = "exercises"

    selected: tuple[str, ...] = exercise_ids(
        DEFAULT_EXERCISES,
        label=QT_TRANSLATE_NOOP("settings", "Exercises"),
        help="the exercises breaks walk through",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "The exercises breaks walk through, in order (the id of each exercise file). "
            "The default is the five AAOHN seated exercises.",
        ),
        page=EXERCISES_PAGE,
    )
    per_break: int | str = count_or_all(
        DEFAULT_PER_BREAK,
        low=1,
        high=10,
        label=QT_TRANSLATE_NOOP("settings", "Exercises per break"),
        help="exercises in one break",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "How many of them one break takes; the next break goes on where this one stopped.",
        ),
        page=EXERCISES_PAGE,
    )

    def count(self, available: int) -> int:
        """Exercises in one break when ``available`` of the selection exist."""
        if self.per_break == "all" or not isinstance(self.per_break, int):
            return max(1, available)
        return max(1, min(self.per_break, available))


# A movement break opens with standing up and walking, then the standing stretches.
MOVEMENT_EXERCISES: tuple[str, ...] = (
    "stand-move",
    "wall-reach",
    "wall-lean",
    "arm-slide-wall",
    "doorway-chest",
    "wall-elbows",
)


@dataclass(frozen=True)
class MovementSettings:
    """``[movement]``: every few breaks, a longer one to stand up and move (core/movement.py)."""

    TABLE: ClassVar[str] = "movement"

    every: int = whole(
        4,
        low=0,
        high=20,
        label=QT_TRANSLATE_NOOP("settings", "Movement break every (breaks)"),
        help="breaks from one movement break to the next; 0 turns them off",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Every this many breaks offered (taken or skipped), the break is a longer one that "
            "asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new "
            "neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).",
        ),
        page=SCHEDULE_PAGE,
    )
    minutes: int = whole(
        3,
        low=1,
        high=10,
        label=QT_TRANSLATE_NOOP("settings", "Movement break length (minutes)"),
        help="minutes a movement break takes, about",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "About how long a movement break takes: it opens with the first of its exercises "
            "and adds the others in turn while they fit.",
        ),
        page=SCHEDULE_PAGE,
    )
    exercises: tuple[str, ...] = exercise_ids(
        MOVEMENT_EXERCISES,
        label=QT_TRANSLATE_NOOP("settings", "Movement exercises"),
        help="the exercises movement breaks use",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "The exercises movement breaks use (exercise ids): the first opens every movement "
            "break, the rest take turns after it. The default is standing up and moving, then "
            "the standing stretches.",
        ),
    )


# An eye break looks far away; palming is the other eye exercise, taken in turn.
EYE_EXERCISES: tuple[str, ...] = ("eyes-far", "eyes-palming")


@dataclass(frozen=True)
class EyeSettings:
    """``[eyes]``: an optional short eye break of its own rhythm, the 20-20-20 rule
    (core/eye_rhythm.py)."""

    TABLE: ClassVar[str] = "eyes"

    enabled: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Eye breaks (20-20-20)"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Short eye breaks with a rhythm of their own: every 20 minutes of work, look at "
            "something far away for 20 seconds (the 20-20-20 rule; both can be changed). One "
            "that would come shortly before a break is left to that break.",
        ),
        page=SCHEDULE_PAGE,
    )
    every_minutes: int = whole(
        20,
        low=5,
        high=120,
        label=QT_TRANSLATE_NOOP("settings", "Eye break every (minutes)"),
        help="minutes of work from one eye break to the next",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Minutes of work from one eye break to the next; any break, or time away, "
            "starts them again.",
        ),
        page=SCHEDULE_PAGE,
    )
    seconds: int = whole(
        20,
        low=10,
        high=120,
        label=QT_TRANSLATE_NOOP("settings", "Eye break length (seconds)"),
        help="seconds an eye break takes, about",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "About how long an eye break takes: the next of its exercises in turn, and more "
            "while they fit.",
        ),
        page=SCHEDULE_PAGE,
    )
    exercises: tuple[str, ...] = exercise_ids(
        EYE_EXERCISES,
        label=QT_TRANSLATE_NOOP("settings", "Eye exercises"),
        help="the exercises eye breaks use",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "The exercises eye breaks take in turn (exercise ids). The default is looking "
            "far away, then palming.",
        ),
    )

    @property
    def every(self) -> timedelta:
        return timedelta(minutes=self.every_minutes)


@dataclass(frozen=True)
class EscalationSettings:
    """``[escalation]``: firmer after breaks put off; a skip budget (core/escalation.py)."""

    TABLE: ClassVar[str] = "escalation"

    gentle: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Firmer reminders after breaks put off"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "After 2 breaks skipped or snoozed in a row the next reminder is a little firmer "
            "(a window instead of a notification, fewer snoozes, a sentence saying why), after "
            "4 firmer still; each break taken calms it down one step.",
        ),
        page=SCHEDULE_PAGE,
    )
    daily_skips: int = whole(
        0,
        low=0,
        high=20,
        label=QT_TRANSLATE_NOOP("settings", "Skips allowed per day"),
        help="skips allowed per day (0 means no limit)",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "How many breaks may be skipped in a day; after that, until midnight, a break "
            "can be snoozed or taken but not skipped. 0 means no limit.",
        ),
        page=SCHEDULE_PAGE,
    )
    postponed_longer: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "A snoozed break comes back a little longer"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "A snoozed break comes back with one more exercise for each snooze, two at most.",
        ),
        page=SCHEDULE_PAGE,
    )


@dataclass(frozen=True)
class DailyBudgetSettings:
    """``[daily_budget]``: one notice after a day's hours at the computer (core/daily_budget.py)."""

    TABLE: ClassVar[str] = "daily_budget"

    hours: int = whole(
        0,
        low=0,
        high=16,
        label=QT_TRANSLATE_NOOP("settings", "Daily limit (hours at the computer)"),
        help="hours of active computer time in a day before one notice; 0 turns it off",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "After this many hours at the computer in a day, one calm notice suggests "
            "calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break "
            "or outside working hours does not count; the count starts afresh at midnight.",
        ),
        page=SCHEDULE_PAGE,
    )


@dataclass(frozen=True)
class NotificationSettings:
    """``[notifications]``."""

    TABLE: ClassVar[str] = "notifications"

    heads_up: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Notify before a break"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Show a desktop notification before a break (the heads-up time is in [schedule]).",
        ),
        page=NOTIFICATIONS_PAGE,
    )


@dataclass(frozen=True)
class DoNotDisturbSettings:
    """``[do_not_disturb]``: which kinds of busy defer a break; whether watching is activity."""

    TABLE: ClassVar[str] = "do_not_disturb"

    fullscreen: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Wait while a window is full screen"),
        doc=QT_TRANSLATE_NOOP(
            "settings", "Hold a break while a window is full screen (a film, a presentation)."
        ),
        page=NOTIFICATIONS_PAGE,
    )
    desktop_dnd: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Respect the desktop's do-not-disturb"),
        doc=QT_TRANSLATE_NOOP("settings", "Hold a break while the desktop's do-not-disturb is on."),
        page=NOTIFICATIONS_PAGE,
    )
    calls: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Wait while I am in a call"),
        doc=QT_TRANSLATE_NOOP("settings", "Hold a break while the camera or microphone is in use."),
        page=NOTIFICATIONS_PAGE,
    )
    # Workrave calls this "reading mode" and few find it: it sits here, beside
    # "full screen", where someone whose film counted as a break looks.
    watching_counts_as_activity: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Count watching a video or a presentation as activity"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "While a video or a presentation keeps the screen awake (it asks the desktop not "
            "to blank the screen), you count as at the computer even without typing: the time "
            "is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).",
        ),
        page=NOTIFICATIONS_PAGE,
    )


@dataclass(frozen=True)
class SoundSettings:
    """``[sound]``: chimes at the start and end of a break, an optional tick per repetition."""

    TABLE: ClassVar[str] = "sound"

    enabled: bool = flag(
        True,
        label=QT_TRANSLATE_NOOP("settings", "Chimes"),
        doc=QT_TRANSLATE_NOOP(
            "settings", "A soft chime when a break starts and a different one when it ends."
        ),
        page=NOTIFICATIONS_PAGE,
    )
    volume: int = whole(
        60,
        low=0,
        high=100,
        label=QT_TRANSLATE_NOOP("settings", "Volume (%)"),
        help="percent of full volume",
        doc=QT_TRANSLATE_NOOP("settings", "Volume in percent."),
        page=NOTIFICATIONS_PAGE,
    )
    tick_each_repetition: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Tick at every repetition"),
        doc=QT_TRANSLATE_NOOP("settings", "A quiet tick at the start of every repetition."),
        page=NOTIFICATIONS_PAGE,
    )


@dataclass(frozen=True)
class GuidanceSettings:
    """``[guidance]``: spoken steps and hold counts (needs a speech engine)."""

    TABLE: ClassVar[str] = "guidance"

    speak_steps: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Read the steps aloud"),
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Read each step aloud and count the holds, so you can follow with your eyes "
            "closed. Needs a speech engine (on Linux: speech-dispatcher).",
        ),
        page=NOTIFICATIONS_PAGE,
    )


@dataclass(frozen=True)
class AccessibilitySettings:
    """``[accessibility]``: still pictures instead of moving between poses."""

    TABLE: ClassVar[str] = "accessibility"

    reduced_motion: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Still pictures (reduced motion)"),
        doc=QT_TRANSLATE_NOOP(
            "settings", "Still pictures only: no blending between the poses of an exercise."
        ),
        page=NOTIFICATIONS_PAGE,
    )


@dataclass(frozen=True)
class GoalSettings:
    """``[goals]``."""

    TABLE: ClassVar[str] = "goals"

    # Six breaks make a 9-to-5 day at the AAOHN's 30-60 minute rhythm, with
    # room for meetings and lunch.
    breaks_per_day: int = whole(
        6,
        low=1,
        high=48,
        label=QT_TRANSLATE_NOOP("settings", "Breaks a day"),
        help="breaks a day you aim for",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "Breaks a day you aim for. The statistics window counts a streak of days that "
            "reach it.",
        ),
        page=GENERAL_PAGE,
    )


@dataclass(frozen=True)
class HistorySettings:
    """``[history]``."""

    TABLE: ClassVar[str] = "history"

    keep_days: int = whole(
        0,
        low=0,
        high=36500,
        label=QT_TRANSLATE_NOOP("settings", "Days of history"),
        help="days of break history to keep; 0 keeps it forever",
        doc=QT_TRANSLATE_NOOP("settings", "Days of break history to keep; 0 keeps it forever."),
        page=GENERAL_PAGE,
    )


@dataclass(frozen=True)
class InterfaceSettings:
    """``[interface]``."""

    TABLE: ClassVar[str] = "interface"

    language: str = language_code(
        "",
        label=QT_TRANSLATE_NOOP("settings", "Language"),
        help="the language of microbreak's windows",
        doc=QT_TRANSLATE_NOOP(
            "settings",
            "The language of microbreak's windows, messages and exercise steps. Empty follows "
            'the system; or a language code like "de" or "pt_BR". MICROBREAK_LANG, where '
            "set, wins over this.",
        ),
        page=GENERAL_PAGE,
    )


@dataclass(frozen=True)
class StartupSettings:
    """``[startup]``."""

    TABLE: ClassVar[str] = "startup"

    autostart: bool = flag(
        False,
        label=QT_TRANSLATE_NOOP("settings", "Start microbreak when I log in"),
        doc=QT_TRANSLATE_NOOP(
            "settings", "Start microbreak when you log in (an autostart entry for your system)."
        ),
        page=GENERAL_PAGE,
    )


@dataclass(frozen=True)
class Settings:
    """Everything in ``config.toml``, validated; each field is one table, in file order."""

    schedule: ScheduleSettings = ScheduleSettings()
    working_hours: WorkingHoursSettings = WorkingHoursSettings()
    exercises: ExerciseSettings = ExerciseSettings()
    movement: MovementSettings = MovementSettings()
    eyes: EyeSettings = EyeSettings()
    escalation: EscalationSettings = EscalationSettings()
    daily_budget: DailyBudgetSettings = DailyBudgetSettings()
    notifications: NotificationSettings = NotificationSettings()
    do_not_disturb: DoNotDisturbSettings = DoNotDisturbSettings()
    sound: SoundSettings = SoundSettings()
    guidance: GuidanceSettings = GuidanceSettings()
    accessibility: AccessibilitySettings = AccessibilitySettings()
    goals: GoalSettings = GoalSettings()
    history: HistorySettings = HistorySettings()
    interface: InterfaceSettings = InterfaceSettings()
    startup: StartupSettings = StartupSettings()


# -- the schema, read back from the declarations above ----------------------------

# Which Settings attribute holds each table, in file order.
ATTRIBUTE: dict[str, str] = declared_tables(Settings)
TABLES: tuple[str, ...] = tuple(ATTRIBUTE)
KEYS: tuple[Key, ...] = declared_keys(Settings)
BY_PATH: dict[str, Key] = {k.path: k for k in KEYS}


def keys_of(table: str) -> tuple[Key, ...]:
    return tuple(k for k in KEYS if k.table == table)
