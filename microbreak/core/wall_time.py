"""Turn a local wall-clock time into the instant it names, right across a DST change.

The clock's ``local`` gives a time with the offset in force at that instant.
The system clock's is a fixed offset (``datetime.astimezone()``), so
arithmetic on it keeps today's offset: "Monday 09:00" worked out on the
Saturday before the clocks go forward would be 09:00 in winter time, 10:00
on the wall. :func:`at_wall_time` corrects such a time once, from the
offset ``local`` gives at the first guess.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

LocalTime = Callable[[datetime], datetime]


def at_wall_time(wall: datetime, local: LocalTime) -> datetime:
    """The instant whose local time reads ``wall``'s date and time of day.

    In the hour a spring-forward skips (a time that is never on the wall)
    it lands an hour later than asked, which is when the wall clock gets there.
    """
    naive = wall.replace(tzinfo=None)
    return wall - (local(wall).replace(tzinfo=None) - naive)
