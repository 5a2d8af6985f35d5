"""Hostile input, fuzzed: whole config.toml files, exercise files and control
requests to the wired app. Zero crashes, and every rejection says why.

(Single tables and the request parser alone are fuzzed in test_config.py and
test_control.py; these feed whole files and whole requests to what the app
really calls.)
"""

from __future__ import annotations

import json
import tempfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.control import COMMANDS
from microbreak.infra.config_store import DEFAULT_CONFIG, load_config
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from tests.helpers.app import make_app
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.fakes import RecordingNotifier

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
# The machine may be busy (2 cores, Qt tests beside); speed is not what is tested.
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.integers(-(2**63), 2**63 - 1),
    st.booleans(),
    st.text(max_size=30),
    st.floats(allow_nan=True),
    st.datetimes(),
    st.dates(),
)
toml_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)
# Keys the app knows, so the fuzz reaches the checks and not only "unknown".
CONFIG_KEYS: dict[str, list[str]] = {}
for _table, _values in tomllib.loads(DEFAULT_CONFIG).items():
    if isinstance(_values, dict):
        CONFIG_KEYS[_table] = [*_values, "smart_timing", "strict", "max_snoozes", "other"]
config_tables = st.dictionaries(
    st.sampled_from([*CONFIG_KEYS, "schema_version", "nonsense"]),
    st.one_of(
        toml_values,
        st.sampled_from(list(CONFIG_KEYS)).flatmap(
            lambda t: st.dictionaries(st.sampled_from(CONFIG_KEYS[t]), toml_values)
        ),
    ),
)


def _as_toml(document: dict[str, Any]) -> bytes:
    try:
        return tomli_w.dumps(document).encode()
    except (TypeError, ValueError):
        return b"[schedule]\ninterval_minutes = 1e999\n"


config_files = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    config_tables.map(_as_toml),
    # A real file with a few bytes changed.
    st.tuples(st.integers(0, len(DEFAULT_CONFIG) - 1), st.binary(min_size=1, max_size=4)).map(
        lambda c: DEFAULT_CONFIG.encode()[: c[0]] + c[1] + DEFAULT_CONFIG.encode()[c[0] + 2 :]
    ),
)


@FUZZ
@given(config_files)
def test_any_config_file_starts_the_app_with_a_message_for_each_problem(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config.toml"
        path.write_bytes(data)
        loaded = load_config(path, NOW)
        for problem in loaded.problems:
            assert problem.startswith(str(path))
            assert len(problem) > len(str(path)) + 10
        if loaded.moved_aside is not None:
            # Not parseable: kept, byte for byte, and the user told where.
            assert loaded.moved_aside.read_bytes() == data
            assert str(loaded.moved_aside) in loaded.problems[0]
        schedule = loaded.settings.schedule
        assert 1 <= schedule.interval_minutes <= 240
        assert 0 <= schedule.heads_up_seconds <= 600
        assert 1 <= schedule.snooze_minutes <= 60
        assert 0 <= loaded.settings.sound.volume <= 100
        # The file left behind always loads cleanly next time, or the same way.
        again = load_config(path, NOW)
        assert again.moved_aside is None


SAMPLE = tomllib.loads((builtin_exercises_dir() / "arm-slide-wall.toml").read_text())


@st.composite
def exercise_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    table: dict[str, Any] = json.loads(json.dumps(SAMPLE))
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from([*table, "unknown"]))
        action = draw(st.sampled_from(["drop", "set", "step"]))
        if action == "drop":
            table.pop(key, None)
        elif action == "set":
            table[key] = draw(toml_values)
        elif isinstance(table.get("steps"), list) and table["steps"]:
            step = draw(st.integers(0, len(table["steps"]) - 1))
            field = draw(st.sampled_from(["text", "seconds", "kind", "picture", "x"]))
            if isinstance(table["steps"][step], dict):
                table["steps"][step][field] = draw(toml_values)
    return _as_toml(table)


@FUZZ
@given(exercise_files())
def test_any_exercise_file_is_loaded_or_skipped_with_a_message(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "mine.toml").write_bytes(data)
        catalog = load_exercises(folder)
        if catalog.errors:
            assert catalog.exercises == {}
            assert len(catalog.errors) == 1
            assert "mine.toml" in catalog.errors[0]
            assert len(catalog.errors[0]) > len(str(folder / "mine.toml")) + 5
        else:
            assert len(catalog.exercises) == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
ARGS = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "minutes": json_values | st.integers(-10, 300),
            "duration": json_values | st.sampled_from(["30m", "1h", "tomorrow", "400d", "0m"]),
        },
    ),
)
requests = st.one_of(
    st.binary(max_size=200),
    st.builds(
        lambda v, c, a: json.dumps({"v": v, "cmd": c, "args": a}).encode(),
        st.sampled_from([1, 1, 1, 1, 2, None, "1"]),
        # quit ends the app: tested on its own in test_app.py and end to end.
        st.sampled_from([c for c in COMMANDS if c != "quit"]) | st.sampled_from(["x", ""]),
        ARGS,
    ),
)


@pytest.mark.slow  # about 5 s: two hundred runs of the wired app
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(requests, min_size=1, max_size=6))
def test_any_control_request_gets_an_answer_and_leaves_the_app_working(
    qtbot: QtBot, lines: list[bytes]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        notes = RecordingNotifier()
        clock = FakeClock(MONDAY_9AM)
        app = make_app(None, clock, AppPaths.inside(Path(tmp)), extra_notifiers=[notes])
        try:
            for line in lines:
                reply = json.loads(app.handle_control(line))
                assert reply["v"] == 1
                assert isinstance(reply["ok"], bool)
                assert reply["message"], "every answer, and every rejection, says something"
                if reply["ok"]:
                    assert reply["status"]["state"] == app.engine.status().state.value
            # Still answering properly afterwards.
            status = json.loads(app.handle_control(b'{"v": 1, "cmd": "status"}'))
            assert status["ok"]
            assert not app.history.problems
        finally:
            app.quit()
            for window in (
                app.windows.status_window,
                app.windows.break_window,
                app.windows.toast,
                app.windows.health_notice,
            ):
                if window is not None:
                    window.close()
                    window.deleteLater()
