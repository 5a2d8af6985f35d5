"""Reads ``config.toml``; writes the commented default on first run.

Nothing the user wrote is ever lost: a file that does not parse is renamed
``config.toml.broken-<timestamp>`` and the app starts on defaults; a bad value
falls back to its default with a message naming the key, and the rest is kept.
The settings issue extends this to the full schema and to saving changes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from microbreak.core.settings import (
    AccessibilitySettings,
    DoNotDisturbSettings,
    GoalSettings,
    GuidanceSettings,
    HistorySettings,
    ScheduleSettings,
    SettingsProblem,
    SoundSettings,
    accessibility_from_table,
    do_not_disturb_from_table,
    goals_from_table,
    guidance_from_table,
    history_from_table,
    schedule_from_table,
    sound_from_table,
)
from microbreak.infra.atomic import write_atomic

DEFAULT_CONFIG = """\
# microbreak settings. microbreak reads this file when it starts: quit and start
# it again after editing. A value it cannot use is reported and replaced by its
# default; the rest of the file is kept.
schema_version = 1

[schedule]
# Minutes of work between breaks. The AAOHN suggests a short break every 30
# to 60 minutes; 45 is the middle of that range. (1 to 240)
interval_minutes = 45
# Seconds of warning before a break opens; 0 turns the heads-up off. (0 to 600)
heads_up_seconds = 30
# Minutes a snooze postpones a break. (1 to 60)
snooze_minutes = 5
# Minutes away from the keyboard (or asleep, or locked) that count as a break.
# A shorter absence moves the next break back by as long. (1 to 60)
natural_break_minutes = 5
# Where microbreak can see your typing: the break comes at the first pause
# between earliest_minutes and latest_minutes after the last one (with a
# heads-up if it has to come at the latest). Without it, interval_minutes.
smart_timing = true
earliest_minutes = 30
latest_minutes = 60
# Minutes a due break may wait for a full-screen window, do-not-disturb or a
# call to end; then a gentle reminder replaces the window. (1 to 240)
defer_limit_minutes = 30

[do_not_disturb]
# Hold a due break while ... a window is full screen (a presentation, a video),
fullscreen = true
# ... the desktop's do-not-disturb is on,
desktop_dnd = true
# ... or a camera or microphone is in use (a call).
calls = true

[sound]
# A soft chime when a break starts and a different one when it ends.
enabled = true
# Volume in percent. (0 to 100)
volume = 60
# A quiet tick at the start of every repetition.
tick_each_repetition = false

[guidance]
# Read each step aloud and count the holds, so you can follow with your eyes
# closed. Needs a speech engine (on Linux: speech-dispatcher).
speak_steps = false

[accessibility]
# Still pictures only: no blending between the poses of an exercise.
reduced_motion = false

[goals]
# Breaks a day you aim for. The statistics window counts a streak of days
# that reach it. (1 to 48)
breaks_per_day = 6

[history]
# Days of break history to keep; 0 keeps it forever. (0 to 36500)
keep_days = 0
"""


@dataclass
class LoadedConfig:
    schedule: ScheduleSettings
    # Messages for the user: what was wrong and what was done about it.
    problems: list[str] = field(default_factory=list)
    sound: SoundSettings = field(default_factory=SoundSettings)
    guidance: GuidanceSettings = field(default_factory=GuidanceSettings)
    accessibility: AccessibilitySettings = field(default_factory=AccessibilitySettings)
    # Where a file that did not parse was moved to, if that happened.
    moved_aside: Path | None = None
    goals: GoalSettings = field(default_factory=GoalSettings)
    history: HistorySettings = field(default_factory=HistorySettings)
    do_not_disturb: DoNotDisturbSettings = field(default_factory=DoNotDisturbSettings)


def load_config(path: Path, now: datetime, *, create: bool = True) -> LoadedConfig:
    """Load settings; never raises for anything wrong inside the file.

    ``create=False`` only looks (the command line): no default file is written
    and a broken one is reported but left where it is.
    """
    if not path.exists():
        if create:
            write_atomic(path, DEFAULT_CONFIG.encode())
        return LoadedConfig(ScheduleSettings())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        if not create:
            return LoadedConfig(
                ScheduleSettings(), [f"{path} could not be read ({exc}); using defaults."]
            )
        aside = path.with_name(f"{path.name}.broken-{now.strftime('%Y%m%dT%H%M%S')}")
        path.rename(aside)
        write_atomic(path, DEFAULT_CONFIG.encode())
        return LoadedConfig(
            ScheduleSettings(),
            [
                f"{path} could not be read ({exc}). It was kept as {aside}; "
                "microbreak started with default settings. Fix the old file and "
                "copy it back, or edit the new one."
            ],
            moved_aside=aside,
        )
    problems: list[SettingsProblem] = []
    schedule, found = schedule_from_table(data.get("schedule"))
    problems += found
    sound, found = sound_from_table(data.get("sound"))
    problems += found
    guidance, found = guidance_from_table(data.get("guidance"))
    problems += found
    accessibility, found = accessibility_from_table(data.get("accessibility"))
    problems += found
    goals, found = goals_from_table(data.get("goals"))
    problems += found
    history, found = history_from_table(data.get("history"))
    problems += found
    do_not_disturb, found = do_not_disturb_from_table(data.get("do_not_disturb"))
    problems += found
    return LoadedConfig(
        schedule,
        [f"{path}: {p.message()}" for p in problems],
        sound=sound,
        guidance=guidance,
        accessibility=accessibility,
        goals=goals,
        history=history,
        do_not_disturb=do_not_disturb,
    )
