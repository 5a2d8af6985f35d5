"""Run every app benchmark on one virtual desktop and print one table.

    uv run python benchmarks/report.py           # by hand: the issues' full lengths
    uv run python benchmarks/report.py --quick   # CI: shorter windows, fewer runs
    uv run python benchmarks/report.py --install-peers   # apt-get Workrave, Safe Eyes first

The app and the floors run from the wheel, built and installed into a fresh
venv (copies, not uv's hard links; see desktop.fresh_install), each program
measured alone.

The figures and targets are explained in docs/PERFORMANCE.md. Always exits 0
when the measurements ran (a missed target is reported in the table, not as
a failure: timings on a shared machine are too noisy to gate on); exits 1
only if a benchmark could not run at all.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import break_latency, day_of_breaks, idle_cost, startup_time
from benchmarks.desktop import (
    Row,
    install_peers,
    interpreter,
    missing_tools,
    print_table,
    virtual_desktop,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="short idle windows, fewer runs (CI)")
    parser.add_argument("--install-peers", action="store_true", help="apt-get install them")
    parser.add_argument("--project-env", action="store_true", help="no fresh venv (reads low)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"benchmarks skipped: missing {', '.join(missing)}")
        return 1
    if args.install_peers:
        install_peers()
    if args.quick:
        settle, idle_s, starts, breaks_runs, day = 5.0, 15.0, 3, 5, 30
    else:
        settle, idle_s, starts, breaks_runs, day = 35.0, 25.0, 5, 10, 100
    rows: list[Row] = []
    failed = False
    with interpreter(args.project_env) as py, virtual_desktop() as env:
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("idle", lambda: idle_cost.measure(env, py, idle_s, runs=1, settle=settle)),
            ("start-up", lambda: startup_time.measure(env, py, starts)),
            ("break latency", lambda: break_latency.measure(env, py, breaks_runs)),
            ("day of breaks", lambda: day_of_breaks.measure(env, py, day, hold=0.3)),
        ]
        for name, run in steps:
            print(f"== {name}", flush=True)
            try:
                rows += run()
            except Exception:
                traceback.print_exc()
                failed = True
    print_table(rows, "microbreak beside the floor" + (" (quick run)" if args.quick else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
