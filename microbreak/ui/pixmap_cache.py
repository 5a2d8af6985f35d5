"""Qt's pixmap cache, bounded to what a tray app that shows a small window needs.

Qt keeps drawn pixmaps (style bevels, icons at a size) in one process-wide
cache of 10 MB by default, and a break draws some under keys it has not
used before. Measured over a day of breaks (benchmarks/day_of_breaks.py,
docs/PERFORMANCE.md) the cache grew by about 0.45 MB per 100 breaks and
would keep growing towards its 10 MB for the rest of the day: without it,
private memory stayed flat from the 25th break on. What it holds is cheap to
draw again at a break's pace: with no cache at all the break window's CPU
was the same (benchmarks/figure_cpu.py, 1.86 % against 1.87 % holding).
128 KB keeps the most used few (a style's shadows, say) and stops the growth
within a morning.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmapCache

LIMIT_KB = 128


def bound_pixmap_cache() -> None:
    QPixmapCache.setCacheLimit(LIMIT_KB)
