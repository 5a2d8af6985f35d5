"""How an exercise is done, in words: "seated", "standing, needs a wall".

The About window and the settings dialog's exercise list both say it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from microbreak.core.exercise import Exercise
from microbreak.core.i18n import QT_TRANSLATE_NOOP

_POSTURES = {
    "seated": QT_TRANSLATE_NOOP("About", "seated"),
    "standing": QT_TRANSLATE_NOOP("About", "standing"),
}
_EQUIPMENT = {
    "wall": QT_TRANSLATE_NOOP("About", "wall"),
    "doorway": QT_TRANSLATE_NOOP("About", "doorway"),
    "strap": QT_TRANSLATE_NOOP("About", "strap"),
}


def how_it_is_done(ex: Exercise) -> str:
    """Posture, and what it needs if anything, in the chosen language."""
    how = QCoreApplication.translate("About", _POSTURES.get(ex.posture, ex.posture))
    if ex.equipment == "none":
        return how
    equipment = QCoreApplication.translate("About", _EQUIPMENT.get(ex.equipment, ex.equipment))
    return QCoreApplication.translate("About", "{posture}, needs a {equipment}").format(
        posture=how, equipment=equipment
    )
