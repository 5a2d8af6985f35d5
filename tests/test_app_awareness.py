"""The app with awareness: fake platform services through the real monitor and engine.

The backends themselves are tested against real X11 and fake D-Bus services in
tests/test_platform_*.py; here they are stand-ins so time can be simulated,
and what the person sees is read back through ``status --json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.control import Request, encode_request
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from microbreak.platform.awareness import BusyKind, SessionEvent
from microbreak.platform.heartbeat import Heartbeat
from microbreak.platform.monitor import Awareness
from tests.helpers.app import make_app
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.wakeup import FakeTimer

MIN = timedelta(minutes=1)


class FakeIdle:
    name = "fake-idle"

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.now()

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def idle_seconds(self) -> float | None:
        return (self.clock.now() - self.last_input).total_seconds()


class FakeBusy:
    def __init__(self, kind: BusyKind) -> None:
        self.kind = kind
        self.name = f"fake-{kind.value}"
        self.busy = False
        self.asked = 0

    def is_busy(self) -> bool | None:
        self.asked += 1
        return self.busy


class FakeInhibit:
    """A video player keeping the screen awake, or not."""

    name = "fake-idle-inhibited"

    def __init__(self) -> None:
        self.inhibited = False
        self.asked = 0

    def is_inhibited(self) -> bool | None:
        self.asked += 1
        return self.inhibited


class FakeWatcher:
    name = "fake-session"

    def __init__(self) -> None:
        self.emit: Callable[[SessionEvent], None] | None = None

    def start(self, on_event: Callable[[SessionEvent], None]) -> bool:
        self.emit = on_event
        return True

    def stop(self) -> None:
        self.emit = None


class World:
    def __init__(self, qtbot: QtBot, clock: FakeClock, tmp_path: Path, config: str) -> None:
        paths = AppPaths.inside(tmp_path)
        paths.config_dir.mkdir(parents=True)
        paths.config_file.write_text(config)
        self.clock = clock
        self.idle = FakeIdle(clock)
        self.fullscreen = FakeBusy(BusyKind.FULLSCREEN)
        self.camera = FakeBusy(BusyKind.CALL)
        self.watcher = FakeWatcher()
        self.video = FakeInhibit()
        self.mono = 0.0
        self.boot = 0.0
        self.busy_poll_due: datetime | None = None
        self.app = make_app(
            qtbot,
            clock,
            paths,
            start=False,
            extra_notifiers=[RecordingNotifier()],
            awareness=Awareness(
                idle=self.idle,
                watchers=[self.watcher],
                busy=[self.fullscreen, self.camera],
                heartbeat=Heartbeat(clock.now, lambda: self.mono, lambda: self.boot),
                inhibit=[self.video],
            ),
        )
        self.app.start()
        if self.app.windows.health_notice is not None:
            qtbot.addWidget(self.app.windows.health_notice)

    @property
    def timer(self) -> FakeTimer:
        assert isinstance(self.app.timer, FakeTimer)
        return self.app.timer

    def status(self) -> dict[str, object]:
        reply = json.loads(self.app.handle_control(encode_request(Request("status"))))
        status = reply["status"]
        assert isinstance(status, dict)
        return status

    def live(self, seconds: float, *, typing: bool = True) -> None:
        """Time passes awake: the idle poll and the wake-up timer fire when due."""
        end = self.clock.now() + timedelta(seconds=seconds)
        monitor = self.app.monitor
        while self.clock.now() < end:
            step = min(end, self.clock.now() + timedelta(seconds=5))
            if self.timer.armed is not None and self.timer.armed <= step:
                step = max(self.timer.armed, self.clock.now())
            moved = (step - self.clock.now()).total_seconds()
            self.clock.set(step)
            self.mono += moved
            self.boot += moved
            if typing:
                self.idle.touch()
            if self.timer.armed is not None and self.timer.armed <= self.clock.now():
                self.timer.armed = None
                self.timer.fired.emit()
            if monitor._idle_timer.isActive():
                monitor.sample_idle()
            # The monitor's 30-second busy poll (a real QTimer), on simulated time.
            if not monitor._busy_timer.isActive():
                self.busy_poll_due = None
            elif self.busy_poll_due is None:
                self.busy_poll_due = self.clock.now() + timedelta(seconds=30)
            elif self.clock.now() >= self.busy_poll_due:
                self.busy_poll_due += timedelta(seconds=30)
                monitor.refresh_busy()

    def suspend(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.boot += seconds


@pytest.fixture
def world(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> World:
    return World(
        qtbot,
        clock,
        tmp_path,
        "[schedule]\nsmart_timing = false\ninterval_minutes = 45\nnatural_break_minutes = 5\n",
    )


def test_status_names_the_idle_source_and_polls_it_cheaply(world: World) -> None:
    assert world.status()["idle_source"] == "fake-idle"
    assert world.app.monitor._idle_timer.interval() == 15_000
    assert world.app.monitor.session_watchers == ["fake-session"]


def test_idle_time_resets_the_schedule(world: World) -> None:
    world.live(20 * 60)
    world.live(6 * 60, typing=False)  # away from the desk for six minutes
    status = world.status()
    assert status["state"] == "paused"
    assert status["pause_reasons"] == ["idle"]
    world.idle.touch()  # back
    world.app.monitor.sample_idle()
    back = world.clock.now()
    status = world.status()
    assert status["state"] == "working"
    assert status["seconds_to_next_break"] == 45 * 60
    assert world.app.engine.status().interval_started_at == back
    rows = world.app.history.breaks(back - timedelta(days=1))
    assert [str(r.outcome) for r in rows] == ["natural"]


def test_a_simulated_sleep_counts_as_a_break_without_a_burst(world: World) -> None:
    world.live(40 * 60)
    assert world.watcher.emit is not None
    world.watcher.emit(SessionEvent.SLEEPING)
    assert world.status()["pause_reasons"] == ["sleep"]
    world.suspend(3 * 3600)  # through several due times
    world.watcher.emit(SessionEvent.WOKE)
    world.live(1)
    status = world.status()
    assert status["state"] == "working"
    assert status["seconds_to_next_break"] == 45 * 60 - 1  # restarted at the wake, 1 s ago
    world.live(40 * 60)
    assert world.app.engine.state is State.WORKING  # no burst of overdue breaks
    assert not world.app.windows.break_window.isVisible()


def test_an_unannounced_suspend_is_found_by_the_heartbeat(world: World) -> None:
    world.live(30 * 60)
    world.suspend(2 * 3600)  # the OS said nothing; the timer fires late
    world.live(1)
    assert world.app.engine.state is State.WORKING
    assert not world.app.windows.break_window.isVisible()
    # The interval restarted when the machine woke, one simulated second ago.
    assert world.status()["seconds_to_next_break"] == 45 * 60 - 1


def test_full_screen_defers_a_break_and_status_says_why(world: World) -> None:
    world.live(44 * 60)
    world.fullscreen.busy = True
    world.live(2 * 60)
    status = world.status()
    assert status["state"] == "paused"
    assert status["deferred"] is True
    assert status["pause_reasons"] == ["fullscreen"]
    assert str(status["headline"]).startswith("Break waiting: a full-screen window is open")
    assert not world.app.windows.break_window.isVisible()
    world.fullscreen.busy = False
    world.live(60)  # the 30-second busy poll notices, then the heads-up and the break
    assert world.app.engine.state is State.ON_BREAK


def test_turning_off_full_screen_awareness_applies_at_once(world: World) -> None:
    from dataclasses import replace

    world.live(44 * 60)
    world.fullscreen.busy = True
    world.live(2 * 60)
    assert world.status()["deferred"] is True
    settings = world.app.settings
    off = replace(settings, do_not_disturb=replace(settings.do_not_disturb, fullscreen=False))
    world.app.settings_applier.apply(off)
    # The wait is over: the break comes after its heads-up, full screen or not.
    assert world.status()["pause_reasons"] == []
    asked = world.fullscreen.asked
    world.live(60)
    assert world.app.engine.state is State.ON_BREAK
    assert world.fullscreen.asked == asked, "a detector turned off is not asked"


def test_a_busy_camera_defers_and_gives_up_gently_after_the_limit(world: World) -> None:
    world.camera.busy = True
    world.live(46 * 60)
    assert world.status()["pause_reasons"] == ["call"]
    asked = world.camera.asked
    world.live(30 * 60)
    assert not world.app.windows.break_window.isVisible()
    notes = world.app.notifier
    assert isinstance(notes._backends[0], RecordingNotifier)
    assert notes._backends[0].shown[-1][0] == "Time for a stretch when you can"
    # Polled every 30 s only while the break waited: about 60 times in 30 min.
    assert 40 <= world.camera.asked - asked <= 80


def test_busy_detectors_are_not_polled_all_day(world: World) -> None:
    world.live(40 * 60)
    assert world.fullscreen.asked == 0  # asked only just before a wake-up
    world.live(6 * 60)
    assert 1 <= world.fullscreen.asked <= 3


def test_do_not_disturb_settings_switch_kinds_off(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    w = World(
        qtbot,
        clock,
        tmp_path,
        "[schedule]\nsmart_timing = false\n[do_not_disturb]\ncalls = false\n",
    )
    assert w.app.monitor.busy_detectors == ["fake-fullscreen"]
    w.app.monitor.stop()


@pytest.mark.parametrize("route", ["menu", "command line"])
def test_resume_from_the_menu_or_the_command_line_leaves_the_same_app(
    world: World, route: str
) -> None:
    """Both routes take the one dispatch: idle sampling comes back at once."""
    monitor = world.app.monitor
    status_window = world.app.windows.status_window
    assert status_window is not None
    status_window.menu.pause_menu.actions()[-1].trigger()  # until I resume
    assert not monitor._idle_timer.isActive(), "no idle sampling while paused"
    world.live(10 * 60)
    if route == "menu":
        world.app.intents.resume.emit()
    else:
        reply = json.loads(world.app.handle_control(encode_request(Request("resume"))))
        assert reply["ok"], reply
    assert monitor._idle_timer.isActive()
    assert monitor._idle_timer.interval() == 15_000
    status = world.status()
    assert status["state"] == "working"
    assert status["seconds_to_next_break"] == 45 * 60
    # Time away after the resume is seen and counted.
    world.live(6 * 60, typing=False)
    assert world.status()["pause_reasons"] == ["idle"]


def test_no_heads_up_for_someone_already_away_when_it_falls_due(world: World) -> None:
    world.live(30 * 60)
    # The person left; the idle poll has not run since (it runs every 15 s, and
    # a machine under load or a poll just restarted can miss a stretch).
    world.app.monitor._idle_timer.stop()
    world.live(14 * 60 + 31, typing=False)  # past the heads-up time (44:30)
    notes = world.app.notifier._backends[0]
    assert isinstance(notes, RecordingNotifier)
    assert notes.heads_ups == []
    assert world.status()["pause_reasons"] == ["idle"]


# -- watching a video: [do_not_disturb] watching_counts_as_activity -------------

SCHEDULE = "[schedule]\nsmart_timing = false\ninterval_minutes = 45\nnatural_break_minutes = 5\n"


def test_by_default_a_film_without_typing_is_a_natural_break(world: World) -> None:
    """Today's behaviour, kept: the keyboard is quiet, so the person is away."""
    world.live(20 * 60)
    world.video.inhibited = True
    world.live(6 * 60, typing=False)
    assert world.status()["pause_reasons"] == ["idle"]
    assert world.video.asked == 0, "the probe is asked only when the setting is on"


def test_watching_counts_as_activity_when_the_setting_says_so(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    w = World(
        qtbot,
        clock,
        tmp_path,
        SCHEDULE + "[do_not_disturb]\nwatching_counts_as_activity = true\n",
    )
    started = w.app.engine.status().interval_started_at
    w.live(20 * 60)
    w.video.inhibited = True
    w.live(20 * 60, typing=False)  # a 20-minute video, hands off the keyboard
    status = w.status()
    assert status["state"] == "working"
    assert status["pause_reasons"] == []
    assert w.app.engine.status().interval_started_at == started, "not taken for a break"
    assert status["seconds_to_next_break"] == 5 * 60
    assert w.app.history.breaks() == []
    # The film ends and the room empties: quiet means away again.
    w.video.inhibited = False
    w.live(60, typing=False)
    assert w.status()["pause_reasons"] == ["idle"]


def test_the_probe_is_asked_only_once_the_keyboard_is_quiet(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    w = World(
        qtbot,
        clock,
        tmp_path,
        SCHEDULE + "[do_not_disturb]\nwatching_counts_as_activity = true\n",
    )
    w.video.inhibited = True
    w.live(30 * 60)  # typing all along: a quiet spell of under 10 s means nothing
    assert w.video.asked == 0


def test_turning_watching_on_applies_at_once(world: World) -> None:
    from dataclasses import replace

    world.live(20 * 60)
    world.video.inhibited = True
    settings = world.app.settings
    on = replace(
        settings,
        do_not_disturb=replace(settings.do_not_disturb, watching_counts_as_activity=True),
    )
    world.app.settings_applier.apply(on)
    world.live(6 * 60, typing=False)
    assert world.status()["pause_reasons"] == []
    assert world.video.asked > 0
