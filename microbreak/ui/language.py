"""Choosing and installing the language: microbreak's catalogue, Qt's, and core's hook.

The language follows the system (``QLocale.system()``), or the Language
setting, or ``MICROBREAK_LANG`` (``de``, ``pt_BR``, ``ja``...) where set, which
wins over both (:class:`LanguageSwitch`). A language with no catalogue falls
back to English, quietly. Times
and dates take the chosen locale's format, and a right-to-left language lays
every window out right to left.

A break open across a change of language keeps its own (:class:`HeldLanguage`,
taken with :func:`language_in_force`): half a break in each would read as
nonsense, "Übung 1 von 3" over Japanese buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
from microbreak.core.describe import english_day, english_time, local_time, set_time_format

log = logging.getLogger(__name__)

ENV_VAR = "MICROBREAK_LANG"


class HeldLanguage:
    """One language, held still: the catalogues in force when it was taken.

    ``QCoreApplication.translate`` (and so every ``self.tr``) asks whichever
    translators are installed at the moment of the call; this asks its own,
    the way Qt does (the newest first, the source text if none has it, the
    count put in for ``%n``), so a window holding one keeps its language
    whatever is installed later. It is also a core.i18n.Translator, for
    :func:`microbreak.core.i18n.translating_with`.
    """

    def __init__(
        self,
        translators: Sequence[QTranslator],
        name: str,
        direction: Qt.LayoutDirection,
        time_format: Callable[[datetime, bool], str],
    ) -> None:
        self._translators = list(translators)
        self.name = name  # "de_DE", "en"
        self.direction = direction
        self._time_format = time_format

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = text
        for translator in self._translators:
            if words := translator.translate(context, text, disambiguation, n):
                found = words
                break
        return found.replace("%n", str(n)) if n >= 0 else found

    __call__ = translate

    def clock_time(self, when: datetime) -> str:
        """As core.describe.clock_time, in this language's format ("14:05", "2:05 PM")."""
        return self._time_format(local_time(when), False)


@dataclass
class _InForce:
    """What :func:`install_language` last installed (Qt can list none of it)."""

    translators: list[QTranslator]
    name: str
    time_format: Callable[[datetime, bool], str]


_english_forms: list[QTranslator] = []  # install_english_plurals': under every language
_ENGLISH = _InForce([], "en", english_time)
_in_force = [_ENGLISH]


def language_in_force() -> HeldLanguage:
    """The app's language now, to hold (the English plural forms under it, as in the app).

    Its direction is the application's, which the language sets.
    """
    now = _in_force[0]
    newest_first = [*reversed(now.translators), *reversed(_english_forms)]
    direction = QGuiApplication.layoutDirection()
    return HeldLanguage(newest_first, now.name, direction, now.time_format)


def chosen_locale(override: str | None) -> QLocale:
    return QLocale(override) if override else QLocale.system()


def available_languages(translations: Path) -> list[str]:
    """The languages microbreak speaks: English and each shipped catalogue."""
    found = {p.stem.removeprefix("microbreak_") for p in translations.glob("microbreak_*.qm")}
    return sorted(found | {"en"})


def language_name(code: str) -> str:
    """A language in its own words, so anyone can find theirs: "Deutsch", "Português (Brasil)"."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:  # a system with no language set: English
        locale = QLocale(QLocale.Language.English)
        code = "en"
    name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    if "_" in code:
        name += f" ({locale.nativeTerritoryName()})"
    return name[:1].upper() + name[1:]


def install_english_plurals(app: QCoreApplication, translations: Path) -> QTranslator | None:
    """English's own catalogue, once, under every language.

    It holds only the English plural forms ("1 minute", "5 minutes") of the
    counted texts ("%n minute(s)"); a text another catalogue lacks falls back
    to it. Returns it for the caller to keep alive.
    """
    english = QTranslator(app)
    if not english.load("microbreak_en", str(translations)):
        log.warning("microbreak_en.qm is missing from %s: counted words show as (s)", translations)
        return None
    app.installTranslator(english)
    _english_forms.append(english)
    return english


def install_language(
    app: QCoreApplication, translations: Path, override: str | None = None
) -> list[QTranslator]:
    """Install the catalogues for ``override`` or the system's language.

    Returns the installed translators (the caller keeps them alive, and hands
    them to :func:`reset_language` to switch). English needs none but the one
    :func:`install_english_plurals` puts under every language.
    """
    locale = chosen_locale(override)
    QLocale.setDefault(locale)
    installed = []
    ours = QTranslator(app)
    english_wanted = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    found = not english_wanted and ours.load(locale, "microbreak", "_", str(translations))
    if found:
        app.installTranslator(ours)
        installed.append(ours)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    elif not english_wanted:
        log.info("no microbreak translation for %s; using English", locale.name())
    language = locale.name() if found else "en"
    i18n.install(QCoreApplication.translate if installed else None, language)
    time_format = _time_in(locale)
    set_time_format(time_format, _day_in(locale))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection() if found else Qt.LayoutDirection.LeftToRight)
    _in_force[0] = _InForce(list(installed), language, time_format)
    return installed


class LanguageSwitch:
    """The app's one language: the setting's, unless ``forced`` (MICROBREAK_LANG) says otherwise."""

    def __init__(self, app: QCoreApplication, translations: Path, forced: str | None) -> None:
        self._app = app
        self._translations = translations
        self._forced = forced or None
        self._wanted: str | None = None
        self._installed: list[QTranslator] | None = None

    def use(self, language: str) -> bool:
        """Install ``language`` ("" follows the system); True if the words changed."""
        wanted = self._forced or language or None
        if self._installed is not None and wanted == self._wanted:
            return False
        before = i18n.language()
        if self._installed is not None:
            reset_language(self._app, self._installed)
        self._installed = install_language(self._app, self._translations, wanted)
        changed = self._wanted != wanted and i18n.language() != before
        self._wanted = wanted
        return changed

    def reset(self) -> None:
        """Back to English (tests; the app keeps its language until it quits)."""
        if self._installed is not None:
            reset_language(self._app, self._installed)
        self._installed = None
        self._wanted = None


def reset_language(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English, left to right (tests switch languages in one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install(None)
    set_time_format(english_time, english_day)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _in_force[0] = _ENGLISH


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
