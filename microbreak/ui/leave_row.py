"""The break window's bottom row: Snooze and Read aloud, and Skip set apart.

The window is as wide as this row needs in the long translations (German,
French, Russian) and the wider fonts (GNOME's Cantarell), so a plain stretch
between the buttons has nothing left and Skip, which ends the break, sat
against Read aloud. It keeps a gap of its own: an em of the buttons' font, and
never less than two of the layout's spacings. Where even the screen is too
narrow for the row on one line (large text), Skip goes to a line of its own
rather than onto the other buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class LeaveRow(QWidget):
    def __init__(self, snooze: QPushButton, voice: QPushButton, skip: QPushButton) -> None:
        super().__init__()
        self._skip = skip
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        self._line = QHBoxLayout()
        self._line.addWidget(snooze)
        self._line.addWidget(voice)
        # A spacer is not a widget: no layout spacing on either side of it,
        # so its width is the whole gap; it grows where the window has room.
        self._gap = QSpacerItem(0, 0)
        self._line.addSpacerItem(self._gap)
        self._line.addWidget(skip)
        lines.addLayout(self._line)
        self._second = QHBoxLayout()  # Skip alone, at the end, when the row is too wide
        self._second.addStretch(1)
        lines.addLayout(self._second)
        self._size_gap()

    def gap(self) -> int:
        """The least room between Read aloud and Skip, in pixels."""
        em = self._skip.fontMetrics().horizontalAdvance("M")
        return max(em, 2 * self._spacing())

    def _spacing(self) -> int:
        spacing = self._line.spacing()
        if spacing < 0:  # a style that spaces each pair of controls its own way
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(spacing, 0)

    def _size_gap(self) -> None:
        policy = QSizePolicy.Policy
        self._gap.changeSize(self.gap(), 0, policy.MinimumExpanding, policy.Minimum)
        self._line.invalidate()

    def fit(self, width: int) -> None:
        """Lay the row out for ``width`` pixels: one line if it fits, else Skip below."""
        self._size_gap()
        self._put_skip(self._line)
        if self._line.minimumSize().width() > width:
            self._put_skip(self._second)
        # Measured again now, not when the (perhaps not yet shown) row is laid out.
        lines = self.layout()
        assert lines is not None
        lines.invalidate()
        self.updateGeometry()

    def _put_skip(self, line: QHBoxLayout) -> None:
        if line.indexOf(self._skip) >= 0:
            return
        self._line.removeWidget(self._skip)
        self._second.removeWidget(self._skip)
        line.addWidget(self._skip)

    def changeEvent(self, event: QEvent) -> None:
        # A new font or style changes the em and the spacing the gap is made of.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_gap()
        super().changeEvent(event)
