"""Opening the settings dialog of a running app, as the tray menu does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.ui.settings_dialog import SettingsDialog


def dialog_of(qtbot: QtBot, app: MicrobreakApp) -> SettingsDialog:
    app.intents.open_settings.emit()
    dialog = app.windows.settings_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    return dialog
