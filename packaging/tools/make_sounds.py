"""Synthesises microbreak's sounds into resources/sounds/ (pure Python, deterministic).

    uv run python packaging/tools/make_sounds.py [--out DIR]

The sounds are made here, not downloaded, so the project owns them outright.
Every run writes byte-identical files (tests/test_sound.py checks that the
shipped files are what this script makes):

- start.wav  a soft two-note chime, rising: a break begins
- tick.wav   a short, quiet wooden tick: the next repetition begins
- end.wav    three notes falling to rest, longer: the break is over

Mono, 16-bit, 22.05 kHz, peaks at half of full scale; the app sets the volume.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from pathlib import Path

RATE = 22_050
PEAK = 0.5
OUT = Path(__file__).resolve().parents[2] / "resources" / "sounds"


def bell(freq: float, seconds: float, decay: float) -> list[float]:
    """A soft bell-like note: a sine with two quiet overtones, a gentle attack, a long fade."""
    n = int(seconds * RATE)
    attack = int(0.012 * RATE)
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-t / decay) * min(1.0, i / attack)
        # Ease the very end to silence so the file never ends on a click.
        env *= min(1.0, (n - i) / (0.02 * RATE))
        tone = (
            math.sin(2 * math.pi * freq * t)
            + 0.25 * math.sin(2 * math.pi * 2 * freq * t) * math.exp(-t / (decay / 2))
            + 0.08 * math.sin(2 * math.pi * 3 * freq * t) * math.exp(-t / (decay / 3))
        )
        out.append(env * tone)
    return out


def tick() -> list[float]:
    n = int(0.06 * RATE)
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-t / 0.012) * min(1.0, i / 22)
        out.append(
            env * (math.sin(2 * math.pi * 1250 * t) + 0.4 * math.sin(2 * math.pi * 2890 * t))
        )
    return out


def mix(*notes: tuple[float, list[float]]) -> list[float]:
    """Lay notes (start second, samples) on one track."""
    length = max(int(at * RATE) + len(s) for at, s in notes)
    track = [0.0] * length
    for at, samples in notes:
        offset = int(at * RATE)
        for i, v in enumerate(samples):
            track[offset + i] += v
    return track


def write(path: Path, samples: list[float], level: float = PEAK) -> None:
    top = max(abs(v) for v in samples) or 1.0
    frames = b"".join(struct.pack("<h", round(v / top * level * 32767)) for v in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def make(folder: Path) -> list[Path]:
    e5, a5, cs6, e6 = 659.26, 880.0, 1108.73, 1318.51
    sounds = {
        "start.wav": (mix((0.0, bell(e5, 0.9, 0.35)), (0.16, bell(a5, 1.0, 0.4))), PEAK),
        "tick.wav": (tick(), PEAK * 0.6),
        "end.wav": (
            mix(
                (0.0, bell(e6, 0.9, 0.3)), (0.18, bell(cs6, 0.9, 0.3)), (0.36, bell(a5, 1.4, 0.55))
            ),
            PEAK,
        ),
    }
    written = []
    for name, (samples, level) in sounds.items():
        write(folder / name, samples, level)
        written.append(folder / name)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into")
    args = parser.parse_args()
    for path in make(args.out):
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
