"""Which test modules use Qt, so only those get a QApplication.

A module uses Qt when something in its namespace comes from PySide6 (or
pytest-qt), directly or through the microbreak and test modules it imports
from: ``from microbreak.ui.tray import StatusWindow`` counts, because
microbreak.ui.tray's own namespace holds PySide6 classes. Third-party
modules other than Qt's are not followed.
"""

from __future__ import annotations

import sys
from types import ModuleType

QT_PACKAGES = frozenset({"PySide6", "shiboken6", "pytestqt"})
# Only our own code is followed; its imports are what a test pulls in.
FOLLOWED_PACKAGES = frozenset({"microbreak", "tests"})


def uses_qt(module: ModuleType) -> bool:
    return _reaches_qt(module, set())


def _reaches_qt(module: ModuleType, seen: set[str]) -> bool:
    seen.add(module.__name__)
    for value in list(vars(module).values()):
        source = value.__name__ if isinstance(value, ModuleType) else _defined_in(value)
        if not source:
            continue
        package = source.partition(".")[0]
        if package in QT_PACKAGES:
            return True
        if package not in FOLLOWED_PACKAGES or source in seen:
            continue
        imported = sys.modules.get(source)
        if imported is not None and _reaches_qt(imported, seen):
            return True
    return False


def _defined_in(value: object) -> str:
    try:
        source = getattr(value, "__module__", "")
    except Exception:  # a proxy that raises on any attribute is not Qt
        return ""
    return source if isinstance(source, str) else ""
