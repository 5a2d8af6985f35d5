"""config.toml: defaults on first run, bad values named, a broken file kept aside."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core.settings import (
    GoalSettings,
    HistorySettings,
    ScheduleSettings,
    goals_from_table,
    history_from_table,
    schedule_from_table,
)
from microbreak.infra.config_store import DEFAULT_CONFIG, load_config

NOW = datetime(2026, 11, 23, 9, 0).astimezone()


def test_first_run_writes_commented_defaults(tmp_path: Path) -> None:
    path = tmp_path / "microbreak" / "config.toml"
    loaded = load_config(path, NOW)
    assert loaded.schedule == ScheduleSettings()
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
    assert loaded.schedule == ScheduleSettings(
        interval_minutes=30, heads_up_seconds=0, snooze_minutes=10
    )


def test_a_bad_value_is_named_and_falls_back_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[schedule]\ninterval_minutes = 500\nsnooze_minutes = 10\n")
    loaded = load_config(path, NOW)
    assert loaded.schedule.interval_minutes == 45
    assert loaded.schedule.snooze_minutes == 10
    assert loaded.problems == [
        f"{path}: [schedule] interval_minutes = 500 is not allowed: use a whole number "
        "from 1 to 240 (minutes of work between breaks). Using the default instead."
    ]


def test_a_file_that_does_not_parse_is_kept_aside_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = "[schedule\ninterval_minutes = 30\n"
    path.write_text(broken)
    loaded = load_config(path, NOW)
    assert loaded.schedule == ScheduleSettings()
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_text() == broken
    assert loaded.moved_aside.name.startswith("config.toml.broken-")
    assert str(loaded.moved_aside) in loaded.problems[0]
    assert path.read_text() == DEFAULT_CONFIG


def test_booleans_are_not_numbers() -> None:
    schedule, problems = schedule_from_table({"interval_minutes": True, "strict": 1})
    assert schedule == ScheduleSettings()
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
    schedule, problems = schedule_from_table(table)
    assert 1 <= schedule.interval_minutes <= 240
    assert 0 <= schedule.heads_up_seconds <= 600
    assert 1 <= schedule.snooze_minutes <= 60
    for problem in problems:
        assert problem.key in table
        assert "is not allowed: use" in problem.message()
    accepted = {k for k in table if k != "other"} - {p.key for p in problems}
    for key in accepted:
        assert getattr(schedule, key) == table[key]


def test_goal_and_history_tables_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[goals]\nbreaks_per_day = 8\n[history]\nkeep_days = 90\n")
    loaded = load_config(path, NOW)
    assert loaded.goals == GoalSettings(breaks_per_day=8)
    assert loaded.history == HistorySettings(keep_days=90)
    assert loaded.problems == []


def test_a_bad_goal_or_retention_falls_back_with_its_table_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[goals]\nbreaks_per_day = 0\n[history]\nkeep_days = "forever"\n')
    loaded = load_config(path, NOW)
    assert loaded.goals == GoalSettings()
    assert loaded.history == HistorySettings()
    assert loaded.problems == [
        f"{path}: [goals] breaks_per_day = 0 is not allowed: use a whole number from 1 to 48 "
        "(breaks a day you aim for). Using the default instead.",
        f"{path}: [history] keep_days = 'forever' is not allowed: use a whole number from 0 "
        "to 36500 (days of break history to keep; 0 keeps it forever). Using the default "
        "instead.",
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        toml_values,
        st.dictionaries(st.sampled_from(["breaks_per_day", "keep_days", "x"]), toml_values),
    )
)
def test_any_goals_or_history_table_gives_valid_settings(table: object) -> None:
    goals, goal_problems = goals_from_table(table)
    history, history_problems = history_from_table(table)
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
