"""Full-screen detection on sway: its window tree, over sway's own IPC socket.

Wayland hides other clients' windows from us, but sway (like i3) answers
anyone on the socket named by ``SWAYSOCK``. A message there is the magic
``i3-ipc``, the payload's length and the message type (two 32-bit integers in
the machine's byte order: the socket never leaves this machine), then the
payload; the reply has the same shape. ``GET_TREE`` answers the whole tree as
JSON, in which a full-screen node has ``fullscreen_mode`` 1 (full screen on
its output) or 2 (across all outputs).

One short-lived connection per question: the app asks only before a timer
wake-up and every 30 s while a break waits, and a fresh connection survives a
sway restart. A short timeout keeps a hung sway from stalling the app's event
loop; any failure is "cannot tell".
"""

from __future__ import annotations

import json
import logging
import socket
import struct
from collections.abc import Callable, Iterator
from typing import Any

from microbreak.platform.awareness import BusyKind

log = logging.getLogger(__name__)

MAGIC = b"i3-ipc"
HEADER = struct.Struct("=II")  # payload length, message type
GET_TREE = 4
TIMEOUT_S = 1.0
SCRATCHPAD = "__i3"  # the pseudo-output holding the scratchpad: never on screen
MAX_REPLY = 64 * 1024 * 1024  # a tree is tens of kilobytes; anything near this is not sway


class SwayIpcError(Exception):
    """sway's socket answered something that is not an IPC reply."""


def ipc_request(
    path: str, message_type: int, payload: bytes = b"", timeout: float = TIMEOUT_S
) -> bytes:
    """Send one message on sway's socket at ``path``; the reply's payload."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        sock.connect(path)
        sock.sendall(MAGIC + HEADER.pack(len(payload), message_type) + payload)
        header = _read_exactly(sock, len(MAGIC) + HEADER.size)
        if not header.startswith(MAGIC):
            raise SwayIpcError(f"reply does not start with {MAGIC!r}: {header!r}")
        length, reply_type = HEADER.unpack(header[len(MAGIC) :])
        if reply_type != message_type:
            raise SwayIpcError(f"asked for message type {message_type}, got {reply_type}")
        if length > MAX_REPLY:
            raise SwayIpcError(f"reply of {length} bytes")
        return _read_exactly(sock, length)


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        chunk = sock.recv(min(left, 1 << 16))
        if not chunk:
            raise SwayIpcError(f"sway closed the socket with {left} of {size} bytes unread")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def fullscreen_in_view(tree: dict[str, Any]) -> bool:
    """Whether a full-screen node covers the focused workspace (or every output).

    The focused workspace is found by following each level's ``focus`` list
    (its children's ids, most recently focused first) from the root: the
    focused output, then its visible workspace. A full-screen window on
    another output's workspace does not count, unless it is full screen
    across all outputs (``fullscreen_mode`` 2).
    """
    shown = [output for output in _children(tree) if output.get("name") != SCRATCHPAD]
    if any(node.get("fullscreen_mode") == 2 for output in shown for node in _nodes(output)):
        return True
    workspace = _focused_workspace(tree)
    if workspace is None:
        return False
    return any(node.get("fullscreen_mode") for node in _nodes(workspace))


def _focused_workspace(tree: dict[str, Any]) -> dict[str, Any] | None:
    node = tree
    while node.get("type") != "workspace":
        children = {child.get("id"): child for child in _children(node)}
        focus = [children[i] for i in node.get("focus", []) if i in children]
        if not focus:
            return None
        node = focus[0]
    return node


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [*node.get("nodes", []), *node.get("floating_nodes", [])]


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for child in _children(node):
        yield child
        yield from _nodes(child)


class SwayFullscreenDetector:
    name = "sway-fullscreen"
    kind = BusyKind.FULLSCREEN

    def __init__(self, socket_path: str, get_tree: Callable[[], bytes] | None = None) -> None:
        self._socket_path = socket_path
        self._get_tree = get_tree or (lambda: ipc_request(socket_path, GET_TREE))
        self._failed = False

    def is_busy(self) -> bool | None:
        try:
            tree = json.loads(self._get_tree())
            if not isinstance(tree, dict):
                raise SwayIpcError(f"the tree is a {type(tree).__name__}, not an object")
            busy = fullscreen_in_view(tree)
        except (OSError, SwayIpcError, ValueError, AttributeError, TypeError) as exc:
            # OSError covers a missing socket, a refused connection and a timeout;
            # ValueError a reply that is not JSON; the others a tree of another shape.
            if not self._failed:
                log.warning(
                    "%s: cannot read sway's tree at %s: %s", self.name, self._socket_path, exc
                )
                self._failed = True
            return None
        self._failed = False
        return busy
