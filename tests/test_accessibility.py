"""Every window a person can open works for a screen reader: each control has a name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.infra.speech import Speaker
from microbreak.ui.about import AboutWindow, HealthNotice
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.heads_up_toast import HeadsUpToast
from microbreak.ui.intents import ActionsMenu, Intents
from microbreak.ui.stats_window import StatsWindow
from microbreak.ui.tray import StatusWindow
from tests.helpers.a11y import undescribed_buttons, unnamed_controls
from tests.helpers.fakes import NoHistory, SpeechEngineFactory
from tests.helpers.statuses import working


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_break_window_controls_all_have_names(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    w = BreakWindow(clock, catalog.pictures, snooze_minutes=5, voice=Speaker(SpeechEngineFactory()))
    qtbot.addWidget(w)
    w.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:2]])
    clock.advance(3)
    w.tick()
    assert unnamed_controls(w) == []
    assert undescribed_buttons(w) == []
    w.ask_skip()
    assert unnamed_controls(w) == []
    w.cancel_skip()
    w.go_next()
    w.go_next()  # past the last exercise: the summary page
    assert unnamed_controls(w) == []


def test_status_window_and_toast_controls_have_names(qtbot: QtBot, clock: FakeClock) -> None:
    from PySide6.QtGui import QIcon

    status_window = StatusWindow(clock, Intents(), QIcon())
    status_window.set_status(working(clock), strict=False)
    assert unnamed_controls(shown(qtbot, status_window)) == []
    assert undescribed_buttons(status_window) == []
    toast = HeadsUpToast()
    qtbot.addWidget(toast)
    toast.notify("Microbreak in 30 seconds", "", heads_up=True)
    assert unnamed_controls(toast) == []
    assert undescribed_buttons(toast) == []


def test_about_notice_and_statistics_controls_have_names(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    about = AboutWindow(list(catalog.exercises.values()), DEFAULT_EXERCISES)
    assert unnamed_controls(shown(qtbot, about)) == []
    assert unnamed_controls(shown(qtbot, HealthNotice())) == []
    stats = StatsWindow(clock, NoHistory(), goal=6, names={})
    stats.refresh()
    assert unnamed_controls(shown(qtbot, stats)) == []


def test_tray_menu_actions_all_have_text(qtbot: QtBot, clock: FakeClock) -> None:
    intents = Intents()
    menu = ActionsMenu(intents)
    qtbot.addWidget(menu)
    menu.update_for(working(clock), "Next break in 45 min", strict=False)
    actions = [*menu.actions(), *menu.snooze_menu.actions(), *menu.pause_menu.actions()]
    for action in actions:
        assert action.isSeparator() or action.text().strip(), action


def test_break_window_announces_each_step_and_a_calm_count(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    heard: list[str] = []
    w = BreakWindow(
        clock, catalog.pictures, snooze_minutes=5, announce=lambda _w, text: heard.append(text)
    )
    qtbot.addWidget(w)
    shrug = catalog.exercises["shoulder-shrug"]
    w.start([shrug])
    assert heard == [f"{shrug.name}. {shrug.setup[0].text}"]
    heard.clear()
    before_hold = shrug.setup[0].seconds + shrug.steps[0].seconds
    for _ in range(before_hold * 10 + 1):
        clock.advance(0.1)
        w.tick()
    hold = shrug.steps[1]
    assert hold.kind.value == "hold"
    assert heard[-2:] == [hold.text, f"{hold.seconds} seconds"]
    heard.clear()
    for _ in range(hold.seconds * 10):
        clock.advance(0.1)
        w.tick()
    # Only the last three seconds are counted (the start is the step itself).
    counts = [t for t in heard if t.isdigit()]
    assert counts == [str(n) for n in range(min(3, hold.seconds - 1), 0, -1)]
    # Tens of ticks a second went by: a handful of announcements, no more.
    assert len(heard) <= 5


def test_qt_announcement_reaches_the_accessibility_layer(qtbot: QtBot) -> None:
    from microbreak.ui.announcer import qt_announce

    widget = QWidget()
    qtbot.addWidget(widget)
    qt_announce(widget, "Shoulder shrug")  # must not raise, with or without a reader


def _tab_order(qtbot: QtBot, window: QWidget, first: QWidget, count: int) -> list[QWidget]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(count):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    return seen


def _text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QAbstractButton

    assert isinstance(widget, QAbstractButton)
    return widget.text()


def test_tab_walks_the_break_window_in_reading_order(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    from microbreak.ui.break_window import KEY_GRACE

    w = BreakWindow(clock, catalog.pictures, snooze_minutes=5, voice=Speaker(SpeechEngineFactory()))
    qtbot.addWidget(w)
    w.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:2]])
    clock.advance(KEY_GRACE.total_seconds() + 1)
    w.tick()
    w.go_next()  # on the second exercise every button is enabled
    order = [w.back_button, w.pause_button, w.next_button]
    order += [w.snooze_button, w.voice_button, w.skip_button]
    seen = _tab_order(qtbot, w, w.back_button, 7)
    assert [_text(b) for b in seen] == [_text(b) for b in [*order, w.back_button]]
    # Every button says which key does the same, for people who never Tab.
    for button in (w.back_button, w.pause_button, w.next_button, w.skip_button):
        assert "(" in button.toolTip()


def test_tab_walks_the_status_window(qtbot: QtBot, clock: FakeClock) -> None:
    from PySide6.QtGui import QIcon

    s = StatusWindow(clock, Intents(), QIcon())
    s.set_status(working(clock), strict=False)
    shown(qtbot, s)
    buttons = [
        s.break_now_button,
        s.skip_button,
        s.snooze_button,
        s.pause_button,
        s.settings_button,
        s.stats_button,
        s.about_button,
        s.quit_button,
    ]
    # Resume is disabled while working, so Tab passes it by.
    seen = _tab_order(qtbot, s, s.break_now_button, len(buttons))
    assert [_text(b) for b in seen] == [b.text() for b in buttons]


def test_tab_walks_the_toast(qtbot: QtBot) -> None:
    toast = HeadsUpToast()
    qtbot.addWidget(toast)
    toast.notify("Microbreak in 30 seconds", "", heads_up=True)
    order = [toast.start_button, toast.snooze_button, toast.skip_button]
    seen = _tab_order(qtbot, toast, toast.start_button, 4)
    assert [_text(b) for b in seen] == [b.text() for b in [*order, toast.start_button]]


def test_reduced_motion_moves_the_ring_in_whole_seconds(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    fractions = set()
    for reduced in (False, True):
        w = BreakWindow(clock, catalog.pictures, snooze_minutes=5, reduced_motion=reduced)
        qtbot.addWidget(w)
        w.start([catalog.exercises["shoulder-rolls"]])
        seen = set()
        for _ in range(30):  # the 4-second first step, in tenths
            clock.advance(0.1)
            w.tick()
            seen.add(round(w.ring.fraction(), 3))
        fractions.add((reduced, len(seen)))
        w.hide()
    smooth = dict(fractions)
    assert smooth[False] > 20  # a sweep
    assert smooth[True] <= 4  # 4, 3, 2, 1 of 4 seconds


def test_settings_dialog_controls_have_names_on_every_page(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    from microbreak.core.schema import PAGES
    from microbreak.core.settings import Settings
    from microbreak.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(clock, Settings(), catalog.exercises, catalog.pictures)
    shown(qtbot, dialog)
    for index, page in enumerate(PAGES):
        dialog.tabs.setCurrentIndex(index)
        assert unnamed_controls(dialog) == [], page
    # A spin box is named by its setting, not by its label's colon.
    assert dialog.exercises_page.per_break_spin.accessibleName() == "Exercises per break"


def test_settings_dialog_messages_are_announced_and_hidden_when_empty(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    from microbreak.core.settings import Settings
    from microbreak.ui.settings_dialog import EMPTY_SELECTION, SettingsDialog

    heard: list[str] = []
    dialog = SettingsDialog(
        clock,
        Settings(),
        catalog.exercises,
        catalog.pictures,
        announce=lambda _w, text: heard.append(text),
    )
    shown(qtbot, dialog)
    # An empty line below the pages is nothing a screen reader should stop at.
    assert not dialog.message.isVisible()
    dialog.exercises_page.set_selection((), 3)
    assert not dialog.apply()
    # Focus stays on OK, so the refusal must be told, not only shown.
    assert heard == [EMPTY_SELECTION]
    assert dialog.message.isVisible()
    dialog.restore_defaults()
    assert heard[-1].endswith("defaults restored. Press OK or Apply to use them.")


def test_the_countdown_reads_one_second_in_the_singular(qtbot: QtBot) -> None:
    from microbreak.ui.countdown_ring import CountdownRing

    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_time(4.2, 5, hold=True)
    assert ring.accessibleName() == "5 seconds left"
    ring.set_time(0.4, 5, hold=True)
    assert ring.accessibleName() == "1 second left"


def test_break_window_buttons_are_heard_by_what_they_say_now(
    qtbot: QtBot, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    # Found over AT-SPI (tests/test_atspi.py): the names were fixed when the
    # buttons were built, so a paused break's Resume button was read "Pause".
    from PySide6.QtGui import QAccessible

    def heard(widget: QWidget) -> str:
        node = QAccessible.queryAccessibleInterface(widget)
        assert node is not None
        return node.text(QAccessible.Text.Name)

    w = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(w)
    w.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:2]])
    assert heard(w.pause_button) == "Pause"
    w.toggle_pause()
    assert heard(w.pause_button) == "Resume"
    w.set_options(snooze_minutes=10, allow_skip=True, reduced_motion=False, speak_steps=False)
    assert heard(w.snooze_button) == "Snooze 10 min"
