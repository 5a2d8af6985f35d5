"""The Exercises page of the settings dialog: every exercise with a checkbox,
its picture and a one-line summary, a filter, drag (or Move up/down) to
reorder, a preview (the exercise's main pose and its steps) and the estimated
length of a break.

An exercise drawn from poses shows the articulated figure, still, in the pose
its first step works toward; one with SVG pictures (people's own) shows its
first picture.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from microbreak.core.describe import in_words
from microbreak.core.exercise import Exercise
from microbreak.core.i18n import QT_TRANSLATE_NOOP, Context
from microbreak.core.settings import KEYS
from microbreak.ui.exercise_words import how_it_is_done
from microbreak.ui.figure_paint import still_image
from microbreak.ui.figure_view import FigureView, still_frame
from microbreak.ui.settings_form import t, tooltip_for
from microbreak.ui.svg_view import SvgView, renderer

# (menu text, test on an exercise)
FILTERS: tuple[tuple[str, Callable[[Exercise], bool]], ...] = (
    (QT_TRANSLATE_NOOP("settings", "All exercises"), lambda ex: True),
    (QT_TRANSLATE_NOOP("settings", "Seated"), lambda ex: ex.posture == "seated"),
    (QT_TRANSLATE_NOOP("settings", "Standing"), lambda ex: ex.posture == "standing"),
    (QT_TRANSLATE_NOOP("settings", "Needs nothing"), lambda ex: ex.equipment == "none"),
    (QT_TRANSLATE_NOOP("settings", "Needs a wall"), lambda ex: ex.equipment == "wall"),
    (QT_TRANSLATE_NOOP("settings", "Needs a doorway"), lambda ex: ex.equipment == "doorway"),
    (QT_TRANSLATE_NOOP("settings", "Needs a strap"), lambda ex: ex.equipment == "strap"),
)
ICON_SIZE = 56
PREVIEW_HEIGHT = 140  # the preview's picture: large enough to read the pose, small enough to fit
ID_ROLE = Qt.ItemDataRole.UserRole
EMPTY_SELECTION = QT_TRANSLATE_NOOP(
    "settings", "Choose at least one exercise: a break needs something to do."
)


def _picture_icon(ex: Exercise, path: Path | None) -> QIcon:
    if ex.figure is not None:
        white = QColor(Qt.GlobalColor.white)
        image = still_image(ex, still_frame(ex), ICON_SIZE, dark=False, background=white)
        return QIcon(QPixmap.fromImage(image))
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.white)
    if path is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg = renderer(path)
        if svg.isValid():
            svg.render(painter)
        painter.end()
    return QIcon(pixmap)


# The exercise preview's counted words (a Context, for lupdate: see core.i18n).
preview = Context("preview")


def steps_html(ex: Exercise) -> str:
    """The preview: what the exercise asks, step by step, with the seconds."""
    parts = [f"<b>{escape(ex.name)}</b> &middot; {escape(how_it_is_done(ex))}"]
    about = preview.tr("About {time}.").format(time=in_words(ex.seconds))
    parts.append(f"<p>{escape(ex.summary)} {escape(about)}</p><ol>")
    parts += [f"<li>{escape(s.text)} ({escape(in_words(s.seconds))})</li>" for s in ex.setup]
    if ex.sides == "both":
        reps = preview.tr("Then %n time(s) on each side:", "", ex.repetitions)
    else:
        reps = preview.tr("Then %n time(s):", "", ex.repetitions)
    parts.append(f"<li>{escape(reps)}<ul>")
    right = ex.side_words[0]
    parts += [
        f"<li>{escape(s.text.replace('{side}', right))} ({escape(in_words(s.seconds))})</li>"
        for s in ex.steps
    ]
    parts.append("</ul></li></ol>")
    if ex.safety:
        parts.append(f"<p><i>{escape(ex.safety)}</i></p>")
    return "".join(parts)


def estimate_seconds(exercises: Sequence[Exercise], per_break: int | str) -> int:
    """The length of a typical break: the mean exercise times how many a break takes."""
    if not exercises:
        return 0
    count = len(exercises) if per_break == "all" else min(int(per_break), len(exercises))
    return round(statistics.mean(ex.seconds for ex in exercises) * count)


class ExercisesPage(QWidget):
    """Which exercises breaks walk through, in which order, and how many per break."""

    changed = Signal()
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercises: dict[str, Exercise] = {}
        self.pictures: Mapping[str, tuple[Path, ...]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())

        middle = QHBoxLayout()
        self.list = QListWidget()
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(
            self.tr(
                "Tick the exercises you want. Breaks walk through them in this order: "
                "drag to reorder, or use Move up and Move down."
            )
        )
        self.list.setAccessibleName(self.tr("Exercises"))
        middle.addWidget(self.list, 3)
        middle.addLayout(self._side_column(), 2)
        layout.addLayout(middle, 1)

        self.estimate_label = QLabel()
        self.estimate_label.setToolTip(self.tr("How long one break takes with this choice."))
        layout.addWidget(self.estimate_label)
        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label.setToolTip(
            self.tr("Exercise files that could not be used; fix and reload.")
        )
        layout.addWidget(self.errors_label)

        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(lambda _item: self._on_change())
        self.list.model().rowsMoved.connect(lambda *_: self._on_change())
        self.list.currentItemChanged.connect(lambda item, _prev: self._show_preview(item))
        self.per_break_spin.valueChanged.connect(lambda _v: self._on_change())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reload_button.clicked.connect(self.reload_requested)

    def _top_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.filter_combo = QComboBox()
        self.filter_combo.addItems([t(name) for name, _ in FILTERS])
        self.filter_combo.setToolTip(self.tr("Show only the exercises that suit where you are."))
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter_combo)
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo, 1)
        self.per_break_spin = QSpinBox()
        self.per_break_spin.setRange(0, 10)
        self.per_break_spin.setSpecialValueText(self.tr("All"))
        per_break_key = next(k for k in KEYS if k.path == "exercises.per_break")
        self.per_break_spin.setToolTip(
            tooltip_for(per_break_key)
            + " "
            + self.tr("'All' (below 1) takes every chosen exercise.")
        )
        self.per_break_spin.setAccessibleName(t(per_break_key.label))
        per_label = QLabel(self.tr("Exercises &per break:"))
        per_label.setBuddy(self.per_break_spin)
        top.addWidget(per_label)
        top.addWidget(self.per_break_spin)
        return top

    def _side_column(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the chosen exercise earlier in the routine."))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the chosen exercise later in the routine."))
        self.reload_button = QPushButton(self.tr("&Reload exercises"))
        self.reload_button.setToolTip(
            self.tr("Read the exercise files again, including your own in the exercises folder.")
        )
        for button in (self.up_button, self.down_button, self.reload_button):
            side.addWidget(button)
        # The chosen exercise's main pose: the figure, or its first SVG picture.
        self.preview_figure = FigureView()
        self.preview_picture = SvgView()
        self.preview_pose = QStackedWidget()
        for view in (self.preview_figure, self.preview_picture):
            view.setMinimumSize(0, 0)
            self.preview_pose.addWidget(view)
        self.preview_pose.setFixedHeight(PREVIEW_HEIGHT)
        side.addWidget(self.preview_pose)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumWidth(260)
        self.preview.setToolTip(self.tr("The steps of the exercise chosen in the list."))
        # Scrolls when the steps outgrow the space the picture leaves (large text).
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)  # the page's colour, as before
        self.preview.setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Steps of the chosen exercise"))
        side.addWidget(scroll, 1)
        return side

    # -- content ----------------------------------------------------------

    def set_catalog(
        self,
        exercises: Mapping[str, Exercise],
        pictures: Mapping[str, tuple[Path, ...]],
        errors: Sequence[str],
    ) -> None:
        selected = self.selected() if self.list.count() else None
        self.exercises = dict(exercises)
        self.pictures = pictures
        if errors:
            lines = "".join(f"<li>{escape(e)}</li>" for e in errors)
            self.errors_label.setText(
                self.tr("<b>Skipped (could not be used):</b><ul>{lines}</ul>").format(lines=lines)
            )
        else:
            self.errors_label.setText("")
        self.errors_label.setVisible(bool(errors))
        if selected is not None:
            self.set_selection(selected, self.per_break())

    def set_selection(self, selected: Sequence[str], per_break: int | str) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = [i for i in selected if i in self.exercises]
        rest = sorted(
            (i for i in self.exercises if i not in chosen), key=lambda i: self.exercises[i].name
        )
        for ex_id in chosen + rest:
            ex = self.exercises[ex_id]
            item = QListWidgetItem(f"{ex.name}\n{ex.summary}")
            item.setData(ID_ROLE, ex_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(
                Qt.CheckState.Checked if ex_id in chosen else Qt.CheckState.Unchecked
            )
            paths = self.pictures.get(ex_id, ())
            item.setIcon(_picture_icon(ex, paths[0] if paths else None))
            item.setToolTip(
                f"{ex.name}: {ex.summary} ({how_it_is_done(ex)}, {in_words(ex.seconds)})"
            )
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.per_break_spin.blockSignals(True)
        self.per_break_spin.setValue(0 if per_break == "all" else int(per_break))
        self.per_break_spin.blockSignals(False)
        self._apply_filter()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_change()

    # -- reading ----------------------------------------------------------

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def item_for(self, ex_id: str) -> QListWidgetItem:
        return next(item for item in self.items() if item.data(ID_ROLE) == ex_id)

    def selected(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def per_break(self) -> int | str:
        value = self.per_break_spin.value()
        return "all" if value == 0 else value

    # -- actions ----------------------------------------------------------

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._on_change()

    def _apply_filter(self) -> None:
        _name, keep = FILTERS[max(0, self.filter_combo.currentIndex())]
        for item in self.items():
            item.setHidden(not keep(self.exercises[str(item.data(ID_ROLE))]))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            # The preview follows the list: show the first exercise still listed.
            shown = [item for item in self.items() if not item.isHidden()]
            if shown:
                self.list.setCurrentItem(shown[0])
            else:
                self.list.setCurrentRow(-1)
                self._show_preview(None)

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.preview.setText("")
            self.preview_pose.hide()
            return
        ex = self.exercises[str(item.data(ID_ROLE))]
        self.preview.setText(steps_html(ex))
        paths = self.pictures.get(ex.id, ())
        if ex.figure is not None:
            self.preview_figure.set_frame(ex, still_frame(ex))
            self.preview_pose.setCurrentWidget(self.preview_figure)
        else:
            self.preview_picture.set_pose(paths[0] if paths else None)
            self.preview_pose.setCurrentWidget(self.preview_picture)
        self.preview_pose.setVisible(ex.figure is not None or bool(paths))
        self.preview_pose.setAccessibleName(ex.name)

    def _on_change(self) -> None:
        chosen = [self.exercises[i] for i in self.selected()]
        # With nothing chosen there is no break to time: the dialog says what
        # is wrong, once, below the pages (EMPTY_SELECTION), not here as well.
        self.estimate_label.setVisible(bool(chosen))
        if not chosen:
            self.estimate_label.setText("")
        else:
            per = self.per_break()
            count = len(chosen) if per == "all" else min(int(per), len(chosen))
            self.estimate_label.setText(
                self.tr(
                    "A break takes about {length} ({count} of the %n chosen exercise(s); "
                    "the next break goes on where the last one stopped).",
                    "",
                    len(chosen),
                ).format(length=in_words(estimate_seconds(chosen, per)), count=count)
            )
        self.changed.emit()
