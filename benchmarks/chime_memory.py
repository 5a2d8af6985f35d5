"""What playing the chimes costs in memory, by sound backend.

    uv run python benchmarks/chime_memory.py [--rounds 3]

Starts a private PulseAudio with a null sink (tests/helpers/audio.py, the
rig of tests/test_audio_heard.py), then for each backend, in a fresh process
each, ``--rounds`` times: a QApplication (offscreen) is made, Private_Dirty
and Rss are read from /proc/self/smaps_rollup, each chime (start, tick, end)
is played through the backend at volume 60 and heard to its end, and the
figures are read again after a second of rest, with the process's thread
count (what stays running between chimes). Printed as a table: the median
of the rounds.

Backends: ``qt`` (QSoundEffect, QtMultimedia's FFmpeg backend) and ``pulse``
(libpulse-simple through ctypes, infra/sound_pulse.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.audio import AudioRig, missing_parts  # noqa: E402

CHILD = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from microbreak.core.guidance import SoundCue
from microbreak.infra.resources import sounds_dir
from microbreak.infra.sound import SOUND_FILES, qt_sound_backend
from microbreak.infra.sound_pulse import pulse_sound_backend

def sample():
    fields = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        key, value = line.split(":", 1)
        fields[key] = int(value.split()[0])
    threads = len(os.listdir("/proc/self/task"))
    return {"private_dirty": fields["Private_Dirty"], "rss": fields["Rss"], "threads": threads}

app = QApplication([])
before = sample()
factory = {"qt": qt_sound_backend, "pulse": pulse_sound_backend}[sys.argv[1]]
backend = factory({cue: sounds_dir() / name for cue, name in SOUND_FILES.items()})
cues = list(SoundCue)

def play_next():
    if not cues:
        QTimer.singleShot(1000, done)  # at rest: a second after the last chime ends
        return
    seconds = backend.play(cues.pop(0), 0.6) or 0.0
    # Three seconds apart: QSoundEffect (Qt 6.11) playing a second effect
    # 0.2 s after the first ended spun the main thread at full CPU
    # ("QSocketNotifier: Invalid socket"), and the figures never came.
    QTimer.singleShot(int(seconds * 1000) + 3000, play_next)

def done():
    print(json.dumps({"before": before, "after": sample()}))
    app.quit()

QTimer.singleShot(0, play_next)
app.exec()
"""


def run(rig: AudioRig, backend: str) -> dict[str, dict[str, int]]:
    env = rig.env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, "-c", CHILD, backend],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    result: dict[str, dict[str, int]] = json.loads(line)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    missing = missing_parts()
    if missing is not None:
        sys.exit(missing)
    rig = AudioRig(Path(tempfile.mkdtemp(prefix="chime-memory-")))
    rig.start()
    try:
        print(f"{'backend':8} {'Private_Dirty MB':>26} {'Rss MB':>26} {'threads':>9}")
        for backend in ("qt", "pulse"):
            runs = [run(rig, backend) for _ in range(args.rounds)]

            def median(when: str, key: str, runs: list[dict[str, dict[str, int]]] = runs) -> float:
                return statistics.median(r[when][key] for r in runs)

            cells = []
            for key in ("private_dirty", "rss"):
                b, a = median("before", key) / 1024, median("after", key) / 1024
                cells.append(f"{b:6.1f} -> {a:6.1f} (+{a - b:5.1f})")
            threads = f"{median('before', 'threads'):.0f} -> {median('after', 'threads'):.0f}"
            print(f"{backend:8} {cells[0]:>26} {cells[1]:>26} {threads:>9}")
    finally:
        rig.stop()


if __name__ == "__main__":
    main()
