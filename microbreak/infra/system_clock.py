"""The real clock, used only by the composition root."""

from __future__ import annotations

from datetime import datetime


class SystemClock:
    def now(self) -> datetime:
        # Local time with its UTC offset, so times shown to the user read right
        # and comparisons stay correct across a DST change.
        return datetime.now().astimezone()
