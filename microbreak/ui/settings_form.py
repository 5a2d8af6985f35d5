"""The plain pages of the settings dialog, built from the settings schema.

Each key of a page (``KEYS`` in :mod:`microbreak.core.settings`) brings its
label, tooltip and bounds; :class:`FormPage` makes one control per key, shows
values in them and reads them back. The pages with more to say (Schedule,
Working hours) are subclasses in their own modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.core.schema import WEEKDAYS, Key, Kind
from microbreak.core.settings import KEYS
from microbreak.ui.language import language_name

# Headings where one page shows several tables.
SECTIONS = {
    "movement": QT_TRANSLATE_NOOP("settings", "Movement breaks"),
    "eyes": QT_TRANSLATE_NOOP("settings", "Eye breaks"),
    "escalation": QT_TRANSLATE_NOOP("settings", "Breaks put off"),
    "daily_budget": QT_TRANSLATE_NOOP("settings", "Daily limit"),
    "notifications": QT_TRANSLATE_NOOP("settings", "Notifications"),
    "do_not_disturb": QT_TRANSLATE_NOOP("settings", "When you are busy"),
    "sound": QT_TRANSLATE_NOOP("settings", "Sound"),
    "guidance": QT_TRANSLATE_NOOP("settings", "Spoken guidance"),
    "accessibility": QT_TRANSLATE_NOOP("settings", "Accessibility"),
    "goals": QT_TRANSLATE_NOOP("settings", "Statistics"),
    "interface": QT_TRANSLATE_NOOP("settings", "Language and login"),
}

# The schema's description is written for config.toml and docs/CONFIGURATION.md,
# where naming another key helps. A tooltip is read
# by someone looking at labels, not keys: these say the same in plain words.
PLAIN_DOCS = {
    "schedule.smart_timing": QT_TRANSLATE_NOOP(
        "settings",
        "Let a break come at a short pause in your typing near its time, instead of "
        "cutting into a sentence. Where microbreak cannot tell when you type, breaks keep "
        "to the minutes between breaks.",
    ),
    "interface.language": QT_TRANSLATE_NOOP(
        "settings",
        "The language of microbreak's windows, messages and exercise steps. System default "
        "follows your computer's language.",
    ),
}

# A line under a control whose label alone does not say what it does: read by
# everyone, not only by those who find the tooltip.
NOTES = {
    "daily_budget.hours": QT_TRANSLATE_NOOP(
        "settings",
        "One calm notice after this many hours at the computer in a day; "
        "time away and breaks do not count.",
    ),
    "do_not_disturb.watching_counts_as_activity": QT_TRANSLATE_NOOP(
        "settings",
        "Watching a video or a presentation counts as being at the computer, not as a break.",
    ),
}

# Where 0 in a spin box means something else than a count, what it says.
ZERO_MEANS = {
    "schedule.heads_up_seconds": QT_TRANSLATE_NOOP("settings", "Off"),
    "schedule.max_snoozes": QT_TRANSLATE_NOOP("settings", "Unlimited"),
    "history.keep_days": QT_TRANSLATE_NOOP("settings", "Forever"),
    "movement.every": QT_TRANSLATE_NOOP("settings", "Off"),
    "escalation.daily_skips": QT_TRANSLATE_NOOP("settings", "No limit"),
    "daily_budget.hours": QT_TRANSLATE_NOOP("settings", "Off"),
}


def t(text: str) -> str:
    """A text from a table here or in the schema, in the chosen language."""
    return QCoreApplication.translate("settings", text)


def day_name(day: str) -> str:
    """ "monday" in the chosen language: "Montag", "poniedziałek"."""
    return QLocale().standaloneDayName(WEEKDAYS.index(day) + 1)


def mnemonic(label: str, used: set[str]) -> str:
    """Put an ``&`` before the first letter not yet used on the page (Alt+letter).

    Only a letter a keyboard types (a-z) will do. A label with none (Japanese,
    Chinese) gets one after it, the way those languages show access keys:
    "休憩の間隔 (&A)".
    """
    for i, char in enumerate(label):
        if char.isascii() and char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            return label[:i] + "&" + label[i:]
    if any(c.isascii() and c.isalpha() for c in label):
        return label  # every one of its letters is taken already
    for letter in "abcdefghijklmnopqrstuvwxyz":
        if letter not in used:
            used.add(letter)
            return f"{label} (&{letter.upper()})"
    return label


def label_for(key: Key) -> str:
    return day_name(key.name) if key.kind is Kind.HOURS else t(key.label)


def tooltip_for(key: Key) -> str:
    """What a key's control does, in plain words (no key names), with its bounds."""
    if key.kind is Kind.HOURS:
        return QCoreApplication.translate("settings", "Working hours on {day}.").format(
            day=day_name(key.name)
        )
    doc = t(PLAIN_DOCS.get(key.path, key.doc))
    if key.kind in (Kind.INT, Kind.COUNT_OR_ALL):
        return (
            doc
            + " "
            + QCoreApplication.translate("settings", "({low} to {high})").format(
                low=key.low, high=key.high
            )
        )
    return doc


def follow_switch(switch: QCheckBox, widgets: Iterable[QWidget | None]) -> None:
    """Grey ``widgets`` while ``switch`` is off, and keep doing so as it changes.

    A field that does nothing while its switch is off should not look editable.
    """
    shown = [w for w in widgets if w is not None]

    def follow(on: bool) -> None:
        for widget in shown:
            widget.setEnabled(on)

    switch.toggled.connect(follow)
    follow(switch.isChecked())


class FormPage(QWidget):
    """One plain page: a labelled control for each of the page's keys.

    ``reserved`` are access-key letters taken already (by the dialog's buttons).
    """

    def __init__(
        self,
        page: str,
        *,
        languages: Sequence[str] = (),
        reserved: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        # The languages with a catalogue ("de", "pt_BR"), for the Language list.
        self.languages = tuple(languages)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.controls: dict[tuple[str, str], QWidget] = {}
        self.used_letters = set(reserved)
        keys = [k for k in KEYS if k.page == page]
        several = len({k.table for k in keys}) > 1
        table = ""
        for key in keys:
            if several and key.table != table and key.table in SECTIONS:
                self.form.addRow(QLabel(f"<b>{t(SECTIONS[key.table])}</b>"))
            table = key.table
            self._add_row(key)

    def _add_row(self, key: Key) -> None:
        label = mnemonic(label_for(key), self.used_letters)
        control = self._control(key, label)
        if isinstance(control, QCheckBox):
            self.form.addRow(control)
        else:
            self.form.addRow(label + ":", control)
        control.setToolTip(tooltip_for(key))
        control.setAccessibleName(label_for(key))
        control.setObjectName(key.path)
        self.controls[(key.table, key.name)] = control
        if key.path in NOTES:
            note = self.add_note(t(NOTES[key.path]))
            note.setObjectName(f"{key.path}.note")
            if isinstance(control, QCheckBox):
                note.setIndent(24)  # under the check box's text, not its box
            control.setAccessibleDescription(note.text())

    def _control(self, key: Key, label: str) -> QWidget:
        """The control that edits one key (a check box carries its own label)."""
        if key.kind is Kind.BOOL:
            return QCheckBox(label)
        if key.kind is Kind.INT:
            spin = QSpinBox()
            spin.setRange(key.low, key.high)
            if key.path in ZERO_MEANS:
                spin.setSpecialValueText(t(ZERO_MEANS[key.path]))
            return spin
        if key.kind is Kind.LANGUAGE:
            return self._language_combo()
        if key.kind is Kind.HOURS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("no reminders this day"))
            return edit
        raise AssertionError(key)  # pragma: no cover - the rest live on the Exercises page

    def _language_combo(self) -> QComboBox:
        """The system's language first, then each language by its own name."""
        combo = QComboBox()
        combo.addItem(
            self.tr("System default ({language})").format(
                language=language_name(QLocale.system().name())
            ),
            "",
        )
        for name, code in sorted((language_name(c), c) for c in self.languages):
            combo.addItem(name, code)
        return combo

    def control(self, table: str, name: str) -> QWidget:
        return self.controls[(table, name)]

    def label_of(self, control: QWidget) -> QWidget | None:
        """The label beside a control (none for a check box)."""
        return self.form.labelForField(control)

    def row_of(self, control: QWidget) -> int:
        """The form row that holds ``control``."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                if item is not None and item.widget() is control:
                    return row
        raise LookupError(control.objectName())

    def add_note(self, text: str = "", *, row: int = -1) -> QLabel:
        """A wrapped line of explanation at ``row`` (-1: below the page's controls)."""
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.insertRow(row, note)
        return note

    # -- values -----------------------------------------------------------

    def show_values(self, values: Mapping[tuple[str, str], object]) -> None:
        for key, control in self.controls.items():
            value = values[key]
            if isinstance(control, QCheckBox):
                control.setChecked(bool(value))
            elif isinstance(control, QSpinBox):
                control.setValue(int(str(value)))
            elif isinstance(control, QLineEdit):
                control.setText(str(value))
            elif isinstance(control, QComboBox):
                found = control.findData(value)
                if found < 0:  # a language from the file with no catalogue here
                    control.addItem(str(value), value)
                    found = control.count() - 1
                control.setCurrentIndex(found)

    def problems(self) -> list[str]:
        """What stops this page's values being saved, in words."""
        return []

    def read_values(self) -> dict[tuple[str, str], object]:
        """The values the controls show (call :meth:`problems` first)."""
        values: dict[tuple[str, str], object] = {}
        for key, control in self.controls.items():
            if isinstance(control, QCheckBox):
                values[key] = control.isChecked()
            elif isinstance(control, QSpinBox):
                values[key] = control.value()
            elif isinstance(control, QLineEdit):
                values[key] = control.text()
            elif isinstance(control, QComboBox):
                values[key] = str(control.currentData())
        return values
