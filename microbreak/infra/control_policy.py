"""What every control server does the same way, whatever carries the bytes.

The limits, which waiting client makes room for a newcomer, a handler that
cannot take the app down, and how a reply line is read back. The Unix socket
server (``control_unix.py``) and the Windows named-pipe one
(``control_pipe.py``) share these, so both keep the same promises.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from microbreak.core.control import MAX_LINE_BYTES, encode_reply

log = logging.getLogger(__name__)

# A client has this long from connecting to sending its whole request line
# (the command line sends it at once); then it is dropped. A deadline, not an
# idle timer: trickling a byte at a time does not extend it.
IDLE_TIMEOUT_MS = 5_000
# At most this many connections are kept, so a flood cannot exhaust file
# descriptors. A new client is never refused: it takes the place of the
# oldest waiting connection of the process that holds the most, so one
# process keeping or recycling many idle connections only ever pushes out its
# own, never the command line's one (which may be slow to send its line on a
# busy machine).
MAX_CONNECTIONS = 64


def ensure_private_dir(path: Path) -> None:
    """The runtime folder of the socket and the lock: this user's alone (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)


class NotRunningError(ConnectionError):
    pass


class Waiting(Protocol):
    @property
    def answered(self) -> bool: ...

    @property
    def peer(self) -> int | None: ...


C = TypeVar("C", bound=Waiting)


def to_drop(connections: Iterable[C]) -> C:
    """The oldest waiting connection of the process with the most waiting
    (with none waiting, the oldest of all: it is closing anyway).

    ``connections`` is oldest first.
    """
    everyone = list(connections)
    waiting = [c for c in everyone if not c.answered]
    if not waiting:
        return everyone[0]
    held = Counter(c.peer for c in waiting)
    greediest = max(held.values())
    # `waiting` is oldest first, so the first match is that process's oldest.
    return next(c for c in waiting if held[c.peer] == greediest)


def safe(handler: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
    """``handler``, answering an error line instead of raising."""

    def answer(line: bytes) -> bytes:
        try:
            return handler(line)
        except Exception:
            # A bug in one command must not take the app down.
            log.exception("control request failed: %r", line[:200])
            return encode_reply(False, "internal error in microbreak; see its log", None)

    return answer


def reply_for(received: bytes, handler: Callable[[bytes], bytes]) -> bytes | None:
    """The reply once ``received`` holds a whole request line, or more than one
    may hold; None while the line may still be coming."""
    newline = received.find(b"\n")
    if newline < 0 and len(received) <= MAX_LINE_BYTES:
        return None
    if newline < 0 or newline > MAX_LINE_BYTES:
        return encode_reply(False, f"request too long: over {MAX_LINE_BYTES} bytes", None)
    return handler(received[:newline])


def decode_reply(data: bytes) -> dict[str, Any]:
    """The first line of what the app sent, as a JSON object (ValueError if it is not)."""
    line = data.split(b"\n", 1)[0]
    reply = json.loads(line.decode("utf-8"))
    if not isinstance(reply, dict):
        raise ValueError("microbreak sent a reply that is not a JSON object")
    return reply
