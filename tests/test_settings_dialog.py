"""The settings dialog, driven with pytest-qt: every page, the Exercises page's
choices, refusal of an empty selection, restore defaults, import and export."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from microbreak.core.clock import FakeClock
from microbreak.core.schema import PAGES
from microbreak.core.settings import DEFAULT_EXERCISES, KEYS, Settings
from microbreak.core.settings_data import with_values
from microbreak.infra.config_store import DEFAULT_CONFIG, load_config
from microbreak.infra.resources import ExerciseCatalog, builtin_exercises_dir, load_exercises
from microbreak.ui.exercises_page import ICON_SIZE
from microbreak.ui.settings_dialog import EMPTY_SELECTION, SettingsDialog
from microbreak.ui.settings_form import tooltip_for
from tests.helpers.a11y import clipped
from tests.helpers.clock import MONDAY_9AM
from tests.helpers.routine import SVG_EXERCISES
from tests.helpers.settings_dialog import clipped_tabs


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises(builtin_exercises_dir())


def make(
    qtbot: QtBot,
    catalog: ExerciseCatalog,
    settings: Settings | None = None,
    config_file: Path | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(
        FakeClock(MONDAY_9AM),
        settings or Settings(),
        catalog.exercises,
        catalog.pictures,
        catalog.errors,
        config_file=config_file,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def applied(qtbot: QtBot, dialog: SettingsDialog) -> Settings:
    with qtbot.waitSignal(dialog.applied, timeout=1000) as blocker:
        assert dialog.apply()
    result = blocker.args[0]
    assert isinstance(result, Settings)
    return result


def test_changing_the_interval_and_applying_emits_the_new_settings(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    spin = dialog.controls[("schedule", "interval_minutes")]
    assert isinstance(spin, QSpinBox)
    assert spin.value() == 45
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    strict = dialog.controls[("schedule", "strict")]
    assert isinstance(strict, QCheckBox)
    strict.setFocus()
    qtbot.keyClick(strict, Qt.Key.Key_Space)
    result = applied(qtbot, dialog)
    assert result.schedule.interval_minutes == 20
    assert result.schedule.strict
    assert result.exercises.selected == DEFAULT_EXERCISES


def test_every_control_has_a_label_a_tooltip_and_a_keyboard_shortcut(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == list(PAGES)
    on_pages = [k for k in KEYS if k.page and k.page != "Exercises"]
    assert len(dialog.controls) == len(on_pages)
    for key in on_pages:
        control = dialog.controls[(key.table, key.name)]
        assert control.toolTip() == tooltip_for(key), key.path
        if isinstance(control, QCheckBox):
            text = control.text()
        else:
            parent = control.parentWidget()
            assert parent is not None
            form = parent.layout()
            assert isinstance(form, QFormLayout)
            label = form.labelForField(control)
            assert isinstance(label, QLabel)
            assert label.buddy() is control
            text = label.text()
        assert "&" in text, key.path
    page = dialog.exercises_page
    for widget in (page.list, page.filter_combo, page.per_break_spin, page.up_button):
        assert widget.toolTip()


def test_the_exercises_page_lists_every_exercise_with_picture_and_summary(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    page = dialog.exercises_page
    assert page.list.count() == len(catalog.exercises)
    ids = [str(item.data(Qt.ItemDataRole.UserRole)) for item in page.items()]
    assert tuple(ids[:5]) == DEFAULT_EXERCISES
    first = page.items()[0]
    assert first.checkState() == Qt.CheckState.Checked
    assert catalog.exercises["shoulder-rolls"].summary in first.text()
    assert not first.icon().isNull()
    assert page.items()[6].checkState() == Qt.CheckState.Unchecked
    # The preview shows the steps of the exercise under the cursor.
    page.list.setCurrentItem(page.item_for("high-reach"))
    assert catalog.exercises["high-reach"].steps[0].text[:30] in page.preview.text()
    # The estimate follows the choice.
    before = page.estimate_label.text()
    assert "3 of the 5 chosen" in before
    page.per_break_spin.setValue(0)
    assert "5 of the 5 chosen" in page.estimate_label.text()
    assert applied(qtbot, dialog).exercises.per_break == "all"


def _drawn_pixels(icon: QIcon) -> int:
    """How many pixels of a list icon are not its white background."""
    image = icon.pixmap(ICON_SIZE, ICON_SIZE).toImage()
    return sum(
        image.pixelColor(x, y) != QColor(Qt.GlobalColor.white)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_the_preview_shows_the_figure_or_the_svg_picture(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    page = dialog.exercises_page
    figures = [ex for ex in catalog.exercises.values() if ex.figure is not None]
    assert figures
    for ex in figures:
        assert ex.figure is not None
        # Every figure exercise has a drawing in the list, not a blank square.
        assert _drawn_pixels(page.item_for(ex.id).icon()) > 40, ex.id
        page.list.setCurrentItem(page.item_for(ex.id))
        assert not page.preview_pose.isHidden()
        assert page.preview_pose.currentWidget() is page.preview_figure
        frame = page.preview_figure.frame
        assert frame is not None
        assert frame.pose == ex.figure.poses[ex.steps[0].picture], ex.id
    # People's own exercises with SVG pictures keep their pictures.
    mine = load_exercises(SVG_EXERCISES)
    assert mine.exercises
    assert not mine.errors
    page.set_catalog(mine.exercises, mine.pictures, ())
    page.set_selection(tuple(mine.exercises), 3)
    for ex_id, paths in mine.pictures.items():
        assert _drawn_pixels(page.item_for(ex_id).icon()) > 40, ex_id
        page.list.setCurrentItem(page.item_for(ex_id))
        assert page.preview_pose.currentWidget() is page.preview_picture
        assert page.preview_picture.path == paths[0]


def test_filters_hide_what_does_not_fit(qtbot: QtBot, catalog: ExerciseCatalog) -> None:
    dialog = make(qtbot, catalog)
    page = dialog.exercises_page
    for text, wanted in [
        ("Standing", lambda e: e.posture == "standing"),
        ("Needs a wall", lambda e: e.equipment == "wall"),
        ("Seated", lambda e: e.posture == "seated"),
    ]:
        page.filter_combo.setCurrentText(text)
        shown = {str(i.data(Qt.ItemDataRole.UserRole)) for i in page.items() if not i.isHidden()}
        assert shown == {i for i, e in catalog.exercises.items() if wanted(e)}
        assert shown
        current = page.list.currentItem()
        assert current is not None
        assert not current.isHidden()
        name = catalog.exercises[str(current.data(Qt.ItemDataRole.UserRole))].name
        assert name in page.preview.text()


def test_reordering_and_choosing_change_the_routine(qtbot: QtBot, catalog: ExerciseCatalog) -> None:
    dialog = make(qtbot, catalog)
    page = dialog.exercises_page
    page.item_for("wall-lean").setCheckState(Qt.CheckState.Checked)
    page.item_for("shoulder-shrug").setCheckState(Qt.CheckState.Unchecked)
    page.list.setCurrentItem(page.item_for("high-reach"))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.selected()[:2] == ("high-reach", "shoulder-rolls")
    # A drag in the list ends as a row move in its model.
    model = page.list.model()
    row = page.list.row(page.item_for("upper-back-movement"))
    assert model.moveRow(QModelIndex(), row, QModelIndex(), 0)
    selected = applied(qtbot, dialog).exercises.selected
    assert selected[:3] == ("upper-back-movement", "high-reach", "shoulder-rolls")
    assert "wall-lean" in selected
    assert "shoulder-shrug" not in selected


def test_drag_to_reorder_is_on(qtbot: QtBot, catalog: ExerciseCatalog) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    dialog = make(qtbot, catalog)
    assert dialog.exercises_page.list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove


def test_an_empty_selection_is_refused_with_a_clear_message(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    dialog.tabs.setCurrentIndex(0)
    page = dialog.exercises_page
    for item in page.items():
        item.setCheckState(Qt.CheckState.Unchecked)
    # Said at once, and once: below the pages, not again in the estimate.
    assert dialog.message.text() == EMPTY_SELECTION
    dialog.tabs.setCurrentWidget(page)
    assert times_shown(dialog, EMPTY_SELECTION) == 1
    dialog.tabs.setCurrentIndex(0)
    with qtbot.assertNotEmitted(dialog.applied):
        assert not dialog.apply()
    assert dialog.message.text() == EMPTY_SELECTION
    assert dialog.tabs.currentWidget() is page
    assert times_shown(dialog, EMPTY_SELECTION) == 1
    page.items()[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.message.text() == ""
    assert dialog.apply()


def times_shown(dialog: SettingsDialog, text: str) -> int:
    """How many labels a person sees ``text`` in."""
    return sum(
        text in label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and label.isVisible()
    )


def test_bad_working_hours_are_refused_naming_the_day(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    monday = dialog.controls[("schedule.working_hours", "monday")]
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(monday, QLineEdit)
    monday.setText("9-5")
    assert not dialog.apply()
    assert "Monday" in dialog.message.text()
    monday.setText("08:00-12:00,13:00-17:00")
    assert applied(qtbot, dialog).working_hours.monday == "08:00-12:00, 13:00-17:00"


def test_restore_defaults_resets_the_current_page_only(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    changed = with_values(
        Settings(),
        {
            ("schedule", "interval_minutes"): 10,
            ("sound", "volume"): 5,
            ("exercises", "selected"): ("wall-lean",),
        },
    )
    dialog = make(qtbot, catalog, changed)
    dialog.tabs.setCurrentIndex(PAGES.index("Schedule"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(PAGES.index("Exercises"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    result = applied(qtbot, dialog)
    assert result.schedule.interval_minutes == 45
    assert result.exercises.selected == DEFAULT_EXERCISES
    assert result.sound.volume == 5


def test_import_checks_the_whole_file_and_export_writes_a_loadable_one(
    qtbot: QtBot, catalog: ExerciseCatalog, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(DEFAULT_CONFIG + "\n[mine]\nkept = true\n")
    dialog = make(qtbot, catalog, config_file=config)
    bad = tmp_path / "bad.toml"
    bad.write_text("[schedule]\ninterval_minutes = 20\n[sound]\nvolume = 101\n")
    assert not dialog.import_from(bad)
    assert "Nothing was imported" in dialog.message.text()
    assert "volume = 101" in dialog.message.text()
    spin = dialog.controls[("schedule", "interval_minutes")]
    assert isinstance(spin, QSpinBox)
    assert spin.value() == 45
    good = tmp_path / "good.toml"
    good.write_text("[schedule]\ninterval_minutes = 20\n[exercises]\nselected = ['wall-lean']\n")
    assert dialog.import_from(good)
    assert spin.value() == 20
    out = tmp_path / "out" / "exported.toml"
    assert dialog.export_to(out)
    exported = load_config(out, MONDAY_9AM, create=False)
    assert exported.settings.schedule.interval_minutes == 20
    assert exported.settings.exercises.selected == ("wall-lean",)
    assert tomllib.loads(out.read_text())["mine"] == {"kept": True}
    assert "# Minutes of work between breaks" in out.read_text()


def test_a_broken_custom_exercise_is_listed_with_its_error(qtbot: QtBot, tmp_path: Path) -> None:
    mine = tmp_path / "exercises"
    mine.mkdir()
    (mine / "oops.toml").write_text("id = 'oops'\nname = \n")
    catalog = load_exercises(builtin_exercises_dir(), mine)
    dialog = make(qtbot, catalog)
    dialog.tabs.setCurrentWidget(dialog.exercises_page)
    assert dialog.exercises_page.errors_label.isVisible()
    assert "oops.toml" in dialog.exercises_page.errors_label.text()


def test_screenshot_of_every_page_in_light_and_dark(
    qtbot: QtBot, catalog: ExerciseCatalog, artifacts_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QPalette

    from tests.test_look_and_feel import dark_palette

    dark = dark_palette()
    # That palette sets every colour group alike; a dark desktop greys what is
    # disabled, and the switched-off fields here should look it.
    for role, colour in (
        (QPalette.ColorRole.Text, "#808080"),
        (QPalette.ColorRole.Base, "#2b2b2b"),
    ):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#808080"))
    dialog = make(qtbot, catalog, config_file=tmp_path / "config.toml")
    qtbot.waitExposed(dialog)
    dialog.exercises_page.list.setCurrentRow(1)
    for look, palette in (("light", dialog.palette()), ("dark", dark)):
        dialog.setPalette(palette)
        for i, page in enumerate(PAGES):
            dialog.tabs.setCurrentIndex(i)
            assert clipped(dialog) == [], page
            name = page.lower().replace(" ", "-")
            assert dialog.grab().save(str(artifacts_dir / f"settings-{name}-{look}.png"))


def test_no_tab_cuts_off_accents_or_descenders(
    qtbot: QtBot, catalog: ExerciseCatalog, artifacts_dir: Path
) -> None:
    dialog = make(qtbot, catalog)
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    # German's "Übungen" has both an umlaut and a descender; "Working hours" a "g".
    bar.setTabText(PAGES.index("Exercises"), "Übungen")
    for current in (0, 1):
        dialog.tabs.setCurrentIndex(current)
        assert clipped_tabs(bar) == []
    assert bar.grab().save(str(artifacts_dir / "settings-tabs-german.png"))
    # The same tabs in a plain QTabBar lose rows: the check sees what it looks for.
    plain = QTabBar()
    qtbot.addWidget(plain)
    for i in range(bar.count()):
        plain.addTab(bar.tabText(i))
    plain.show()
    qtbot.waitExposed(plain)
    assert len(clipped_tabs(plain)) >= 2


def test_buttons_follow_the_platform_order_with_import_and_export_apart(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    box = dialog.buttons
    assert box.buttonRole(dialog.restore_button) == QDialogButtonBox.ButtonRole.ResetRole
    assert box.buttonRole(dialog.ok_button) == QDialogButtonBox.ButtonRole.AcceptRole
    assert box.buttonRole(dialog.apply_button) == QDialogButtonBox.ButtonRole.ApplyRole
    # Import… and Export… are not among OK, Cancel and Apply: they sit before them.
    assert dialog.import_button not in box.buttons()
    assert dialog.export_button not in box.buttons()

    def left(widget: QWidget) -> int:
        return widget.mapTo(dialog, widget.rect().topLeft()).x()

    first_own = min(left(b) for b in box.buttons())
    assert left(dialog.import_button) < left(dialog.export_button) < first_own
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "&Import…" in texts
    assert "E&xport…" in texts
    assert not [t for t in texts if "..." in t]


def test_fields_grey_while_their_switch_is_off(qtbot: QtBot, catalog: ExerciseCatalog) -> None:
    dialog = make(qtbot, catalog)
    hours = dialog.controls[("schedule.working_hours", "enabled")]
    monday = dialog.controls[("schedule.working_hours", "monday")]
    assert isinstance(hours, QCheckBox)
    assert not hours.isChecked()  # the default: off
    assert not monday.isEnabled()
    hours.setChecked(True)
    assert monday.isEnabled()
    monday_text = monday.property("text")
    hours.setChecked(False)
    assert not monday.isEnabled()
    # Greyed, not dropped: the values are still saved as they are.
    assert applied(qtbot, dialog).working_hours.monday == monday_text
    # Importing or restoring a switch greys its fields too.
    hours.setChecked(True)
    dialog.set_settings(Settings())
    assert not monday.isEnabled()


def test_tooltips_are_plain_words_without_key_names(
    qtbot: QtBot, catalog: ExerciseCatalog, tmp_path: Path
) -> None:
    dialog = make(qtbot, catalog, config_file=tmp_path / "config.toml")
    tips = [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
    assert len(tips) > 30
    for tip in tips:
        assert not re.search(r"[a-z]+_[a-z]+", tip), tip
        assert "idle source" not in tip
        assert "MICROBREAK" not in tip
        assert "config.toml" not in tip


def test_smart_timing_is_explained_in_minutes_as_the_values_change(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    note = dialog.findChild(QLabel, "smart_timing_note")
    assert isinstance(note, QLabel)
    assert note.text() == (
        "A break comes about every 45 minutes of work: at your first pause in typing "
        "up to 5 minutes either side of it, or at the end of that window."
    )
    interval = dialog.controls[("schedule", "interval_minutes")]
    assert isinstance(interval, QSpinBox)
    interval.setValue(10)  # a fifth either side: two minutes
    assert "about every 10 minutes" in note.text()
    assert "up to 2 minutes either side" in note.text()
    smart = dialog.controls[("schedule", "smart_timing")]
    assert isinstance(smart, QCheckBox)
    smart.setChecked(False)
    assert note.text() == "A break comes after every 10 minutes of work."
    assert "second" not in note.text()


def test_movement_breaks_sit_on_the_schedule_page_with_a_line_on_what_they_do(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    dialog = make(qtbot, catalog)
    note = dialog.findChild(QLabel, "movement_note")
    assert isinstance(note, QLabel)
    assert note.text() == "One break in 4 asks you to stand up and move, for about 3 minutes."
    every = dialog.controls[("movement", "every")]
    minutes = dialog.controls[("movement", "minutes")]
    assert isinstance(every, QSpinBox)
    assert isinstance(minutes, QSpinBox)
    every.setValue(2)
    minutes.setValue(1)
    assert note.text() == "One break in 2 asks you to stand up and move, for about 1 minute."
    every.setValue(0)
    assert every.text() == "Off"
    assert note.text().startswith("No movement breaks")


def test_the_general_page_offers_the_settings_file(
    qtbot: QtBot, catalog: ExerciseCatalog, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = make(qtbot, catalog, config_file=tmp_path / "config.toml")
    dialog.tabs.setCurrentIndex(PAGES.index("General"))
    button = next(
        b
        for b in dialog.pages["General"].findChildren(QPushButton)
        if b.text() == "&Open the settings file"
    )
    with qtbot.waitSignal(dialog.open_file_requested, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_watching_counts_as_activity_sits_with_the_busy_options_and_says_what_it_does(
    qtbot: QtBot, catalog: ExerciseCatalog
) -> None:
    """Workrave's "reading mode" is hard to find: this one is beside "full screen",
    with a line anyone can read, and it saves."""
    dialog = make(qtbot, catalog)
    page = dialog.form_pages["Notifications and sound"]
    box = dialog.controls[("do_not_disturb", "watching_counts_as_activity")]
    assert isinstance(box, QCheckBox)
    assert not box.isChecked()  # today's behaviour by default
    full_screen = dialog.controls[("do_not_disturb", "fullscreen")]
    assert page.row_of(full_screen) < page.row_of(box)
    note = page.findChild(QLabel, "do_not_disturb.watching_counts_as_activity.note")
    assert note is not None
    assert note.text() == (
        "Watching a video or a presentation counts as being at the computer, not as a break."
    )
    below = page.form.itemAt(page.row_of(box) + 1, QFormLayout.ItemRole.SpanningRole)
    assert below is not None
    assert below.widget() is note
    assert box.accessibleDescription() == note.text()
    dialog.tabs.setCurrentWidget(page)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert applied(qtbot, dialog).do_not_disturb.watching_counts_as_activity
