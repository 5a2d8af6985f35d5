"""The control socket for real: a server in this process, real clients.

Clients are the installed ``microbreak`` command in a subprocess, and raw
sockets sending garbage from threads, while the test spins Qt's event loop.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from microbreak.core.control import MAX_LINE_BYTES
from microbreak.infra.ipc import ControlServer, InstanceLock, control_address
from microbreak.infra.paths import AppPaths, app_paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="raw Unix sockets")


class Echo:
    """A stand-in app: answers like the real one, counts what it saw."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []

    def __call__(self, line: bytes) -> bytes:
        self.lines.append(line)
        if line == b"boom":
            raise RuntimeError("a bug in a command")
        return b'{"v":1,"ok":true,"message":"seen","status":null}\n'


@pytest.fixture
def paths() -> AppPaths:
    return app_paths()


@pytest.fixture
def server(qtbot: QtBot, paths: AppPaths) -> Iterator[tuple[ControlServer, Echo]]:
    echo = Echo()
    srv = ControlServer(control_address(paths), echo, idle_timeout_ms=300)
    srv.listen()
    yield srv, echo
    srv.close()


def raw_exchange(address: str, payload: bytes, results: list[bytes]) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        try:
            s.connect(address)
        except (ConnectionRefusedError, BlockingIOError):
            # The listen backlog is full: a refused connection is an answer too.
            results.append(b"")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            s.sendall(payload)
        data = b""
        try:
            while chunk := s.recv(65536):
                data += chunk
        except (ConnectionResetError, TimeoutError):
            pass
        results.append(data)


def in_thread(qtbot: QtBot, target: object, *args: object) -> None:
    """Run a blocking client in a thread while Qt serves it on this one."""
    thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15_000)


def test_socket_is_per_user_and_private(
    server: tuple[ControlServer, Echo], paths: AppPaths
) -> None:
    address = control_address(paths)
    assert address.endswith(f"control-{getpass.getuser()}.sock")
    mode = os.stat(address).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)
    assert os.stat(Path(address).parent).st_mode & 0o077 == 0


def test_garbage_gets_an_error_reply_or_a_closed_connection(
    qtbot: QtBot, server: tuple[ControlServer, Echo], paths: AppPaths
) -> None:
    srv, _echo = server
    address = control_address(paths)
    results: list[bytes] = []
    in_thread(qtbot, raw_exchange, address, b"not json at all\n", results)
    assert json.loads(results[-1])["message"] == "seen"  # the handler decides; see test_app_*
    in_thread(qtbot, raw_exchange, address, b"x" * (MAX_LINE_BYTES + 10), results)
    reply = json.loads(results[-1])
    assert reply["ok"] is False
    assert "request too long" in reply["message"]
    in_thread(qtbot, raw_exchange, address, b"boom\n", results)
    assert json.loads(results[-1])["message"] == "internal error in microbreak; see its log"
    # A client that connects and never writes is dropped after the idle timeout.
    in_thread(qtbot, raw_exchange, address, b"", results)
    assert results[-1] == b""
    qtbot.waitUntil(lambda: len(srv._connections) == 0, timeout=5_000)


def test_many_clients_at_once(
    qtbot: QtBot, server: tuple[ControlServer, Echo], paths: AppPaths
) -> None:
    srv, _echo = server
    address = control_address(paths)
    results: list[bytes] = []
    threads = [
        threading.Thread(target=raw_exchange, args=(address, b'{"n": %d}\n' % i, results))
        for i in range(60)
    ]
    for t in threads:
        t.start()
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=20_000)
    assert len(results) == 60
    answered = [r for r in results if r]
    # Past the connection limit a client may be closed unanswered; none hangs.
    assert len(answered) >= 32
    assert all(json.loads(r)["message"] == "seen" for r in answered)
    qtbot.waitUntil(lambda: len(srv._connections) == 0, timeout=5_000)
    # Still serving afterwards.
    in_thread(qtbot, raw_exchange, address, b"again\n", results)
    assert json.loads(results[-1])["message"] == "seen"


def test_a_stale_socket_left_by_a_crash_is_recovered(qtbot: QtBot, paths: AppPaths) -> None:
    address = control_address(paths)
    Path(address).parent.mkdir(parents=True, exist_ok=True)
    leftover = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    leftover.bind(address)  # a socket file nobody listens on any more
    leftover.close()
    assert Path(address).exists()
    srv = ControlServer(address, Echo())
    srv.listen()
    results: list[bytes] = []
    in_thread(qtbot, raw_exchange, address, b"hi\n", results)
    assert json.loads(results[-1])["message"] == "seen"
    srv.close()


def test_the_lock_admits_one_instance(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "run" / "instance.lock")
    second = InstanceLock(tmp_path / "run" / "instance.lock")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    lock_path = tmp_path / "instance.lock"
    code = (
        "import os, sys; from microbreak.infra.ipc import InstanceLock; "
        f"l = InstanceLock(__import__('pathlib').Path({str(lock_path)!r})); "
        "assert l.acquire(); os._exit(0)"  # dies holding the lock, as a crash would
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert lock_path.exists()
    assert InstanceLock(lock_path).acquire()


@pytest.mark.slow
def test_the_real_app_answers_the_installed_command(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    from microbreak.core.clock import FakeClock
    from tests.helpers.app import make_app
    from tests.helpers.clock import MONDAY_9AM

    app_paths_ = AppPaths(
        tmp_path / "c", tmp_path / "d", tmp_path / "s", tmp_path / "l", paths.runtime_dir
    )
    app = make_app(qtbot, FakeClock(MONDAY_9AM), app_paths_)
    srv = ControlServer(control_address(paths), app.handle_control)
    srv.listen()
    try:
        command = Path(sys.executable).with_name("microbreak")
        assert command.exists(), "the microbreak console script is installed"

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            proc = subprocess.Popen(
                [str(command), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
            out, err = proc.communicate()
            return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

        status = cli("status", "--json")
        assert status.returncode == 0, status.stderr
        data = json.loads(status.stdout)
        assert data["state"] == "working"
        assert data["next_break_at"] == "2026-11-23T09:45:00+00:00"
        snooze = cli("snooze", "10")
        assert (snooze.returncode, snooze.stdout.strip()) == (0, "Break snoozed until 09:55")
        pause = cli("pause")
        assert pause.returncode == 0
        refused = cli("snooze")
        assert (refused.returncode, refused.stderr.strip()) == (1, "cannot snooze while paused")
        # Garbage from a raw socket does not hurt the real handler either.
        results: list[bytes] = []
        in_thread(qtbot, raw_exchange, control_address(paths), b"\x00garbage\n", results)
        assert "request is not JSON" in json.loads(results[-1])["message"]
        assert cli("resume").returncode == 0
        assert json.loads(cli("status", "--json").stdout)["state"] == "working"
    finally:
        srv.close()


def test_the_client_tells_not_running_from_not_answering(tmp_path: Path) -> None:
    from microbreak.core.control import Request
    from microbreak.infra.ipc import NotRunningError, send_request

    address = str(tmp_path / "c.sock")
    with pytest.raises(NotRunningError):
        send_request(address, Request("status"))  # no socket at all
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.bind(address)
        silent.listen(1)  # connects, never answers
        with pytest.raises(TimeoutError, match="did not answer in time"):
            send_request(address, Request("status"), timeout_ms=200)


def test_qtnetwork_is_left_to_windows() -> None:
    code = (
        "import sys; import microbreak.infra.ipc, microbreak.cli, microbreak.app.main, "
        "microbreak.app.running; "
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
