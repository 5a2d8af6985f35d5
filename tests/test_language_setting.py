"""The Language setting: offered by name, saved, and applied live to every window."""

from __future__ import annotations

import tomllib

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from microbreak.app.controller import sentence
from microbreak.core import i18n
from microbreak.core.clock import FakeClock
from microbreak.core.events import BreakNowRequested
from microbreak.core.settings import Settings
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import builtin_exercises_dir, load_exercises, translations_dir
from microbreak.ui.language import LanguageSwitch, available_languages
from microbreak.ui.settings_dialog import SettingsDialog, _mnemonic
from tests.helpers.app import make_app
from tests.helpers.settings_dialog import dialog_of


def combo(dialog: SettingsDialog) -> QComboBox:
    control = dialog.controls[("interface", "language")]
    assert isinstance(control, QComboBox)
    return control


def test_every_shipped_language_is_offered_in_its_own_words(qtbot: QtBot, clock: FakeClock) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    languages = available_languages(translations_dir())
    shipped = {"en", "de", "fr", "es", "pt_BR", "it", "nl", "pl", "ja", "zh_CN"}
    shipped |= {"ar", "ru", "uk", "ko", "tr", "cs", "sv", "da", "hu", "id"}
    assert set(languages) >= shipped
    dialog = SettingsDialog(
        clock, Settings(), catalog.exercises, catalog.pictures, languages=languages
    )
    qtbot.addWidget(dialog)
    names = [combo(dialog).itemText(i) for i in range(combo(dialog).count())]
    assert names[0].startswith("System default (")
    assert {"Deutsch", "Polski", "日本語", "Português (Brasil)"} <= set(names)
    assert {"한국어", "Türkçe", "Čeština", "Svenska"} <= set(names)
    combo(dialog).setCurrentIndex(combo(dialog).findData("pl"))
    assert dialog.values().interface.language == "pl"


def test_a_language_from_the_file_without_a_catalogue_is_kept(
    qtbot: QtBot, clock: FakeClock
) -> None:
    catalog = load_exercises(builtin_exercises_dir())
    settings = Settings()
    from dataclasses import replace

    settings = replace(settings, interface=replace(settings.interface, language="sv"))
    dialog = SettingsDialog(clock, settings, catalog.exercises, catalog.pictures, languages=["de"])
    qtbot.addWidget(dialog)
    assert combo(dialog).currentData() == "sv"
    assert dialog.values().interface.language == "sv"


def test_choosing_a_language_applies_it_to_every_window_at_once(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    switch: LanguageSwitch,
) -> None:
    app = make_app(qtbot, clock, paths, use_language=switch.use)
    assert app.windows.status_window is not None
    assert app.windows.status_window.menu.snooze_menu.actions()[0].text() == "5 minutes"
    dialog = dialog_of(qtbot, app)
    combo(dialog).setCurrentIndex(combo(dialog).findData("de"))
    assert dialog.apply()  # Apply: the dialog stays open
    qtbot.waitUntil(lambda: app.windows.settings_dialog is not dialog, timeout=2000)
    assert i18n.language() == "de_DE"
    saved = tomllib.loads(paths.config_file.read_text(encoding="utf-8"))
    assert saved["interface"]["language"] == "de"
    # The tray's (here: the status window's) menu, the dialog, the exercises.
    assert app.windows.status_window is not None
    qtbot.addWidget(app.windows.status_window)
    assert app.windows.status_window.menu.snooze_menu.actions()[0].text() == "5 Minuten"
    new_dialog = app.windows.settings_dialog
    assert new_dialog is not None
    assert new_dialog.isVisible()
    qtbot.addWidget(new_dialog)
    assert new_dialog.tabs.tabText(0) != "Schedule"
    assert app.catalog.exercises["shoulder-rolls"].name == "Schulterkreisen"
    qtbot.addWidget(app.windows.break_window)
    app.dispatch(BreakNowRequested())
    assert app.windows.break_window.windowTitle() == "Zeit für eine Pause"


def test_a_break_open_during_the_change_keeps_its_window_until_it_ends(
    qtbot: QtBot,
    clock: FakeClock,
    paths: AppPaths,
    switch: LanguageSwitch,
) -> None:
    from dataclasses import replace

    app = make_app(qtbot, clock, paths, use_language=switch.use)
    app.dispatch(BreakNowRequested())
    during = app.windows.break_window
    assert during.isVisible()
    german = replace(app.settings, interface=replace(app.settings.interface, language="de"))
    app.settings_applier.apply(german)
    qtbot.waitUntil(lambda: i18n.language() == "de_DE", timeout=2000)
    QApplication.processEvents()
    assert app.windows.break_window is during  # not torn down mid-break
    assert during.isVisible()
    during.skip()
    qtbot.waitUntil(lambda: app.windows.break_window is not during, timeout=2000)
    qtbot.addWidget(app.windows.break_window)
    app.dispatch(BreakNowRequested())
    assert app.windows.break_window.windowTitle() == "Zeit für eine Pause"


def test_the_environment_variable_wins_over_the_setting() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language = LanguageSwitch(app, translations_dir(), forced="ja")
    try:
        assert language.use("de")
        assert i18n.language() == "ja_JP"
        assert not language.use("fr")  # still Japanese: nothing to rebuild
    finally:
        language.reset()
    assert i18n.language() == "en"


def test_access_keys_for_labels_without_latin_letters() -> None:
    used = {"i", "x"}
    assert _mnemonic("Minutes between breaks", used) == "&Minutes between breaks"
    assert _mnemonic("休憩の間隔", used) == "休憩の間隔 (&A)"
    assert _mnemonic("休憩の長さ", used) == "休憩の長さ (&B)"
    assert _mnemonic("Mm", {"m"}) == "Mm"  # its letters are taken: no key, no made-up one


def test_refusals_read_as_sentences_in_any_script() -> None:
    assert sentence("cannot snooze while paused") == "Cannot snooze while paused."
    assert sentence("一時停止中はあとにできません") == "一時停止中はあとにできません"
    assert sentence("already done.") == "Already done."
    assert sentence("déjà fait") == "Déjà fait."
    assert sentence("schon „erledigt“") == "Schon „erledigt“"
