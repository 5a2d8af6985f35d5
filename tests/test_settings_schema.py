"""The settings schema: one source for validation, the default file and the docs;
unknown keys kept; saving keeps comments; reading never crashes."""

from __future__ import annotations

import os
import stat
import sys
import tomllib
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microbreak.core.config_docs import render_markdown
from microbreak.core.schema import Kind
from microbreak.core.settings import BY_PATH, KEYS, ExerciseSettings, Settings
from microbreak.core.settings_data import flat_values, settings_from_data, with_values
from microbreak.infra.config_store import (
    DEFAULT_CONFIG,
    SettingsFileError,
    edit_toml_text,
    import_settings,
    load_config,
    save_settings,
)

NOW = datetime(2026, 11, 23, 9, 0).astimezone()
ROOT = Path(__file__).resolve().parents[1]


def test_every_table_and_key_is_declared_once_on_its_dataclass() -> None:
    defaults = Settings()
    paths = [k.path for k in KEYS]
    assert len(paths) == len(set(paths))
    seen = set()
    for part in fields(Settings):
        table_settings = getattr(defaults, part.name)
        for field in fields(table_settings):
            key = BY_PATH[f"{type(table_settings).TABLE}.{field.name}"]
            assert getattr(table_settings, field.name) == key.default, key.path
            seen.add(key.path)
    assert seen == set(paths)
    assert BY_PATH["schedule.working_hours.monday"].kind is Kind.HOURS
    assert BY_PATH["exercises.per_break"].high == 10


def test_the_default_file_is_the_default_settings_and_every_key_is_commented() -> None:
    data = tomllib.loads(DEFAULT_CONFIG)
    assert settings_from_data(data) == (Settings(), [], [])
    for key in KEYS:
        assert f"\n{key.name} = " in DEFAULT_CONFIG
    assert "[schedule.working_hours]" in DEFAULT_CONFIG


def test_configuration_docs_are_generated_from_the_schema() -> None:
    written = (ROOT / "docs" / "CONFIGURATION.md").read_text(encoding="utf-8")
    assert written == render_markdown(), "run: uv run python scripts/gen_config_docs.py"


def test_new_tables_are_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "[exercises]\nselected = ['high-reach', 'wall-lean']\nper_break = 'all'\n"
        "[schedule.working_hours]\nenabled = true\nmonday = '08:00-12:00,13:00-16:30'\n"
        "tuesday = '17:00-09:00'\n"
        "[notifications]\nheads_up = false\n[startup]\nautostart = true\n"
    )
    loaded = load_config(path, NOW)
    s = loaded.settings
    assert s.exercises == ExerciseSettings(("high-reach", "wall-lean"), "all")
    assert s.exercises.count(2) == 2
    assert s.working_hours.enabled
    assert s.working_hours.monday == "08:00-12:00, 13:00-16:30"
    assert s.working_hours.ranges(0) == ((480, 720), (780, 990))
    assert s.working_hours.tuesday == "09:00-17:00"  # the default
    assert not s.notifications.heads_up
    assert s.startup.autostart
    assert loaded.problems == [
        f"{path}: [schedule.working_hours] tuesday = '17:00-09:00' is not allowed: use time "
        'ranges like "09:00-12:30, 13:30-17:00", or "" for none. Until it is fixed, '
        'microbreak uses the default, "09:00-17:00".'
    ]


@pytest.mark.parametrize(
    ("line", "allowed"),
    [
        ("selected = []", "a list of one or more exercise ids"),
        ("selected = ['Not An Id']", "a list of one or more exercise ids"),
        ("per_break = 0", 'a whole number from 1 to 10, or "all"'),
        ("per_break = 'some'", 'a whole number from 1 to 10, or "all"'),
    ],
)
def test_an_empty_or_bad_selection_falls_back(tmp_path: Path, line: str, allowed: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[exercises]\n{line}\n")
    loaded = load_config(path, NOW)
    assert loaded.settings.exercises == ExerciseSettings()
    assert allowed in loaded.problems[0]


def test_unknown_keys_are_reported_and_kept_when_saving(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "# my settings\nschema_version = 1\ncolour = 'blue'\n\n[schedule]\n"
        "# I like short breaks\ninterval_minutes = 30  # after lunch: 60\nintervall = 5\n"
        "[plugins.x]\na = 1\n"
    )
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval_minutes == 30
    assert [w.removeprefix(f"{path}: ") for w in loaded.warnings] == [
        "unknown setting colour = 'blue' is kept but not used (a typo?)",
        "unknown setting schedule.intervall = 5 is kept but not used (a typo?)",
        "unknown setting plugins = {'x': {'a': 1}} is kept but not used (a typo?)",
    ]
    changed = with_values(loaded.settings, {("schedule", "interval_minutes"): 20})
    save_settings(path, changed, NOW)
    text = path.read_text()
    assert "# my settings" in text
    assert "# I like short breaks" in text
    assert "interval_minutes = 20  # after lunch: 60" in text
    data = tomllib.loads(text)
    assert data["colour"] == "blue"
    assert data["schedule"]["intervall"] == 5
    assert data["plugins"] == {"x": {"a": 1}}
    assert load_config(path, NOW).settings == changed


def test_saving_adds_missing_keys_and_tables_and_edits_multiline_arrays(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[exercises]\nselected = [\n  'high-reach',  # up\n  'wall-lean',\n]\n")
    want = with_values(
        Settings(),
        {
            ("exercises", "selected"): ("wall-lean",),
            ("exercises", "per_break"): 1,
            ("schedule", "strict"): True,
            ("schedule.working_hours", "enabled"): True,
        },
    )
    save_settings(path, want, NOW)
    text = path.read_text()
    assert text.startswith('[exercises]\nselected = ["wall-lean"]\nper_break = 1\n')
    assert load_config(path, NOW).settings == want


def test_an_awkward_file_is_written_whole_but_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    # Dotted keys and inline tables are not edited line by line.
    path.write_text("schedule.interval_minutes = 30\nsound = {volume = 10, mine = true}\n")
    want = with_values(Settings(), {("sound", "volume"): 80, ("schedule", "interval_minutes"): 9})
    save_settings(path, want, NOW)
    data = tomllib.loads(path.read_text())
    assert data["sound"]["mine"] is True
    assert load_config(path, NOW).settings == want


def test_edit_toml_text_touches_only_the_changed_line() -> None:
    text = "a = 1\n[t]\nx = 1 # one\n\n[u]\ny = 'q'\n"
    assert edit_toml_text(text, {("t", "x"): 2}) == "a = 1\n[t]\nx = 2 # one\n\n[u]\ny = 'q'\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_saving_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(DEFAULT_CONFIG)
    path.chmod(0o640)
    save_settings(path, with_values(Settings(), {("sound", "volume"): 10}), NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_config(path, NOW).settings.sound.volume == 10


def test_a_folder_in_place_of_the_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()
    loaded = load_config(path, NOW)
    assert loaded.settings == Settings()
    assert "could not be read" in loaded.problems[0]
    assert path.is_dir()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything; POSIX"
)
def test_an_unreadable_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[schedule]\ninterval_minutes = 30\n")
    path.chmod(0)
    try:
        loaded = load_config(path, NOW)
    finally:
        path.chmod(0o600)
    assert loaded.settings == Settings()
    assert "could not be read (Permission denied)" in loaded.problems[0]
    assert path.read_text() == "[schedule]\ninterval_minutes = 30\n"


def test_a_permission_error_is_reported_and_the_file_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[schedule]\ninterval_minutes = 30\n")

    real_open = os.open

    def denied(name: object, *args: Any, **kwargs: Any) -> int:
        # Every settings file is opened through os.open (infra/safe_read.py).
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    loaded = load_config(path, NOW)
    monkeypatch.undo()
    assert loaded.settings == Settings()
    assert loaded.problems == [
        f"{path} could not be read (Permission denied); microbreak started with default settings."
    ]
    assert path.read_text() == "[schedule]\ninterval_minutes = 30\n"


def test_an_import_is_checked_in_full_before_anything_is_replaced(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[schedule]\ninterval_minutes = 30\n")
    bad = tmp_path / "bad.toml"
    bad.write_text("[schedule]\ninterval_minutes = 20\nsnooze_minutes = 999\n")
    with pytest.raises(SettingsFileError, match="snooze_minutes = 999"):
        import_settings(bad, config)
    assert config.read_text() == "[schedule]\ninterval_minutes = 30\n"
    good = tmp_path / "good.toml"
    good.write_text("# shared by the team\n[schedule]\ninterval_minutes = 50\n")
    assert import_settings(good, config).schedule.interval_minutes == 50
    assert config.read_text() == good.read_text()


# -- fuzzing -------------------------------------------------------------------

scalars = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.text(max_size=12),
    st.floats(allow_nan=False),
    st.lists(st.text(max_size=6), max_size=3),
)
key_names = st.sampled_from(sorted({k.name for k in KEYS} | {"other", "working_hours"}))
tables = st.dictionaries(key_names, st.one_of(scalars, st.dictionaries(key_names, scalars)))
documents = st.dictionaries(
    st.sampled_from(sorted({k.table.split(".")[0] for k in KEYS} | {"schema_version", "x"})),
    st.one_of(scalars, tables),
)


def _valid(s: Settings) -> None:
    for (table, name), value in flat_values(s).items():
        key = BY_PATH[f"{table}.{name}"]
        raw = list(value) if isinstance(value, tuple) else value
        assert key.check(raw)[0], (key.path, value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_document_gives_valid_settings(data: dict[str, object]) -> None:
    s, problems, warnings = settings_from_data(data)
    _valid(s)
    for p in problems:
        assert "is not allowed: use" in p.message()
    assert all("kept but not used" in w for w in warnings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_loads_without_raising(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "config.toml"
    path.write_bytes(text.encode("utf-8"))
    loaded = load_config(path, NOW)
    _valid(loaded.settings)
    if loaded.moved_aside is not None:
        assert loaded.moved_aside.read_bytes() == text.encode("utf-8")


def _value_for(key_path: str) -> st.SearchStrategy[object]:
    key = BY_PATH[key_path]
    match key.kind:
        case Kind.BOOL:
            return st.booleans()
        case Kind.INT:
            return st.integers(key.low, key.high)
        case Kind.COUNT_OR_ALL:
            return st.one_of(st.just("all"), st.integers(key.low, key.high))
        case Kind.IDS:
            ids = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
            return st.lists(ids, min_size=1, max_size=4, unique=True).map(tuple)
        case Kind.HOURS:
            return st.sampled_from(["", "09:00-17:00", "08:30-12:00, 13:00-24:00"])
        case Kind.LANGUAGE:
            return st.sampled_from(["", "de", "pt_BR", "pl"])
    raise AssertionError(key)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries({k.path: _value_for(k.path) for k in KEYS if k.path}),
    st.sampled_from([DEFAULT_CONFIG, "", "# only a comment\n[sound]\nvolume = 5 # quiet\n"]),
)
def test_whatever_is_saved_loads_back_the_same(
    tmp_path_factory: pytest.TempPathFactory, values: dict[str, object], start: str
) -> None:
    path = tmp_path_factory.mktemp("save") / "config.toml"
    path.write_text(start)
    pairs = {tuple(p.rsplit(".", 1)): v for p, v in values.items()}
    want = with_values(Settings(), pairs)  # type: ignore[arg-type]
    save_settings(path, want, NOW)
    loaded = load_config(path, NOW)
    assert loaded.problems == []
    assert loaded.settings == want
