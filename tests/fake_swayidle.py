"""Stands in for swayidle.

``fake_swayidle.py CONTROL_FIFO -w timeout N IDLE_CMD resume RESUME_CMD``

Runs IDLE_CMD or RESUME_CMD through ``sh -c`` (as swayidle does) for each
``idle`` or ``resume`` line the test writes to CONTROL_FIFO; ``exit`` ends it
with status 3, like a compositor without the idle protocol.
"""

from __future__ import annotations

import subprocess
import sys


def main() -> None:
    fifo, args = sys.argv[1], sys.argv[2:]
    assert args[:2] == ["-w", "timeout"], args
    idle_cmd, resume_cmd = args[3], args[5]
    assert args[4] == "resume", args
    with open(fifo, encoding="utf-8") as control:
        for line in control:
            word = line.strip()
            if word == "idle":
                subprocess.run(["sh", "-c", idle_cmd], check=True)
            elif word == "resume":
                subprocess.run(["sh", "-c", resume_cmd], check=True)
            elif word == "exit":
                # What swayidle says on a compositor without the idle protocol.
                print("Display doesn't support idle protocol", file=sys.stderr, flush=True)
                sys.exit(3)


if __name__ == "__main__":
    main()
