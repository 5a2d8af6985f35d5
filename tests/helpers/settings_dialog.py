"""Opening the settings dialog of a running app, as the tray menu does; finding
tab texts the tab bar cuts off."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QTabBar
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


def _ink_rows(image: QImage, area: QRect) -> int:
    """Rows of ``area`` with a pixel of the pure red ink the text is drawn in."""
    rows = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            pixel = image.pixelColor(x, y)
            if pixel.red() > 120 and pixel.red() - max(pixel.green(), pixel.blue()) > 80:
                rows += 1
                break
    return rows


def clipped_tabs(bar: QTabBar) -> list[str]:
    """Tabs whose text is drawn with fewer rows of ink than the text has.

    Each tab's text is drawn in red, the bar rendered, and the red rows in
    the tab counted; the same text drawn on a roomy canvas in the same font
    says how many there should be. An umlaut or a descender cut off by the
    tab's edge is a row or more missing.
    """
    found = []
    for index in range(bar.count()):
        bar.setTabTextColor(index, QColor("red"))
    image = bar.grab().toImage()
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        metrics = bar.fontMetrics()
        width = metrics.horizontalAdvance(text) + 20
        canvas = QImage(width, metrics.height() * 3, QImage.Format.Format_RGB32)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        painter.setFont(bar.font())
        painter.setPen(QColor("red"))
        painter.drawText(10, metrics.height() * 2, text)
        painter.end()
        wanted = _ink_rows(canvas, canvas.rect())
        drawn = _ink_rows(image, bar.tabRect(index).intersected(image.rect()))
        if drawn < wanted:
            found.append(f"{text!r}: {drawn} of {wanted} rows of ink")
    for index in range(bar.count()):
        bar.setTabTextColor(index, QColor())
    return found
