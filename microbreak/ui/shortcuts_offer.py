"""The General page's offer to register keyboard shortcuts with the desktop.

Shown only where the desktop has the GlobalShortcuts portal
(:mod:`microbreak.platform.shortcuts_portal`): a press hands our actions to
the desktop, whose own dialog asks the person which keys to use. Nothing is
registered without that press. Elsewhere the README says how to bind the
``microbreak`` commands by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from microbreak.platform.shortcuts_portal import BindResult
from microbreak.ui.settings_form import FormPage


class ShortcutsHost(Protocol):
    """What the offer needs of the portal (ShortcutsPortal, or a test's fake)."""

    on_bound: Callable[[BindResult, list[str]], None] | None

    def available(self) -> bool: ...

    def register(self) -> None: ...


class ShortcutsOffer(QObject):
    def __init__(self, page: FormPage, portal: ShortcutsHost, say: Callable[[str], None]) -> None:
        super().__init__(page)
        self._portal = portal
        self._say = say
        self.button: QPushButton | None = None
        if not portal.available():
            return
        self.button = QPushButton(self.tr("Register keyboard shortcuts…"))
        self.button.setToolTip(
            self.tr(
                "Ask the desktop for keys that take a break now, snooze, skip the next "
                "break, pause for an hour or resume. The desktop asks you which keys to use."
            )
        )
        self.button.clicked.connect(self._register)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        page.form.addRow(row)

    def _register(self) -> None:
        # The last dialog built takes the answer (a new language builds a new one).
        self._portal.on_bound = self._bound
        self._say(self.tr("Waiting for the desktop's shortcuts dialog…"))
        self._portal.register()

    def _bound(self, result: BindResult, triggers: list[str]) -> None:
        if result is BindResult.CANCELLED:
            self._say(self.tr("No keyboard shortcuts were registered."))
        elif result is BindResult.FAILED:
            self._say(
                self.tr(
                    "The desktop did not register the shortcuts. You can bind the "
                    "microbreak commands in its keyboard settings instead."
                )
            )
        elif triggers:
            text = self.tr("Keyboard shortcuts registered: {shortcuts}")
            self._say(text.format(shortcuts="; ".join(triggers)))
        else:
            self._say(self.tr("Keyboard shortcuts registered; the desktop chose no keys yet."))
