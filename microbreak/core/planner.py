"""Which exercises each break gets.

The default routine is the five AAOHN seated exercises, three per break. The
planner walks round the list so every exercise comes up in turn instead of the
first three every time; its position is saved so a restart does not reset it.
"""

from __future__ import annotations

from collections.abc import Sequence


class RoutinePlanner:
    def __init__(self, exercise_ids: Sequence[str], per_break: int, position: int = 0) -> None:
        if not exercise_ids:
            raise ValueError("a routine needs at least one exercise")
        if per_break < 1:
            raise ValueError("per_break must be at least 1")
        self._ids = tuple(exercise_ids)
        self._per_break = min(per_break, len(self._ids))
        self._position = position % len(self._ids)

    @property
    def position(self) -> int:
        """Where the next routine starts; persist it to keep the rotation across restarts."""
        return self._position

    def peek(self, extra: int = 0) -> tuple[str, ...]:
        """The next routine; ``extra`` more exercises for a longer one (never one twice)."""
        n = len(self._ids)
        count = min(n, self._per_break + max(0, extra))
        return tuple(self._ids[(self._position + i) % n] for i in range(count))

    def next_routine(self, extra: int = 0) -> tuple[str, ...]:
        """The routine done (``extra`` as it was shown); the rotation moves past it."""
        routine = self.peek(extra)
        self._position = (self._position + len(routine)) % len(self._ids)
        return routine

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def per_break(self) -> int:
        return self._per_break

    def reconfigure(
        self, exercise_ids: Sequence[str], per_break: int, position: int | None = None
    ) -> None:
        """Use a new selection (from the settings) without starting the rotation over.

        Without ``position`` the next break starts at the exercise that would
        have come next, if it is still chosen; else at the first chosen one
        after it in the old order; else at the start.
        """
        if not exercise_ids:
            raise ValueError("a routine needs at least one exercise")
        if per_break < 1:
            raise ValueError("per_break must be at least 1")
        new = tuple(exercise_ids)
        if position is None:
            position = 0
            n = len(self._ids)
            for step in range(n):
                candidate = self._ids[(self._position + step) % n]
                if candidate in new:
                    position = new.index(candidate)
                    break
        self._ids = new
        self._per_break = min(per_break, len(new))
        self._position = position % len(new)
