"""config.toml: defaults on first run, bad values named, a broken file kept aside."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core.clock import FakeClock
from microbreak.core.settings import (
    AccessibilitySettings,
    GoalSettings,
    GuidanceSettings,
    HistorySettings,
    ScheduleSettings,
    SoundSettings,
)
from microbreak.core.settings_data import settings_from_data
from microbreak.infra.config_store import DEFAULT_CONFIG, load_config, read_settings_file
from tests.helpers.engine_harness import Harness

NOW = datetime(2026, 11, 23, 9, 0).astimezone()


def test_first_run_writes_commented_defaults(tmp_path: Path) -> None:
    path = tmp_path / "microbreak" / "config.toml"
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule == ScheduleSettings()
    assert loaded.problems == []
    text = path.read_text()
    assert "# Minutes of work between breaks" in text
    assert tomllib.loads(text)["schedule"]["interval_minutes"] == 45
    assert tomllib.loads(text)["goals"]["breaks_per_day"] == GoalSettings().breaks_per_day == 6
    assert tomllib.loads(text)["history"]["keep_days"] == HistorySettings().keep_days == 0


def test_the_cadence_is_read_from_the_schedule_table(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "[schedule]\ninterval_minutes = 30\nheads_up_seconds = 0\nsnooze_minutes = 10\n"
    )
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule == ScheduleSettings(
        interval_minutes=30, heads_up_seconds=0, snooze_minutes=10
    )


def test_a_bad_value_is_named_and_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[schedule]\ninterval_minutes = 500\nsnooze_minutes = 10\n")
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval_minutes == 45
    assert loaded.settings.schedule.snooze_minutes == 10
    assert loaded.problems == [
        f"{path}: [schedule] interval_minutes = 500 is not allowed: use a whole number "
        "from 1 to 240 (minutes of work between breaks). Until it is fixed, microbreak uses "
        "the default, 45."
    ]


def test_an_out_of_range_interval_uses_the_default_not_the_bound(tmp_path: Path) -> None:
    """Issue 15: ``interval_minutes = 9999`` must not quietly become 240 (the highest)."""
    path = tmp_path / "config.toml"
    text = "[schedule]\ninterval_minutes = 9999  # oops\nsmart_timing = false\n"
    path.write_text(text)
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval == timedelta(minutes=45)
    [problem] = loaded.problems
    # The key, the value, the range allowed (the fix) and what is used meanwhile.
    assert "[schedule] interval_minutes = 9999 is not allowed" in problem
    assert "use a whole number from 1 to 240" in problem
    assert problem.endswith("Until it is fixed, microbreak uses the default, 45.")
    assert path.read_text() == text  # the user's file is theirs to fix
    clock = FakeClock(NOW)
    harness = Harness(clock, loaded.settings.schedule)
    assert harness.engine.status().next_break_at == NOW + timedelta(minutes=45)


def _schema_1(window: str, *, interval: str = "interval_minutes = 45", smart: str = "true") -> str:
    """A config.toml as schema 1 wrote it (its commented defaults), with edits."""
    text = DEFAULT_CONFIG.replace("schema_version = 2", "schema_version = 1")
    text = text.replace("interval_minutes = 45", interval)
    text = text.replace(
        "smart_timing = true",
        f"smart_timing = {smart}\n# Smart timing: minutes of work before a break may come at"
        f" a pause.\n{window}",
    )
    return text + "\n[plugins]\nmystery = 1  # a key of a newer version\n"


def test_a_schema_1_smart_window_becomes_the_interval(tmp_path: Path) -> None:
    """earliest 20 and latest 40, the interval never touched: the interval is 30."""
    path = tmp_path / "config.toml"
    path.write_text(_schema_1("earliest_minutes = 20\nlatest_minutes = 40  # my window"))
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval_minutes == 30
    assert loaded.problems == [
        f"{path}: unknown setting plugins = {{'mystery': 1}} is kept but not used (a typo?)"
    ]
    assert any("set to 30, the middle of" in w for w in loaded.warnings)
    text = path.read_text()
    data = tomllib.loads(text)
    assert data["schema_version"] == 2
    assert data["schedule"]["interval_minutes"] == 30
    assert "earliest_minutes" not in data["schedule"]
    assert data["plugins"]["mystery"] == 1
    # The old values stay in sight, commented out, comments and all.
    assert "# earliest_minutes = 20  # schema 1; smart timing now follows interval_minutes" in text
    assert "# latest_minutes = 40  # my window  # schema 1;" in text
    assert "# Minutes of work between breaks" in text
    # Once: the next start reads it as it is.
    again = load_config(path, NOW)
    assert path.read_text() == text
    assert again.settings == loaded.settings
    assert not [w for w in again.warnings if "schema_version" in w]


def test_a_schema_1_interval_the_person_chose_stays(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        _schema_1("earliest_minutes = 20\nlatest_minutes = 40", interval="interval_minutes = 25")
    )
    assert load_config(path, NOW).settings.schedule.interval_minutes == 25


def test_a_schema_1_window_without_smart_timing_was_never_used(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(_schema_1("earliest_minutes = 20\nlatest_minutes = 40", smart="false"))
    assert load_config(path, NOW).settings.schedule.interval_minutes == 45


def test_a_schema_1_default_or_broken_window_keeps_the_interval(tmp_path: Path) -> None:
    for window in (
        "earliest_minutes = 30\nlatest_minutes = 60",
        "earliest_minutes = 50\nlatest_minutes = 20",
    ):
        path = tmp_path / "config.toml"
        path.write_text(_schema_1(window))
        loaded = load_config(path, NOW)
        assert loaded.settings.schedule.interval_minutes == 45
        assert tomllib.loads(path.read_text())["schema_version"] == 2


def test_only_looking_reads_a_schema_1_file_the_new_way_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    old = _schema_1("earliest_minutes = 20\nlatest_minutes = 40")
    path.write_text(old)
    assert load_config(path, NOW, create=False).settings.schedule.interval_minutes == 30
    assert path.read_text() == old
    settings, _text = read_settings_file(path)  # import checks it the same way
    assert settings.schedule.interval_minutes == 30


def test_schema_1_only_one_end_of_the_window_set(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("schema_version = 1\n[schedule]\nlatest_minutes = 40\n")
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval_minutes == 35  # the middle of 30 and 40
    assert tomllib.loads(path.read_text()) == {
        "schema_version": 2,
        "schedule": {"interval_minutes": 35},
    }


def test_a_file_that_does_not_parse_is_kept_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = "[schedule\ninterval_minutes = 30\n"
    path.write_text(broken)
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule == ScheduleSettings()
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_text() == broken
    assert loaded.moved_aside.name.startswith("config.toml.broken-")
    assert str(loaded.moved_aside) in loaded.problems[0]
    assert path.read_text() == DEFAULT_CONFIG


def test_booleans_are_not_numbers() -> None:
    settings, problems, _ = settings_from_data(
        {"schedule": {"interval_minutes": True, "strict": 1}}
    )
    assert settings.schedule == ScheduleSettings()
    assert [p.key for p in problems] == ["interval_minutes", "strict"]


toml_values = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.text(max_size=20),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


# The machine may be busy (2 cores, Qt tests beside); speed is not what is tested.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "interval_minutes",
                "heads_up_seconds",
                "snooze_minutes",
                "max_snoozes",
                "strict",
                "other",
            ]
        ),
        toml_values,
    )
)
def test_any_schedule_table_gives_valid_settings_and_a_message_per_rejection(
    table: dict[str, object],
) -> None:
    settings, problems, _ = settings_from_data({"schedule": table})
    schedule = settings.schedule
    assert 1 <= schedule.interval_minutes <= 240
    assert 0 <= schedule.heads_up_seconds <= 600
    assert 1 <= schedule.snooze_minutes <= 60
    for problem in problems:
        assert problem.key in table
        assert "is not allowed: use" in problem.message()
    accepted = {k for k in table if k != "other"} - {p.key for p in problems}
    for key in accepted:
        assert getattr(schedule, key) == table[key]


def test_sound_guidance_and_motion_settings_default_and_are_written_commented(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.toml"
    loaded = load_config(path, NOW)
    assert loaded.settings.sound == SoundSettings(
        enabled=True, volume=60, tick_each_repetition=False
    )
    assert loaded.settings.guidance == GuidanceSettings(speak_steps=False)
    assert loaded.settings.accessibility == AccessibilitySettings(reduced_motion=False)
    written = tomllib.loads(path.read_text())
    assert written["sound"] == {"enabled": True, "volume": 60, "tick_each_repetition": False}
    assert written["guidance"] == {"speak_steps": False}
    assert written["accessibility"] == {"reduced_motion": False}
    assert "# Volume in percent. (0 to 100)" in path.read_text()


def test_sound_guidance_and_motion_are_read_and_bad_values_fall_back_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "[sound]\nenabled = false\nvolume = 150\ntick_each_repetition = true\n"
        "[guidance]\nspeak_steps = 'yes'\n"
        "[accessibility]\nreduced_motion = true\n"
    )
    loaded = load_config(path, NOW)
    assert loaded.settings.sound == SoundSettings(
        enabled=False, volume=60, tick_each_repetition=True
    )
    assert loaded.settings.guidance == GuidanceSettings()
    assert loaded.settings.accessibility == AccessibilitySettings(reduced_motion=True)
    assert loaded.problems == [
        f"{path}: [sound] volume = 150 is not allowed: use a whole number from 0 to 100 "
        "(percent of full volume). Until it is fixed, microbreak uses the default, 60.",
        f"{path}: [guidance] speak_steps = 'yes' is not allowed: use true or false. "
        "Until it is fixed, microbreak uses the default, false.",
    ]


def test_a_table_that_is_not_a_table_is_named() -> None:
    settings, problems, _ = settings_from_data({"sound": 5, "guidance": {"speak_steps": True}})
    assert settings.sound == SoundSettings()
    assert [p.message() for p in problems] == [
        "[sound] sound = 5 is not allowed: use a table of settings. Until it is fixed, "
        "microbreak uses its defaults."
    ]
    assert settings.accessibility == AccessibilitySettings()
    assert settings.guidance.speak_steps


def test_goal_and_history_tables_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[goals]\nbreaks_per_day = 8\n[history]\nkeep_days = 90\n")
    loaded = load_config(path, NOW)
    assert loaded.settings.goals == GoalSettings(breaks_per_day=8)
    assert loaded.settings.history == HistorySettings(keep_days=90)
    assert loaded.problems == []


def test_a_bad_goal_or_retention_falls_back_with_its_table_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[goals]\nbreaks_per_day = 0\n[history]\nkeep_days = "forever"\n')
    loaded = load_config(path, NOW)
    assert loaded.settings.goals == GoalSettings()
    assert loaded.settings.history == HistorySettings()
    assert loaded.problems == [
        f"{path}: [goals] breaks_per_day = 0 is not allowed: use a whole number from 1 to 48 "
        "(breaks a day you aim for). Until it is fixed, microbreak uses the default, 6.",
        f"{path}: [history] keep_days = 'forever' is not allowed: use a whole number from 0 "
        "to 36500 (days of break history to keep; 0 keeps it forever). Until it is fixed, "
        "microbreak uses the default, 0.",
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        toml_values,
        st.dictionaries(st.sampled_from(["breaks_per_day", "keep_days", "x"]), toml_values),
    )
)
def test_any_goals_or_history_table_gives_valid_settings(table: object) -> None:
    settings, problems, _ = settings_from_data({"goals": table, "history": table})
    goals, history = settings.goals, settings.history
    goal_problems = [p for p in problems if p.table == "goals"]
    history_problems = [p for p in problems if p.table == "history"]
    assert 1 <= goals.breaks_per_day <= 48
    assert 0 <= history.keep_days <= 36500
    for problem in goal_problems + history_problems:
        assert "is not allowed: use" in problem.message()
    if isinstance(table, dict):
        for key, value in table.items():
            if key == "breaks_per_day" and not goal_problems:
                assert goals.breaks_per_day == value
            if key == "keep_days" and not history_problems:
                assert history.keep_days == value
