"""How long microbreak takes to start, beside the floors.

    uv run python benchmarks/startup_time.py [--runs 5] [--project-env]

On a virtual desktop (Xvfb + trayer, see benchmarks/desktop.py), from a fresh
install of the wheel (see idle_cost.py): the app's time from exec until it
answers a ``status`` request on its control socket (what ``microbreak
status`` sends, polled every 5 ms without starting a Python for each try),
and each floor's time from exec until its event loop runs its first timer:
the bare tray, and the mandated-stack floor (the tray plus one QtScheduler
date job). For all three, also the time until the tray icon has docked in
trayer (``tray_watch.py``): the moment it can be seen. Each run starts fresh
processes with a fresh HOME; the runs alternate. Medians are printed.

Target (issue 18): the tray visible in under 1.5 x the mandated-stack
floor's time to its event loop.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desktop import (
    STACK_FLOOR_SCRIPT,
    Row,
    Started,
    fresh_home,
    interpreter,
    median,
    print_table,
    start_app,
    start_floor,
    stop,
    virtual_desktop,
)
from benchmarks.tray_watch import TrayWatch

RATIO = 1.5


def measure(env: dict[str, str], python: str, runs: int) -> list[Row]:
    tray = TrayWatch(env)
    times: dict[str, list[float]] = {k: [] for k in ("app", "stack", "floor")}
    docked: dict[str, list[float]] = {k: [] for k in ("app", "stack", "floor")}
    starters: list[tuple[str, Callable[[dict[str, str]], Started]]] = [
        ("floor", lambda e: start_floor(e, python, tray=tray)),
        ("stack", lambda e: start_floor(e, python, STACK_FLOOR_SCRIPT, tray=tray)),
        ("app", lambda e: start_app(e, python, tray=tray)),
    ]
    # One of each first, not counted: the first start of anything reads its
    # libraries from disk; later ones find them in the page cache, as a
    # login's start-up usually does.
    for warm_up in (True, *([False] * runs)):
        for name, start in starters:
            started = start(fresh_home(env, "start"))
            stop(started.proc)
            if not warm_up:
                times[name].append(started.seconds)
                assert started.tray_seconds is not None
                docked[name].append(started.tray_seconds)
        if not warm_up:
            print(
                "run {}: app {:.0f} ms (tray {:.0f}), stack floor {:.0f} ms (tray {:.0f}), "
                "bare tray {:.0f} ms (tray {:.0f})".format(
                    len(times["app"]),
                    *(v[k][-1] * 1000 for k in ("app", "stack", "floor") for v in (times, docked)),
                ),
                flush=True,
            )
    tray.close()
    app, stack, floor = (median(times[k]) for k in ("app", "stack", "floor"))
    app_seen, stack_seen, floor_seen = (median(docked[k]) for k in ("app", "stack", "floor"))
    return [
        Row(
            f"start-up: exec to the tray icon docked in trayer (median of {runs})",
            f"{app_seen * 1000:.0f} ms ({app_seen / stack:.2f} x stack floor's event loop)",
            f"{stack * 1000:.0f} ms to its event loop; its icon docked at "
            f"{stack_seen * 1000:.0f} ms (bare tray {floor_seen * 1000:.0f} ms)",
            f"< {RATIO} x stack floor",
            app_seen < RATIO * stack,
        ),
        Row(
            f"start-up: exec to answering status (median of {runs})",
            f"{app * 1000:.0f} ms ({app / stack:.2f} x stack floor)",
            f"{stack * 1000:.0f} ms to its event loop (bare tray {floor * 1000:.0f} ms)",
            "-",
            None,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project-env", action="store_true", help="no fresh venv")
    args = parser.parse_args()
    with interpreter(args.project_env) as python, virtual_desktop() as env:
        rows = measure(env, python, args.runs)
    print_table(rows, "Start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
