"""Marking texts for translation where they are defined, translating them where shown.

``pyside6-lupdate`` collects ``self.tr("...")``, ``QCoreApplication.translate(
"Context", "...")``, and ``QT_TRANSLATE_NOOP("Context", "...")`` calls by name.
PySide6 types its QT_TRANSLATE_NOOP as returning ``object``; this one returns
the ``str`` it was given, so module-level tables stay typed.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds it by name
    return text
