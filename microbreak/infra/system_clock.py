"""The real clock, used only by the composition root (and ``microbreak stats``).

The one module allowed to read the wall clock and the system time zone
(ruff's banned-api rule, TID251 in pyproject.toml, enforces it).
"""

from __future__ import annotations

from datetime import datetime


class SystemClock:
    def now(self) -> datetime:
        # Local time with its UTC offset, so times shown to the user read right
        # and comparisons stay correct across a DST change.
        return datetime.now().astimezone()

    def local(self, when: datetime) -> datetime:
        # The system's zone with the offset in force at that instant: a time
        # computed before a DST change still reads right after it.
        return when.astimezone()
