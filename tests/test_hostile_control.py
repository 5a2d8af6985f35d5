"""The command line and the control socket under hostile conditions (issue 17).

Huge durations, a crowd of idle or reconnecting clients on the real socket,
and a runtime folder that cannot be used. Clients are raw sockets in threads
and the real ``microbreak`` command in a subprocess (not in a thread: PySide's
blocking QLocalSocket waits hold the GIL, which would stall the server in this
process), served by a real ``ControlServer`` while the test spins Qt's event
loop.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from microbreak import cli
from microbreak.core.clock import FakeClock
from microbreak.core.control import Request, encode_reply, encode_request, parse_request
from microbreak.core.durations import MAX_PAUSE, DurationError, parse_duration
from microbreak.infra.ipc import MAX_CONNECTIONS, ControlServer, control_address
from microbreak.infra.paths import AppPaths, app_paths

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="raw Unix sockets")

HUGE = ["9999999999h", "99999999999999d", "9" * 30 + "m", "9" * 5000 + "m", "1d9999999999h"]


# -- durations -------------------------------------------------------------


@pytest.mark.parametrize("text", HUGE)
def test_a_huge_duration_is_too_long_not_an_overflow(text: str) -> None:
    with pytest.raises(DurationError, match="too long: pause for at most a week"):
        parse_duration(text)


def test_the_limit_itself_is_allowed_and_one_minute_more_is_not() -> None:
    assert parse_duration("7d") == MAX_PAUSE
    assert parse_duration("167h60m") == MAX_PAUSE
    assert parse_duration("0007d") == MAX_PAUSE
    with pytest.raises(DurationError, match=r"\(7d or 168h\)"):
        parse_duration("7d1m")


@pytest.mark.parametrize("text", HUGE[:3])
def test_the_command_line_says_the_limit_and_exits_2(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["pause", text])
    assert exit_.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "is too long: pause for at most a week (7d or 168h)" in err
    assert "Traceback" not in err


@unix_only
@pytest.mark.parametrize("text", HUGE)
def test_over_the_socket_the_app_answers_a_clear_error(
    qtbot: QtBot, paths: AppPaths, text: str
) -> None:
    from tests.helpers.app import make_app
    from tests.helpers.clock import MONDAY_9AM

    app = make_app(qtbot, FakeClock(MONDAY_9AM), paths)
    address = control_address(paths)
    server = ControlServer(address, app.handle_control)
    server.listen()
    try:
        replies: list[bytes] = []
        request = encode_request(Request("pause", {"duration": text}))
        in_thread(qtbot, lambda: replies.append(exchange(address, request)))
    finally:
        server.close()
    reply = json.loads(replies[0])
    assert reply["ok"] is False
    message = str(reply["message"])
    assert "too long: pause for at most a week" in message, message
    assert len(message) < 300  # a 5000-digit number is not repeated back in full
    assert app.engine.status().paused_until is None


# -- a crowd on the control socket ------------------------------------------


class StatusApp:
    """Answers like the running app: a status reply to a status request."""

    def __init__(self) -> None:
        self.commands: list[str] = []

    def __call__(self, line: bytes) -> bytes:
        command = parse_request(line).command
        self.commands.append(command)
        return encode_reply(True, "Next break in 45 min", {"headline": "Next break in 45 min"})


@pytest.fixture
def served(qtbot: QtBot) -> Iterator[tuple[ControlServer, StatusApp, list[int]]]:
    """The real address ``microbreak status`` uses, with the default deadline
    (5 s), so no timer frees a place during the test: only the server's policy
    can let the command line through."""
    handler = StatusApp()
    server = ControlServer(control_address(app_paths()), handler)
    accepted = [0]

    def count() -> None:
        accepted[0] += 1

    # Emitted once the server has taken the client in, so it counts each accept once done.
    server.accepted.connect(count)
    server.listen()
    yield server, handler, accepted
    server.close()


def in_thread(qtbot: QtBot, target: Callable[[], object], timeout_ms: int = 15_000) -> None:
    """Run a blocking client in a thread while Qt serves it on this one."""
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)


def status_from_the_command_line(qtbot: QtBot) -> tuple[int, str, str]:
    """``microbreak status``: the real command, reaching this process's server."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak", "status"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
    out, err = proc.communicate()
    return proc.returncode, out, err


def connect(address: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # Blocking while connecting: with the listen backlog full, a Unix socket
    # with a timeout fails at once (EAGAIN); a blocking one waits its turn.
    client.connect(address)
    client.settimeout(10)
    return client


def exchange(address: str, request: bytes) -> bytes:
    """One request from a raw socket; the reply line."""
    with connect(address) as client:
        client.sendall(request)
        data = b""
        while b"\n" not in data and (chunk := client.recv(65536)):
            data += chunk
    return data


@unix_only
def test_the_command_line_gets_through_100_idle_clients(
    qtbot: QtBot,
    served: tuple[ControlServer, StatusApp, list[int]],
) -> None:
    server, handler, accepted = served
    address = control_address(app_paths())
    idle: list[socket.socket] = []
    try:
        in_thread(qtbot, lambda: idle.extend(connect(address) for _ in range(100)))
        # All 100 reached the server (and never said a word).
        qtbot.waitUntil(lambda: accepted[0] >= 100, timeout=10_000)
        for attempt in range(3):
            code, out, err = status_from_the_command_line(qtbot)
            assert (code, err) == (0, ""), f"attempt {attempt}"
            assert out.startswith("Next break in 45 min")
        assert handler.commands == ["status"] * 3
        # Bounded: the crowd holds no more than MAX_CONNECTIONS descriptors.
        assert len(server._connections) <= MAX_CONNECTIONS
    finally:
        for client in idle:
            client.close()


class Reconnecting:
    """100 clients that each connect, say nothing, and reconnect the moment
    the server lets them go: the crowd never thins."""

    def __init__(self, address: str, clients: int = 100) -> None:
        self.address = address
        self.clients = clients
        self.stop = threading.Event()
        self.reconnects = 0
        self.connected = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with selectors.DefaultSelector() as sel:
            for _ in range(self.clients):
                sel.register(connect(self.address), selectors.EVENT_READ)
            self.connected.set()
            while not self.stop.is_set():
                for key, _events in sel.select(timeout=0.05):
                    client = key.fileobj
                    assert isinstance(client, socket.socket)
                    with contextlib.suppress(OSError):
                        if client.recv(4096):
                            continue
                    sel.unregister(client)
                    client.close()
                    with contextlib.suppress(OSError):
                        sel.register(connect(self.address), selectors.EVENT_READ)
                        self.reconnects += 1
            for key in list(sel.get_map().values()):
                key.fileobj.close()  # type: ignore[union-attr]

    def __enter__(self) -> Reconnecting:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=10)


@pytest.mark.slow
@unix_only
def test_the_command_line_gets_through_clients_that_keep_reconnecting(
    qtbot: QtBot,
    served: tuple[ControlServer, StatusApp, list[int]],
) -> None:
    server, handler, accepted = served
    with Reconnecting(control_address(app_paths())) as crowd:
        qtbot.waitUntil(crowd.connected.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: accepted[0] >= 100, timeout=10_000)
        for attempt in range(5):
            code, out, err = status_from_the_command_line(qtbot)
            assert (code, err) == (0, ""), f"attempt {attempt}"
            assert out.startswith("Next break in 45 min")
        # The crowd really was pushing back in all along.
        assert crowd.reconnects > 0
        assert len(server._connections) <= MAX_CONNECTIONS
    assert handler.commands == ["status"] * 5


# -- the runtime folder ------------------------------------------------------


@unix_only
def test_an_unusable_runtime_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    # platformdirs prefers /run/user/<uid>, where the login made one.
    if Path(f"/run/user/{os.geteuid()}").is_dir():
        pytest.skip("/run/user/<uid> exists here, so the /tmp fallback is never used")
    (tmp_path / f"runtime-{os.geteuid()}").write_text("not a folder")
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env["TMPDIR"] = str(tmp_path)
    for args in (["status"], ["pause", "1h"], []):
        done = subprocess.run(
            [sys.executable, "-m", "microbreak", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == cli.EXIT_REFUSED, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert "no private folder for its control socket" in done.stderr
        assert f"runtime-{os.geteuid()} is not a directory" in done.stderr
        assert "Set XDG_RUNTIME_DIR to a folder you own with mode 0700" in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED")
def test_the_server_knows_which_process_each_client_is() -> None:
    from microbreak.infra.socket_peer import peer_process

    left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with left, right:
        assert peer_process(left.fileno()) == os.getpid()
    assert peer_process(-1) is None
