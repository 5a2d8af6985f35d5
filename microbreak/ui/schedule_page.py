"""The Schedule page: the plain schedule keys, with smart timing explained in
minutes under its switch, and the movement-break keys with a line on what they do.

Only the presentation lives here: what smart timing does is the engine's
(``core/``), and the keys are the schema's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from microbreak.core.cadence import spread
from microbreak.core.describe import in_full_words
from microbreak.core.schema import SCHEDULE_PAGE
from microbreak.ui.settings_form import FormPage

TABLE = "schedule"


class SchedulePage(FormPage):
    def __init__(
        self,
        *,
        languages: Sequence[str] = (),
        reserved: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(SCHEDULE_PAGE, languages=languages, reserved=reserved, parent=parent)
        self.smart = self._checkbox("smart_timing")
        self.interval = self._spin("interval_minutes")
        # Right under the smart-timing switch, so it reads as its explanation.
        self.smart_note = self.add_note(row=self.row_of(self.smart) + 1)
        self.smart_note.setObjectName("smart_timing_note")
        self.interval.valueChanged.connect(self._explain)
        self.smart.toggled.connect(self._explain)
        self._explain()
        self.movement_every = self._spin("every", "movement")
        self.movement_minutes = self._spin("minutes", "movement")
        self.movement_note = self.add_note(row=self.row_of(self.movement_minutes) + 1)
        self.movement_note.setObjectName("movement_note")
        self.movement_every.valueChanged.connect(self._explain_movement)
        self.movement_minutes.valueChanged.connect(self._explain_movement)
        self._explain_movement()

    def _checkbox(self, name: str) -> QCheckBox:
        box = self.control(TABLE, name)
        assert isinstance(box, QCheckBox)
        return box

    def _spin(self, name: str, table: str = TABLE) -> QSpinBox:
        spin = self.control(table, name)
        assert isinstance(spin, QSpinBox)
        return spin

    def _explain(self) -> None:
        """Say, in minutes, when a break comes with the values shown now."""
        interval = timedelta(minutes=self.interval.value())
        every = in_full_words(interval.total_seconds())
        if self.smart.isChecked():
            # The window is the engine's rule (core/cadence.py), shown, not decided.
            either_side = in_full_words(round(spread(interval).total_seconds()))
            text = self.tr(
                "A break comes about every {interval} of work: at your first pause in "
                "typing up to {spread} either side of it, or at the end of that window."
            ).format(interval=every, spread=either_side)
        else:
            text = self.tr("A break comes after every {interval} of work.").format(interval=every)
        self.smart_note.setText(text)

    def _explain_movement(self) -> None:
        """One line on what a movement break is, with the values shown now."""
        every = self.movement_every.value()
        length = in_full_words(self.movement_minutes.value() * 60)
        if every == 0:
            text = self.tr("No movement breaks: every break is a short one at your desk.")
        elif every == 1:
            text = self.tr("Every break asks you to stand up and move, for about {length}.")
        else:
            text = self.tr(
                "One break in {every} asks you to stand up and move, for about {length}."
            )
        self.movement_note.setText(text.format(every=every, length=length))
