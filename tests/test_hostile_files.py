"""Odd files where microbreak reads its settings and exercises (issue 17).

Deeply nested TOML, a FIFO in place of a file, a linked config.toml, files
far larger than any real one, exercise ids outside the one rule, and a save
from the settings dialog while config.toml is half-edited. Each place the
app reads a TOML file is tried: config.toml at start, a hand edit while
running, the settings dialog's save, an exercise file, an exercise
translation, ``microbreak stats`` and ``import-settings``/``export-settings``.
Nothing may hang, crash or lose what the person wrote; every refusal names
the file.

A FIFO would hang a regression for ever, so those loads run in a daemon
thread with a deadline (``within``), and the FIFO's writing end is opened
afterwards to let a stuck reader go.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.cli import EXIT_OK, EXIT_REFUSED, build_parser, main
from microbreak.core.exercise import ExerciseError, exercise_from_table
from microbreak.core.settings import BY_PATH, Settings
from microbreak.core.settings_data import settings_from_data, with_values
from microbreak.infra.atomic import write_atomic
from microbreak.infra.config_store import (
    DEFAULT_CONFIG,
    SettingsFileError,
    load_config,
    save_settings,
)
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import load_exercises
from microbreak.stats_cli import run_stats
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.routine import SVG_EXERCISES
from tests.helpers.settings_dialog import dialog_of

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
T = TypeVar("T")

# Two shapes that exhaust Python's recursion limit inside tomllib, each
# under 2.5 KB: nested arrays and nested inline tables.
NESTED = {
    "arrays": "x = " + "[" * 1000 + "]" * 1000 + "\n",
    "tables": "x = " + "{a = " * 400 + "1" + "}" * 400 + "\n",
}
# Parses, but deeper than any setting: saving walks it recursively.
DEEP_BUT_PARSES = "x = " + "[" * 420 + "]" * 420 + "\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and links are POSIX")


def within(seconds: float, run: Callable[[], T], *fifos: Path) -> T:
    """``run()`` in a daemon thread; fail (not hang) if it takes longer than ``seconds``."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = run()
        except BaseException as exc:  # handed to the test thread below
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for fifo in fifos:  # a reader blocked in open() gets an empty file and goes
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail(f"still reading after {seconds} s: a FIFO hangs it")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def exercise_text(ex_id: str = "my-rolls", **changes: str) -> str:
    """A valid exercise file with SVG pictures (shoulder rolls as it shipped before
    the figure, its id changed): the kind people write."""
    text = (SVG_EXERCISES / "shoulder-rolls.toml").read_text(encoding="utf-8")
    text = text.replace('id = "shoulder-rolls"', f"id = {ex_id!r}")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exercises"
    folder.mkdir()
    return folder


# -- deeply nested TOML, in each place it is read -----------------------------


@pytest.mark.parametrize("shape", NESTED)
def test_a_nested_config_at_start_is_set_aside_and_named(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(NESTED[shape])
    loaded = load_config(path, NOW)
    assert not loaded.readable
    assert loaded.settings == Settings()
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_text() == NESTED[shape]  # nothing lost
    assert str(path) in loaded.problems[0]
    assert tomllib.loads(path.read_text()) == tomllib.loads(DEFAULT_CONFIG)


def test_a_config_nested_deeper_than_any_setting_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(DEEP_BUT_PARSES)
    loaded = load_config(path, NOW)
    assert not loaded.readable
    assert "nested more than" in loaded.problems[0]
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_text() == DEEP_BUT_PARSES


@pytest.mark.parametrize("shape", NESTED)
def test_a_nested_hand_edit_while_running_is_logged_and_noticed_and_left_alone(
    app: MicrobreakApp,
    paths: AppPaths,
    notes: RecordingNotifier,
    caplog: pytest.LogCaptureFixture,
    shape: str,
) -> None:
    write_atomic(paths.config_file, b"[schedule]\ninterval_minutes = 25\n")
    app.settings_applier.config_file_changed()
    assert app.engine.settings.interval_minutes == 25
    paths.config_file.write_text(NESTED[shape])
    with caplog.at_level(logging.WARNING, logger="microbreak"):
        app.settings_applier.config_file_changed()
    assert app.engine.settings.interval_minutes == 25  # the settings in use are kept
    assert any(str(paths.config_file) in r.getMessage() for r in caplog.records)
    title, body = notes.shown[-1]
    assert "check your settings" in title
    assert str(paths.config_file) in body
    assert "settings in use are kept" in body
    assert paths.config_file.read_text() == NESTED[shape]
    assert not list(paths.config_dir.glob("*.broken-*"))


@pytest.mark.parametrize("shape", NESTED)
def test_a_nested_exercise_file_is_skipped_and_named(tmp_path: Path, shape: str) -> None:
    folder = user_folder(tmp_path)
    (folder / "deep.toml").write_text(NESTED[shape])
    (folder / "fine.toml").write_text(exercise_text())
    catalog = load_exercises(folder)
    assert "my-rolls" in catalog.exercises
    (error,) = catalog.errors
    assert str(folder / "deep.toml") in error


@pytest.mark.parametrize("shape", NESTED)
def test_a_nested_exercise_translation_keeps_the_english_and_is_logged(
    tmp_path: Path, shape: str, caplog: pytest.LogCaptureFixture
) -> None:
    folder = user_folder(tmp_path)
    (folder / "fine.toml").write_text(exercise_text())
    (folder / "translations").mkdir()
    (folder / "translations" / "de.toml").write_text(NESTED[shape])
    with caplog.at_level(logging.WARNING):
        catalog = load_exercises(folder, language="de")
    assert catalog.exercises["my-rolls"].name == "Shoulder rolls"
    assert any(str(folder / "translations" / "de.toml") in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("shape", NESTED)
@pytest.mark.parametrize("where", ["config", "exercise"])
def test_stats_reports_a_nested_file_and_still_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str, where: str
) -> None:
    paths = AppPaths.inside(tmp_path)
    if where == "config":
        paths.config_dir.mkdir(parents=True)
        paths.config_file.write_text(NESTED[shape])
    else:
        paths.user_exercises_dir.mkdir(parents=True)
        (paths.user_exercises_dir / "deep.toml").write_text(NESTED[shape])
    from microbreak.core.clock import FakeClock

    assert run_stats(build_parser().parse_args(["stats"]), paths, FakeClock(MONDAY_9AM)) == 0
    captured = capsys.readouterr()
    assert "Today: 0 of" in captured.out
    if where == "config":
        assert str(paths.config_file) in captured.err
        assert paths.config_file.read_text() == NESTED[shape]  # stats only looks


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The command line's config.toml, inside the test's folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = tmp_path / "cfg" / "microbreak" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[schedule]\ninterval_minutes = 30\n")
    return path


@pytest.mark.parametrize("shape", NESTED)
def test_import_refuses_a_nested_file_and_names_it(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str
) -> None:
    source = tmp_path / "deep.toml"
    source.write_text(NESTED[shape])
    assert main(["import-settings", str(source)]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "Nothing was imported" in err
    assert str(source) in err
    assert config.read_text() == "[schedule]\ninterval_minutes = 30\n"


# -- FIFOs -----------------------------------------------------------------------


@posix_only
def test_a_fifo_named_config_toml_neither_hangs_nor_is_touched(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    os.mkfifo(path)
    for create in (True, False):
        loaded = within(5, partial(load_config, path, NOW, create=create), path)
        assert not loaded.readable
        assert loaded.settings == Settings()
        assert str(path) in loaded.problems[0]
        assert "FIFO" in loaded.problems[0]
        assert path.is_fifo()  # left alone: not moved, not replaced


@posix_only
def test_a_fifo_among_the_exercises_neither_hangs_nor_hides_the_others(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    os.mkfifo(folder / "x.toml")
    (folder / "fine.toml").write_text(exercise_text())
    (folder / "translations").mkdir()
    os.mkfifo(folder / "translations" / "de.toml")
    fifos = (folder / "x.toml", folder / "translations" / "de.toml")
    catalog = within(5, lambda: load_exercises(folder, language="de"), *fifos)
    assert "my-rolls" in catalog.exercises
    (error,) = catalog.errors
    assert str(folder / "x.toml") in error
    assert "FIFO" in error


@posix_only
def test_import_and_export_with_a_fifo_neither_hang(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "pipe.toml"
    os.mkfifo(source)
    assert within(5, lambda: main(["import-settings", str(source)]), source) == EXIT_REFUSED
    assert str(source) in capsys.readouterr().err
    config.unlink()
    os.mkfifo(config)
    target = tmp_path / "out.toml"
    assert within(5, lambda: main(["export-settings", str(target)]), config) == EXIT_REFUSED
    assert str(config) in capsys.readouterr().err
    assert not target.exists()
    assert within(5, lambda: main(["import-settings", str(_good(tmp_path))]), config) == (
        EXIT_REFUSED
    )
    assert config.is_fifo()


def _good(tmp_path: Path) -> Path:
    good = tmp_path / "good.toml"
    good.write_text("[schedule]\ninterval_minutes = 50\n")
    return good


# -- a linked config.toml stays a link ----------------------------------------------


@pytest.fixture
def dotfile(tmp_path: Path) -> Path:
    """A dotfiles repository holding the real settings file."""
    repo = tmp_path / "dotfiles" / "microbreak"
    repo.mkdir(parents=True)
    real = repo / "config.toml"
    real.write_text("# my dotfiles\n[schedule]\ninterval_minutes = 30\n")
    return real


@posix_only
def test_import_settings_writes_through_a_linked_config(
    config: Path, dotfile: Path, tmp_path: Path
) -> None:
    config.unlink()
    # Relative, as dotfile managers make them.
    config.symlink_to(os.path.relpath(dotfile, config.parent))
    assert main(["import-settings", str(_good(tmp_path))]) == EXIT_OK
    assert config.is_symlink()
    assert dotfile.read_text() == "[schedule]\ninterval_minutes = 50\n"
    kept = config.with_name("config.toml.before-import")
    assert kept.read_text() == "# my dotfiles\n[schedule]\ninterval_minutes = 30\n"


@posix_only
def test_saving_from_the_dialog_writes_through_a_linked_config(
    tmp_path: Path, dotfile: Path
) -> None:
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    # A chain of links, as when the dotfiles folder is itself linked.
    (tmp_path / "linked-dotfiles").symlink_to(dotfile.parent)
    link.symlink_to(tmp_path / "linked-dotfiles" / "config.toml")
    dotfile.chmod(0o640)
    save_settings(link, with_values(Settings(), {("schedule", "interval_minutes"): 20}), NOW)
    assert link.is_symlink()
    assert (tmp_path / "linked-dotfiles").is_symlink()
    assert dotfile.read_text().startswith("# my dotfiles\n")
    assert load_config(dotfile, NOW).settings.schedule.interval_minutes == 20
    assert oct(dotfile.stat().st_mode & 0o777) == oct(0o640)
    assert [p.name for p in dotfile.parent.iterdir()] == ["config.toml"]  # no temp left


@posix_only
def test_a_linked_config_that_does_not_parse_is_left_linked_at_start(
    tmp_path: Path, dotfile: Path
) -> None:
    dotfile.write_text("[schedule\n")
    link = tmp_path / "config.toml"
    link.symlink_to(dotfile)
    loaded = load_config(link, NOW)
    assert not loaded.readable
    assert str(link) in loaded.problems[0]
    assert link.is_symlink()
    assert dotfile.read_text() == "[schedule\n"


# -- huge files -----------------------------------------------------------------------


def test_a_six_megabyte_config_is_refused_with_the_limit_and_left_alone(tmp_path: Path) -> None:
    from microbreak.infra.safe_read import MAX_TOML_BYTES

    path = tmp_path / "config.toml"
    text = "[schedule]\ninterval_minutes = 30\nfoo = [" + "1, " * 2_000_000 + "]\n"
    path.write_text(text)
    loaded = load_config(path, NOW)
    assert not loaded.readable
    (problem,) = loaded.problems
    assert str(path) in problem
    assert str(MAX_TOML_BYTES) in problem
    assert len(problem) < 500
    assert path.read_text() == text  # it may be fine: not moved aside


def test_an_unknown_array_key_is_reported_in_a_line_not_a_megabyte(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "[schedule]\ninterval_minutes = 30\nfoo = [" + "1, " * 300_000 + "]\n"
        'snooze_minutes = "' + "z" * 50_000 + '"\n'
    )
    loaded = load_config(path, NOW)
    assert loaded.settings.schedule.interval_minutes == 30
    assert len(loaded.problems) == 2
    assert all(len(p) < 500 for p in loaded.problems + loaded.warnings)
    assert any("foo" in p for p in loaded.problems)


def test_saving_a_file_of_many_lines_stays_quick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 60 000-line array in a file of the first schema: migration and saving
    edit the text by trial parses; they must not grow with the square of it.

    A long multi-line string with a line in it that looks like a key with a
    deeply nested value must not crash those trial parses either."""
    path = tmp_path / "config.toml"
    note = "line\n" * 300 + "x = " + "[" * 1000 + "\n"
    path.write_text(
        f'note = """\n{note}"""\n'
        "[schedule]\nfoo = [\n" + "  1,\n" * 60_000 + "]\ninterval_minutes = 30\n"
    )
    calls = 0
    real_loads = tomllib.loads

    def counted(text: str) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls > 5_000:
            raise AssertionError("the settings editor parsed the text over 5000 times")
        return real_loads(text)

    # Every trial parse, wherever it is made (tomllib is one module).
    monkeypatch.setattr(tomllib, "loads", counted)
    loaded = load_config(path, NOW)  # migrates to the current schema, in place
    assert loaded.settings.schedule.interval_minutes == 30
    save_settings(path, with_values(loaded.settings, {("sound", "volume"): 10}), NOW)
    monkeypatch.undo()
    after = load_config(path, NOW)
    assert after.settings.sound.volume == 10
    assert after.settings.schedule.interval_minutes == 30
    assert len(tomllib.loads(path.read_text())["schedule"]["foo"]) == 60_000
    assert tomllib.loads(path.read_text())["note"] == note


def test_a_huge_picture_is_refused_and_named(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    big = folder / "big.svg"
    big.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg">' + "<!-- padding -->" * 140_000 + "</svg>"
    )
    (folder / "big.toml").write_text(
        exercise_text(**{'pictures = ["shoulder-rolls-start.svg"': 'pictures = ["big.svg"'})
    )
    catalog = load_exercises(folder)
    assert catalog.exercises == {}
    (error,) = catalog.errors
    assert "big.toml" in error
    assert str(big) in error
    assert "1000000" in error


@pytest.mark.parametrize(
    ("repeats", "limit"),
    [(400_000, "1000000 bytes"), (30_000, "up to 1000")],
    ids=["2 MB, past the file limit", "180 KB, past the text limit"],
)
def test_a_huge_step_text_is_refused_and_named(tmp_path: Path, repeats: int, limit: str) -> None:
    folder = user_folder(tmp_path)
    long_text = "Roll. " * repeats
    (folder / "long.toml").write_text(
        exercise_text(**{"Let your shoulders settle. Relax.": long_text})
    )
    catalog = load_exercises(folder)
    assert catalog.exercises == {}
    (error,) = catalog.errors
    assert str(folder / "long.toml") in error
    assert limit in error
    assert len(error) < 500


def test_a_huge_translated_step_keeps_the_english(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    (folder / "fine.toml").write_text(exercise_text())
    (folder / "translations").mkdir()
    (folder / "translations" / "de.toml").write_text(
        f'[my-rolls]\nname = "Schulterkreisen"\nsteps = ["Kreisen.", "{"Los. " * 20_000}"]\n'
    )
    ex = load_exercises(folder, language="de").exercises["my-rolls"]
    assert ex.name == "Schulterkreisen"
    assert ex.steps[1].text == "Let your shoulders settle. Relax."


# -- exercise ids: one rule ----------------------------------------------------------------


@pytest.mark.parametrize("ex_id", ["übung", "-dash", "\uff41\uff42", "x²", "٣٤"])
def test_an_id_the_settings_refuse_is_refused_at_load_naming_the_file(
    tmp_path: Path, ex_id: str
) -> None:
    folder = user_folder(tmp_path)
    (folder / "odd.toml").write_text(exercise_text(ex_id))
    catalog = load_exercises(folder)
    assert catalog.exercises == {}
    (error,) = catalog.errors
    assert "odd.toml" in error
    assert "id" in error


def test_the_loader_and_the_settings_agree_on_every_id() -> None:
    ids = ["übung", "-dash", "a-b", "ab", "a1", "1a", "Ab", "a_b", "x²", "a--b", "\uff41", "٣"]
    disagree = []
    for ex_id in ids:
        data = tomllib.loads(exercise_text(ex_id))
        try:
            exercise_from_table(data, "x.toml")
            loads = True
        except ExerciseError:
            loads = False
        ok, _value = BY_PATH["exercises.selected"].check([ex_id])
        if loads != ok:
            disagree.append(ex_id)
    assert disagree == []


def test_a_bad_id_in_the_selection_drops_that_id_alone() -> None:
    data = {"exercises": {"selected": ["shoulder-rolls", "übung", "neck-side-stretch"]}}
    settings, problems, _warnings = settings_from_data(data)
    assert settings.exercises.selected == ("shoulder-rolls", "neck-side-stretch")
    (problem,) = problems
    assert "'übung'" in problem.message()
    assert "left out" in problem.message()


# -- messages ---------------------------------------------------------------------------


def test_a_table_that_is_a_number_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("schema_version = 2\nschedule = 5\n")
    loaded = load_config(path, NOW)
    assert len([p for p in loaded.problems if "schedule" in p]) == 1
    assert loaded.warnings == []


def test_export_says_the_source_failed_not_the_target(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.unlink()
    config.mkdir()  # a folder where the settings file should be
    target = tmp_path / "out.toml"
    assert main(["export-settings", str(target)]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert str(config) in err
    assert "could not write" not in err
    assert not target.exists()


# -- the settings dialog and a half-edited file ----------------------------------------------


HALF_EDITED = "[schedule]\ninterval_minutes = = 30\n"


def test_saving_never_sets_aside_a_file_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(HALF_EDITED)
    with pytest.raises(SettingsFileError, match=r"line 2"):
        save_settings(path, Settings(), NOW)
    assert path.read_text() == HALF_EDITED
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_the_dialog_refuses_to_save_over_a_half_edited_file_and_keeps_its_values(
    qtbot: QtBot, app: MicrobreakApp, paths: AppPaths, notes: RecordingNotifier
) -> None:
    dialog = dialog_of(qtbot, app)
    spin = dialog.controls[("schedule", "interval_minutes")]
    assert isinstance(spin, QSpinBox)
    spin.setValue(20)
    paths.config_file.write_text(HALF_EDITED)  # the person is editing it by hand
    assert not dialog.apply()
    message = dialog.message.text()
    assert str(paths.config_file) in message
    assert "line 2" in message
    assert spin.value() == 20  # the person's choice is still there
    assert paths.config_file.read_text() == HALF_EDITED
    assert not list(paths.config_dir.glob("*.broken-*"))
    paths.config_file.write_text("[schedule]\ninterval_minutes = 30\n")  # fixed
    assert dialog.apply()
    assert app.engine.settings.interval_minutes == 20
    assert load_config(paths.config_file, NOW).settings.schedule.interval_minutes == 20


def test_a_save_that_races_a_hand_edit_leaves_the_file_and_says_so(
    app: MicrobreakApp, paths: AppPaths, notes: RecordingNotifier
) -> None:
    # The file broke between the dialog's check and the save itself.
    paths.config_file.write_text(HALF_EDITED)
    new = with_values(app.settings_applier.settings, {("schedule", "interval_minutes"): 20})
    app.settings_applier.apply(new)
    assert paths.config_file.read_text() == HALF_EDITED
    assert not list(paths.config_dir.glob("*.broken-*"))
    title, body = notes.shown[-1]
    assert "not saved" in title
    assert str(paths.config_file) in body
    assert app.engine.settings.interval_minutes == 20  # used until the app quits
