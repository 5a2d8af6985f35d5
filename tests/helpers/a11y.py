"""Walking a window's accessibility tree, as a screen reader would see it, and
finding text that large fonts clip."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

Role = QAccessible.Role
# What a person can press, tick, choose or drag: each needs a name to be heard.
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.Slider,
    Role.SpinBox,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.MenuItem,
    Role.PageTab,
    Role.EditableText,
    Role.ProgressBar,
    Role.Table,  # not pressed, but read: a table needs a name too
}


def walk(widget: QWidget) -> Iterator[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    assert root.isValid()
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for i in range(node.childCount())
            if (child := node.child(i)) is not None and child.isValid()
        )


def unnamed_controls(widget: QWidget) -> list[str]:
    """Every visible control a person can press or reach with Tab that has no name."""
    missing = []
    for node in walk(widget):
        obj = node.object()
        focusable = isinstance(obj, QWidget) and obj.focusPolicy() & Qt.FocusPolicy.TabFocus != 0
        if (node.role() not in INTERACTIVE and not focusable) or node.state().invisible:
            continue
        if not node.text(QAccessible.Text.Name).strip():
            label = obj.objectName() or type(obj).__name__ if obj is not None else "?"
            missing.append(f"{node.role().name} {label}")
    return missing


def undescribed_buttons(widget: QWidget) -> list[str]:
    """Visible buttons a screen reader cannot say more about than their name."""
    missing = []
    for node in walk(widget):
        if node.role() not in (Role.PushButton, Role.ButtonMenu) or node.state().invisible:
            continue
        if not node.text(QAccessible.Text.Description).strip():
            missing.append(node.text(QAccessible.Text.Name))
    return missing


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons shown smaller than their text needs."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed_h = widget.heightForWidth(widget.width())
                if widget.height() < needed_h:
                    found.append(f"{widget.text()!r}: {widget.height()} < {needed_h} high")
            elif widget.width() < widget.minimumSizeHint().width():
                found.append(f"{widget.text()!r}: {widget.width()} wide")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"button {widget.text()!r}: {widget.width()} wide")
    return found
