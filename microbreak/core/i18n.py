"""The translation hook for core's words (status lines, durations, spoken cues).

core may not import Qt, so it calls :func:`translate` with a context and the
English text, exactly like ``QCoreApplication.translate``; ``pyside6-lupdate``
finds these calls by that name. The app installs Qt's translator here at
start (:func:`install`); until then, and in tests, the English text is used.
Texts with values use ``str.format`` fields, so a translation can move them.

Counted texts ("%n minute(s)") need a plural form per number, and languages
differ in how many (English two, Polish three, Japanese one). Qt picks the
form from the catalogue when given the count, but pyside6-lupdate only marks
a text as counted when it is written ``<context>.tr(text, "", n)``; so each
module that counts makes a :class:`Context` named like its context
(``stats = Context("stats")``) and calls ``stats.tr("%n break(s)", "", n)``.
In English the ``(s)`` is settled by :func:`english_form`, the same rule the
English catalogue is built with (packaging/tools/update_translations.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Translator(Protocol):
    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str: ...


_PLURAL_MARK = re.compile(r"\((s|es)\)")


def english_form(text: str, n: int) -> str:
    """ "%n minute(s)" for ``n``: "%n minute" for 1, "%n minutes" for any other count."""
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", text)


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # What Qt does with the English catalogue: the form for n, then n itself.
    return english_form(text, n).replace("%n", str(n)) if n >= 0 else text


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


@contextmanager
def translating_with(translator: Translator) -> Iterator[None]:
    """Route :func:`translate` through ``translator`` for the block only.

    A break keeps the language it opened in (ui.language.HeldLanguage), and
    what core words for it (the spoken cues, "1 min 8 s") must follow: the
    window computes those words inside this block, and delivers them after.
    Nothing in the block may install a language; it would be undone here.
    """
    saved = _active[0]
    _active[0] = translator
    try:
        yield
    finally:
        _active[0] = saved


class Context:
    """A translation context for counted texts: ``stats.tr("%n day(s)", "", n)``.

    The variable's name must be the context's name: that is what lupdate reads.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return _active[0](self.name, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds it by name
    """Marks a text defined in a table for lupdate; :func:`translate` it where it is shown."""
    return text
