"""What the animated figure costs while a break is on screen: CPU time over a window.

    uv run python benchmarks/figure_cpu.py [--seconds 30] [--runs 3]

On a virtual desktop (Xvfb, see benchmarks/desktop.py) runs the real break
window (ui.break_window.BreakWindow, the system clock, the window's own timer)
in a fresh process for each scenario, lets it settle for two seconds, then
for ``--seconds`` reads the process's CPU time (user + system, all threads,
``resource.getrusage``) and how often the figure painted:

* ``moving``: shoulder rolls, its roll step stretched so the figure moves
  (30 frames a second) for the whole window: the most the figure can cost.
* ``holding``: the wall lean's hold, stretched the same way: the figure
  still, the countdown ring ticking (10 a second).
* ``break``: the default routine as a person sees it, moves and holds mixed.
* ``hidden``: the moving scenario with the window hidden: nothing should run.

Medians of ``--runs`` fresh processes are printed, as CPU % of one core.
Issue 19 asks for this figure in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desktop import ROOT, median, virtual_desktop

SCENARIOS = ("moving", "holding", "break", "hidden")
SETTLE_S = 2.0
STRETCH_S = 600  # a step longer than any window measured


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(scenario: str, seconds: float) -> None:
    """Runs in the measured process: one break window, one scenario."""
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from microbreak.core.settings import DEFAULT_EXERCISES  # noqa: PLC0415
    from microbreak.infra.resources import builtin_exercises_dir, load_exercises  # noqa: PLC0415
    from microbreak.infra.system_clock import SystemClock  # noqa: PLC0415
    from microbreak.ui.break_window import BreakWindow  # noqa: PLC0415
    from microbreak.ui.figure_view import FigureView  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    catalog = load_exercises(builtin_exercises_dir())
    if scenario == "break":
        chosen = [catalog.exercises[i] for i in DEFAULT_EXERCISES]
    else:
        source, index = ("wall-lean", 1) if scenario == "holding" else ("shoulder-rolls", 0)
        ex = catalog.exercises[source]
        step = replace(ex.steps[index], seconds=STRETCH_S)
        chosen = [replace(ex, setup=(), steps=(step,))]
    window = BreakWindow(SystemClock(), catalog.pictures, snooze_minutes=5)
    window.start(chosen)
    # The exercise page's figure: the first FigureView that is shown (the end
    # screen's small ones are not).
    figure = next(f for f in window.findChildren(FigureView) if f.isVisible())

    def run(for_seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(for_seconds * 1000), loop.quit)
        loop.exec()

    run(SETTLE_S)
    if scenario == "hidden":
        window.hide()
        run(0.2)
    paints = figure.paints
    cpu = _cpu_seconds()
    run(seconds)
    result = {
        "cpu_s": _cpu_seconds() - cpu,
        "paints": figure.paints - paints,
        "size": [window.width(), window.height()],
        "figure_size": [figure.width(), figure.height()],
    }
    window.hide()
    del app
    print(json.dumps(result), flush=True)


def measure(env: dict[str, str], scenario: str, seconds: float) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", scenario, "--seconds", str(seconds)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=SCENARIOS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds)
        return 0
    with virtual_desktop() as desktop:
        env = {**desktop, "PYTHONPATH": str(ROOT)}
        print(f"{'scenario':<9} {'CPU % of a core':>16} {'frames/s':>9}  runs")
        for scenario in SCENARIOS:
            runs = [measure(env, scenario, args.seconds) for _ in range(args.runs)]
            cpu = [100 * r["cpu_s"] / args.seconds for r in runs]
            fps = [r["paints"] / args.seconds for r in runs]
            each = ", ".join(f"{c:.2f}" for c in cpu)
            print(f"{scenario:<9} {median(cpu):>15.2f}% {median(fps):>9.1f}  {each}")
            print(f"          window {runs[0]['size']}, figure {runs[0]['figure_size']}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
