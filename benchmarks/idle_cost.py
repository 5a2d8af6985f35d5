"""What microbreak costs while it waits between breaks, beside the floors and peers.

    uv run python benchmarks/idle_cost.py [--seconds 25] [--settle 35] [--runs 1]
                                          [--install-peers] [--project-env]

On a virtual desktop (Xvfb + trayer, see benchmarks/desktop.py) runs, each
ALONE in turn (never two at once: processes that map the same library files
share those pages, and each one's USS and PSS shrink):

* the floor, a bare PySide6 tray;
* the mandated-stack floor, the same tray plus one APScheduler QtScheduler
  date job;
* microbreak (temporary HOME, tray icon shown);
* Workrave and Safe Eyes from Debian's packages, when installed
  (``--install-peers`` apt-get installs them first); skipped with a note
  otherwise.

The Python programs run from a wheel installed into a fresh venv whose files
are copies (``desktop.fresh_install``), so no other process on the machine
maps them; ``--project-env`` uses the project's own environment instead
(faster, but its memory figures read low). Each program settles for
``--settle`` seconds, then for ``--seconds`` its USS and PSS
(``/proc/PID/smaps_rollup``), RSS, CPU time and context switches (each a
wake-up, counted per thread) are read. Repeated ``--runs`` times with fresh
processes; medians are printed, and the threads that woke up, by name.

Targets (issue 18): USS at most 1.25 x the mandated-stack floor's; PSS below
every peer's; CPU under 0.05 %; under 0.5 wake-ups per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desktop import (
    STACK_FLOOR_SCRIPT,
    Idle,
    Row,
    Started,
    fresh_home,
    idle_between,
    install_peers,
    installed_peers,
    interpreter,
    mb,
    print_table,
    sample,
    start_app,
    start_floor,
    start_peer,
    stop,
    virtual_desktop,
)

USS_RATIO = 1.25
CPU_PERCENT = 0.05
WAKEUPS = 0.5

FLOOR = "a bare PySide6 tray (the floor)"
STACK = "the tray plus one QtScheduler date job (the mandated-stack floor)"
APP = "microbreak"


@dataclass(frozen=True)
class Measured:
    name: str
    idle: Idle  # the median run's (by USS)


def measure(
    env: dict[str, str], python: str, seconds: float, runs: int, settle: float
) -> list[Row]:
    programs: list[tuple[str, Callable[[dict[str, str]], Started]]] = [
        (FLOOR, lambda e: start_floor(e, python)),
        (STACK, lambda e: start_floor(e, python, STACK_FLOOR_SCRIPT)),
        (APP, lambda e: start_app(e, python)),
    ]
    peers = installed_peers()
    for name, argv in peers.items():
        programs.append((name, _peer_starter(argv)))
    results: list[Measured] = []
    for name, start in programs:
        runs_of: list[Idle] = []
        for run in range(runs):
            if name in peers:
                # A desktop of its own for each peer run: what a GTK program
                # leaves behind on the session bus (dconf, gvfs, a second
                # instance's name) made Workrave's later runs read half its
                # first run's RSS on a shared one.
                with virtual_desktop() as own:
                    idle = _idle_of(start(fresh_home(own, "idle")), seconds, settle)
            else:
                idle = _idle_of(start(fresh_home(env, "idle")), seconds, settle)
            runs_of.append(idle)
            print(
                f"{name} (run {run + 1}): USS {mb(idle.uss_kb)}, PSS {mb(idle.pss_kb)}, "
                f"RSS {mb(idle.rss_kb)}, CPU {idle.cpu_percent:.4f} %, "
                f"{idle.wakeups_per_s:.3f} wake-ups/s",
                flush=True,
            )
            woke = [f"{n} {w:.3f}/s {c:.1f} ms" for n, w, c in idle.per_thread if w or c]
            if woke:
                print(f"  threads awake: {'; '.join(woke)}", flush=True)
        runs_of.sort(key=lambda i: i.uss_kb)
        results.append(Measured(name, runs_of[len(runs_of) // 2]))
    missing = [name for name in ("Workrave", "Safe Eyes") if name not in peers]
    _print_idle_table(results, seconds, settle, runs, missing)
    return _rows(results, seconds)


def _print_idle_table(
    results: list[Measured], seconds: float, settle: float, runs: int, missing: list[str]
) -> None:
    stack = next(r for r in results if r.name == STACK).idle
    print(f"\nIdle, each alone: after {settle:.0f} s, a {seconds:.0f} s window", end="")
    print(f"{f', median of {runs} runs' if runs > 1 else ''}\n")
    print("| idle, alone | USS MB | PSS MB | RSS MB | USS / stack floor | CPU % | wake-ups/s |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        i = r.idle
        print(
            f"| {r.name} | {i.uss_kb / 1024:.1f} | {i.pss_kb / 1024:.1f} | "
            f"{i.rss_kb / 1024:.1f} | {i.uss_kb / stack.uss_kb:.2f} | "
            f"{i.cpu_percent:.3f} | {i.wakeups_per_s:.2f} |"
        )
    for name in missing:
        print(f"({name} skipped: not installed; --install-peers apt-get installs it)")
    print(flush=True)


def _rows(results: list[Measured], seconds: float) -> list[Row]:
    by_name = {r.name: r.idle for r in results}
    app, stack, floor = by_name[APP], by_name[STACK], by_name[FLOOR]
    peers = [r for r in results if r.name not in (APP, STACK, FLOOR)]
    rows = [
        Row(
            f"idle USS, alone ({seconds:.0f} s window)",
            f"{mb(app.uss_kb)} ({app.uss_kb / stack.uss_kb:.2f} x stack floor)",
            f"{mb(stack.uss_kb)} (bare tray {mb(floor.uss_kb)})",
            f"<= {USS_RATIO} x stack floor",
            app.uss_kb <= USS_RATIO * stack.uss_kb,
        ),
    ]
    if peers:
        lowest = min(peers, key=lambda r: r.idle.pss_kb)
        rows.append(
            Row(
                "idle PSS, alone",
                mb(app.pss_kb),
                f"{mb(stack.pss_kb)}; lowest peer {lowest.name} {mb(lowest.idle.pss_kb)}",
                "below every peer",
                app.pss_kb < lowest.idle.pss_kb,
            )
        )
    else:
        rows.append(Row("idle PSS, alone", mb(app.pss_kb), mb(stack.pss_kb), "-", None))
    rows += [
        Row("idle RSS", mb(app.rss_kb), mb(stack.rss_kb), "-", None),
        Row(
            "idle CPU",
            f"{app.cpu_percent:.4f} %",
            f"{stack.cpu_percent:.4f} %",
            f"< {CPU_PERCENT} %",
            app.cpu_percent < CPU_PERCENT,
        ),
        Row(
            "idle wake-ups (context switches, all threads)",
            f"{app.wakeups_per_s:.3f} /s",
            f"{stack.wakeups_per_s:.3f} /s",
            f"< {WAKEUPS} /s",
            app.wakeups_per_s < WAKEUPS,
        ),
    ]
    return rows


def _peer_starter(argv: list[str]) -> Callable[[dict[str, str]], Started]:
    return lambda env: start_peer(env, argv)


def _idle_of(started: Started, seconds: float, settle: float) -> Idle:
    try:
        time.sleep(settle)
        if started.proc.poll() is not None:
            raise RuntimeError(f"{started.proc.args!r} ended before it was measured")
        before = sample(started.proc.pid)
        time.sleep(seconds)
        return idle_between(before, sample(started.proc.pid))
    finally:
        stop(started.proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=25.0)
    parser.add_argument("--settle", type=float, default=35.0, help="seconds after start-up")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--install-peers", action="store_true", help="apt-get install them")
    parser.add_argument("--project-env", action="store_true", help="no fresh venv (reads low)")
    args = parser.parse_args()
    if args.install_peers:
        install_peers()
    with interpreter(args.project_env) as python, virtual_desktop() as env:
        rows = measure(env, python, args.seconds, args.runs, args.settle)
    print_table(rows, "Idle cost between breaks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
