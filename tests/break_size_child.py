"""Opens the real break window on a virtual screen and reports where its parts are.

Run by tests/test_break_screen_fit.py as ``python tests/break_size_child.py
CASES OUT_DIR`` with QT_QPA_PLATFORM=offscreen:configfile=... (the screen's
size; the pytest process's own offscreen screen is fixed at 800x800). CASES is
a JSON list of {"language", "point_size", "firmness": [level, skips,
snoozes] or null, "exercises": number of the default routine's, and optionally
"pointer": [x, y], where the mouse pointer is}. For each it
opens a firm (or calm) break in a fresh window, lets the layout settle,
saves a screenshot and prints one JSON line: the screen's available area,
the window's size and each part's rectangle in the window, with the height
each wrapped text needs at its width.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from microbreak.core import i18n
from microbreak.core.clock import FakeClock
from microbreak.core.escalation import Firmness
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import builtin_exercises_dir, load_exercises, translations_dir
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.language import LanguageSwitch, install_english_plurals

PARTS = (
    "position_label",
    "why_label",
    "title_label",
    "pose_area",
    "figure",
    "step_label",
    "ring",
    "breathing_label",
    "safety_label",
    "back_button",
    "bottom",
)


def rect_in(widget: QWidget, window: QWidget) -> list[int]:
    r = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return [r.x(), r.y(), r.width(), r.height()]


def measure(window: BreakWindow) -> dict[str, object]:
    page = window._page
    parts: dict[str, object] = {}
    for name in PARTS:
        widget: QWidget = getattr(page, name)
        part: dict[str, object] = {
            "rect": rect_in(widget, window),
            "visible": widget.isVisibleTo(window),
        }
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            part["needs"] = widget.heightForWidth(widget.width())
        parts[name] = part
    area = window.screen().availableGeometry()
    return {
        "area": [area.x(), area.y(), area.width(), area.height()],
        "window": [window.width(), window.height()],
        "parts": parts,
    }


def main() -> int:
    cases = json.loads(sys.argv[1])
    out = Path(sys.argv[2])
    app = QApplication(sys.argv[:1])
    install_english_plurals(app, translations_dir())
    switch = LanguageSwitch(app, translations_dir(), forced=None)
    base = app.font()
    clock = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    for case in cases:
        switch.use(case["language"])
        font = app.font()
        font.setPointSizeF(case["point_size"] or base.pointSizeF())
        app.setFont(font)
        catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
        window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
        firm = case["firmness"]
        routine = [catalog.exercises[i] for i in DEFAULT_EXERCISES[: case["exercises"]]]
        if case.get("pointer"):
            QCursor.setPos(*case["pointer"])  # the break opens on the pointer's screen
        window.start(routine, firmness=Firmness(*firm) if firm else None)
        QApplication.processEvents()
        area = window.screen().geometry()
        firmer = "-firm" if firm else ""
        name = f"{area.width()}x{area.height()}-{case['language']}{firmer}"
        name += f"-{case['point_size'] or 'default'}pt"
        window.grab().save(str(out / f"break-fit-{name}.png"))
        print(json.dumps({"case": case, **measure(window)}), flush=True)
        window.hide()
        window.deleteLater()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
