"""Memory after a day of breaks in one process: does anything pile up?

    uv run python benchmarks/day_of_breaks.py [--breaks 100] [--hold 0.3]

On a virtual desktop (Xvfb + trayer, see benchmarks/desktop.py) starts the
app, opens one break (``break-now``) and ends it (``skip``) to load what the
first break loads, records PSS and RSS, then opens and closes ``--breaks``
more, each held open ``--hold`` seconds so its countdown and pictures run,
and records PSS and RSS again. Growth is the difference: steady-state cost
per break, not the one-off loading of the first. It is judged on USS (the
process's private pages): PSS also moves when any other process sharing a
Qt library starts or ends, which on a shared machine swamps a leak.

Target (issue 18): growth within 1 MB over 100 breaks.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.break_latency import break_visible, end_break
from benchmarks.desktop import (
    Row,
    fresh_home,
    interpreter,
    mb,
    print_table,
    request,
    sample,
    start_app,
    stop,
    virtual_desktop,
    wait_for,
)

GROWTH_MB = 1.0
# By then every kind of break and the whole default rotation have been on
# screen once, and what only their first showing loads is loaded: growth
# from here on is what a day of breaks keeps.
WARM = 25


def one_break(env: dict[str, str], hold: float) -> None:
    assert request(env, "break-now").get("ok")
    wait_for("the break window", lambda: break_visible(env))
    time.sleep(hold)
    end_break(env)


def measure(env: dict[str, str], python: str, breaks: int, hold: float) -> list[Row]:
    started = start_app(fresh_home(env, "day"), python)
    pid = started.proc.pid
    try:
        time.sleep(2)
        fresh = sample(pid)
        one_break(started.env, hold)
        time.sleep(1)
        before = sample(pid)
        warm = None
        for n in range(breaks):
            one_break(started.env, hold)
            if (n + 1) % 25 == 0:
                now = sample(pid)
                if n + 1 == WARM:
                    warm = now
                print(
                    f"after {n + 1} breaks: USS {mb(now.private_kb)} (dirty {mb(now.dirty_kb)}), "
                    f"PSS {mb(now.pss_kb)}, RSS {mb(now.rss_kb)}"
                )
        time.sleep(1)
        after = sample(pid)
    finally:
        stop(started.proc)
    growth = (after.private_kb - before.private_kb) / 1024
    print(
        f"before any break USS {mb(fresh.private_kb)}; after the first {mb(before.private_kb)}; "
        f"after {breaks} more {mb(after.private_kb)}"
    )
    scale = 100 / breaks
    per_100 = f", {growth * scale:+.1f} MB per 100" if breaks != 100 else ""
    rows = [
        Row(
            f"USS (private memory) growth over {breaks} breaks, after the first",
            f"{growth:+.1f} MB ({mb(before.private_kb)} to {mb(after.private_kb)}){per_100}",
            "-",
            f"<= {GROWTH_MB:.0f} MB per 100",
            growth * scale <= GROWTH_MB,
        ),
        Row(
            "RSS growth, the same",
            f"{(after.rss_kb - before.rss_kb) / 1024:+.1f} MB",
            "-",
            "-",
            None,
        ),
        Row(
            "PSS growth, the same (moves with other processes)",
            f"{(after.pss_kb - before.pss_kb) / 1024:+.1f} MB",
            "-",
            "-",
            None,
        ),
        Row(
            "the first break loads (USS)",
            f"{(before.private_kb - fresh.private_kb) / 1024:+.1f} MB",
            "-",
            "-",
            None,
        ),
    ]
    dirty = (after.dirty_kb - before.dirty_kb) / 1024
    rows.insert(
        1,
        Row(
            f"private dirty memory (heap, objects) growth over {breaks} breaks, after the first",
            f"{dirty:+.1f} MB ({mb(before.dirty_kb)} to {mb(after.dirty_kb)})",
            "-",
            f"<= {GROWTH_MB:.0f} MB per 100",
            dirty * scale <= GROWTH_MB,
        ),
    )
    # Scaled to 100 from a short stretch it would mostly show noise.
    if warm is not None and breaks >= WARM + 50:
        steady = (after.dirty_kb - warm.dirty_kb) / 1024 * 100 / (breaks - WARM)
        rows.insert(
            2,
            Row(
                f"private dirty growth per 100 breaks from the {WARM}th on",
                f"{steady:+.1f} MB ({mb(warm.dirty_kb)} to {mb(after.dirty_kb)})",
                "-",
                f"<= {GROWTH_MB:.0f} MB per 100",
                steady <= GROWTH_MB,
            ),
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--breaks", type=int, default=100)
    parser.add_argument("--hold", type=float, default=0.3, help="seconds each break stays open")
    parser.add_argument("--project-env", action="store_true", help="no fresh venv")
    args = parser.parse_args()
    with interpreter(args.project_env) as python, virtual_desktop() as env:
        rows = measure(env, python, args.breaks, args.hold)
    print_table(rows, "A day of breaks in one process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
