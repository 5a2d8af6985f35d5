"""The first-run health notice and the About window.

The notice says what microbreak is for and when to check with a doctor or
physical therapist first; it is shown once (the app remembers the dismissal)
and can be read again from About. About explains, in our own words, the
AAOHN "wellness microbreak" the schedule follows, and lists the exercises.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from microbreak import __version__
from microbreak.core.exercise import Exercise
from microbreak.core.i18n import QT_TRANSLATE_NOOP
from microbreak.ui.exercise_words import how_it_is_done

NOTICE_TITLE = QT_TRANSLATE_NOOP("About", "Before your first break")
NOTICE_PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "About",
        "microbreak reminds you to pause your work every so often and walks you "
        "through gentle stretches for your back, shoulders and neck. It is a nudge "
        "to move, not a treatment and not medical advice.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "If you have a back or neck condition, or a recent injury, ask a doctor or "
        "physical therapist before you start.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "Move slowly and never into pain. If an exercise hurts, stop it and go on "
        "to the next one (or skip the break). If pain keeps coming back, gets worse "
        "or lasts more than a few days, see a doctor.",
    ),
)

ABOUT_MICROBREAK = (
    QT_TRANSLATE_NOOP(
        "About",
        "The American Association of Occupational Health Nurses (AAOHN) recommends "
        "what it calls a <i>wellness microbreak</i>: every 30 to 60 minutes, stop "
        "your work for a moment and do one or more short exercises right at your "
        "desk. You stay in your chair and in your work clothes; no equipment is needed.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "Most upper-back pain comes from strained muscles (from holding one posture "
        "or repeating one movement for hours) rather than from a problem with the "
        "discs of the spine. Gentle, regular exercise strengthens the small muscles "
        "around the upper spine and eases its ligaments.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "microbreak waits 45 minutes between breaks by default, the middle of that "
        "range, and keeps each break to a few minutes.",
    ),
)
PRIVACY = QT_TRANSLATE_NOOP(
    "About", "microbreak sends nothing anywhere: your settings and history stay on this computer."
)


def _t(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("About", ...), in the chosen language."""
    return QCoreApplication.translate("About", text)


def _paragraphs(texts: Sequence[str]) -> QLabel:
    label = QLabel("".join(f"<p>{_t(t)}</p>" for t in texts))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str, scale: float = 1.2) -> QLabel:
    label = QLabel(text)
    label.setContentsMargins(0, 10, 0, 0)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class HealthNotice(QDialog):
    """Shown once on first run; ``dismissed`` fires however it is closed."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthNotice")
        self.setWindowTitle(self.tr("Before your first break"))  # Qt adds " — microbreak"
        self.title_label = _heading(_t(NOTICE_TITLE), 1.4)
        self.body_label = _paragraphs(NOTICE_PARAGRAPHS)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # A fixed size: tiling compositors (sway) float a fixed-size window
        # instead of stretching a short notice over half the screen.
        width = max(460, self.sizeHint().width())
        self.setFixedSize(width, layout.totalHeightForWidth(width))
        self.finished.connect(lambda _result: self.dismissed.emit())


class AboutWindow(QWidget):
    """What microbreak is, why every 30 to 60 minutes, and the exercises it knows."""

    show_notice = Signal()

    def __init__(self, exercises: Sequence[Exercise], default_ids: Sequence[str]) -> None:
        super().__init__()
        self.setObjectName("aboutWindow")
        # Qt adds " — microbreak": "About microbreak — microbreak" said it twice.
        self.setWindowTitle(self.tr("About"))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(20, 16, 20, 16)
        column.addWidget(_heading(f"microbreak {__version__}", 1.6))
        column.addWidget(
            _paragraphs([self.tr("A small break reminder for people who work sitting at a desk.")])
        )
        column.addWidget(_heading(self.tr("Why a short break every 30 to 60 minutes")))
        self.aaohn_label = _paragraphs(ABOUT_MICROBREAK)
        column.addWidget(self.aaohn_label)
        column.addWidget(_heading(self.tr("The exercises")))
        self.exercises_label = _paragraphs([_exercise_list(exercises, default_ids)])
        column.addWidget(self.exercises_label)
        column.addWidget(_heading(self.tr("Take care")))
        column.addWidget(_paragraphs(NOTICE_PARAGRAPHS[1:]))
        self.notice_button = QPushButton(self.tr("Read the health notice again"))
        self.notice_button.clicked.connect(self.show_notice)
        column.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(_paragraphs([PRIVACY]))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # It takes Tab focus so the arrow keys scroll it: a screen reader names it.
        scroll.setAccessibleName(self.tr("About microbreak"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 10)
        layout.addWidget(scroll)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, 600)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing only hides it: the tray app keeps running.
        self.hide()
        event.ignore()


def _exercise_list(exercises: Sequence[Exercise], default_ids: Sequence[str]) -> str:
    by_id = {ex.id: ex for ex in exercises}
    core = [by_id[i] for i in default_ids if i in by_id]
    extra = sorted((ex for ex in exercises if ex.id not in default_ids), key=lambda e: e.name)

    def item(ex: Exercise) -> str:
        how = escape(how_it_is_done(ex))
        return f"<li><b>{escape(ex.name)}</b> ({how}): {escape(ex.summary)}</li>"

    text = QCoreApplication.translate(
        "About",
        "Each break walks you through a few of these, with a picture of every pose, "
        "a countdown for each hold and a repetition counter. The default routine "
        "rotates through the five seated AAOHN desk exercises:",
    )
    text += f"<ul>{''.join(item(ex) for ex in core)}</ul>"
    if extra:
        text += QCoreApplication.translate("About", "The library also has these:")
        text += f"<ul>{''.join(item(ex) for ex in extra)}</ul>"
    return text
