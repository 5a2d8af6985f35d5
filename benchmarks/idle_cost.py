"""What microbreak costs while it waits between breaks, beside the floor.

    uv run python benchmarks/idle_cost.py [--seconds 60] [--runs 3] [--settle 5]

On a virtual desktop (Xvfb + trayer, see benchmarks/desktop.py) starts the app
(temporary HOME, tray icon shown) and the floor (a bare PySide6 script with
one QSystemTrayIcon), lets both settle, then for ``--seconds`` reads PSS and
RSS (``/proc/PID/smaps_rollup``), CPU time and context switches (each a
wake-up) per thread. Repeated ``--runs`` times with fresh processes; medians
are printed, and the threads that woke up, by name.

Targets (issue 10): PSS at most 1.25 x the floor's; CPU under 0.05 %; under
0.5 wake-ups per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desktop import (
    Idle,
    Row,
    Started,
    fresh_home,
    idle_between,
    mb,
    median,
    print_table,
    sample,
    start_app,
    start_floor,
    stop,
    virtual_desktop,
)

PSS_RATIO = 1.25
CPU_PERCENT = 0.05
WAKEUPS = 0.5


def measure(env: dict[str, str], seconds: float, runs: int, settle: float) -> list[Row]:
    apps: list[Idle] = []
    floors: list[Idle] = []
    for run in range(runs):
        # One after the other, never side by side: PSS splits a shared page
        # among the processes that map it, so two Qt programs running at once
        # would each be charged half of Qt.
        f_idle = _idle_of(start_floor(fresh_home(env, "floor")), seconds, settle)
        a_idle = _idle_of(start_app(fresh_home(env, "app")), seconds, settle)
        apps.append(a_idle)
        floors.append(f_idle)
        print(
            f"run {run + 1}: app PSS {mb(a_idle.pss_kb)}, RSS {mb(a_idle.rss_kb)}, "
            f"CPU {a_idle.cpu_percent:.4f} %, {a_idle.wakeups_per_s:.3f} wake-ups/s | "
            f"floor PSS {mb(f_idle.pss_kb)}, RSS {mb(f_idle.rss_kb)}, "
            f"CPU {f_idle.cpu_percent:.4f} %, {f_idle.wakeups_per_s:.3f} wake-ups/s",
            flush=True,
        )
        for who, idle in (("app", a_idle), ("floor", f_idle)):
            woke = [f"{n} {w:.3f}/s {c:.1f} ms" for n, w, c in idle.per_thread if w or c]
            if woke:
                print(f"  {who} threads awake: {'; '.join(woke)}", flush=True)
    pss = median([a.pss_kb for a in apps])
    floor_pss = median([f.pss_kb for f in floors])
    cpu = median([a.cpu_percent for a in apps])
    wake = median([a.wakeups_per_s for a in apps])
    window = f"over {seconds:.0f} s, median of {runs}"
    return [
        Row(
            f"idle PSS ({window})",
            f"{mb(pss)} ({pss / floor_pss:.2f} x floor)",
            mb(floor_pss),
            f"<= {PSS_RATIO} x floor",
            pss <= PSS_RATIO * floor_pss,
        ),
        Row(
            "idle RSS",
            mb(median([a.rss_kb for a in apps])),
            mb(median([f.rss_kb for f in floors])),
            "-",
            None,
        ),
        Row(
            "idle CPU",
            f"{cpu:.4f} %",
            f"{median([f.cpu_percent for f in floors]):.4f} %",
            f"< {CPU_PERCENT} %",
            cpu < CPU_PERCENT,
        ),
        Row(
            "idle wake-ups (context switches)",
            f"{wake:.3f} /s",
            f"{median([f.wakeups_per_s for f in floors]):.3f} /s",
            f"< {WAKEUPS} /s",
            wake < WAKEUPS,
        ),
    ]


def _idle_of(started: Started, seconds: float, settle: float) -> Idle:
    try:
        time.sleep(settle)
        before = sample(started.proc.pid)
        time.sleep(seconds)
        return idle_between(before, sample(started.proc.pid))
    finally:
        stop(started.proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=5.0, help="seconds after start-up")
    args = parser.parse_args()
    with virtual_desktop() as env:
        rows = measure(env, args.seconds, args.runs, args.settle)
    print_table(rows, "Idle cost between breaks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
