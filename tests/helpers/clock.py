"""The moment every fake clock starts at."""

from __future__ import annotations

from datetime import UTC, datetime

# A Monday morning, 09:00 UTC.
MONDAY_9AM = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
