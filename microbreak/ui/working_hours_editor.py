"""The Working hours page: the switch, one line of time ranges a day, and
the check that each line reads as ranges."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from microbreak.core.schema import WEEKDAYS, WORKING_HOURS_PAGE, parse_hours
from microbreak.ui.settings_form import FormPage, day_name, follow_switch

TABLE = "schedule.working_hours"


def normalised(text: str) -> str:
    """A day's ranges as the file keeps them: "08:00-12:00, 13:00-17:00"."""
    return ", ".join(
        f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in parse_hours(text)
    )


class WorkingHoursPage(FormPage):
    """The days' hours, greyed while "Only remind me during working hours" is off."""

    def __init__(
        self,
        *,
        languages: Sequence[str] = (),
        reserved: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(WORKING_HOURS_PAGE, languages=languages, reserved=reserved, parent=parent)
        # Ranges can be long ("07:30-12:00, 12:45-16:30"): let the fields grow.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.note = self.add_note(
            self.tr(
                'Ranges like "09:00-12:30, 13:30-17:00"; leave a day empty for no reminders '
                "that day. Outside working hours microbreak stays quiet."
            )
        )
        switch = self.control(TABLE, "enabled")
        assert isinstance(switch, QCheckBox)
        self.switch = switch
        days = [self.day(day) for day in WEEKDAYS]
        follow_switch(self.switch, [*days, *(self.label_of(d) for d in days), self.note])

    def day(self, day: str) -> QLineEdit:
        edit = self.control(TABLE, day)
        assert isinstance(edit, QLineEdit)
        return edit

    def problems(self) -> list[str]:
        # Checked with the switch off too: the text is saved either way, and
        # the file must stay loadable when the switch goes on again.
        found = []
        for day in WEEKDAYS:
            try:
                parse_hours(self.day(day).text())
            except ValueError as exc:
                found.append(
                    self.tr("Working hours, {day}: {problem}.").format(
                        day=day_name(day), problem=exc
                    )
                )
        return found

    def read_values(self) -> dict[tuple[str, str], object]:
        values = super().read_values()
        for day in WEEKDAYS:
            values[(TABLE, day)] = normalised(self.day(day).text())
        return values
