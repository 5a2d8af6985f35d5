"""Eye breaks: a short rhythm of their own beside the breaks (the 20-20-20 rule).

Every ``every`` of work (20 minutes by default), about ``seconds`` (20) of
looking far away. This module keeps the *eye clock* and answers "when is the
next eye break due, and with which exercises"; the engine (``core/eye_breaks.py``)
decides whether one may open now. Pure: every time is given to it.

The eye clock:

- starts again whenever a break ends, whatever its kind, and whenever the
  break interval starts afresh (a natural break, the end of a pause, the start
  of working hours): eyes that left the screen have rested;
- stands still while reminders are held (paused, away, busy, outside working
  hours): that time is not screen work, and an eye break that fell due in it
  is not thrown at the person the moment they return;
- is *merged* into a break that comes soon: an eye break due within
  :func:`merge_margin` of the next break is not shown, and the eye clock waits
  for that break to end. Two reminders a few minutes apart would be one too many.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

# An eye break this close to a break is left to that break. Five minutes at
# most: longer would swallow every other eye break at a 20-minute rhythm with
# a 30-minute interval; half the eye rhythm at most, so short rhythms still happen.
MERGE_MARGIN = timedelta(minutes=5)


def merge_margin(every: timedelta) -> timedelta:
    return min(MERGE_MARGIN, every / 2)


class EyeRhythm:
    def __init__(
        self,
        every: timedelta = timedelta(minutes=20),
        exercise_ids: Sequence[str] = (),
        *,
        enabled: bool = False,
        seconds: int = 20,
        durations: Mapping[str, int] | None = None,
        position: int = 0,
    ) -> None:
        self._since: datetime | None = None  # None: waiting for a break to end (merged)
        self._held_since: datetime | None = None
        self._position = max(0, position)
        self._ids: tuple[str, ...] = ()
        self._durations: dict[str, int] = {}
        self.enabled = False
        self.every = every
        self.seconds = seconds
        self.reconfigure(enabled, every, exercise_ids, seconds=seconds, durations=durations or {})

    def reconfigure(
        self,
        enabled: bool,
        every: timedelta,
        exercise_ids: Sequence[str],
        *,
        seconds: int,
        durations: Mapping[str, int],
        position: int | None = None,
    ) -> None:
        """New settings; the eye clock keeps running (a shorter rhythm may be due at once).

        ``position``: where the rotation stands (saved by the app); None keeps its place.
        """
        self.enabled = enabled
        self.every = max(every, timedelta(minutes=1))
        self.seconds = seconds
        self._ids = tuple(exercise_ids)
        self._durations = dict(durations)
        if position is not None:
            self._position = max(0, position)
        if self._ids:
            self._position %= len(self._ids)

    @property
    def on(self) -> bool:
        return self.enabled and bool(self._ids)

    @property
    def position(self) -> int:
        return self._position

    @property
    def since(self) -> datetime | None:
        """When the eye clock last started (None: merged, waiting for a break to end)."""
        return self._since

    # -- the clock -------------------------------------------------------

    def restart(self, at: datetime) -> None:
        """Eyes rested (a break ended, time away): count from ``at``.

        Never backwards: the break interval is sometimes restarted from the
        time it began (new settings), which is no new rest for the eyes.
        """
        if self._since is None or at > self._since:
            self._since = at
        self._held_since = None

    def hold(self, now: datetime, held: bool) -> None:
        """Reminders are held (or no longer): the time held does not count."""
        if held and self._held_since is None:
            self._held_since = now
        elif not held and self._held_since is not None:
            if self._since is not None:
                self._since += max(timedelta(0), now - self._held_since)
            self._held_since = None

    def shift(self, delta: timedelta) -> None:
        """The wall clock jumped: the work time counted so far stays."""
        if self._since is not None:
            self._since += delta
        if self._held_since is not None:
            self._held_since += delta

    def due(self) -> datetime | None:
        """When the next eye break is due (None: off, held, or merged into a break)."""
        if not self.on or self._since is None or self._held_since is not None:
            return None
        return self._since + self.every

    def merges_into(self, break_due: datetime) -> bool:
        """Whether the eye break due now is left to a break due at ``break_due``."""
        due = self.due()
        return due is not None and break_due - due <= merge_margin(self.every)

    def merge(self) -> None:
        """Left to the coming break: nothing more until a break ends."""
        self._since = None

    def later(self, now: datetime, by: timedelta) -> None:
        """Snoozed: due again ``by`` from ``now``."""
        self._since = now + by - self.every
        self._held_since = None

    # -- the exercises ---------------------------------------------------

    def peek(self) -> tuple[str, ...]:
        """The next eye break's exercises: the next in turn, then more while they fit."""
        if not self._ids:
            return ()
        chosen: list[str] = []
        used = 0
        for step in range(len(self._ids)):
            candidate = self._ids[(self._position + step) % len(self._ids)]
            cost = self._durations.get(candidate, 0)
            # "About" the seconds, as for movement breaks: a tenth over at most.
            if chosen and used + cost > self.seconds * 1.1:
                break
            chosen.append(candidate)
            used += cost
        return tuple(chosen)

    def shown(self) -> None:
        """An eye break was shown and ended: the rotation moves on past its exercises."""
        if self._ids:
            self._position = (self._position + len(self.peek())) % len(self._ids)
