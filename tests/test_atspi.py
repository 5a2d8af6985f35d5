"""A screen reader's path, for real: the app on Xvfb, read over AT-SPI from outside.

tests/test_accessibility.py asks Qt in-process (QAccessible) what it would
say. Here nothing is in-process: the real app runs on the Xvfb display with
Qt's AT-SPI bridge on, on a private session bus with the AT-SPI bus and
registry (tests/atspi.py), and a separate process reads it with libatspi, the
library Orca uses (tests/xvfb/atspi_reader.py). That proves what reaches a
screen reader on Linux: every control of every window has a name on the bus,
the step and the countdown can be read, Pause and Next work through AT-SPI's
Action interface, and each new step arrives as an announcement event.

Real time is needed: the app, the bus daemons and the reader are separate
processes, so each is waited for (bounded) until it is up or has answered.
Nothing waits on one of the app's timers: the break is paused before it is
read, so the step cannot move on by itself between two looks.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from microbreak.core.schema import PAGES
from tests.app_process import cli, start_and_wait
from tests.atspi import (
    Node,
    ScreenReader,
    accessibility_bus,
    poll,
    showing,
    skip_unless_available,
    titled,
    unnamed_controls,
    window_named,
    windows,
)

pytestmark = [pytest.mark.xvfb_window, pytest.mark.slow]

CONFIG = "[schedule]\nsmart_timing = false\n"
# The windows by the start of their names (Qt adds " — microbreak").
BREAK, SETTINGS, STATUS = "Time for a break", "Settings", "microbreak"
ANNOUNCEMENT = "object:announcement"
NAME_CHANGE = "object:property-change:accessible-name"


@dataclass
class Session:
    env: dict[str, str]
    app: subprocess.Popen[str]
    reader: ScreenReader

    def tree(self) -> Node:
        tree = self.reader.tree(self.app.pid)
        assert tree is not None, "the app left the AT-SPI bus"
        return tree

    def press(self, window: str, role: str, name: str, action: str = "Press") -> None:
        reply = self.reader.request(
            cmd="act", pid=self.app.pid, window=window, role=role, name=name, action=action
        )
        assert reply["done"], f"{action} on {role} {name!r} was refused"

    def wait_for_window(self, title: str) -> Node:
        """A window opened by a click: Qt presses buttons a moment after the action."""
        poll(lambda: any(titled(n, title) for n in windows(self.tree())), 10, title)
        return window_named(self.tree(), title)

    def events_since(
        self, since: int, kind: str, contains: str = "", source: str = ""
    ) -> list[dict[str, Any]]:
        """The events of a kind from index ``since`` on, once one that matches has come."""
        reply = self.reader.request(
            20,
            cmd="wait_event",
            type=kind,
            contains=contains,
            source=source,
            since=since,
            timeout=10,
        )
        found = [e for e in reply["events"][since:] if e["type"].startswith(kind)]
        assert reply["matched"], (
            f"no {kind} containing {contains!r} reached the bus; heard: {reply['events'][since:]}"
        )
        return found

    def event_count(self) -> int:
        return int(self.reader.request(cmd="count_events")["count"])


@pytest.fixture
def session(x_env: dict[str, str], tmp_path: Path, qapp: object) -> Iterator[Session]:
    """The real app with Qt's AT-SPI bridge on, and a reader listening to it.

    (``qapp``: the bus helpers ask D-Bus through QtDBus, which wants an application.)
    """
    skip_unless_available()
    with accessibility_bus(x_env) as env:
        # A desktop turns the bridge on when a screen reader runs; here, always.
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        app = start_and_wait(env, CONFIG)
        try:
            reader = ScreenReader(env, tmp_path / "reader.log")
            try:
                poll(lambda: reader.tree(app.pid) is not None, 15, "the app on the AT-SPI bus")
                reader.request(cmd="listen", events=[ANNOUNCEMENT, NAME_CHANGE])
                yield Session(env, app, reader)
            finally:
                reader.close()
        finally:
            cli(env, "quit", touch=False)
            try:
                app.communicate(timeout=15)  # and close its pipes
            except subprocess.TimeoutExpired:
                app.kill()
                app.communicate(timeout=5)


def by_id(window: Node, suffix: str) -> Node:
    """A node by its accessible id (Qt builds it from the object names)."""
    found = [n for n in showing(window) if str(n["id"]).endswith(suffix)]
    assert found, f"nothing showing with an id ending {suffix!r}"
    return found[0]


def named(window: Node, role: str) -> list[str]:
    return [str(n["name"]) for n in showing(window) if n["role"] == role]


def test_a_screen_reader_hears_every_control_and_each_new_step(session: Session) -> None:
    s = session
    # Before the break: the no-tray status window and the first-run health
    # notice are on screen, and already on the bus with names.
    first = s.tree()
    window_named(first, STATUS)
    window_named(first, "Before your first break")
    for window in first["children"]:
        assert unnamed_controls(window) == [], window["name"]

    assert cli(s.env, "break-now").returncode == 0, "break-now was refused"
    window = s.wait_for_window(BREAK)
    # The break opens without taking focus: its first words arrive as a
    # (polite) announcement, the exercise's name and first step.
    title = str(by_id(window, ".title")["name"])
    opening = s.events_since(0, ANNOUNCEMENT, title)
    assert any(e["data"].startswith(f"{title}. ") for e in opening)

    # Every control is heard by name; the reading texts are there.
    assert unnamed_controls(window) == [], "unnamed controls in the break window"
    buttons = named(window, "push button")
    for name in ("Back", "Pause", "Next", "Skip break"):
        assert name in buttons, buttons
    assert any(b.startswith("Snooze ") for b in buttons), buttons
    # "Read aloud", or "Read aloud: no voice" where no speech engine is installed.
    (read_aloud,) = named(window, "check box")
    assert read_aloud.startswith("Read aloud"), read_aloud
    assert by_id(window, ".step")["name"].strip()
    assert re.fullmatch(r"\d+ seconds? left", by_id(window, "CountdownRing")["name"])
    assert re.fullmatch(r"Exercise 1 of \d+", by_id(window, ".position")["name"])
    assert by_id(window, "QProgressBar")["value"] is not None

    # Pause through AT-SPI's Action interface, as "activate" in a screen
    # reader does: it is said, and the button now offers Resume.
    since = s.event_count()
    s.press(BREAK, "push button", "Pause")
    s.events_since(since, ANNOUNCEMENT, "Paused")
    window = window_named(s.tree(), BREAK)
    assert "Resume" in named(window, "push button")
    assert by_id(window, ".kind")["name"] == "Paused"
    before_title = str(by_id(window, ".title")["name"])
    before_step = str(by_id(window, ".step")["name"])

    # Next: what a screen reader reads now is the next exercise, and it is
    # told so (before the fix, moving while paused announced nothing).
    since = s.event_count()
    s.press(BREAK, "push button", "Next")
    said = s.events_since(since, ANNOUNCEMENT)
    window = window_named(s.tree(), BREAK)
    after_title = str(by_id(window, ".title")["name"])
    after_step = str(by_id(window, ".step")["name"])
    assert re.fullmatch(r"Exercise 2 of \d+", by_id(window, ".position")["name"])
    assert after_title != before_title
    # The first break's first two exercises (shoulder rolls, shoulder shrug)
    # begin with different words.
    assert after_step != before_step
    assert [e["data"] for e in said] == [f"{after_title}. {after_step}"]
    assert said[0]["detail1"] == 1  # polite: it waits for the reader to finish
    # Where focus might rest, the changed texts are pushed as name changes too.
    changed = s.events_since(since, NAME_CHANGE, after_step, source=".step")
    assert [e["data"] for e in changed if e["id"].endswith(".step")] == [after_step]
    assert unnamed_controls(window) == []


def test_a_screen_reader_hears_every_settings_page_and_the_other_windows(
    session: Session,
) -> None:
    s = session
    s.press(STATUS, "push button", "Settings…")
    dialog = s.wait_for_window(SETTINGS)
    assert dialog["role"] == "dialog"
    assert named(dialog, "page tab") == list(PAGES)
    # A tab widget shows one page at a time: choose each tab through AT-SPI,
    # then read what is showing.
    for page in PAGES:
        s.press(SETTINGS, "page tab", page)
        dialog = window_named(s.tree(), SETTINGS)
        selected = [
            n["name"]
            for n in showing(dialog)
            if n["role"] == "page tab" and "selected" in n["states"]
        ]
        assert selected == [page]
        assert unnamed_controls(dialog) == [], f"unnamed controls on the {page} page"
        controls = [
            n
            for n in showing(dialog)
            if n["role"] in ("spin button", "check box", "text", "combo box", "list")
        ]
        assert controls, f"the {page} page showed no controls"

    # A message below the pages is announced: focus stays on the button.
    since = s.event_count()
    s.press(SETTINGS, "push button", "Restore Defaults")
    s.events_since(since, ANNOUNCEMENT, f"{PAGES[-1]}: defaults restored")
    s.press(SETTINGS, "push button", "Cancel")

    for button, title in (("Statistics…", "Statistics"), ("About", "About")):
        s.press(STATUS, "push button", button)
        window = s.wait_for_window(title)
        assert unnamed_controls(window) == [], f"unnamed controls in {title}"
