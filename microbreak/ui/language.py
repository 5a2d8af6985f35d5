"""Choosing and installing the language: microbreak's catalogue, Qt's, and core's hook.

The language follows the system (``QLocale.system()``), or ``MICROBREAK_LANG``
(``de``, ``pt_BR``, ``ja``...) where set; the settings dialog will add the same
choice. A language with no catalogue falls back to English, quietly. Times
and dates take the chosen locale's format, and a right-to-left language lays
every window out right to left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTime,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from microbreak.core import i18n
from microbreak.core.describe import english_day, english_time, set_time_format

log = logging.getLogger(__name__)

ENV_VAR = "MICROBREAK_LANG"


def chosen_locale(override: str | None) -> QLocale:
    return QLocale(override) if override else QLocale.system()


def install_language(
    app: QCoreApplication, translations: Path, override: str | None = None
) -> list[QTranslator]:
    """Install the catalogues for ``override`` or the system's language.

    Returns the installed translators (the caller keeps them alive).
    """
    locale = chosen_locale(override)
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "microbreak", "_", str(translations)):
        app.installTranslator(ours)
        installed.append(ours)
    elif locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        log.info("no microbreak translation for %s; using English", locale.name())
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if installed and qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    i18n.install(QCoreApplication.translate if installed else None, locale.name())
    set_time_format(_time_in(locale), _day_in(locale))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    return installed


def reset_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English, left to right (tests switch languages in one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install(None)
    set_time_format(english_time, english_day)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _time_in(locale: QLocale) -> Callable[[datetime, bool], str]:
    def fmt(when: datetime, seconds: bool) -> str:
        time = QTime(when.hour, when.minute, when.second)
        # The locale's short format ("14:05", "2:05 PM"), with seconds if asked.
        pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
        if seconds and "s" not in pattern:
            pattern = pattern.replace("mm", "mm:ss")
        return locale.toString(time, pattern)

    return fmt


def _day_in(locale: QLocale) -> Callable[[datetime], str]:
    def fmt(when: datetime) -> str:
        return locale.dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)

    return fmt
