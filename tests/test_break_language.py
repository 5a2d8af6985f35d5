"""A break keeps the language it opened in, all of it, when the app changes language.

Found in use (issue 15): switching to Japanese during a German break turned
the labels Japanese at the next tick while the exercise's words, which came
translated when the break opened, stayed German. The window now holds the
catalogues in force when the break starts (ui.language.HeldLanguage); these
tests switch with the real catalogues, as the app does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from microbreak.core import i18n
from microbreak.core.clock import FakeClock
from microbreak.core.escalation import Firmness
from microbreak.core.events import BreakNowRequested
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.infra.paths import AppPaths
from microbreak.infra.resources import builtin_exercises_dir, load_exercises
from microbreak.infra.speech import Speaker
from microbreak.ui.break_window import SUMMARY_SECONDS, BreakWindow
from microbreak.ui.language import LanguageSwitch
from tests.helpers.app import make_app
from tests.helpers.fakes import SpeechEngineFactory

# Kana, CJK punctuation, kanji and full-width forms: any of them is Japanese here.
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def texts(window: QWidget) -> list[str]:
    """Every text of the window a person can see or hear, on either page."""
    found = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        found += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            found.append(w.text())
    return [t for t in found if t]


def japanese(found: list[str]) -> list[str]:
    return [t for t in found if JAPANESE.search(t)]


def test_a_german_break_stays_german_through_a_switch_to_japanese(
    qtbot: QtBot, clock: FakeClock, switch: LanguageSwitch, artifacts_dir: Path
) -> None:
    switch.use("de")
    catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
    heard: list[str] = []
    voice = SpeechEngineFactory()
    window = BreakWindow(
        clock,
        catalog.pictures,
        snooze_minutes=5,
        voice=Speaker(voice),
        speak_steps=True,
        announce=lambda _target, text: heard.append(text),
    )
    qtbot.addWidget(window)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])
    assert window.windowTitle() == "Zeit für eine Pause"

    assert switch.use("ja")
    # The app speaks Japanese now: a text asked of Qt now would be Japanese.
    assert QCoreApplication.translate("BreakWindow", "Time for a break") == "休憩の時間です"
    assert i18n.translate("guidance", "Paused.") == "一時停止しました。"
    heard.clear()
    voice.engine.said.clear()
    step = window.step_label.text()
    while window.step_label.text() == step:  # on through a change of step
        clock.advance(0.25)
        window.tick()
    window.toggle_pause()
    window.grab().save(str(artifacts_dir / "break-window-kept-german.png"))

    shown = texts(window)
    assert japanese(shown) == []
    assert window.position_label.text() == "Übung 1 von 3"
    assert window.kind_label.text() == "Angehalten"
    assert re.fullmatch(r"noch \d+ Sekunden?", window.ring.accessibleName())
    # What it said and announced over the change: German, the pause too.
    assert heard
    assert voice.engine.said
    assert japanese(heard + voice.engine.said) == []
    assert heard[-1] == "Angehalten."

    # Done to the end: the end screen, core's "34 s" and the next break's time.
    window.toggle_pause()
    first = window.player.view().exercise if window.player else None
    while window.player and window.player.view().exercise is first:
        clock.advance(0.25)
        window.tick()
    window.go_next()
    window.go_next()
    assert window.summary_title.text() == "Gut gemacht!"
    window.close_for("completed", clock.now() + timedelta(minutes=20))
    assert window.next_break_label.text().startswith("Nächste Pause um ")
    assert japanese(texts(window) + heard + voice.engine.said) == []
    clock.advance(SUMMARY_SECONDS)
    window.tick()
    assert not window.isVisible()

    # The next break opens in the language of its time.
    catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])
    assert window.windowTitle() == "休憩の時間です"
    assert window.position_label.text() == "エクササイズ 1 / 3"
    assert window.summary_title.text() != "Gut gemacht!"
    assert JAPANESE.search(window.snooze_button.text())


def test_the_app_keeps_an_open_break_german_and_opens_the_next_in_japanese(
    qtbot: QtBot, clock: FakeClock, paths: AppPaths, switch: LanguageSwitch
) -> None:
    app = make_app(qtbot, clock, paths, use_language=switch.use)
    german = replace(app.settings, interface=replace(app.settings.interface, language="de"))
    app.settings_applier.apply(german)
    qtbot.waitUntil(lambda: i18n.language() == "de_DE", timeout=2000)
    qtbot.waitUntil(lambda: app.windows.break_window.windowTitle() != "Time for a break")
    qtbot.addWidget(app.windows.break_window)
    app.dispatch(BreakNowRequested())
    during = app.windows.break_window
    assert during.isVisible()
    assert during.windowTitle() == "Zeit für eine Pause"

    japanese_settings = replace(german, interface=replace(german.interface, language="ja"))
    app.settings_applier.apply(japanese_settings)
    qtbot.waitUntil(lambda: i18n.language() == "ja_JP", timeout=2000)
    QApplication.processEvents()
    assert app.windows.break_window is during
    step = during.step_label.text()
    while during.step_label.text() == step:
        clock.advance(0.25)
        during.tick()
    assert japanese(texts(during)) == []
    assert during.position_label.text() == "Übung 1 von 3"

    during.skip()
    qtbot.waitUntil(lambda: app.windows.break_window is not during, timeout=2000)
    qtbot.addWidget(app.windows.break_window)
    app.dispatch(BreakNowRequested())
    assert app.windows.break_window.windowTitle() == "休憩の時間です"
    assert JAPANESE.search(app.windows.break_window.title_label.text())


def test_a_firmer_breaks_why_is_in_the_breaks_language(
    qtbot: QtBot, clock: FakeClock, switch: LanguageSwitch
) -> None:
    """The sentence comes from core, like the spoken cues: worded in the
    language the window holds, not in whatever core's hook speaks at the time."""
    switch.use("de")
    catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)

    def english_words(
        context: str, text: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str:
        return i18n.english_form(text, n).replace("%n", str(n))

    # Core's hook answers in English while the window opens in German.
    with i18n.translating_with(english_words):
        window.start(
            [catalog.exercises[i] for i in DEFAULT_EXERCISES[:1]],
            firmness=Firmness(level=1, skips=2),
        )
    assert window.windowTitle() == "Zeit für eine Pause"
    why = window._page.why_label
    assert why.isVisible()
    assert why.text() == (
        "Sie haben die letzten 2 Pausen ausgelassen, darum ist diese etwas bestimmter."
    )
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:1]])  # a calm one
    assert not why.isVisible()
