"""Movement breaks: every few breaks, a longer one that asks the person to stand up and move.

The rhythm counts breaks *offered*: one counts when its window closes after
it was shown (done or skipped) or when it is skipped before it opens ("Skip
next break"). A snoozed or interrupted break comes back as the same kind, and
a break the person missed while away, or a natural break, does not count:
neither was put in front of them. With ``every = 4`` the 4th, 8th, 12th...
offered break is a movement break; ``every = 0`` turns them off.

A movement break always opens with the first exercise of its list (stand up
and move, by default); the others rotate behind it, as many as fit in its
minutes, a tenth over at most (at least the first). The count and the rotation are saved with the
routine rotation so a restart keeps the rhythm.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from microbreak.core.records import BreakKind


class MovementPlan:
    def __init__(
        self,
        every: int = 0,
        exercise_ids: Sequence[str] = (),
        *,
        seconds: Mapping[str, int] | None = None,
        minutes: int = 3,
        since: int = 0,
        position: int = 0,
    ) -> None:
        self.every = every
        self.since = max(0, since)
        self._ids: tuple[str, ...] = ()
        self._seconds: dict[str, int] = {}
        self._budget = 0
        # Kept as saved until the exercises are known (the app configures them later).
        self._position = max(0, position)
        self.reconfigure(every, exercise_ids, seconds=seconds or {}, minutes=minutes)

    @property
    def _rest(self) -> tuple[str, ...]:
        return self._ids[1:]

    @property
    def position(self) -> int:
        """Where the rotation behind the first exercise stands; persist it."""
        return self._position

    def reconfigure(
        self,
        every: int,
        exercise_ids: Sequence[str],
        *,
        seconds: Mapping[str, int],
        minutes: int,
    ) -> None:
        """New settings; the count of breaks since the last movement break is kept."""
        self.every = max(0, every)
        self._ids = tuple(exercise_ids)
        self._seconds = dict(seconds)
        self._budget = minutes * 60
        if self._rest:
            self._position %= len(self._rest)

    @property
    def on(self) -> bool:
        return self.every > 0 and bool(self._ids)

    def next_kind(self) -> BreakKind:
        """The kind of the next break offered."""
        if self.on and self.since + 1 >= self.every:
            return BreakKind.MOVEMENT
        return BreakKind.MICRO

    def peek(self) -> tuple[str, ...]:
        """The next movement break's exercises: the first, then the rotation while time lasts."""
        if not self._ids:
            return ()
        chosen = [self._ids[0]]
        used = self._seconds.get(self._ids[0], 0)
        rest = self._rest
        for step in range(len(rest)):
            candidate = rest[(self._position + step) % len(rest)]
            cost = self._seconds.get(candidate, 0)
            # "About" the minutes: a tenth over is closer than a whole exercise short.
            if used + cost > self._budget * 1.1:
                break
            chosen.append(candidate)
            used += cost
        return tuple(chosen)

    def offered(self, kind: BreakKind, *, shown: bool) -> None:
        """A break of ``kind`` was offered (``shown``: its window opened and closed)."""
        if kind is BreakKind.MICRO:
            # Counted only while movement breaks are on: turning them on later
            # starts the rhythm afresh rather than with one due at once.
            if self.on:
                self.since += 1
            return
        if shown and self._rest:
            taken = len(self.peek()) - 1
            self._position = (self._position + taken) % len(self._rest)
        self.since = 0
