"""The daily budget through the whole app, offscreen on a fake clock: the notice
reaches the desktop notifier once, ``status --json`` shows the day's count, and
the count outlives a restart on the same day."""

from __future__ import annotations

import json
import tomllib
from datetime import timedelta

from PySide6.QtWidgets import QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from microbreak.app.controller import MicrobreakApp
from microbreak.core.clock import FakeClock
from microbreak.core.control import Request, encode_request
from microbreak.core.state import State
from microbreak.infra.paths import AppPaths
from tests.helpers.app import make_app
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.fakes import RecordingNotifier
from tests.helpers.settings_dialog import dialog_of
from tests.helpers.wakeup import fire

MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)
NOTICE = (
    "Time to call it a day",
    "You have been at the computer for 1 hour today. Time to call it a day when you can.",
)


def status(app: MicrobreakApp) -> dict[str, object]:
    reply = json.loads(app.handle_control(encode_request(Request("status"))))
    data = reply["status"]
    assert isinstance(data, dict)
    return data


def test_the_notice_reaches_the_notifier_once_and_survives_a_restart(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[daily_budget]\nhours = 1\n")
    notes = RecordingNotifier()
    app = make_app(qtbot, clock, paths, extra_notifiers=[notes])
    fire(app, clock)  # the heads-up at 09:44:30
    fire(app, clock)  # the break at 09:45
    assert app.engine.state is State.ON_BREAK
    clock.advance(MIN)
    app.windows.break_window.skip()  # 45 minutes so far, saved as the break ends
    assert status(app)["active_today_minutes"] == 45
    assert status(app)["daily_budget_hours"] == 1
    fire(app, clock)  # the notice, 15 minutes later, before the next break
    assert clock.now() == MONDAY_9AM + 61 * MIN
    assert notes.shown == [NOTICE]
    assert app.engine.state is State.WORKING
    app.quit()

    # The same day, later: told already; the count goes on from where it was.
    clock.advance(30 * MIN)
    notes_again = RecordingNotifier()
    again = make_app(qtbot, clock, paths, extra_notifiers=[notes_again])
    assert status(again)["active_today_minutes"] == 60
    for _ in range(4):
        fire(again, clock)
        if again.engine.state is State.ON_BREAK:
            again.windows.break_window.skip()
    assert notes_again.shown == []


def test_the_daily_limit_sits_on_the_schedule_page_and_applies_at_once(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.config_file.write_text("[schedule]\ninterval_minutes = 120\n")
    app = make_app(qtbot, clock, paths)
    assert app.timer.armed == MONDAY_9AM + 119 * MIN + 30 * SEC  # type: ignore[attr-defined]
    dialog = dialog_of(qtbot, app)
    hours = dialog.controls[("daily_budget", "hours")]
    assert isinstance(hours, QSpinBox)
    assert dialog.pages["Schedule"].isAncestorOf(hours)
    assert hours.text() == "Off"
    note = dialog.findChild(QLabel, "daily_budget.hours.note")
    assert isinstance(note, QLabel)
    assert note.text().startswith("One calm notice after this many hours")
    assert hours.accessibleDescription() == note.text()
    clock.advance(20 * MIN)
    hours.setValue(1)
    dialog.apply()
    assert app.settings.daily_budget.hours == 1
    assert tomllib.loads(paths.config_file.read_text())["daily_budget"] == {"hours": 1}
    # 20 minutes at work so far: the notice is due 40 minutes on, before the heads-up.
    assert app.timer.armed == MONDAY_9AM + 60 * MIN  # type: ignore[attr-defined]
