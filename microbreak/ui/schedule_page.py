"""The Schedule page: the plain schedule keys, with smart timing explained in
minutes under its switch, and the movement-break and eye-break keys, each with a
line on what they do.

Only the presentation lives here: what smart timing does is the engine's
(``core/``), and the keys are the schema's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

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
        self.smart_note = self._note_under(self.smart, "smart_timing_note")
        self._explain_on(self._explain, self.interval.valueChanged, self.smart.toggled)
        self.movement_every = self._spin("every", "movement")
        self.movement_minutes = self._spin("minutes", "movement")
        self.movement_note = self._note_under(self.movement_minutes, "movement_note")
        self._explain_on(
            self._explain_movement,
            self.movement_every.valueChanged,
            self.movement_minutes.valueChanged,
        )
        self.eyes_enabled = self._checkbox("enabled", "eyes")
        self.eyes_every = self._spin("every_minutes", "eyes")
        self.eyes_seconds = self._spin("seconds", "eyes")
        self.eyes_note = self._note_under(self.eyes_seconds, "eyes_note")
        self._explain_on(
            self._explain_eyes,
            self.eyes_enabled.toggled,
            self.eyes_every.valueChanged,
            self.eyes_seconds.valueChanged,
        )

    def _note_under(self, control: QWidget, name: str) -> QLabel:
        """A line of explanation in the row right under ``control``."""
        note = self.add_note(row=self.row_of(control) + 1)
        note.setObjectName(name)
        return note

    @staticmethod
    def _explain_on(explain: Callable[[], None], *changes: SignalInstance) -> None:
        """Word the note now, and again whenever one of its controls changes."""
        for changed in changes:
            changed.connect(explain)
        explain()

    def _checkbox(self, name: str, table: str = TABLE) -> QCheckBox:
        box = self.control(table, name)
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

    def _explain_eyes(self) -> None:
        """One line on what an eye break is, with the values shown now."""
        on = self.eyes_enabled.isChecked()
        self.eyes_every.setEnabled(on)
        self.eyes_seconds.setEnabled(on)
        if not on:
            self.eyes_note.setText(self.tr("No eye breaks."))
            return
        every = in_full_words(self.eyes_every.value() * 60)
        length = in_full_words(self.eyes_seconds.value())
        self.eyes_note.setText(
            self.tr(
                "Every {every} of work, look far away for about {length}; not when a break is near."
            ).format(every=every, length=length)
        )
