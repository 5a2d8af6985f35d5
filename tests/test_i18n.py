"""Every visible text goes through Qt's translation system; the catalogues are current.

Also: the break window in German, Japanese and right to left, saved for a
person to look at (test-artifacts/break-window-*.png).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from microbreak.core import i18n
from microbreak.core.clock import FakeClock
from microbreak.core.describe import clock_time, headline
from microbreak.core.settings import DEFAULT_EXERCISES
from microbreak.core.state import State, Status
from microbreak.infra.resources import builtin_exercises_dir, load_exercises, translations_dir
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.language import install_language, reset_language

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "packaging" / "tools"
sys.path.insert(0, str(TOOLS))
from update_translations import LANGUAGES, sources  # noqa: E402

# Calls that put text on screen (or in a screen reader's ear).
SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "addAction",
    "addMenu",
    "addButton",
    "addItem",
    "setHorizontalHeaderLabels",
    "drawText",
    "showMessage",
    "_button",
    "_heading",
    "_paragraphs",
    "_Tile",
    "_action_button",
    "_menu_button",
    "getOpenFileName",
    "getSaveFileName",
    "notify",
}
# Never translated: the app's name, and text with no letters in it.
ALLOWED = {"microbreak"}


def _literal_words(node: ast.expr) -> str | None:
    """A string literal or f-string passed straight through, if it has words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.List):
        found = [_literal_words(e) for e in node.elts]
        return next((f for f in found if f), None)
    else:
        return None
    if text.strip() in ALLOWED or not re.search(r"[A-Za-z]{2,}", text):
        return None
    return text


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN:
            continue
        for arg in node.args:
            words = _literal_words(arg)
            if words is not None:
                found.append(f"{path.name}:{node.lineno}: {words!r}")
    return found


def test_every_shown_string_in_the_ui_is_marked_for_translation() -> None:
    found = []
    # The windows, and the app's own notifications.
    for path in [
        *sorted((ROOT / "microbreak" / "ui").glob("*.py")),
        *sorted((ROOT / "microbreak" / "app").glob("*.py")),
    ]:
        found += untranslated(path)
    assert found == []


def test_the_check_finds_an_unmarked_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'label.setText("Hello there")\n'
        'label.setText(self.tr("Marked"))\n'
        'button = QPushButton(f"Snooze {n} min")\n'
        'title.setText("microbreak")\n'
    )
    assert [f.split(": ", 1)[1] for f in untranslated(sample)] == [
        "'Hello there'",
        "'Snooze  min'",
    ]


PLURAL_JOIN = "\x00"


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    root = ET.parse(ts).getroot()
    found: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            obsolete = translation is not None and translation.get("type") in (
                "obsolete",
                "vanished",
            )
            if obsolete:
                continue
            done = translation is not None and translation.get("type") != "unfinished"
            value = translation.text if done and translation is not None else None
            if done and translation is not None and message.get("numerus") == "yes":
                # Counted text: every plural form filled in, joined for the checks.
                forms = [f.text or "" for f in translation.iter("numerusform")]
                value = PLURAL_JOIN.join(forms) if forms and all(forms) else None
            found[(name, message.findtext("source") or "")] = value
    return found


# Every shipped language is complete (a text missing would show in English).
COMPLETE = set(LANGUAGES)


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate collects from the code as it is now."""
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources(), "-ts", str(out)], cwd=ROOT, check=True, capture_output=True
    )
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_has_every_text_and_is_compiled(
    lang: str, fresh_ts: Path, tmp_path: Path
) -> None:
    ts = translations_dir() / f"microbreak_{lang}.ts"
    wanted = set(_messages(fresh_ts))
    have = _messages(ts)
    assert wanted - set(have) == set(), "run packaging/tools/update_translations.py"
    unfinished = sorted(key for key, value in have.items() if key in wanted and not value)
    if lang in COMPLETE:
        assert unfinished == []
    # The shipped .qm is what lrelease makes of the .ts today.
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "check.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.read_bytes() == qm.read_bytes(), "run update_translations.py --release"


def test_placeholders_survive_translation() -> None:
    for lang in LANGUAGES:
        for (context, source), value in _messages(
            translations_dir() / f"microbreak_{lang}.ts"
        ).items():
            if value is None:
                continue
            fields = sorted(re.findall(r"\{\w+\}", source))
            for form in value.split(PLURAL_JOIN):
                assert sorted(re.findall(r"\{\w+\}", form)) == fields, (lang, context, source)
                if "%n" in source:
                    assert "%n" in form, (lang, source, form)  # the count itself
                if "&" in source:
                    assert "&" in form, (lang, source)  # a keyboard mnemonic


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lang = str(request.param)
    installed = install_language(app, translations_dir(), lang)
    yield lang
    reset_language(app, installed)


def _window(qtbot: QtBot, clock: FakeClock) -> BreakWindow:
    catalog = load_exercises(builtin_exercises_dir(), language=i18n.language())
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    qtbot.addWidget(window)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:3]])
    for _ in range(30):  # into the first repetition
        clock.advance(0.25)
        window.tick()
    QApplication.processEvents()
    return window


EXPECTED = {
    "de": ("Zeit für eine Pause", "Übung 1 von 3"),
    "ja": ("休憩の時間です", "エクササイズ 1 / 3"),
    "pl": ("Czas na przerwę", "Ćwiczenie 1 z 3"),
    "ko": ("휴식 시간입니다", "운동 1/3"),
    "cs": ("Čas na přestávku", "Cvik 1 z 3"),
    "ru": ("Время для перерыва", "Упражнение 1 из 3"),
    "ar": ("حان وقت الاستراحة", "التمرين 1 من 3"),
    "hu": ("Ideje egy kis szünetnek", "Gyakorlat: 1/3"),  # long words
}
# Languages written right to left: their windows are laid out mirrored.
RIGHT_TO_LEFT = {"ar"}


@pytest.mark.parametrize("language", list(EXPECTED), indirect=True)
def test_break_window_speaks_the_chosen_language(
    qtbot: QtBot, clock: FakeClock, language: str, artifacts_dir: Path
) -> None:
    title, position = EXPECTED[language]
    window = _window(qtbot, clock)
    assert window.windowTitle() == title
    assert window.position_label.text() == position
    assert window.isRightToLeft() == (language in RIGHT_TO_LEFT)
    # Italics only in scripts that have them (Arabic was drawn as boxes).
    assert window.breathing_label.font().italic() == (language not in ("ar", "ja", "ko"))
    window.grab().save(str(artifacts_dir / f"break-window-{language}.png"))
    from tests.helpers.a11y import clipped

    assert clipped(window) == []


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_status_words_and_times_follow_the_language(clock: FakeClock, language: str) -> None:
    from datetime import timedelta

    now = clock.now()
    status = Status(
        state=State.WORKING,
        next_break_at=now + timedelta(minutes=12),
        paused_until=None,
        pause_reasons=frozenset(),
        snoozes_used=0,
        interval_started_at=now,
    )
    assert headline(status, now) == "Nächste Pause in 12 Min."
    assert clock_time(now) == "09:00"  # German writes 24-hour time


@pytest.mark.parametrize("language", ["pl"], indirect=True)
def test_counted_words_take_each_of_polish_three_forms(language: str) -> None:
    from microbreak.core.describe import in_full_words

    assert [in_full_words(m * 60) for m in (1, 2, 5, 22)] == [
        "1 minutę",
        "2 minuty",
        "5 minut",
        "22 minuty",
    ]


def test_counted_words_in_english(qtbot: QtBot) -> None:
    from microbreak.core.describe import in_full_words
    from microbreak.ui.intents import ActionsMenu, Intents

    assert [in_full_words(s) for s in (1, 30, 60, 3600)] == [
        "1 second",
        "30 seconds",
        "1 minute",
        "1 hour",
    ]
    # The same words through Qt, from the English catalogue the app installs.
    menu = ActionsMenu(Intents())
    qtbot.addWidget(menu)
    assert menu.snooze_menu.actions()[0].text() == "5 minutes"


def test_english_times_by_default(clock: FakeClock) -> None:
    assert clock_time(clock.now()) == "09:00"


def test_right_to_left_mirrors_the_break_window(
    qtbot: QtBot, clock: FakeClock, artifacts_dir: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _window(qtbot, clock)
        assert window.isRightToLeft()
        back, nxt = window.back_button, window.next_button
        # "Back" points the way the reader came from: on the right, in RTL.
        assert (
            back.mapTo(window, back.rect().center()).x()
            > nxt.mapTo(window, nxt.rect().center()).x()
        )
        window.grab().save(str(artifacts_dir / "break-window-rtl.png"))
        # The Left arrow key goes on, the way the reader reads.
        from PySide6.QtTest import QTest

        assert window.position_label.text() == "Exercise 1 of 3"
        QTest.keyClick(window, Qt.Key.Key_Left)
        assert window.position_label.text() == "Exercise 2 of 3"
        QTest.keyClick(window, Qt.Key.Key_Right)
        assert window.position_label.text() == "Exercise 1 of 3"
        labels = [w for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text()]
        assert labels
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_lupdate_and_lrelease_are_on_hand() -> None:
    for tool in ("pyside6-lupdate", "pyside6-lrelease"):
        assert shutil.which(tool) or Path(sys.executable).with_name(tool).exists()


def _french_texts() -> Iterator[str]:
    root = ET.parse(translations_dir() / "microbreak_fr.ts").getroot()
    for element in root.iter():
        if element.tag in ("translation", "numerusform") and element.text:
            yield element.text
    exercises = builtin_exercises_dir() / "translations" / "fr.toml"
    for line in exercises.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            yield line


def test_french_punctuation_has_its_no_break_spaces() -> None:
    # French puts a space before : ; ? ! and inside « »; an ordinary one lets
    # the line break there (a lone "?" at the start of a line), a missing one
    # is a typo. U+00A0 before the colon and inside guillemets, the narrow
    # U+202F before ; ? !.
    wrong = []
    for text in _french_texts():
        bare = re.sub(r"&\w+;|\{\w+\}|https?://\S+|\d:\d", "", text)
        if re.search(r"(?:[^\u00a0]|^):|[^\u202f][;?!]|«[^\u00a0]|[^\u00a0]»", bare):
            wrong.append(text)
    assert wrong == []
