"""The translation hook for core's words (status lines, durations, spoken cues).

core may not import Qt, so it calls :func:`translate` with a context and the
English text, exactly like ``QCoreApplication.translate``; ``pyside6-lupdate``
finds these calls by that name. The app installs Qt's translator here at
start (:func:`install`); until then, and in tests, the English text is used.
Texts with values use ``str.format`` fields, so a translation can move them.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _english(context: str, text: str) -> str:
    return text


# One process-wide language, set once by the app.
_active: list[Translator] = [_english]
_language = ["en"]


def install(translator: Translator | None, language: str = "en") -> None:
    """Route every later :func:`translate` call through ``translator`` (None: English).

    ``language`` ("de", "pt_BR") names it, for texts not in Qt's catalogue
    (the exercise files' translations).
    """
    _active[0] = translator or _english
    _language[0] = language if translator is not None else "en"


def language() -> str:
    return _language[0]


def translate(context: str, text: str) -> str:
    return _active[0](context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds it by name
    """Marks a text defined in a table for lupdate; :func:`translate` it where it is shown."""
    return text
