"""The settings dialog: Schedule, Exercises, Notifications and sound, Working
hours, General.

The plain pages are built from the settings schema (``KEYS`` in
:mod:`microbreak.core.settings`): each key brings its label, tooltip and
bounds. The Exercises page is made by hand: every exercise with a checkbox,
its picture and a one-line summary, a filter, drag (or Move up/down) to
reorder, a preview of the steps and the estimated length of a break. The
dialog decides nothing about the schedule: OK or Apply
emits :attr:`SettingsDialog.applied` with the new settings, and the app saves
and applies them.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.describe import in_words
from microbreak.core.exercise import Exercise
from microbreak.core.i18n import QT_TRANSLATE_NOOP, Context
from microbreak.core.schema import PAGES, WEEKDAYS, Key, Kind, parse_hours
from microbreak.core.settings import KEYS, Settings, flat_values, with_values
from microbreak.infra.config_store import (
    SettingsFileError,
    export_settings,
    read_settings_file,
    save_settings,
)
from microbreak.ui.announcer import Announcer, Sink, qt_announce
from microbreak.ui.exercise_words import how_it_is_done
from microbreak.ui.language import language_name
from microbreak.ui.svg_view import renderer

# (menu text, test on an exercise)
FILTERS: tuple[tuple[str, Callable[[Exercise], bool]], ...] = (
    (QT_TRANSLATE_NOOP("settings", "All exercises"), lambda ex: True),
    (QT_TRANSLATE_NOOP("settings", "Seated"), lambda ex: ex.posture == "seated"),
    (QT_TRANSLATE_NOOP("settings", "Standing"), lambda ex: ex.posture == "standing"),
    (QT_TRANSLATE_NOOP("settings", "Needs nothing"), lambda ex: ex.equipment == "none"),
    (QT_TRANSLATE_NOOP("settings", "Needs a wall"), lambda ex: ex.equipment == "wall"),
    (QT_TRANSLATE_NOOP("settings", "Needs a doorway"), lambda ex: ex.equipment == "doorway"),
    (QT_TRANSLATE_NOOP("settings", "Needs a strap"), lambda ex: ex.equipment == "strap"),
)
ICON_SIZE = 56
# Headings where one page shows several tables.
SECTIONS = {
    "notifications": QT_TRANSLATE_NOOP("settings", "Notifications"),
    "do_not_disturb": QT_TRANSLATE_NOOP("settings", "When you are busy"),
    "sound": QT_TRANSLATE_NOOP("settings", "Sound"),
    "guidance": QT_TRANSLATE_NOOP("settings", "Spoken guidance"),
    "accessibility": QT_TRANSLATE_NOOP("settings", "Accessibility"),
    "goals": QT_TRANSLATE_NOOP("settings", "Statistics"),
    "interface": QT_TRANSLATE_NOOP("settings", "Language and login"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
EMPTY_SELECTION = QT_TRANSLATE_NOOP(
    "settings", "Choose at least one exercise: a break needs something to do."
)


def _mnemonic(label: str, used: set[str]) -> str:
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


def _t(text: str) -> str:
    """A text from a table here or in the schema, in the chosen language."""
    return QCoreApplication.translate("settings", text)


def _day_name(day: str) -> str:
    """ "monday" in the chosen language: "Montag", "poniedziałek"."""
    return QLocale().standaloneDayName(WEEKDAYS.index(day) + 1)


def _label(key: Key) -> str:
    return _day_name(key.name) if key.kind is Kind.HOURS else _t(key.label)


def _tooltip(key: Key) -> str:
    if key.kind is Kind.HOURS:
        return QCoreApplication.translate("settings", "Working hours on {day}.").format(
            day=_day_name(key.name)
        )
    doc = _t(key.doc)
    if key.kind in (Kind.INT, Kind.COUNT_OR_ALL):
        return (
            doc
            + " "
            + QCoreApplication.translate("settings", "({low} to {high})").format(
                low=key.low, high=key.high
            )
        )
    return doc


def _picture_icon(path: Path | None) -> QIcon:
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.white)
    if path is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg = renderer(path)
        if svg.isValid():
            svg.render(painter)
        painter.end()
    return QIcon(pixmap)


# The exercise preview's counted words (a Context, for lupdate: see core.i18n).
preview = Context("preview")


def steps_html(ex: Exercise) -> str:
    """The preview: what the exercise asks, step by step, with the seconds."""
    parts = [f"<b>{escape(ex.name)}</b> &middot; {escape(how_it_is_done(ex))}"]
    about = preview.tr("About {time}.").format(time=in_words(ex.seconds))
    parts.append(f"<p>{escape(ex.summary)} {escape(about)}</p><ol>")
    parts += [f"<li>{escape(s.text)} ({escape(in_words(s.seconds))})</li>" for s in ex.setup]
    if ex.sides == "both":
        reps = preview.tr("Then %n time(s) on each side:", "", ex.repetitions)
    else:
        reps = preview.tr("Then %n time(s):", "", ex.repetitions)
    parts.append(f"<li>{escape(reps)}<ul>")
    right = ex.side_words[0]
    parts += [
        f"<li>{escape(s.text.replace('{side}', right))} ({escape(in_words(s.seconds))})</li>"
        for s in ex.steps
    ]
    parts.append("</ul></li></ol>")
    if ex.safety:
        parts.append(f"<p><i>{escape(ex.safety)}</i></p>")
    return "".join(parts)


def estimate_seconds(exercises: Sequence[Exercise], per_break: int | str) -> int:
    """The length of a typical break: the mean exercise times how many a break takes."""
    if not exercises:
        return 0
    count = len(exercises) if per_break == "all" else min(int(per_break), len(exercises))
    return round(statistics.mean(ex.seconds for ex in exercises) * count)


class ExercisesPage(QWidget):
    changed = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises: dict[str, Exercise] = {}
        self.pictures: Mapping[str, tuple[Path, ...]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())

        middle = QHBoxLayout()
        self.list = QListWidget()
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(
            self.tr(
                "Tick the exercises you want. Breaks walk through them in this order: "
                "drag to reorder, or use Move up and Move down."
            )
        )
        self.list.setAccessibleName(self.tr("Exercises"))
        middle.addWidget(self.list, 3)
        middle.addLayout(self._side_column(), 2)
        layout.addLayout(middle, 1)

        self.estimate_label = QLabel()
        self.estimate_label.setToolTip(self.tr("How long one break takes with this choice."))
        layout.addWidget(self.estimate_label)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label.setToolTip(
            self.tr("Exercise files that could not be used; fix and reload.")
        )
        layout.addWidget(self.errors_label)

        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(lambda _item: self._on_change())
        self.list.model().rowsMoved.connect(lambda *_: self._on_change())
        self.list.currentItemChanged.connect(lambda item, _prev: self._show_preview(item))
        self.per_break_spin.valueChanged.connect(lambda _v: self._on_change())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reload_button.clicked.connect(self.reload_requested)

    def _top_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.filter_combo = QComboBox()
        self.filter_combo.addItems([_t(name) for name, _ in FILTERS])
        self.filter_combo.setToolTip(self.tr("Show only the exercises that suit where you are."))
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter_combo)
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo, 1)
        self.per_break_spin = QSpinBox()
        self.per_break_spin.setRange(0, 10)
        self.per_break_spin.setSpecialValueText(self.tr("All"))
        per_break_key = next(k for k in KEYS if k.path == "exercises.per_break")
        self.per_break_spin.setToolTip(
            _tooltip(per_break_key) + " " + self.tr("'All' (below 1) takes every chosen exercise.")
        )
        self.per_break_spin.setAccessibleName(_t(per_break_key.label))
        per_label = QLabel(self.tr("Exercises &per break:"))
        per_label.setBuddy(self.per_break_spin)
        top.addWidget(per_label)
        top.addWidget(self.per_break_spin)
        return top

    def _side_column(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the chosen exercise earlier in the routine."))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the chosen exercise later in the routine."))
        self.reload_button = QPushButton(self.tr("&Reload exercises"))
        self.reload_button.setToolTip(
            self.tr("Read the exercise files again, including your own in the exercises folder.")
        )
        for button in (self.up_button, self.down_button, self.reload_button):
            side.addWidget(button)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumWidth(260)
        self.preview.setToolTip(self.tr("The steps of the exercise chosen in the list."))
        side.addWidget(self.preview, 1)
        return side

    # -- content ----------------------------------------------------------

    def set_catalog(
        self,
        exercises: Mapping[str, Exercise],
        pictures: Mapping[str, tuple[Path, ...]],
        errors: Sequence[str],
    ) -> None:
        selected = self.selected() if self.list.count() else None
        self.exercises = dict(exercises)
        self.pictures = pictures
        if errors:
            lines = "".join(f"<li>{escape(e)}</li>" for e in errors)
            self.errors_label.setText(
                self.tr("<b>Skipped (could not be used):</b><ul>{lines}</ul>").format(lines=lines)
            )
        else:
            self.errors_label.setText("")
        self.errors_label.setVisible(bool(errors))
        if selected is not None:
            self.set_selection(selected, self.per_break())

    def set_selection(self, selected: Sequence[str], per_break: int | str) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = [i for i in selected if i in self.exercises]
        rest = sorted(
            (i for i in self.exercises if i not in chosen), key=lambda i: self.exercises[i].name
        )
        for ex_id in chosen + rest:
            ex = self.exercises[ex_id]
            item = QListWidgetItem(f"{ex.name}\n{ex.summary}")
            item.setData(ID_ROLE, ex_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(
                Qt.CheckState.Checked if ex_id in chosen else Qt.CheckState.Unchecked
            )
            paths = self.pictures.get(ex_id, ())
            item.setIcon(_picture_icon(paths[0] if paths else None))
            item.setToolTip(
                f"{ex.name}: {ex.summary} ({how_it_is_done(ex)}, {in_words(ex.seconds)})"
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.per_break_spin.blockSignals(True)
        self.per_break_spin.setValue(0 if per_break == "all" else int(per_break))
        self.per_break_spin.blockSignals(False)
        self._apply_filter()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_change()

    # -- reading ----------------------------------------------------------

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def item_for(self, ex_id: str) -> QListWidgetItem:
        return next(item for item in self.items() if item.data(ID_ROLE) == ex_id)

    def selected(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def per_break(self) -> int | str:
        value = self.per_break_spin.value()
        return "all" if value == 0 else value

    # -- actions ----------------------------------------------------------

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._on_change()

    def _apply_filter(self) -> None:
        _name, keep = FILTERS[max(0, self.filter_combo.currentIndex())]
        for item in self.items():
            item.setHidden(not keep(self.exercises[str(item.data(ID_ROLE))]))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            # The preview follows the list: show the first exercise still listed.
            shown = [item for item in self.items() if not item.isHidden()]
            if shown:
                self.list.setCurrentItem(shown[0])
            else:
                self.list.setCurrentRow(-1)
                self._show_preview(None)

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview.setText("")
            return
        self.preview.setText(steps_html(self.exercises[str(item.data(ID_ROLE))]))

    def _on_change(self) -> None:
        chosen = [self.exercises[i] for i in self.selected()]
        if not chosen:
            self.estimate_label.setText(_t(EMPTY_SELECTION))
        else:
            per = self.per_break()
            count = len(chosen) if per == "all" else min(int(per), len(chosen))
            self.estimate_label.setText(
                self.tr(
                    "A break takes about {length} ({count} of the %n chosen exercise(s); "
                    "the next break goes on where the last one stopped).",
                    "",
                    len(chosen),
                ).format(length=in_words(estimate_seconds(chosen, per)), count=count)
            )
        self.changed.emit()


class SettingsDialog(QDialog):
    """Edit every setting; OK or Apply emits :attr:`applied` with the new settings."""

    applied = Signal(object)  # Settings
    reload_requested = Signal()
    open_file_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        exercises: Mapping[str, Exercise],
        pictures: Mapping[str, tuple[Path, ...]],
        errors: Sequence[str] = (),
        *,
        config_file: Path | None = None,
        languages: Sequence[str] = (),
        announce: Sink = qt_announce,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("microbreak settings"))
        # What the dialog says below the pages (refusals, "defaults restored",
        # import and export) is told to a screen reader too: focus stays on the
        # button just pressed, so the label alone would go unheard.
        self.announcer = Announcer(self, announce)
        self._base = settings
        # The languages with a catalogue ("de", "pt_BR"), for the Language list.
        self.languages = tuple(languages)
        self.config_file = config_file
        self.controls: dict[tuple[str, str], QWidget] = {}
        self.tabs = QTabWidget()
        # It takes focus (handing it to its tab bar), so it needs a name of its own.
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.pages: dict[str, QWidget] = {}
        for page in PAGES:
            widget: QWidget
            if page == "Exercises":
                self.exercises_page = ExercisesPage()
                self.exercises_page.reload_requested.connect(self.reload_requested)
                self.exercises_page.changed.connect(self._clear_message)
                widget = self.exercises_page
            else:
                widget = self._form_page(page)
            self.pages[page] = widget
            self.tabs.addTab(widget, _t(page))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)  # an empty line is nothing to read
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setToolTip(self.tr("Put this page's settings back to their defaults."))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setToolTip(
            self.tr("Save and use these settings now; keep the dialog open.")
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setToolTip(self.tr("Save and use these settings, and close."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving what changed since the last Apply.")
        )
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Load settings from a file; they are checked in full and used when you press OK."
            )
        )
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save these settings to a file, to share or keep."))
        for button in (self.import_button, self.export_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(880, 620)
        self.set_catalog(exercises, pictures, errors)
        self.set_settings(settings)

    # -- building ---------------------------------------------------------

    def _form_page(self, page: str) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        if page != "Working hours":
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        used: set[str] = set()
        # Letters the dialog's own buttons take.
        used.update({"i", "x"})
        several = len({k.table for k in KEYS if k.page == page}) > 1
        table = ""
        for key in KEYS:
            if key.page != page:
                continue
            if several and key.table != table and key.table in SECTIONS:
                form.addRow(QLabel(f"<b>{_t(SECTIONS[key.table])}</b>"))
            table = key.table
            label = _mnemonic(_label(key), used)
            control = self._control(key, label)
            if isinstance(control, QCheckBox):
                form.addRow(control)
            else:
                form.addRow(label + ":", control)
            control.setToolTip(_tooltip(key))
            control.setAccessibleName(_label(key))
            control.setObjectName(key.path)
            self.controls[(key.table, key.name)] = control
        if page == "Working hours":
            note = QLabel(
                self.tr(
                    'Ranges like "09:00-12:30, 13:30-17:00"; leave a day empty for no reminders '
                    "that day. Outside working hours microbreak stays quiet."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        if page == "General" and self.config_file is not None:
            where = QLabel(self.tr("Settings file: {path}").format(path=self.config_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(where)
            open_file = QPushButton(self.tr("&Open the settings file"))
            open_file.setToolTip(
                self.tr(
                    "Open config.toml in your editor: every key is described there. "
                    "Saved changes apply at once."
                )
            )
            open_file.clicked.connect(self.open_file_requested)
            row = QHBoxLayout()
            row.addWidget(open_file)
            row.addStretch(1)
            form.addRow(row)
        return widget

    def _control(self, key: Key, label: str) -> QWidget:
        """The control that edits one key (a check box carries its own label)."""
        if key.kind is Kind.BOOL:
            return QCheckBox(label)
        if key.kind is Kind.INT:
            spin = QSpinBox()
            spin.setRange(key.low, key.high)
            # Where 0 means something else than a count, say what.
            zero = {
                "schedule.heads_up_seconds": self.tr("Off"),
                "schedule.max_snoozes": self.tr("Unlimited"),
                "history.keep_days": self.tr("Forever"),
            }.get(key.path)
            if zero is not None:
                spin.setSpecialValueText(zero)
            return spin
        if key.kind is Kind.LANGUAGE:
            return self._language_combo()
        if key.kind is Kind.HOURS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("no reminders this day"))
            return edit
        raise AssertionError(key)  # pragma: no cover - the rest live on the Exercises page

    # -- state ------------------------------------------------------------

    def set_catalog(
        self,
        exercises: Mapping[str, Exercise],
        pictures: Mapping[str, tuple[Path, ...]],
        errors: Sequence[str] = (),
    ) -> None:
        self.exercises_page.set_catalog(exercises, pictures, errors)

    def set_settings(self, settings: Settings) -> None:
        """Show ``settings`` in every control."""
        self._base = settings
        self._show_values(flat_values(settings), pages=set(PAGES))

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

    def _show_values(self, values: Mapping[tuple[str, str], object], pages: set[str]) -> None:
        for (table, name), control in self.controls.items():
            key = next(k for k in KEYS if k.table == table and k.name == name)
            if key.page not in pages:
                continue
            value = values[(table, name)]
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
        if "Exercises" in pages:
            selected = values[("exercises", "selected")]
            per_break = values[("exercises", "per_break")]
            assert isinstance(selected, tuple)
            assert isinstance(per_break, int | str)
            self.exercises_page.set_selection(selected, per_break)

    def restore_defaults(self) -> None:
        """Put the current page's settings back to their defaults."""
        page = PAGES[self.tabs.currentIndex()]
        self._show_values(flat_values(Settings()), pages={page})
        self._say(
            self.tr("{page}: defaults restored. Press OK or Apply to use them.").format(
                page=_t(page)
            )
        )

    def problems(self) -> list[str]:
        """What stops the dialog's values being saved, in words; empty when all is well."""
        found: list[str] = []
        if not self.exercises_page.selected():
            found.append(_t(EMPTY_SELECTION))
        for (_table, name), control in self.controls.items():
            if isinstance(control, QLineEdit):
                try:
                    parse_hours(control.text())
                except ValueError as exc:
                    found.append(
                        self.tr("Working hours, {day}: {problem}.").format(
                            day=_day_name(name), problem=exc
                        )
                    )
        return found

    def values(self) -> Settings:
        """The settings the controls show (call :meth:`problems` first)."""
        values: dict[tuple[str, str], object] = {}
        for (table, name), control in self.controls.items():
            if isinstance(control, QCheckBox):
                values[(table, name)] = control.isChecked()
            elif isinstance(control, QSpinBox):
                values[(table, name)] = control.value()
            elif isinstance(control, QLineEdit):
                values[(table, name)] = ", ".join(
                    f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}"
                    for s, e in parse_hours(control.text())
                )
            elif isinstance(control, QComboBox):
                values[(table, name)] = str(control.currentData())
        selected = self.exercises_page.selected()
        # Keep chosen ids whose file is missing right now (a custom exercise
        # being fixed): they are not in the list, but not the user's choice to drop.
        missing = tuple(
            i for i in self._base.exercises.selected if i not in self.exercises_page.exercises
        )
        values[("exercises", "selected")] = selected + missing
        values[("exercises", "per_break")] = self.exercises_page.per_break()
        return with_values(self._base, values)

    # -- buttons ----------------------------------------------------------

    def _say(self, text: str) -> None:
        """Show a message below the pages (empty: hide it) and announce it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.announcer.announce(text)

    def _clear_message(self) -> None:
        if self.message.text() == _t(EMPTY_SELECTION) and self.exercises_page.selected():
            self._say("")

    def apply(self) -> bool:
        """Emit :attr:`applied` if every value is allowed; else say why not."""
        problems = self.problems()
        if problems:
            self._say("\n".join(problems))
            if _t(EMPTY_SELECTION) in problems:
                self.tabs.setCurrentWidget(self.exercises_page)
            return False
        settings = self.values()
        self._base = settings
        self._say("")
        self.applied.emit(settings)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if button is self.restore_button:
            self.restore_defaults()
        elif button is self.apply_button:
            self.apply()
        elif button is self.import_button:
            self.import_from()
        elif button is self.export_button:
            self.export_to()
        elif role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.accept()
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()

    def import_from(self, path: Path | None = None) -> bool:
        """Load a settings file into the dialog, only if every value in it is allowed."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import microbreak settings"),
                str(Path.home()),
                self.tr("Settings (*.toml)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            settings, _text = read_settings_file(path)
        except SettingsFileError as exc:
            self._say(self.tr("Nothing was imported. {problem}").format(problem=exc))
            return False
        self.set_settings(settings)
        self._say(
            self.tr("Imported {path}. Press OK or Apply to use these settings.").format(path=path)
        )
        return True

    def export_to(self, path: Path | None = None) -> bool:
        """Save the settings the dialog shows to a file (comments of the current file kept)."""
        problems = self.problems()
        if problems:
            self._say("\n".join(problems))
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export microbreak settings"),
                str(Path.home() / "microbreak-settings.toml"),
                self.tr("Settings (*.toml)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            if self.config_file is not None:
                export_settings(self.config_file, path)
            save_settings(path, self.values(), datetime.now().astimezone())
        except OSError as exc:
            self._say(
                self.tr("Could not export to {path}: {problem}").format(
                    path=path, problem=exc.strerror or exc
                )
            )
            return False
        self._say(self.tr("Settings exported to {path}.").format(path=path))
        return True
