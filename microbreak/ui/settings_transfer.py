"""Import and export of settings files from the settings dialog.

Importing reads a whole file and takes it only if every value in it is
allowed; exporting writes the settings the dialog shows, keeping the comments
of the current settings file. Each returns what to tell the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from microbreak.core.clock import Clock
from microbreak.core.settings import Settings
from microbreak.infra.config_store import (
    SettingsFileError,
    export_settings,
    read_settings_file,
    save_refusal,
    save_settings,
)


@dataclass(frozen=True)
class Imported:
    settings: Settings | None  # None: nothing was imported
    message: str


class SettingsTransfer(QObject):
    def __init__(self, clock: Clock, config_file: Path | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._clock = clock
        self._config_file = config_file

    def _window(self) -> QWidget | None:
        # Looked up, not kept: the dialog keeps this object, and a reference
        # back would make a cycle only the garbage collector could free.
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def ask_import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window(),
            self.tr("Import microbreak settings"),
            str(Path.home()),
            self.tr("Settings (*.toml)"),
        )
        return Path(name) if name else None

    def ask_export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._window(),
            self.tr("Export microbreak settings"),
            str(Path.home() / "microbreak-settings.toml"),
            self.tr("Settings (*.toml)"),
        )
        return Path(name) if name else None

    def import_from(self, path: Path) -> Imported:
        try:
            settings, _text = read_settings_file(path)
        except SettingsFileError as exc:
            return Imported(None, self.tr("Nothing was imported. {problem}").format(problem=exc))
        return Imported(
            settings,
            self.tr("Imported {path}. Press OK or Apply to use these settings.").format(path=path),
        )

    def save_refusal(self) -> str:
        """Why OK or Apply must not save now ("" when they may).

        The settings file does not parse (half-way through a hand edit,
        perhaps) or cannot be read: saving would have to set it aside, and
        the person would lose their edit. The watcher leaves such a file
        alone; so does the dialog, and says so.
        """
        if self._config_file is None:
            return ""
        problem = save_refusal(self._config_file)
        if problem is None:
            return ""
        return self.tr(
            "Nothing was saved: {problem}. The file is left as it is and your choices "
            "here are kept: fix the file (Open the settings file, on the General page) "
            "and press OK or Apply again."
        ).format(problem=problem)

    def export_to(self, path: Path, settings: Settings) -> tuple[bool, str]:
        """Write ``settings`` to ``path``: (done, what to say)."""
        try:
            if self._config_file is not None:
                export_settings(self._config_file, path)
            # The person chose to overwrite ``path``: if what is there does not
            # parse, it is moved aside (the time names it) and written afresh.
            save_settings(
                path, settings, self._clock.local(self._clock.now()), replace_unparsed=True
            )
        except SettingsFileError as exc:
            return False, self.tr("Nothing was exported: {problem}").format(problem=exc)
        except OSError as exc:
            return False, self.tr("Could not export to {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            )
        return True, self.tr("Settings exported to {path}.").format(path=path)
