"""Qt's pixmap cache, bounded to what a tray app that shows a small window needs.

Qt keeps drawn pixmaps (style bevels, icons at a size) in one process-wide
cache of 10 MB by default, and a break draws some under keys it has not
used before. Measured over a day of breaks (benchmarks/day_of_breaks.py,
docs/PERFORMANCE.md) the cache grew by about 0.45 MB per 100 breaks and
would keep growing towards its 10 MB for the rest of the day: without it,
private memory stayed flat from the 25th break on. What it holds is cheap to
draw again at a break's pace (a few widgets, a few times a second), so a
small cache keeps the quick hits and stops the growth.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmapCache

LIMIT_KB = 256


def bound_pixmap_cache() -> None:
    QPixmapCache.setCacheLimit(LIMIT_KB)
