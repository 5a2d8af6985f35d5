"""How long the statistics window takes to open with a year of history.

    uv run python benchmarks/stats_window_open.py [--runs N] [--breaks N]

Writes about 10,000 breaks (every day of a year, three exercises each) into
a temporary history file, then opens the statistics window the way the app
does, again and again: read the history from SQLite, count it
(core.stats.summarize), build the window, show it and paint it once. Each
phase is timed separately, the window is built fresh every run, and the
figures are printed as a table. Qt runs offscreen unless QT_QPA_PLATFORM says
otherwise. Record results in docs/PERFORMANCE.md.

The issue's budget: under 300 ms from click to first paint.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from microbreak.core.clock import FakeClock  # noqa: E402
from microbreak.core.stats import summarize  # noqa: E402
from microbreak.infra.history import HistoryStore  # noqa: E402
from microbreak.infra.resources import builtin_exercises_dir, load_exercises  # noqa: E402
from microbreak.ui.stats_window import StatsWindow  # noqa: E402
from tests.history_data import HOME, add_breaks, year_of_breaks  # noqa: E402

BUDGET_MS = 300.0
LABELS = {
    "read": "  read, as the window does",
    "count": "  count (summarize, 7 days)",
    "read_all": "  read all (CSV export, CLI)",
    "build": "build the window",
    "refresh": "refresh: read + count + fill",
    "paint": "show + first paint",
    "total": "open: click to painted",
}
TODAY = date(2026, 11, 24)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"SQLite {sqlite3.sqlite_version}; QPA {os.environ['QT_QPA_PLATFORM']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--breaks", type=int, default=10_000)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    # The app has a window up (status window or tray menu) long before anyone
    # opens the statistics: fonts and style are loaded. Do the same here.
    warm = QLabel("microbreak")
    warm.show()
    app.processEvents()
    names = {i: ex.name for i, ex in load_exercises(builtin_exercises_dir()).exercises.items()}
    clock = FakeClock(datetime(2026, 11, 24, 17, 0, tzinfo=HOME))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "history.sqlite3"
        store = HistoryStore.open(db, clock)
        records = year_of_breaks(TODAY, count=args.breaks)
        add_breaks(store, records)
        exercises = sum(len(r.exercises) for r in records)
        size = db.stat().st_size + db.with_name(db.name + "-wal").stat().st_size
        print(f"machine: {machine()}")
        print(
            f"history: {len(records)} breaks, {exercises} exercise rows, "
            f"{records[0].offered_at:%Y-%m-%d} to {records[-1].offered_at:%Y-%m-%d}, "
            f"{size / 1e6:.1f} MB"
        )

        phases: dict[str, list[float]] = {k: [] for k in LABELS}
        recent = clock.now() - timedelta(days=31)
        for _ in range(args.runs):
            # For reference, the pieces of refresh() on their own.
            t0 = time.perf_counter()
            rows = store.breaks(exercises_from=recent)
            t1 = time.perf_counter()
            summarize(rows, TODAY, days=7, goal=6)
            t2 = time.perf_counter()
            store.breaks()
            t3 = time.perf_counter()
            # The open itself, as the app's open_stats() does it, in a new window.
            window = StatsWindow(clock, store, goal=6, names=names)
            t4 = time.perf_counter()
            window.refresh()
            t5 = time.perf_counter()
            window.show()
            window.repaint()  # the first paint, synchronously
            app.processEvents()
            t6 = time.perf_counter()
            window.close()
            window.deleteLater()
            app.processEvents()
            for key, seconds in (
                ("read", t1 - t0),
                ("count", t2 - t1),
                ("read_all", t3 - t2),
                ("build", t4 - t3),
                ("refresh", t5 - t4),
                ("paint", t6 - t5),
                ("total", t6 - t3),
            ):
                phases[key].append(seconds * 1000)
        store.close()

    print(f"\n{args.runs} runs, milliseconds         min   median      max")
    for key, label in LABELS.items():
        values = phases[key]
        print(
            f"  {label:<30}{min(values):7.1f}  {statistics.median(values):7.1f}  {max(values):7.1f}"
        )
    worst = max(phases["total"])
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"\nslowest open {worst:.0f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")
    return 0 if worst < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
