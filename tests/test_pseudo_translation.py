"""A pseudo-translation finds every visible text that skips Qt's translation.

Each catalogue text becomes "⟦text⟧" in a made-up Arabic catalogue, built here
from what lupdate collects from the code today. Every window is then built in
that language and walked: a text on screen (label, button, tab, list item,
menu entry, tooltip, accessible name) with words outside the brackets came
from somewhere Qt's translation never saw. Arabic also makes the layout right
to left, so the same run checks each window mirrors: the break window's
screenshot is saved for a person to look at (test-artifacts/).

Exercise texts are content, not catalogue texts (they come translated from
resources/exercises/translations/), and Qt's own button texts (OK, Cancel)
come from Qt's catalogue: both are taken out before the check.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.describe import headline, in_full_words
from microbreak.core.settings import DEFAULT_EXERCISES, Settings
from microbreak.core.stats import DayStats, taken_text
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.ui.about import AboutWindow, HealthNotice
from microbreak.ui.break_window import BreakWindow
from microbreak.ui.heads_up_toast import HeadsUpToast
from microbreak.ui.intents import ActionsMenu, Intents
from microbreak.ui.language import install_language, language_name, reset_language
from microbreak.ui.settings_dialog import SettingsDialog
from microbreak.ui.stats_window import StatsWindow
from microbreak.ui.tray import StatusWindow
from tests.helpers.fakes import NoHistory
from tests.helpers.statuses import working

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "tools"))
from update_translations import sources  # noqa: E402

# The right-to-left mark makes each text read right to left, as Arabic would.
RLM = "\u200f"
OPEN, CLOSE = "⟦", "⟧"
# Qt's own words (qtbase's catalogue), and names that stay as they are.
NOT_OURS = {"OK", "Cancel", "Apply", "Restore Defaults", "Close", "microbreak", "AAOHN"}


def _pseudo(ts: Path) -> None:
    """Wrap every text of a fresh lupdate catalogue in brackets, as Arabic."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "ar")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(6):  # Arabic has six plural forms
                ET.SubElement(translation, "numerusform").text = RLM + OPEN + source + CLOSE
        else:
            translation.text = RLM + OPEN + source + CLOSE
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "microbreak_ar.ts"
    tools = Path(sys.executable).parent
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    _pseudo(ts)
    subprocess.run(
        [str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )
    return folder


@pytest.fixture
def pseudo(pseudo_dir: Path) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_language(app, pseudo_dir, "ar")
    assert installed, "the pseudo catalogue did not load"
    yield
    reset_language(app, installed)


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


def _content(catalog: ExerciseCatalog) -> list[str]:
    """Every exercise text, longest first (so a name inside a step is not cut first)."""
    texts: set[str] = set()
    for ex in catalog.exercises.values():
        texts |= {ex.name, ex.summary, ex.breathing, ex.safety}
        texts |= {s.text for s in (*ex.setup, *ex.steps)}
        for side in ("right", "left"):
            texts |= {s.text.replace("{side}", side) for s in ex.steps}
    return sorted((t for t in texts if t), key=len, reverse=True)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear in a window."""
    for w in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()!r}"
        yield where + " tooltip", w.toolTip()
        yield where + " accessible name", w.accessibleName()
        yield where + " accessible description", w.accessibleDescription()
        if w.isWindow():
            yield where + " title", w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QSpinBox):
            yield where + " special value", w.specialValueText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + f" tab {i}", w.tabText(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + f" item {i}", w.itemText(i)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                yield where + f" item {i}", item.text()
                yield where + f" item {i} tooltip", item.toolTip()
        if isinstance(w, QMenu):
            for action in w.actions():
                yield where + " action", action.text()
                yield where + " action tooltip", action.toolTip()


def _unmarked(text: str) -> str:
    """The text without its bracketed (translated) parts, nested ones included."""
    while True:
        shorter = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if shorter == text:
            return text
        text = shorter


def leftovers(widget: QWidget, catalog: ExerciseCatalog, also: Sequence[str] = ()) -> list[str]:
    """Texts with words that the pseudo catalogue did not put there.

    ``also``: texts shown as they are on purpose.
    """
    content = [*_content(catalog), *also]
    found = []
    for where, text in _texts(widget):
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))  # rich text's tags
        plain = _unmarked(plain)
        for words in content:
            plain = plain.replace(words, " ")
        for words in NOT_OURS:
            plain = plain.replace(words, " ")
        if re.search(r"[A-Za-z]{2,}", plain):
            found.append(f"{where}: {text!r}")
    return found


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    return widget


def test_the_settings_dialog_is_all_translated(
    qtbot: QtBot, pseudo: None, clock: FakeClock, catalog: ExerciseCatalog, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        clock,
        Settings(),
        catalog.exercises,
        catalog.pictures,
        config_file=tmp_path / "config.toml",
        languages=["de", "pl"],
    )
    shown(qtbot, dialog)
    assert dialog.isRightToLeft()
    # Each language is offered in its own words, so anyone can find theirs.
    native = [language_name("de"), language_name("pl")]
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        assert leftovers(dialog, catalog, native) == []
    # Its messages too: a bad working-hours entry, and no exercise chosen.
    hours = dialog.controls[("schedule.working_hours", "monday")]
    assert isinstance(hours, QLineEdit)
    hours.setText("17:00-09:00")
    dialog.exercises_page.set_selection((), 3)
    assert not dialog.apply()
    assert dialog.message.text()
    assert leftovers(dialog, catalog, native) == []


def test_the_break_window_is_all_translated_and_mirrored(
    qtbot: QtBot, pseudo: None, clock: FakeClock, catalog: ExerciseCatalog, artifacts_dir: Path
) -> None:
    window = BreakWindow(clock, catalog.pictures, snooze_minutes=5)
    shown(qtbot, window)
    window.start([catalog.exercises[i] for i in DEFAULT_EXERCISES[:2]])
    for _ in range(30):
        clock.advance(0.25)
        window.tick()
    QApplication.processEvents()
    assert window.isRightToLeft()
    back, nxt = window.back_button, window.next_button
    assert back.mapTo(window, back.rect().center()).x() > nxt.mapTo(window, nxt.rect().center()).x()
    window.grab().save(str(artifacts_dir / "break-window-pseudo-arabic.png"))
    assert leftovers(window, catalog) == []
    window.ask_skip()
    assert leftovers(window, catalog) == []
    window.cancel_skip()
    window.go_next()
    window.go_next()  # the summary page
    QApplication.processEvents()
    assert leftovers(window, catalog) == []


def test_the_other_windows_and_the_menu_are_all_translated(
    qtbot: QtBot, pseudo: None, clock: FakeClock, catalog: ExerciseCatalog
) -> None:
    status = working(clock)
    menu = ActionsMenu(Intents())
    qtbot.addWidget(menu)
    menu.update_for(status, headline(status, clock.now()), strict=False)
    status_window = StatusWindow(clock, Intents(), QIcon())
    status_window.set_status(status, strict=False)
    toast = HeadsUpToast()
    toast.notify(OPEN + "title" + CLOSE, "", heads_up=True)
    stats = StatsWindow(clock, NoHistory(), goal=6, names={})
    stats.refresh()
    about = AboutWindow(list(catalog.exercises.values()), DEFAULT_EXERCISES)
    for widget in (status_window, toast, stats, about, HealthNotice()):
        assert leftovers(shown(qtbot, widget), catalog) == [], type(widget).__name__
    # Menus are walked, not shown: a shown menu grabs the keyboard.
    for submenu in (menu, menu.snooze_menu, menu.pause_menu):
        assert leftovers(submenu, catalog) == []


def test_core_words_go_through_the_catalogue_too(pseudo: None, clock: FakeClock) -> None:
    status = working(clock)
    assert headline(status, clock.now()).startswith(RLM + OPEN)
    assert in_full_words(120) == RLM + OPEN + "2 minute(s)" + CLOSE  # Qt put the count in
    day = DayStats(clock.now().date(), completed=2, natural=1, skipped=1)
    assert _unmarked(taken_text(day)).replace(RLM, "").strip() == ""


def test_the_check_finds_an_untranslated_label(
    qtbot: QtBot, pseudo: None, catalog: ExerciseCatalog
) -> None:
    box = QWidget()
    QLabel("Plain English", box)
    QLabel(OPEN + "Marked" + CLOSE, box)
    QLabel(catalog.exercises["shoulder-rolls"].name, box)
    assert leftovers(box, catalog) == ["QLabel '': 'Plain English'"]
    assert Qt.LayoutDirection.RightToLeft == QApplication.layoutDirection()
