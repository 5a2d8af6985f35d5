"""One size for the whole break, worked out before it opens.

Each wrapped text gets the height of its tallest version in this routine (a
one-line tip keeps the room of the three-line one), the safety note keeps its
room where an exercise has none, and the Snooze/Skip row the room of the skip
question (and of its own second line, where the screen is too narrow for one):
nothing moves when a step, an exercise or the question changes, and
the window neither grows nor re-centres. Large system fonts make it larger,
up to the screen's available height less a title bar: the picture gives way
first, scaled down whole (never cropped), and where the words alone leave it
too little, the window widens so that they take fewer lines.

It is measured afresh each time, from what the window shows now: Qt caches
each part's size hints and each layout's height for a width, and renews them
only through the event loop, which has not run between the texts being set
and the window being shown. Measured from those caches (the previous break's
texts, or the empty page at start), the same exercise opened at a different
size from one break to the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QLayout, QWidget

from microbreak.core.player import RoutinePlayer
from microbreak.ui.break_summary import SummaryPage
from microbreak.ui.exercise_page import ExercisePage

BASE_SIZE = QSize(420, 560)  # the smallest a break opens at; more for large text
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
# The screen's available area has the panels taken off, not the window's
# own title bar (GNOME's and KDE's are 30 to 40 px), which Qt learns only
# once the window is shown: kept free below the window.
FRAME_ROOM = 40
LEAST_PICTURE = 120  # the figure still plain to see; smaller, the words get more width
# GNOME (Mutter with Qt's own window decorations) gives a fixed-size window
# about 20 px less width than it asked for, once shown (seen: 442 asked, 422
# given, frame margins 11 px a side). Where the bottom row sets the width,
# this much more is asked, so what is taken comes out of the room between
# Read aloud and Skip, not out of the room they need.
ROW_ROOM = 24


def _tallest(label: QLabel, texts: Sequence[str], width: int) -> int:
    """The height ``label`` needs at ``width`` for the tallest of ``texts`` (0 for none).

    The label keeps the text it shows. Its fixed height from the last break
    goes first: a label answers no less than its minimum height.
    """
    label.setMinimumHeight(0)
    label.setMaximumHeight(QWIDGETSIZE_MAX)
    shown = label.text()
    heights = []
    for text in texts:
        if text:
            label.setText(text)
            heights.append(label.heightForWidth(width))
    label.setText(shown)
    return max(heights, default=0)


def _forget_measurements(window: QWidget) -> None:
    """Drop every size Qt has cached for ``window``'s parts, so the next are measured now."""
    for widget in (window, *window.findChildren(QWidget)):
        widget.updateGeometry()  # its layout item's cached size hints
    for layout in window.findChildren(QLayout):
        layout.invalidate()  # a box layout's cached height for a width


def fix_break_size(
    window: QWidget, page: ExercisePage, summary: SummaryPage, player: RoutinePlayer
) -> None:
    """Fix ``window``'s size for ``player``'s routine (it leaves the end screen filled).

    Called once the page shows the break's first step, so that it is measured too.
    """
    window.setMinimumSize(0, 0)
    window.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
    layout = window.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    widest = area.width() if area is not None else QWIDGETSIZE_MAX
    tallest = area.height() - FRAME_ROOM if area is not None else QWIDGETSIZE_MAX
    sides = margins.left() + margins.right()
    _forget_measurements(window)
    # The bottom row on one line, asked directly: the window's layout, never
    # shown yet, still answers with what it measured before the row changed.
    page.leave_row.fit(QWIDGETSIZE_MAX)
    row = page.leave_row.minimumSizeHint().width() + sides + ROW_ROOM
    width = min(max(BASE_SIZE.width(), layout.minimumSize().width(), row), widest)
    _fill_end_screen(summary, player)
    # The picture gives way first, down to its least; where even that leaves
    # the words too little height (large text on a short screen), the window
    # widens, so that they wrap onto fewer lines, rather than cut any off.
    words = _fit_words(window, page, summary, player, width)
    while words + LEAST_PICTURE > tallest and width < widest:
        width = min(widest, width + max(width // 10, 20))
        words = _fit_words(window, page, summary, player, width)
    # Its own size where there is room; never more than the screen leaves, so
    # the picture is drawn whole (it keeps its aspect in any area it is given).
    picture = max(0, min(_wanted_picture(page), tallest - words))
    picture += max(0, BASE_SIZE.height() - words - picture)  # and any room over
    page.pose_area.setFixedHeight(picture)
    _forget_measurements(window)
    window.setFixedSize(width, layout.totalHeightForWidth(width))
    summary.progress_label.clear()  # today's line is the app's to give, once recorded


def _wanted_picture(page: ExercisePage) -> int:
    """The picture's height where the screen has room: what its views ask for."""
    return max(page.figure.sizeHint().height(), page.picture.sizeHint().height())


def _fill_end_screen(summary: SummaryPage, player: RoutinePlayer) -> None:
    """The end screen as it would be with everything done: it must fit too."""
    exercises = player.exercises
    summary.show_done(exercises)
    summary.summary_label.setText(
        summary.done_sentence([ex.name for ex in exercises], player.total_seconds)
    )
    summary.show_next_break("00:00")
    summary.show_progress(28, 30, 365)  # the longest the line is likely to get


def _fit_words(
    window: QWidget, page: ExercisePage, summary: SummaryPage, player: RoutinePlayer, width: int
) -> int:
    """Give each text its room at ``width``; the window's height without the picture.

    The end screen, on the same stack as the page, has no picture to give up:
    it counts whole.
    """
    layout = window.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    page.leave_row.fit(inner)  # Skip on a line of its own if the screen is too narrow
    page.bottom.setFixedHeight(
        max(page.leave_row.sizeHint().height(), page.confirm_bar.sizeHint().height())
    )
    exercises = player.exercises
    for label, texts in (
        # A firmer break's why, whole: it is what the firmness is about.
        (page.why_label, [page.why_label.text()]),
        (page.title_label, [ex.name for ex in exercises]),
        (page.step_label, player.step_texts()),
        (page.breathing_label, [ex.breathing for ex in exercises]),
        (page.safety_label, [ex.safety for ex in exercises]),
    ):
        label.setFixedHeight(_tallest(label, texts, inner))
    page.pose_area.setFixedHeight(0)
    _forget_measurements(window)  # the heights just fixed, the end screen filled
    pages = max(_height(page, inner), _height(summary, inner) - _wanted_picture(page))
    return pages + margins.top() + margins.bottom()


def _height(widget: QWidget, width: int) -> int:
    hfw = widget.heightForWidth(width)
    return hfw if hfw >= 0 else widget.sizeHint().height()
