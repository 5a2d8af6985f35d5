"""Full-screen detection on sway: the tree reading, and the IPC framing against a fake sway."""

from __future__ import annotations

import json
import logging
import socket
import struct
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from microbreak.platform.awareness import BusyKind
from microbreak.platform.busy_sway import (
    GET_TREE,
    SwayFullscreenDetector,
    fullscreen_in_view,
    ipc_request,
)

# --- canned trees, in the shape sway 1.7's GET_TREE answers ---------------------


def window(node_id: int, fullscreen: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": node_id,
        "type": "con",
        "name": f"window {node_id}",
        "fullscreen_mode": fullscreen,
        "nodes": [],
        "floating_nodes": [],
        "focus": [],
        **extra,
    }


def container(node_id: int, *children: dict[str, Any], kind: str = "con") -> dict[str, Any]:
    return {
        "id": node_id,
        "type": kind,
        "name": str(node_id),
        "fullscreen_mode": 0,
        "nodes": list(children),
        "floating_nodes": [],
        "focus": [c["id"] for c in children],
    }


def tree(
    *,
    on_focused: list[dict[str, Any]],
    on_hidden: list[dict[str, Any]] | None = None,
    on_other_output: list[dict[str, Any]] | None = None,
    scratchpad: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One root; outputs __i3 (the scratchpad), HEADLESS-1 (focused) and HEADLESS-2.

    HEADLESS-1 shows workspace 1 (``on_focused``) and hides workspace 2
    (``on_hidden``); HEADLESS-2 shows workspace 3 (``on_other_output``).
    """
    scratch = container(10, container(11, kind="workspace"), kind="output")
    scratch["name"] = "__i3"
    scratch["nodes"][0]["floating_nodes"] = scratchpad or []
    shown = container(20, *on_focused, kind="workspace")
    hidden = container(30, *(on_hidden or []), kind="workspace")
    first = container(2, shown, hidden, kind="output")
    first["name"] = "HEADLESS-1"
    other = container(40, *(on_other_output or []), kind="workspace")
    second = container(3, other, kind="output")
    second["name"] = "HEADLESS-2"
    root = container(1, scratch, first, second, kind="root")
    root["focus"] = [2, 3, 10]  # HEADLESS-1 was focused last
    return root


def test_no_fullscreen_window_is_not_busy() -> None:
    assert not fullscreen_in_view(tree(on_focused=[window(100), window(101)]))
    assert not fullscreen_in_view(tree(on_focused=[]))


def test_a_fullscreen_window_on_the_focused_workspace_is_busy() -> None:
    assert fullscreen_in_view(tree(on_focused=[window(100), window(101, fullscreen=1)]))
    # Deep in a split, or a floating window made full screen.
    nested = container(50, window(100), container(51, window(101, fullscreen=1)))
    assert fullscreen_in_view(tree(on_focused=[nested]))
    floating = tree(on_focused=[window(100)])
    floating["nodes"][1]["nodes"][0]["floating_nodes"] = [window(102, fullscreen=1)]
    assert fullscreen_in_view(floating)


def test_a_fullscreen_window_out_of_view_is_not_busy() -> None:
    assert not fullscreen_in_view(tree(on_focused=[window(100)], on_hidden=[window(200, 1)]))
    assert not fullscreen_in_view(tree(on_focused=[window(100)], on_other_output=[window(300, 1)]))
    assert not fullscreen_in_view(tree(on_focused=[window(100)], scratchpad=[window(400, 2)]))


def test_global_fullscreen_covers_every_output() -> None:
    assert fullscreen_in_view(tree(on_focused=[window(100)], on_other_output=[window(300, 2)]))


def test_a_tree_without_a_focus_chain_is_not_busy() -> None:
    bare = tree(on_focused=[window(100, 1)])
    bare["focus"] = []
    assert not fullscreen_in_view(bare)


# --- the detector, with the IPC answer injected --------------------------------


def detector(answer: Callable[[], bytes]) -> SwayFullscreenDetector:
    return SwayFullscreenDetector("/run/user/1000/sway-ipc.sock", get_tree=answer)


def as_json(value: Any) -> Callable[[], bytes]:
    return lambda: json.dumps(value).encode()


def test_detector_reads_the_tree() -> None:
    busy = detector(as_json(tree(on_focused=[window(100, fullscreen=1)])))
    assert busy.name == "sway-fullscreen"
    assert busy.kind is BusyKind.FULLSCREEN
    assert busy.is_busy() is True
    assert detector(as_json(tree(on_focused=[window(100)]))).is_busy() is False


def test_errors_are_cannot_tell_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    answers: list[Callable[[], bytes]] = []

    def refused() -> bytes:
        raise ConnectionRefusedError(111, "Connection refused")

    def answer() -> bytes:
        return answers.pop(0)()

    answers += [refused, refused, lambda: b"not json", as_json([1, 2])]
    answers += [lambda: b'{"nodes": 3, "focus": [1]}']
    answers += [as_json(tree(on_focused=[])), refused]
    d = detector(answer)
    with caplog.at_level(logging.WARNING, logger="microbreak.platform.busy_sway"):
        assert [d.is_busy() for _ in range(5)] == [None] * 5
        assert len(caplog.records) == 1
        assert "Connection refused" in caplog.text
        assert d.is_busy() is False  # sway answers again
        assert d.is_busy() is None  # and a new failure is worth a new line
    assert len(caplog.records) == 2


# --- the framing, against a fake sway on a UNIX socket --------------------------


class FakeSway:
    """Accepts one connection at a time; records each request; sends ``reply(request)``."""

    def __init__(self, path: Path, reply: Callable[[int, bytes], bytes]) -> None:
        self.path = path
        self.requests: list[tuple[bytes, int, bytes]] = []
        self._reply = reply
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(path))
        self._server.listen()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return  # closed
            with conn:
                head = _recv(conn, 14)
                length, kind = struct.unpack("=II", head[6:])
                payload = _recv(conn, length)
                self.requests.append((head[:6], kind, payload))
                conn.sendall(self._reply(kind, payload))

    def close(self) -> None:
        # shutdown() wakes the accept() blocked in the thread; close() alone does not.
        self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(timeout=5)


def _recv(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def framed(kind: int, payload: bytes, magic: bytes = b"i3-ipc") -> bytes:
    return magic + struct.pack("=II", len(payload), kind) + payload


@pytest.fixture
def sock_path() -> Iterator[Path]:
    # Short: a UNIX socket path must fit in 108 bytes, and pytest's tmp_path may not.
    with tempfile.TemporaryDirectory(prefix="mb-sway-") as folder:
        yield Path(folder) / "ipc.sock"


def test_get_tree_over_the_socket(sock_path: Path) -> None:
    big = tree(on_focused=[window(i, name="x" * 2000) for i in range(100, 200)])
    big["nodes"][1]["nodes"][0]["nodes"][-1]["fullscreen_mode"] = 1
    body = json.dumps(big).encode()
    assert len(body) > 200_000  # more than one recv's worth
    server = FakeSway(sock_path, lambda kind, _payload: framed(kind, body))
    try:
        assert ipc_request(str(sock_path), GET_TREE) == body
        assert server.requests == [(b"i3-ipc", GET_TREE, b"")]
        d = SwayFullscreenDetector(str(sock_path))
        assert d.is_busy() is True
        assert d.is_busy() is True  # a fresh connection each time
        assert len(server.requests) == 3
    finally:
        server.close()


@pytest.mark.parametrize(
    "reply",
    [
        lambda kind, _p: framed(kind, b"{}", magic=b"xx-ipc"),  # not sway
        lambda _k, _p: framed(1, b"[]"),  # an answer to another question
        lambda kind, _p: framed(kind, b'{"nodes": []}')[:-3],  # cut short
        lambda _k, _p: b"i3-ip",  # not even a whole header
    ],
)
def test_a_bad_reply_is_cannot_tell(sock_path: Path, reply: Callable[[int, bytes], bytes]) -> None:
    server = FakeSway(sock_path, reply)
    try:
        assert SwayFullscreenDetector(str(sock_path)).is_busy() is None
    finally:
        server.close()


def test_no_sway_is_cannot_tell(sock_path: Path) -> None:
    assert SwayFullscreenDetector(str(sock_path)).is_busy() is None  # no such socket


def test_a_silent_sway_times_out(sock_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    server.listen()  # accepts (the kernel does) but never answers
    try:
        with pytest.raises(TimeoutError):
            ipc_request(str(sock_path), GET_TREE, timeout=0.2)
    finally:
        server.close()
