"""The break window's keys: never the user's typing, and the same whatever has focus.

The window is shown without taking focus, and for its first two seconds
every key aimed at it is dropped, so a sentence being typed when the break
opens cannot press Skip.

Space pauses, the arrows move between exercises, Esc asks to skip; Tab moves
between the buttons and Enter presses the focused one (or confirms the
skip). An application event filter, installed while the window is shown,
sees each key before any button does: a focused button would otherwise take
Space as a click.
"""

from __future__ import annotations

import weakref
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from microbreak.core.clock import Clock

KEY_GRACE = timedelta(seconds=2)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# The keys the window answers itself, whatever has focus.
_OUR_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape, *_ENTER_KEYS)
_PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


class KeyTarget(Protocol):
    """What the keys do: the break window's own actions."""

    def owns(self, widget: QWidget) -> bool: ...
    def on_end_screen(self) -> bool: ...
    @property
    def asking_to_skip(self) -> bool: ...
    def ask_skip(self) -> None: ...
    def cancel_skip(self) -> None: ...
    def skip(self) -> None: ...
    def toggle_pause(self) -> None: ...
    def go_next(self) -> None: ...
    def go_back(self) -> None: ...
    def hide(self) -> None: ...
    def isRightToLeft(self) -> bool: ...  # noqa: N802 - QWidget's


class KeyGuard(QObject):
    def __init__(self, target: KeyTarget, clock: Clock, parent: QObject) -> None:
        # A child of the window: it goes when the window goes, and a filter
        # Qt still calls is never a freed object.
        super().__init__(parent)
        # Held weakly: the window holds its guard, and a reference cycle with
        # a widget in it may be collected in the middle of its paint event.
        self._target = weakref.ref(target)
        self._clock = clock
        self._opened_at: datetime | None = None
        self._filtering = False

    def start(self) -> None:
        """The window opens now: keys wait out the grace, then are ours."""
        self._opened_at = self._clock.now()
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def in_grace(self) -> bool:
        return self._opened_at is not None and self._clock.now() - self._opened_at < KEY_GRACE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every key aimed at the window or its buttons comes here first."""
        target = self._target()
        if target is None or event.type() not in _KEY_EVENTS or not isinstance(watched, QWidget):
            return False
        if not target.owns(watched):
            return False
        if self.in_grace():
            return True
        assert isinstance(event, QKeyEvent)
        if event.key() not in _OUR_KEYS or event.modifiers() & ~_PLAIN:
            return False  # Tab, Alt+mnemonics and the rest work as usual
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # "this key is for the widget", so it arrives as a KeyPress
            return True
        if event.type() == QEvent.Type.KeyPress:
            _press(target, Qt.Key(event.key()), watched)
        return True  # a button never sees our keys, pressed or released


def _press(target: KeyTarget, key: Qt.Key, watched: QWidget) -> None:
    button = watched if isinstance(watched, QAbstractButton) else None
    if button is not None and not (button.isVisible() and button.isEnabled()):
        button = None
    if target.on_end_screen():
        if key in _ENTER_KEYS and button is not None:
            button.click()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Space, *_ENTER_KEYS):
            target.hide()
        return
    if key in _ENTER_KEYS:
        if button is not None:
            button.click()
        elif target.asking_to_skip:
            target.skip()
    elif key == Qt.Key.Key_Escape:
        if target.asking_to_skip:
            target.cancel_skip()
        else:
            target.ask_skip()
    elif target.asking_to_skip:
        return  # Space and the arrows wait for the answer
    elif key == Qt.Key.Key_Space:
        target.toggle_pause()
    elif key == (Qt.Key.Key_Left if target.isRightToLeft() else Qt.Key.Key_Right):
        target.go_next()
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        target.go_back()
