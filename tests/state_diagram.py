"""The engine's state diagram in docs/ARCHITECTURE.md, kept honest by the engine.

The transitions table there (between ``<!-- transitions:begin -->`` and
``<!-- transitions:end -->``) lists ``| from | event | to |``. Each row is
driven through the real engine by ``tests/test_state_diagram.py``: it builds
an engine in the row's *from* state with the recipe named here, applies the
row's *event*, and checks the engine's state is the row's *to*. The drawing
(a Mermaid diagram between ``<!-- diagram:begin -->`` and ``<!-- diagram:end -->``)
is made from the table by :func:`render`; ``uv run python -m tests.state_diagram``
writes it after a change to the table, and the test fails while it is stale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from microbreak.core.clock import FakeClock
from microbreak.core.events import (
    AwayEnded,
    AwayStarted,
    BreakFinished,
    BreakNowRequested,
    BreakSkipped,
    BusyChanged,
    IdleSampled,
    PauseRequested,
    ResumeRequested,
    SkipNextRequested,
    SnoozeRequested,
)
from microbreak.core.settings import ScheduleSettings
from microbreak.core.state import PauseReason, State
from tests.helpers.engine_harness import Harness

DOC = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"
MIN = timedelta(minutes=1)
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    source: str
    event: str
    target: str


def _harness(*, smart: bool = False) -> Harness:
    return Harness(FakeClock(START), ScheduleSettings(smart_timing=smart), idle_source_works=smart)


def _heads_up(h: Harness) -> None:
    h.fire()  # the first wake-up is the heads-up's


def _snoozed(h: Harness) -> None:
    h.send(SnoozeRequested(10))  # far off: moved later, not announced yet


def _on_break(h: Harness) -> None:
    h.send(BreakNowRequested())


def _paused_by_you(h: Harness) -> None:
    h.send(PauseRequested(h.clock.now() + 60 * MIN))


def _away(h: Harness) -> None:
    h.send(AwayStarted(PauseReason.LOCKED))


def _due_while_busy(h: Harness) -> None:
    h.send(BusyChanged(PauseReason.FULLSCREEN, True))
    h.run_for(46 * MIN)


# How to reach each "from" state named in the table, from a fresh engine.
SETUPS: dict[str, Callable[[Harness], object]] = {
    "working": lambda _h: None,
    "heads_up": _heads_up,
    "snoozed": _snoozed,
    "on_break": _on_break,
    "paused (you)": _paused_by_you,
    "paused (away)": _away,
    "paused (a due break waits: busy)": _due_while_busy,
}


def _pause_in_typing(h: Harness) -> None:
    status = h.engine.status()
    assert status.earliest_break_at is not None, "smart timing has a window"
    h.run_until(status.earliest_break_at + MIN)
    h.send(IdleSampled(11))


# What each event named in the table does to the engine.
EVENTS: dict[str, Callable[[Harness], object]] = {
    "the heads-up time": lambda h: h.fire(),
    "the due time": lambda h: h.run_until(h.engine.status().next_break_at or h.clock.now()),
    "a pause in typing in the window": _pause_in_typing,
    "Break now": lambda h: h.send(BreakNowRequested()),
    "Snooze": lambda h: h.send(SnoozeRequested()),
    "Skip next": lambda h: h.send(SkipNextRequested()),
    "Finished": lambda h: h.send(BreakFinished()),
    "Skip break": lambda h: h.send(BreakSkipped()),
    "Pause": lambda h: h.send(PauseRequested(h.clock.now() + 60 * MIN)),
    "Resume": lambda h: h.send(ResumeRequested()),
    "the pause runs out": lambda h: h.run_for(61 * MIN),
    "the screen locks": lambda h: h.send(AwayStarted(PauseReason.LOCKED)),
    "back at the desk": lambda h: h.send(AwayEnded(PauseReason.LOCKED)),
    "busy ends": lambda h: h.send(BusyChanged(PauseReason.FULLSCREEN, False)),
    "a full-screen window opens": lambda h: h.send(BusyChanged(PauseReason.FULLSCREEN, True)),
}


def rows(text: str | None = None) -> list[Row]:
    text = DOC.read_text(encoding="utf-8") if text is None else text
    match = re.search(r"<!-- transitions:begin -->(.*?)<!-- transitions:end -->", text, re.S)
    assert match, "docs/ARCHITECTURE.md has no transitions table"
    found = []
    for line in match.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("from", "") or set(cells[0]) <= {"-"}:
            continue
        found.append(Row(*cells))
    return found


def drive(row: Row) -> State:
    """The engine's state after the row's event, from the row's state."""
    h = _harness(smart=row.event == "a pause in typing in the window")
    SETUPS[row.source](h)
    EVENTS[row.event](h)
    return h.engine.state


def state_of(label: str) -> State:
    return State(label.split(" ", 1)[0])


def render(table: list[Row]) -> str:
    """A Mermaid state diagram of the table, one arrow per row."""
    lines = ["```mermaid", "stateDiagram-v2", "    [*] --> working"]
    for row in table:
        lines.append(f"    {state_of(row.source)} --> {row.target}: {row.event}")
    lines.append("```")
    return "\n".join(lines)


def diagram_in_doc(text: str) -> str:
    match = re.search(r"<!-- diagram:begin -->\n(.*?)\n<!-- diagram:end -->", text, re.S)
    assert match, "docs/ARCHITECTURE.md has no diagram markers"
    return match.group(1)


def write() -> None:
    text = DOC.read_text(encoding="utf-8")
    begin, end = "<!-- diagram:begin -->", "<!-- diagram:end -->"
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    fresh = f"{head}{begin}\n{render(rows(text))}\n{end}{tail}"
    DOC.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    write()
    sys.exit(0)
