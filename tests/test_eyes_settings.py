"""``[eyes]``: declared once, checked like every other table, and shown on the
Schedule page with a line on what eye breaks do."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import EYE_EXERCISES, Settings
from microbreak.core.settings_data import settings_from_data, settings_to_data
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.ui.settings_dialog import SettingsDialog
from tests.helpers.clock import MONDAY_9AM


def test_off_by_default_and_the_twenty_twenty_twenty_rule_when_on() -> None:
    eyes = Settings().eyes
    assert not eyes.enabled
    assert (eyes.every_minutes, eyes.seconds) == (20, 20)
    assert eyes.exercises == EYE_EXERCISES
    known = load_exercises(builtin_exercises_dir()).exercises
    assert all(known[i].body_area == "eyes" for i in EYE_EXERCISES)


def test_a_file_sets_them_and_a_bad_value_falls_back_alone() -> None:
    settings, problems, _ = settings_from_data(
        {"eyes": {"enabled": True, "every_minutes": 2, "seconds": 40}}
    )
    assert settings.eyes.enabled
    assert settings.eyes.every_minutes == 20
    assert settings.eyes.seconds == 40
    assert [p.key for p in problems] == ["every_minutes"]
    assert settings_to_data(settings)["eyes"]["enabled"] is True


def test_eye_breaks_sit_on_the_schedule_page_with_a_line_on_what_they_do(qtbot: QtBot) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    dialog = SettingsDialog(
        FakeClock(MONDAY_9AM), Settings(), catalog.exercises, catalog.pictures, catalog.errors
    )
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "eyes_note")
    assert isinstance(note, QLabel)
    assert note.text() == "No eye breaks."
    enabled = dialog.controls[("eyes", "enabled")]
    every = dialog.controls[("eyes", "every_minutes")]
    assert isinstance(enabled, QCheckBox)
    assert isinstance(every, QSpinBox)
    assert not every.isEnabled()
    enabled.setChecked(True)
    assert every.isEnabled()
    assert note.text() == (
        "Every 20 minutes of work, look far away for about 20 seconds; not when a break is near."
    )
    every.setValue(30)
    assert note.text().startswith("Every 30 minutes of work")
    assert dialog.values().eyes.enabled
    assert dialog.values().eyes.every_minutes == 30
