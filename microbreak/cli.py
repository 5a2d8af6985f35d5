"""The ``microbreak`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from microbreak import __version__
from microbreak.stats_cli import add_stats_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="microbreak",
        description=(
            "A tray app that reminds you to take a short break every 30 to 60 minutes "
            "and walks you through seated desk exercises."
        ),
    )
    parser.add_argument("--version", action="version", version=f"microbreak {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_stats_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    parsed = build_parser().parse_args(args)
    command = getattr(parsed, "run", None)
    if command is not None:  # a sub-command such as `stats`: no Qt, no tray
        return int(command(parsed))
    # Imported only now: --version and --help must answer without loading Qt.
    from microbreak.app import run  # noqa: PLC0415

    return run([sys.argv[0], *args])


if __name__ == "__main__":
    sys.exit(main())
