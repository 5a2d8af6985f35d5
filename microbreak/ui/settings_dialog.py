"""The settings dialog: Schedule, Exercises, Notifications and sound, Working
hours, General.

This module is the shell: the tabs, the message line below them and the
buttons. The pages are their own modules: the plain ones are built from the
settings schema (:mod:`microbreak.ui.settings_form`, with
:mod:`~microbreak.ui.schedule_page` and
:mod:`~microbreak.ui.working_hours_editor`), the Exercises page is
:mod:`microbreak.ui.exercises_page`, and import and export are
:mod:`microbreak.ui.settings_transfer`. The dialog decides nothing about the
schedule: OK or Apply emits :attr:`SettingsDialog.applied` with the new
settings, and the app saves and applies them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.clock import Clock
from microbreak.core.exercise import Exercise
from microbreak.core.schema import (
    EXERCISES_PAGE,
    GENERAL_PAGE,
    PAGES,
    SCHEDULE_PAGE,
    WORKING_HOURS_PAGE,
)
from microbreak.core.settings import Settings
from microbreak.core.settings_data import flat_values, with_values
from microbreak.ui.announcer import Announcer, Sink, qt_announce
from microbreak.ui.exercises_page import EMPTY_SELECTION, ExercisesPage
from microbreak.ui.schedule_page import SchedulePage
from microbreak.ui.settings_form import FormPage, t
from microbreak.ui.settings_form import mnemonic as _mnemonic
from microbreak.ui.settings_transfer import SettingsTransfer
from microbreak.ui.shortcuts_offer import ShortcutsHost, ShortcutsOffer
from microbreak.ui.working_hours_editor import WorkingHoursPage

__all__ = ["EMPTY_SELECTION", "SettingsDialog", "TabBar", "_mnemonic"]

# Access letters of the Import… and Export… buttons, kept off every page.
BUTTON_LETTERS = ("i", "x")


class TabBar(QTabBar):
    """A tab bar whose tabs are tall enough for accents and descenders.

    Fusion draws an unselected tab a little lower than the selected one and
    clips its text to the tab: "Übungen" lost its umlaut and its "g". The
    extra room is a share of the font's height, so it grows with the font
    (tests/test_settings_dialog.py renders the tabs to check).
    """

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's name
        size = super().tabSizeHint(index)
        metrics = self.fontMetrics()
        return QSize(size.width(), size.height() + metrics.height() // 3)


class SettingsDialog(QDialog):
    """Edit every setting; OK or Apply emits :attr:`applied` with the new settings."""

    applied = Signal(object)  # Settings
    reload_requested = Signal()
    open_file_requested = Signal()

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        exercises: Mapping[str, Exercise],
        pictures: Mapping[str, tuple[Path, ...]],
        errors: Sequence[str] = (),
        *,
        config_file: Path | None = None,
        languages: Sequence[str] = (),
        announce: Sink = qt_announce,
        shortcuts: ShortcutsHost | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))  # Qt adds " — microbreak" on a desktop
        # What the dialog says below the pages (refusals, "defaults restored",
        # import and export) is told to a screen reader too: focus stays on the
        # button just pressed, so the label alone would go unheard.
        self.announcer = Announcer(self, announce)
        self._base = settings
        self.config_file = config_file
        self.transfer = SettingsTransfer(clock, config_file, self)
        self.tabs = QTabWidget()
        self.tabs.setTabBar(TabBar())
        # It takes focus (handing it to its tab bar), so it needs a name of its own.
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.exercises_page = ExercisesPage()
        self.exercises_page.reload_requested.connect(self.reload_requested)
        self.exercises_page.changed.connect(self._selection_changed)
        self.form_pages: dict[str, FormPage] = {}
        self.pages: dict[str, QWidget] = {}
        for page in PAGES:
            widget: QWidget
            if page == EXERCISES_PAGE:
                widget = self.exercises_page
            else:
                widget = self.form_pages[page] = self._form_page(page, languages)
            self.pages[page] = widget
            self.tabs.addTab(widget, t(page))
        self.controls = {
            key: control
            for page in self.form_pages.values()
            for key, control in page.controls.items()
        }
        if config_file is not None:
            self._offer_the_file(self.form_pages[GENERAL_PAGE], config_file)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)  # an empty line is nothing to read
        # Only where the desktop has the shortcuts portal (ui/shortcuts_offer.py).
        self.shortcuts_offer = (
            ShortcutsOffer(self.form_pages[GENERAL_PAGE], shortcuts, self._say)
            if shortcuts is not None
            else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._button_row())
        self.resize(880, 620)
        self.set_catalog(exercises, pictures, errors)
        self.set_settings(settings)

    # -- building ---------------------------------------------------------

    def _form_page(self, page: str, languages: Sequence[str]) -> FormPage:
        if page == SCHEDULE_PAGE:
            return SchedulePage(languages=languages, reserved=BUTTON_LETTERS)
        if page == WORKING_HOURS_PAGE:
            return WorkingHoursPage(languages=languages, reserved=BUTTON_LETTERS)
        return FormPage(page, languages=languages, reserved=BUTTON_LETTERS)

    def _offer_the_file(self, page: FormPage, config_file: Path) -> None:
        where = page.add_note(self.tr("Settings file: {path}").format(path=config_file))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_file = QPushButton(self.tr("&Open the settings file"))
        open_file.setToolTip(
            self.tr(
                "Open the settings file in your editor: every setting is described there. "
                "Saved changes apply at once."
            )
        )
        open_file.clicked.connect(self.open_file_requested)
        row = QHBoxLayout()
        row.addWidget(open_file)
        row.addStretch(1)
        page.form.addRow(row)

    def _button_row(self) -> QHBoxLayout:
        """Import… and Export… on the left; the dialog's own buttons in the platform's order.

        Import and export are about files, not about closing the dialog, so
        they stay out of the row of OK, Cancel and Apply.
        """
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
        self.buttons.clicked.connect(self._clicked)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Load settings from a file; they are checked in full and used when you press OK."
            )
        )
        self.import_button.clicked.connect(self._import_pressed)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Save these settings to a file, to share or keep."))
        self.export_button.clicked.connect(self._export_pressed)
        for button in (self.import_button, self.export_button):
            button.setAutoDefault(False)  # Enter is OK's, as in the dialog's own row
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addWidget(self.buttons, 1)
        return row

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

    def _show_values(self, values: Mapping[tuple[str, str], object], pages: set[str]) -> None:
        for name, page in self.form_pages.items():
            if name in pages:
                page.show_values(values)
        if EXERCISES_PAGE in pages:
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
                page=t(page)
            )
        )

    def problems(self) -> list[str]:
        """What stops the dialog's values being saved, in words; empty when all is well."""
        found: list[str] = []
        if not self.exercises_page.selected():
            found.append(t(EMPTY_SELECTION))
        for page in self.form_pages.values():
            found += page.problems()
        return found

    def values(self) -> Settings:
        """The settings the controls show (call :meth:`problems` first)."""
        values: dict[tuple[str, str], object] = {}
        for page in self.form_pages.values():
            values.update(page.read_values())
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

    def _say(self, text: str, *, announce: bool = True) -> None:
        """Show a message below the pages (empty: hide it) and announce it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if announce:
            self.announcer.announce(text)

    def _selection_changed(self) -> None:
        """Say at once, and only here, when no exercise is chosen; clear it when one is."""
        empty = t(EMPTY_SELECTION)
        if not self.exercises_page.selected():
            if self.message.text() != empty:
                # Shown, not announced: the person ticking boxes sees the page;
                # pressing OK or Apply announces it.
                self._say(empty, announce=False)
        elif self.message.text() == empty:
            self._say("")

    def apply(self) -> bool:
        """Emit :attr:`applied` if every value is allowed; else say why not."""
        problems = self.problems()
        if problems:
            self._say("\n".join(problems))
            if t(EMPTY_SELECTION) in problems:
                self.tabs.setCurrentWidget(self.exercises_page)
            return False
        refusal = self.transfer.save_refusal()
        if refusal:
            # Nothing applied either: the person fixes the file, or closes the dialog.
            self._say(refusal)
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
        elif role == QDialogButtonBox.ButtonRole.AcceptRole:
            self.accept()
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            self.reject()

    # The buttons' clicked() carries a "checked" flag, not a path: ask for one.
    def _import_pressed(self) -> None:
        self.import_from()

    def _export_pressed(self) -> None:
        self.export_to()

    def import_from(self, path: Path | None = None) -> bool:
        """Load a settings file into the dialog, only if every value in it is allowed."""
        path = path or self.transfer.ask_import_path()
        if path is None:
            return False
        imported = self.transfer.import_from(path)
        if imported.settings is not None:
            self.set_settings(imported.settings)
        self._say(imported.message)
        return imported.settings is not None

    def export_to(self, path: Path | None = None) -> bool:
        """Save the settings the dialog shows to a file (comments of the current file kept)."""
        problems = self.problems()
        if problems:
            self._say("\n".join(problems))
            return False
        path = path or self.transfer.ask_export_path()
        if path is None:
            return False
        done, message = self.transfer.export_to(path, self.values())
        self._say(message)
        return done
