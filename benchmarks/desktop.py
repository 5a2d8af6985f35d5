"""Shared pieces of the app benchmarks: a virtual desktop, the floors, /proc readers.

* :func:`virtual_desktop` starts Xvfb, a private D-Bus session bus (and a
  second one standing in for the system bus, which Safe Eyes needs), and
  trayer (a system-tray host, so ``QSystemTrayIcon.isSystemTrayAvailable()``
  is true) and yields an environment with a temporary HOME and XDG folders.
* :func:`fresh_install` builds the app's wheel with ``uv build`` and installs
  it, with the locked versions of its dependencies, into a new venv in a
  temporary folder with ``--link-mode=copy`` and ``--compile-bytecode``
  (the .pyc files pip writes by default). uv otherwise hard-links every
  file from its cache, so any other process on the machine using the same
  PySide6 (a test run, another venv) shares the measured program's pages and
  its USS and PSS come out low. Every Python program below runs from it.
* :func:`start_app` runs ``python -m microbreak`` and returns once the app
  answers a ``status`` request on its control socket.
* :func:`start_floor` runs :data:`FLOOR_SCRIPT` (a bare PySide6 script that
  shows one QSystemTrayIcon and runs the event loop) or
  :data:`STACK_FLOOR_SCRIPT` (the same plus APScheduler's QtScheduler with one
  date job: the floor of the stack the app must be built on). Every figure is
  compared with them, measured in the same run on the same desktop.
* :data:`PEERS` (Workrave, Safe Eyes) run from Debian's packages when installed.
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
import select
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

from benchmarks.tray_watch import TrayWatch

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

# The mandated stack: the same tray plus APScheduler's stock QtScheduler
# holding one date job an hour ahead (the app keeps one re-armed DateTrigger).
STACK_FLOOR_SCRIPT = FLOOR_SCRIPT.replace(
    "tray_found = ",
    """from datetime import datetime, timedelta
from apscheduler.schedulers.qt import QtScheduler
scheduler = QtScheduler()
scheduler.add_job(print, "date", run_date=datetime.now().astimezone() + timedelta(hours=1))
scheduler.start()
tray_found = """,
)

# name -> command line, for the peers measured when their Debian package is there.
PEERS: dict[str, list[str]] = {
    "Workrave": ["workrave"],
    "Safe Eyes": ["safeeyes"],
}
PEER_PACKAGES = ("workrave", "safeeyes")


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
        # Safe Eyes 2.1 will not start without a system bus; a second private
        # bus stands in for it (nothing on it answers, which it tolerates).
        system_bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        children.append(system_bus)
        assert system_bus.stdout is not None
        env["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus.stdout.readline().strip()
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
    # Safe Eyes 2.1 stops at start without its folder.
    (home / ".config/safeeyes").mkdir(parents=True)
    return child


@contextmanager
def fresh_install() -> Iterator[str]:
    """Yields the python of a new venv holding the app's wheel, every file a copy."""
    uv = shutil.which("uv")
    if uv is None:
        raise RuntimeError("uv not found; it builds and installs the wheel")
    tmp = Path(tempfile.mkdtemp(prefix="microbreak-venv-"))
    try:
        print("building the wheel and a fresh venv (copies, not links) ...", flush=True)

        def uv_run(*args: str) -> str:
            done = subprocess.run([uv, *args], capture_output=True, text=True, check=True, cwd=ROOT)
            return done.stdout

        uv_run("build", "--wheel", "--out-dir", str(tmp / "dist"))
        wheel = next((tmp / "dist").glob("microbreak-*.whl"))
        # The locked versions, not whatever the wheel's ranges resolve to today.
        locked = uv_run("export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project")
        (tmp / "requirements.txt").write_text(locked)
        venv = tmp / "venv"
        uv_run("venv", "--quiet", "--python", sys.executable, str(venv))
        python = str(venv / "bin" / "python")
        # --compile-bytecode: the .pyc files a real install has (pip writes
        # them by default, distributions ship them). Without them every start
        # compiles each module from source, and with PYTHONDONTWRITEBYTECODE
        # set (as on the project's machines) never caches the result: the
        # app's hundred modules cost it about 100 ms a start that no user pays.
        uv_run(
            "pip", "install", "--quiet", "--link-mode=copy", "--compile-bytecode",
            "--python", python, "-r", str(tmp / "requirements.txt"), str(wheel),
        )  # fmt: skip
        yield python
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def interpreter(project_env: bool) -> Iterator[str]:
    """The python the app and floors run from: a fresh install, or this one."""
    if project_env:
        yield sys.executable
    else:
        with fresh_install() as python:
            yield python


def installed_peers() -> dict[str, list[str]]:
    return {name: argv for name, argv in PEERS.items() if shutil.which(argv[0])}


def install_peers() -> None:
    """apt-get install the peers (Debian/Ubuntu; as root, or through sudo)."""
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *PEER_PACKAGES]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"could not install the peers: {done.stderr.strip()[-300:]}", flush=True)


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
    tray_seconds: float | None = None  # from exec to its icon docked in trayer


def start_app(env: dict[str, str], python: str, tray: TrayWatch | None = None) -> Started:
    """Start microbreak; ready when it answers ``status`` on its control socket.

    With ``tray``, also when its icon docks in trayer (``Started.tray_seconds``).
    """
    _no_icon_docked(tray)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [python, "-m", "microbreak"],
        env=env,
        # Not the checkout: with -m, the working folder comes first on
        # sys.path and would shadow the installed wheel.
        cwd=env["HOME"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    answered: float | None = None
    docked: float | None = None

    def ready() -> bool:
        nonlocal answered, docked
        if tray is not None and docked is None and tray.docked():
            docked = time.perf_counter() - t0
        if answered is None and _answers(env):
            answered = time.perf_counter() - t0
        return answered is not None and (tray is None or docked is not None)

    try:
        wait_for("microbreak to answer status", ready, timeout=60)
    except TimeoutError:
        stop(proc)
        raise
    assert answered is not None
    return Started(proc, env, answered, docked)


def start_floor(
    env: dict[str, str], python: str, script: str = FLOOR_SCRIPT, tray: TrayWatch | None = None
) -> Started:
    """Start a floor script; ready when its event loop runs its first timer.

    With ``tray``, also when its icon docks in trayer (``Started.tray_seconds``).
    """
    _no_icon_docked(tray)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [python, "-c", script],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    docked: float | None = None
    seconds: float | None = None
    line: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if tray is not None and docked is None and tray.docked():
            docked = time.perf_counter() - t0
        if seconds is None:
            if select.select([proc.stdout], [], [], 0.005)[0]:
                line = proc.stdout.readline().split()
                seconds = time.perf_counter() - t0
                if not line:
                    break
        elif tray is None or docked is not None:
            break
        else:
            time.sleep(0.005)  # as wait_for polls the app
    if seconds is None or not line or line[0] != "ready":
        stop(proc)
        raise RuntimeError("the floor script did not start")
    if line[-1] != "True":
        stop(proc)
        raise RuntimeError("the floor script found no system tray (is trayer running?)")
    return Started(proc, env, seconds, docked)


def _no_icon_docked(tray: TrayWatch | None) -> None:
    if tray is not None:
        tray.begin()


def start_peer(env: dict[str, str], argv: list[str]) -> Started:
    """Start a peer; it is measured only after a long settle, so no ready signal."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True
    )
    return Started(proc, env, time.perf_counter() - t0)


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
    # Private_Dirty: what the process itself wrote (heap, Python objects).
    # USS also holds clean library pages that only this process maps at the
    # moment; the kernel drops those and reads them back, and they turn
    # "shared" while any other process maps the same file, so USS steps by
    # megabytes with no change in the program.
    dirty_kb: int = 0

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
    return Sample(
        time.monotonic(), memory["Pss"], memory["Rss"], threads, private, memory["Private_Dirty"]
    )


@dataclass(frozen=True)
class Idle:
    seconds: float
    uss_kb: int
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
        uss_kb=last.private_kb,
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
