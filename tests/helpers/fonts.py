"""The application's font changed for a test, and put back after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


@contextmanager
def app_font(point_size: float | None = None, *, scale: float = 1.0) -> Iterator[QFont]:
    """The app's font at ``point_size`` (or its own size times ``scale``) while inside."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(point_size if point_size is not None else before.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield font
    finally:
        app.setFont(before)
