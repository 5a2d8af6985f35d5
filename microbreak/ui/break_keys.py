"""The break window's keys: never the user's typing, and the same whatever has focus.

The window is shown without taking focus, and for its first two seconds
every key aimed at it is dropped, so a sentence being typed when the break
opens cannot press Skip.

Space pauses, the arrows move between exercises, Esc asks to skip; Tab moves
between the buttons and Enter presses the focused one (or confirms the
skip). While the window is shown an event filter on its top-level window
(the QWindow every key from the desktop arrives at) sees each key before any
button does: a focused button would otherwise take Space as a click. It is
not an application-wide filter: that one would carry every event of every
object in the app (timers, paints) into Python during a break, and the first
event of an object of a class PySide has not wrapped yet makes shiboken load
every QObject class it knows, about 1.4 MB kept for the rest of the day.
The window widget itself is watched too, for keys sent straight to it.
"""

from __future__ import annotations

import weakref
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from microbreak.core.clock import Clock
from microbreak.ui.window_handle import WindowHandleFilter

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
    def installEventFilter(self, filter_obj: QObject, /) -> None: ...  # noqa: N802 - QObject's
    def removeEventFilter(self, filter_obj: QObject, /) -> None: ...  # noqa: N802 - QObject's


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
        # The top-level window filtered; the target itself is only ever
        # reached through the weak reference above.
        self._window = WindowHandleFilter(self)
        self._filtering = False

    def start(self) -> None:
        """The window is shown now: keys wait out the grace, then are ours."""
        self._opened_at = self._clock.now()
        target = self._target()
        if target is None:
            return
        if isinstance(target, QWidget):
            self._window.follow(target)
        if not self._filtering:
            target.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        self._window.drop()
        target = self._target()
        if target is not None and self._filtering:
            target.removeEventFilter(self)
        self._filtering = False

    def in_grace(self) -> bool:
        return self._opened_at is not None and self._clock.now() - self._opened_at < KEY_GRACE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Every key aimed at the window or its buttons comes here first."""
        target = self._target()
        if target is None or event.type() not in _KEY_EVENTS:
            return False
        if isinstance(watched, QWindow):
            # From the desktop: Qt hands it to the focused widget next.
            focused = QApplication.focusWidget()
            widget = focused if focused is not None and target.owns(focused) else None
        elif isinstance(watched, QWidget) and target.owns(watched):
            widget = watched
        else:
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
            _press(target, Qt.Key(event.key()), widget)
        return True  # a button never sees our keys, pressed or released


def _press(target: KeyTarget, key: Qt.Key, focused: QWidget | None) -> None:
    button = focused if isinstance(focused, QAbstractButton) else None
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
