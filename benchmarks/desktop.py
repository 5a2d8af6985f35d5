"""Shared pieces of the app benchmarks: a virtual desktop, the floor, /proc readers.

* :func:`virtual_desktop` starts Xvfb, a private D-Bus session bus and trayer
  (a system-tray host, so ``QSystemTrayIcon.isSystemTrayAvailable()`` is
  true) and yields an environment with a temporary HOME and XDG folders.
* :func:`start_app` runs ``python -m microbreak`` in it and returns once the
  app answers a ``status`` request on its control socket.
* :func:`start_floor` runs :data:`FLOOR_SCRIPT`: a bare PySide6 script that
  shows one QSystemTrayIcon and runs the event loop. Every figure is compared
  with it, measured in the same run on the same desktop.
* :class:`Sample` reads PSS/RSS (``/proc/PID/smaps_rollup``), CPU time
  (``/proc/PID/task/*/schedstat``, nanoseconds) and context switches
  (``/proc/PID/task/*/status``) per thread, named from ``task/*/comm``.

Linux only. Needs Xvfb, trayer and dbus-daemon (see the README's system
packages; ``.ci/run`` installs them).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("Xvfb", "trayer", "dbus-daemon", "xdotool")

FLOOR_SCRIPT = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#4c8"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.setToolTip("floor")
tray.show()
tray_found = QSystemTrayIcon.isSystemTrayAvailable()
QTimer.singleShot(0, lambda: print("ready", time.time(), tray_found, flush=True))
sys.exit(app.exec())
"""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def machine() -> str:
    cpu = platform.machine()
    with suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    import PySide6  # noqa: PLC0415

    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


# -- the desktop ---------------------------------------------------------------


@contextmanager
def virtual_desktop() -> Iterator[dict[str, str]]:
    """Xvfb + a session bus + trayer; yields the environment (temporary HOME)."""
    missing = missing_tools()
    if missing:
        raise RuntimeError(f"missing tools: {', '.join(missing)} (see the README)")
    home = Path(tempfile.mkdtemp(prefix="microbreak-bench-"))
    children: list[subprocess.Popen[str]] = []
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        children.append(xvfb)
        assert xvfb.stdout is not None
        display = f":{xvfb.stdout.readline().strip()}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_", "QT_"))}
        env.update(
            DISPLAY=display,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "run"),
            QT_QPA_PLATFORM="xcb",
            LANG="C.UTF-8",
        )
        (home / "run").mkdir(mode=0o700)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        children.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        tray = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        children.append(tray)
        wait_for(
            "trayer's panel",
            lambda: xdotool(env, "search", "--onlyvisible", "--class", "trayer"),
            timeout=60,
        )
        yield env
    finally:
        for child in reversed(children):
            stop(child)
        shutil.rmtree(home, ignore_errors=True)


def fresh_home(env: dict[str, str], name: str) -> dict[str, str]:
    """The same desktop with another HOME: each run starts like a first install,
    except that the first-run health notice has already been dismissed (the
    benchmarks measure a normal day, not the first minute)."""
    # Inside the desktop's own HOME, so it goes when the desktop does.
    home = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=env["HOME"]))
    child = dict(env)
    child.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
    )
    (home / "run").mkdir(mode=0o700)
    state = home / ".local/state/microbreak/state.json"
    state.parent.mkdir(parents=True)
    state.write_text('{"health_notice_seen": true}')
    return child


def wait_for(what: str, check: Callable[[], Any], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.005)
    raise TimeoutError(f"timed out waiting for {what}")


def xdotool(env: dict[str, str], *args: str) -> list[str]:
    out = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=False)
    return out.stdout.split()


def stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# -- the two programs ----------------------------------------------------------


def control_socket(env: dict[str, str]) -> Path | None:
    found = sorted(Path(env["XDG_RUNTIME_DIR"]).glob("microbreak/control-*.sock"))
    return found[0] if found else None


def request(env: dict[str, str], command: str, timeout: float = 10.0) -> dict[str, Any]:
    """What ``microbreak COMMAND`` sends, without starting a Python for it."""
    path = control_socket(env)
    if path is None:
        raise ConnectionError("no control socket yet")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect(str(path))
        s.sendall(json.dumps({"v": 1, "cmd": command, "args": {}}).encode() + b"\n")
        data = b""
        while b"\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    reply = json.loads(data.split(b"\n", 1)[0])
    assert isinstance(reply, dict)
    return reply


def _answers(env: dict[str, str]) -> bool:
    try:
        return bool(request(env, "status", timeout=2).get("ok"))
    except (OSError, ValueError):
        return False


@dataclass
class Started:
    proc: subprocess.Popen[str]
    env: dict[str, str]
    seconds: float  # from exec to ready


def start_app(env: dict[str, str]) -> Started:
    """Start microbreak; ready when it answers ``status`` on its control socket."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "microbreak"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        wait_for("microbreak to answer status", lambda: _answers(env), timeout=60)
    except TimeoutError:
        stop(proc)
        raise
    return Started(proc, env, time.perf_counter() - t0)


def start_floor(env: dict[str, str]) -> Started:
    """Start the floor script; ready when its event loop runs its first timer."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", FLOOR_SCRIPT],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    seconds = time.perf_counter() - t0
    if not line or line[0] != "ready":
        stop(proc)
        raise RuntimeError("the floor script did not start")
    if line[-1] != "True":
        stop(proc)
        raise RuntimeError("the floor script found no system tray (is trayer running?)")
    return Started(proc, env, seconds)


# -- /proc ---------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ThreadSample:
    name: str
    cpu_ns: int
    switches: int  # voluntary + involuntary context switches


@dataclass(frozen=True)
class Sample:
    at: float  # time.monotonic()
    pss_kb: int
    rss_kb: int
    threads: dict[int, ThreadSample]
    # USS: pages no other process maps. Unlike PSS it does not move when
    # some other process that shares a library starts or ends.
    private_kb: int = 0

    @property
    def cpu_ns(self) -> int:
        return sum(t.cpu_ns for t in self.threads.values())

    @property
    def switches(self) -> int:
        return sum(t.switches for t in self.threads.values())


def sample(pid: int) -> Sample:
    memory: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        memory[key] = int(rest.split()[0])
    threads: dict[int, ThreadSample] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            cpu_ns = int((task / "schedstat").read_text().split()[0])
            switches = 0
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
        except (OSError, ValueError):
            continue  # the thread ended while we looked
        threads[int(task.name)] = ThreadSample(name, cpu_ns, switches)
    private = memory["Private_Clean"] + memory["Private_Dirty"]
    return Sample(time.monotonic(), memory["Pss"], memory["Rss"], threads, private)


@dataclass(frozen=True)
class Idle:
    seconds: float
    pss_kb: int
    rss_kb: int
    cpu_percent: float
    wakeups_per_s: float
    per_thread: list[tuple[str, float, float]]  # name, wake-ups/s, CPU ms


def idle_between(first: Sample, last: Sample) -> Idle:
    """The cost between two samples of one process, per thread and in all."""
    wall = last.at - first.at
    per_thread = []
    for tid, thread in last.threads.items():
        before = first.threads.get(tid, ThreadSample(thread.name, 0, 0))
        per_thread.append(
            (
                thread.name,
                (thread.switches - before.switches) / wall,
                (thread.cpu_ns - before.cpu_ns) / 1e6,
            )
        )
    per_thread.sort(key=lambda t: (-t[1], t[0]))
    # Per thread, so a thread that ends in the window subtracts nothing (an
    # idle app starts and ends none; its last moments would be lost).
    return Idle(
        seconds=wall,
        pss_kb=last.pss_kb,
        rss_kb=last.rss_kb,
        cpu_percent=100 * sum(t[2] for t in per_thread) / 1000 / wall,
        wakeups_per_s=sum(t[1] for t in per_thread),
        per_thread=per_thread,
    )


def median(values: list[float]) -> float:
    return statistics.median(values)


def mb(kb: float) -> str:
    return f"{kb / 1024:.1f} MB"


# -- the table -----------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    figure: str
    app: str
    floor: str
    target: str
    met: bool | None  # None: no target, for information

    @property
    def verdict(self) -> str:
        return {True: "yes", False: "NO", None: "-"}[self.met]


def print_table(rows: list[Row], title: str) -> None:
    print(f"\n{title} ({today()}; {machine()})\n")
    print("| figure | microbreak | floor | target | met |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.figure} | {row.app} | {row.floor} | {row.target} | {row.verdict} |")
    sys.stdout.flush()
