"""WCAG 2 contrast: relative luminance, the ratio, and nudging a colour until it reads.

AA asks 4.5:1 for text and 3:1 for large text and for graphics a person needs
to see (the countdown ring); AAA asks 7:1 for text, which the countdown's
number, read at a glance from a step away, gets wherever a shade can reach it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_AA = 4.5
GRAPHIC_AA = 3.0
TEXT_AAA = 7.0


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = GRAPHIC_AA) -> QColor:
    """``colour`` itself if it stands out enough, else the nearest darker or lighter
    shade of it (same hue) that does: a desktop's pale accent on white, our orange
    on white, a dark accent on a dark theme."""
    if contrast(colour, background) >= minimum:
        return QColor(colour)
    darker = luminance(background) > 0.18
    hue, sat, light = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    alpha = colour.alphaF()
    step = -0.02 if darker else 0.02
    while 0.0 < light < 1.0:
        light = min(1.0, max(0.0, light + step))
        shade = QColor.fromHslF(hue, sat, light, alpha)
        if contrast(shade, background) >= minimum:
            return shade
    return QColor("black") if darker else QColor("white")
