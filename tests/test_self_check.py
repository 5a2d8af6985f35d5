"""``microbreak --self-check``: runs headless, changes nothing, names what is missing."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from microbreak.infra.resources import (
    ExerciseCatalog,
    builtin_exercises_dir,
    load_exercises,
    resources_root,
)
from microbreak.infra.sound import SoundUnavailableError
from microbreak.self_check import (
    Report,
    check_chimes,
    check_exercises,
    check_icons,
    check_multimedia,
    check_sounds,
)
from tests.helpers.routine import SVG_EXERCISES


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # No display at all, and a platform the check must override.
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "xcb"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "run"),
    )
    return env


def _self_check(home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "microbreak", "--self-check"],
        env=_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_self_check_passes_without_a_display_and_writes_nothing(tmp_path: Path) -> None:
    result = _self_check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.strip().endswith("self-check passed")
    assert "FAIL" not in out
    assert "break window opened offscreen" in out
    assert _exercises_line(load_exercises(builtin_exercises_dir())) in out
    if list((resources_root() / "sounds").glob("*.wav")):
        assert "WAV file(s) read" in out
    else:
        assert "no sounds shipped" in out
    # Not a single settings, data or state file of the user's was created.
    for sub in ("config", "data", "state", "run"):
        assert not (tmp_path / sub).exists(), sub


@pytest.mark.slow
def test_a_broken_user_config_is_reported_but_left_alone(tmp_path: Path) -> None:
    config = tmp_path / "config" / "microbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    broken = b"[schedule\ninterval_minutes = 45\n"
    config.write_bytes(broken)
    result = _self_check(tmp_path)
    # The app would start on defaults, so this is a note, not a failure.
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"note  {config} could not be read" in result.stdout
    assert config.read_bytes() == broken
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.toml"]


@pytest.mark.slow
def test_a_fifo_in_place_of_the_config_is_named_and_does_not_hang(tmp_path: Path) -> None:
    config = tmp_path / "config" / "microbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    os.mkfifo(config)
    result = _self_check(tmp_path)  # a copy of a FIFO would wait for a writer for ever
    assert result.returncode == 0, result.stdout + result.stderr
    assert "named pipe (FIFO)" in result.stdout
    assert "the app starts on defaults" in result.stdout


@pytest.mark.slow
def test_an_out_of_range_setting_is_a_note(tmp_path: Path) -> None:
    config = tmp_path / "config" / "microbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[schedule]\ninterval_minutes = 9999\n")
    result = _self_check(tmp_path)
    assert result.returncode == 0
    assert "note" in result.stdout
    assert "interval_minutes" in result.stdout


def _exercises_line(catalog: ExerciseCatalog) -> str:
    figures = sum(ex.figure is not None for ex in catalog.exercises.values())
    pictures = sum(len(paths) for paths in catalog.pictures.values())
    line = f"exercises: {len(catalog.exercises)} built in, {figures} drawn as figures"
    return line + (f", {pictures} SVG pictures drawn" if pictures else "")


def test_every_figure_exercise_is_drawn_and_counted(qapp: object) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    figures = sum(ex.figure is not None for ex in catalog.exercises.values())
    assert figures == len(catalog.exercises)  # every built-in exercise is a figure now
    report = Report()
    check_exercises([builtin_exercises_dir()], report)
    assert not report.problems
    assert report.passed == [_exercises_line(catalog)]
    assert f"{figures} drawn as figures" in report.passed[0]


def test_svg_pictures_are_still_read_and_counted(qapp: object) -> None:
    catalog = load_exercises(SVG_EXERCISES)
    pictures = sum(len(paths) for paths in catalog.pictures.values())
    assert pictures
    report = Report()
    check_exercises([SVG_EXERCISES], report)
    assert not report.problems
    assert report.passed == [
        f"exercises: {len(catalog.exercises)} built in, 0 drawn as figures, "
        f"{pictures} SVG pictures drawn"
    ]


def test_a_figure_that_draws_nothing_fails(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QColor, QImage

    from microbreak.ui import figure_paint

    def blank(_ex: object, _frame: object, size: int, **kw: object) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        return image

    monkeypatch.setattr(figure_paint, "still_image", blank)
    report = Report()
    check_exercises([builtin_exercises_dir()], report)
    assert not report.passed
    assert any("figure of shoulder-squeeze drew nothing" in p for p in report.problems)


def _wav(path: Path, frames: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * frames)


def test_sounds_no_folder_is_fine(tmp_path: Path) -> None:
    report = Report()
    check_sounds(tmp_path / "sounds", report)
    assert report.passed == ["sounds: no sounds shipped"]
    assert not report.problems


def test_sounds_good_empty_and_broken(tmp_path: Path) -> None:
    _wav(tmp_path / "chime.wav", 800)
    report = Report()
    check_sounds(tmp_path, report)
    assert report.passed == ["sounds: 1 WAV file(s) read"]
    _wav(tmp_path / "silent.wav", 0)
    (tmp_path / "broken.wav").write_bytes(b"not a wav file at all")
    report = Report()
    check_sounds(tmp_path, report)
    assert not report.passed
    assert len(report.problems) == 2
    assert any("broken.wav cannot be read" in p for p in report.problems)
    assert any("silent.wav is empty" in p for p in report.problems)


def test_a_missing_icon_is_named(qapp: object) -> None:
    report = Report()
    check_icons(("microbreak.svg", "no-such-icon.svg"), report)
    assert report.passed == ["icon microbreak.svg"]
    assert len(report.problems) == 1
    assert "no-such-icon.svg is missing" in report.problems[0]


def test_a_builtin_exercise_with_a_missing_picture_fails(qapp: object, tmp_path: Path) -> None:
    text = (SVG_EXERCISES / "shoulder-rolls.toml").read_text()
    (tmp_path / "shoulder-rolls.toml").write_text(
        text.replace("shoulder-rolls-start.svg", "gone.svg")
    )
    report = Report()
    check_exercises([tmp_path], report)
    assert report.problems, report.passed
    assert "gone.svg" in report.problems[0]


def test_the_user_s_broken_exercise_is_only_a_note(qapp: object, tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text("this is not toml [")
    report = Report()
    check_exercises([builtin_exercises_dir(), tmp_path], report)
    assert not report.problems
    assert len(report.notes) == 1
    assert "mine.toml" in report.notes[0]


def test_chimes_on_linux_load_libpulse_simple() -> None:
    # The real library (libpulse0 is a test dependency; no sound server needed).
    report = Report()
    check_chimes(report, platform="linux")
    assert not report.problems
    assert not report.notes
    assert report.passed[0].startswith("chimes: libpulse-simple loads (")


def test_chimes_without_libpulse_simple_are_a_note_naming_the_fallback() -> None:
    def missing() -> object:
        raise SoundUnavailableError("libpulse-simple cannot be loaded (no such file)")

    report = Report()
    check_chimes(report, platform="linux", load_pulse=missing)
    assert not report.problems  # the app still runs: QtMultimedia, or silence
    (note,) = report.notes
    assert "libpulse-simple cannot be loaded" in note
    assert "fall back to QtMultimedia" in note
    assert "libpulse0" in note


def test_chimes_on_windows_need_winsound_in_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not on this machine (Linux): what a bundle missing the hidden import sees.
    monkeypatch.setitem(sys.modules, "winsound", None)
    report = Report()
    check_chimes(report, platform="win32")
    (problem,) = report.problems
    assert problem.startswith("chimes: winsound cannot be imported")
    assert "QtMultimedia" in problem


def test_multimedia_is_named_as_the_fallback_on_linux_and_the_player_on_macos() -> None:
    linux, mac = Report(), Report()
    check_multimedia(linux, platform="linux")
    check_multimedia(mac, platform="darwin")
    assert linux.passed == ["QtMultimedia loads (the chimes' fallback and spoken guidance)"]
    assert mac.passed == ["QtMultimedia loads (the chimes)"]


def test_report_turns_an_exception_into_a_failure() -> None:
    report = Report()

    def boom(_r: Report) -> None:
        raise RuntimeError("no luck")

    report.run("thing", boom)
    assert report.problems == ["thing: RuntimeError: no luck"]


def test_help_mentions_the_self_check() -> None:
    from microbreak.cli import build_parser

    assert "--self-check" in build_parser().format_help()
