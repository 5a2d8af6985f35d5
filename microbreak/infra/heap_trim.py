"""Give the heap a break freed back to the system (glibc's ``malloc_trim``).

A break makes and drops many small objects (the countdown's texts, the
figure's paths, history rows). glibc keeps freed memory in its arenas, so
the process's private memory wanders by a megabyte or two from one break to
the next though nothing is kept (issue 18 measured 81.0 to 83.1 MB over 100
breaks). Trimming after each break returns those pages. Elsewhere (musl,
macOS, Windows) there is no such call and nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

Trim = Callable[[int], int]


def _glibc_trim() -> Trim | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


class HeapTrimmer:
    """Calls ``malloc_trim(0)`` when asked; the call is injected for tests."""

    def __init__(self, trim: Trim | bool | None = True) -> None:
        # True: look glibc up at the first trim (not at start: nothing to trim yet).
        self._trim: Trim | bool | None = trim

    def trim(self) -> bool:
        """Return freed heap to the system; False where there is no way to."""
        if self._trim is True:
            self._trim = _glibc_trim()
        if not callable(self._trim):
            return False
        try:
            self._trim(0)
        except OSError as exc:  # never let housekeeping end a break badly
            log.debug("malloc_trim failed: %s", exc)
            return False
        return True
