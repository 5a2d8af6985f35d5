"""The swayidle source with a stand-in swayidle (tests/fake_swayidle.py).

The stand-in runs the very shell commands the source gives it, when the test
says so through a FIFO, so the lines travel the real path: sh -> pipe ->
QProcess -> source. Time is a fake clock.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from pytestqt.qtbot import QtBot

from microbreak.platform.idle_wlroots import SwayidleIdleSource

FAKE = Path(__file__).with_name("fake_swayidle.py")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake_swayidle(tmp_path: Path) -> Path:
    fifo = tmp_path / "control"
    os.mkfifo(fifo)
    program = tmp_path / "swayidle"
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE}" "{fifo}" "$@"\n')
    program.chmod(0o755)
    return program


@pytest.fixture
def source(fake_swayidle: Path, qapp: object) -> Iterator[tuple[SwayidleIdleSource, Clock]]:
    clock = Clock()
    src = SwayidleIdleSource(threshold_s=60, program=str(fake_swayidle), clock=clock)
    yield src, clock
    src.close()


@pytest.fixture
def control(source: tuple[SwayidleIdleSource, Clock], fake_swayidle: Path) -> Iterator[IO[str]]:
    src, _clock = source
    assert src.start()
    with open(fake_swayidle.parent / "control", "w", encoding="utf-8") as fifo:
        yield fifo


def say(control: IO[str], word: str) -> None:
    control.write(word + "\n")
    control.flush()


def test_command_line_asks_for_one_timeout_and_resume(fake_swayidle: Path) -> None:
    src = SwayidleIdleSource(threshold_s=45, program="swayidle", die_with_parent=False)
    assert src.command() == [
        "swayidle", "-w", "timeout", "45", "echo idle", "resume", "echo active"
    ]  # fmt: skip
    wrapped = SwayidleIdleSource(program="swayidle").command()
    if wrapped[0] != "swayidle":  # setpriv is installed: swayidle ends with the app
        assert wrapped[1:4] == ["--pdeathsig", "TERM", "--"]


def test_idle_then_active(
    source: tuple[SwayidleIdleSource, Clock], control: IO[str], qtbot: QtBot
) -> None:
    src, clock = source
    assert src.idle_seconds() == 0.0  # running, no news: less than the threshold
    say(control, "idle")
    qtbot.waitUntil(lambda: src.idle_seconds() == 60.0)  # idle for the threshold already
    clock.now += 25
    assert src.idle_seconds() == 85.0
    say(control, "resume")
    qtbot.waitUntil(lambda: src.idle_seconds() == 0.0)
    clock.now += 600  # active: time passing changes nothing
    assert src.idle_seconds() == 0.0


def test_swayidle_exiting_means_cannot_tell(
    source: tuple[SwayidleIdleSource, Clock],
    control: IO[str],
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    src, _clock = source
    caplog.set_level(logging.INFO)
    say(control, "idle")
    qtbot.waitUntil(lambda: src.idle_seconds() == 60.0)
    say(control, "exit")
    qtbot.waitUntil(lambda: src.idle_seconds() is None)
    assert any("ended (exit 3" in r.getMessage() for r in caplog.records)
    # Its own words reach our log, marked as its own (not our stderr).
    said = [r.getMessage() for r in caplog.records if "said:" in r.getMessage()]
    assert any(m.endswith("said: Display doesn't support idle protocol") for m in said), said


def test_missing_swayidle_means_cannot_tell(qapp: object, tmp_path: Path) -> None:
    src = SwayidleIdleSource(program=str(tmp_path / "no-swayidle"), die_with_parent=False)
    try:
        assert src.start() is False
        assert src.idle_seconds() is None
    finally:
        src.close()
