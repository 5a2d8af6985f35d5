"""How long microbreak takes to start, beside the floor.

    uv run python benchmarks/startup_time.py [--runs 5]

On a virtual desktop (Xvfb + trayer, see benchmarks/desktop.py): the app's
time from exec until it answers a ``status`` request on its control socket
(what ``microbreak status`` sends, polled every 5 ms without starting a
Python for each try), and the floor's time from exec until its event loop
runs its first timer. Each run starts fresh processes with a fresh HOME;
the runs alternate app and floor. Medians are printed.

Target (issue 10): under 1.5 x the floor's time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desktop import (
    Row,
    fresh_home,
    median,
    print_table,
    start_app,
    start_floor,
    stop,
    virtual_desktop,
)

RATIO = 1.5


def measure(env: dict[str, str], runs: int) -> list[Row]:
    apps: list[float] = []
    floors: list[float] = []
    # One of each first, not counted: the first start of anything reads its
    # libraries from disk; later ones find them in the page cache, as a
    # login's start-up usually does.
    for warm_up in (True, *([False] * runs)):
        for start, times in ((start_floor, floors), (start_app, apps)):
            started = start(fresh_home(env, "start"))
            stop(started.proc)
            if not warm_up:
                times.append(started.seconds)
        if not warm_up:
            app_ms, floor_ms = apps[-1] * 1000, floors[-1] * 1000
            print(f"run {len(apps)}: app {app_ms:.0f} ms, floor {floor_ms:.0f} ms")
    app, floor = median(apps), median(floors)
    return [
        Row(
            f"start-up: exec to answering status (median of {runs})",
            f"{app * 1000:.0f} ms ({app / floor:.1f} x floor)",
            f"{floor * 1000:.0f} ms (to its event loop)",
            f"< {RATIO} x floor",
            app < RATIO * floor,
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with virtual_desktop() as env:
        rows = measure(env, args.runs)
    print_table(rows, "Start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
