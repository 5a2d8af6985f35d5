"""Notices when ``config.toml`` changes on disk (a hand edit, an import).

Editors and atomic writes replace the file rather than write into it, which
ends a watch on the file itself; so the folder is watched too, and the file
re-added whenever it reappears. Bursts (an editor's temp file, rename, chmod)
are merged into one ``changed`` signal after a short quiet spell.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

QUIET_MS = 300


class ConfigWatcher(QObject):
    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(QUIET_MS)
        self._debounce.timeout.connect(self._settled)
        self._watcher.fileChanged.connect(lambda _p: self._debounce.start())
        self._watcher.directoryChanged.connect(lambda _p: self._debounce.start())
        self._last = self._stamp()
        self._watch()

    def _watch(self) -> None:
        for target in (self.path.parent, self.path):
            if target.exists() and str(target) not in self._watcher.files() + (
                self._watcher.directories()
            ):
                self._watcher.addPath(str(target))

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def _settled(self) -> None:
        self._watch()
        stamp = self._stamp()
        # Other files in the folder (a .broken- copy, an editor's swap file)
        # change nothing here.
        if stamp != self._last:
            self._last = stamp
            self.changed.emit()

    def stop(self) -> None:
        self._debounce.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
