"""The app's break history, opened at its first use instead of at start-up.

An app that waits all day needs its history only when a break is recorded or
the statistics are read: until then neither ``sqlite3`` nor the connection is
loaded (about 1.3 MB less at rest). The first use opens the file and does what
start-up used to do, before anything else: a break the last run left open is
closed (ended at its last record, as at start-up) and retention is applied.
Every record is still written, and committed, the moment it is made, so
kill -9 loses nothing committed.

Problems are still told to the person. A file that is plainly not a history
(no SQLite header, or unreadable) is opened at start-up and reported with the
other start-up problems, as before. What only SQLite can tell (a lock held by
another program, a full disk, damage inside the file) is found at the first
use and reported then, through ``on_problem``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from microbreak.core.clock import Clock
from microbreak.core.effects import Record
from microbreak.core.records import BreakRecord

if TYPE_CHECKING:
    from microbreak.infra.history import HistoryStore

# The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_history(path: Path) -> bool:
    """True if ``path`` is absent, empty, or starts as a SQLite database does."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return True
    except OSError:
        return False  # unreadable: opening it says why
    return head in (b"", SQLITE_HEADER)


class HistoryOnDemand:
    """:class:`HistoryStore`'s calls the app makes, opening the store at the first one."""

    def __init__(self, path: Path, clock: Clock, *, keep_days: int) -> None:
        self._path = path
        self._clock = clock
        self._started = clock.now()
        self._keep_days = keep_days
        self._store: HistoryStore | None = None
        self._on_problem: Callable[[str], None] | None = None
        # Problems found before anyone listens (at start-up); the app shows them.
        self.problems: list[str] = []

    def check_at_start(self) -> None:
        """Open now if the file is plainly no history, so start-up reports it."""
        if not looks_like_history(self._path):
            self._opened()

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def on_problem(self) -> Callable[[str], None] | None:
        """Called with a message for the person when something goes wrong after start-up."""
        return self._on_problem

    @on_problem.setter
    def on_problem(self, report: Callable[[str], None] | None) -> None:
        self._on_problem = report
        if self._store is not None:
            self._store.on_problem = report

    def _opened(self) -> HistoryStore:
        if self._store is not None:
            return self._store
        # Here, not at the top: importing it loads sqlite3.
        from microbreak.infra.history import HistoryStore  # noqa: PLC0415

        store = HistoryStore.open(self._path, self._clock)
        # A break the last run never finished (ended at its last record; the
        # start time only if it has none).
        store.close_interrupted(self._started)
        store.prune(self._clock.now(), self._keep_days)
        self._store = store
        found, store.problems = store.problems, []
        store.on_problem = self._on_problem
        for message in found:
            if self._on_problem is not None:
                self._on_problem(message)
            else:
                self.problems.append(message)
        return store

    # -- what the app calls ------------------------------------------------

    def record(self, rec: Record) -> None:
        self._opened().record(rec)

    def prune(self, now: datetime, keep_days: int) -> int:
        return self._opened().prune(now, keep_days)

    def clear(self) -> None:
        self._opened().clear()

    def breaks(
        self, since: datetime | None = None, *, exercises_from: datetime | None = None
    ) -> list[BreakRecord]:
        return self._opened().breaks(since, exercises_from=exercises_from)

    def events(self) -> list[tuple[datetime, str, dict[str, Any]]]:
        return self._opened().events()

    def flush(self) -> bool:
        return self._store.flush() if self._store is not None else True

    def retry_if_due(self) -> None:
        """A history never opened has nothing waiting: this never opens it."""
        if self._store is not None:
            self._store.retry_if_due()

    @property
    def waiting(self) -> int:
        return self._store.waiting if self._store is not None else 0

    def close(self) -> None:
        """Let go of the file; a history never opened has nothing to save (a
        break the last run left open waits for the next run that opens it)."""
        if self._store is not None:
            self._store.close()
