"""Run by tests/test_real_window.py in a subprocess on a real X server (Xvfb).

Opens the real BreakWindow with the shipped exercises, lets the countdown run
for a moment, saves a screenshot of the X screen, prints the window's geometry
and id, and exits. Kept out of the pytest process because that one runs Qt
offscreen, and a QApplication's platform cannot change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.infra.system_clock import SystemClock
from microbreak.ui.break_window import BreakWindow


def main() -> int:
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("microbreak")
    catalog = load_exercises(builtin_exercises_dir())
    window = BreakWindow(SystemClock(), catalog.pictures, snooze_minutes=5)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])

    def shoot() -> None:
        screen = window.screen()
        screen.grabWindow(0).save(str(out))
        geo = window.frameGeometry()
        focus = QApplication.focusWidget()
        print(
            f"id={int(window.winId())} x={geo.x()} y={geo.y()} w={geo.width()} h={geo.height()} "
            f"active={window.isActiveWindow()} focus={focus is not None}",
            flush=True,
        )
        # exit(), not quit(): quit() asks the break window to close, and a
        # person closing it is asked "Skip this break?" first.
        app.exit(0)

    # Long enough for the first countdown second to tick and the picture to draw.
    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
