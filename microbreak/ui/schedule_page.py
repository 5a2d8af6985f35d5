"""The Schedule page: the plain schedule keys, with smart timing explained in
minutes under its fields, and those fields greyed while it is off.

Only the presentation lives here: what smart timing does is the engine's
(``core/``), and the keys are the schema's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from microbreak.core.describe import in_full_words
from microbreak.core.schema import SCHEDULE_PAGE
from microbreak.ui.settings_form import FormPage, follow_switch

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
        self.earliest = self._spin("earliest_minutes")
        self.latest = self._spin("latest_minutes")
        # Right under the smart-timing fields, so it reads as their explanation.
        self.smart_note = self.add_note(row=self.row_of(self.latest) + 1)
        self.smart_note.setObjectName("smart_timing_note")
        follow_switch(
            self.smart,
            [
                self.earliest,
                self.label_of(self.earliest),
                self.latest,
                self.label_of(self.latest),
            ],
        )
        for spin in (self.interval, self.earliest, self.latest):
            spin.valueChanged.connect(self._explain)
        self.smart.toggled.connect(self._explain)
        self._explain()

    def _checkbox(self, name: str) -> QCheckBox:
        box = self.control(TABLE, name)
        assert isinstance(box, QCheckBox)
        return box

    def _spin(self, name: str) -> QSpinBox:
        spin = self.control(TABLE, name)
        assert isinstance(spin, QSpinBox)
        return spin

    def _explain(self) -> None:
        """Say, in minutes, when a break comes with the values shown now."""
        latest = self.latest.value()
        # The dialog saves the earliest as at most the latest (see values()).
        earliest = min(self.earliest.value(), latest)
        if self.smart.isChecked():
            text = self.tr(
                "A break comes at your first pause in typing after {earliest} of work. "
                "If you keep typing, it comes anyway after {latest}."
            ).format(earliest=in_full_words(earliest * 60), latest=in_full_words(latest * 60))
        else:
            text = self.tr("A break comes after every {interval} of work.").format(
                interval=in_full_words(self.interval.value() * 60)
            )
        self.smart_note.setText(text)
