"""The ``microbreak`` command: start the tray app, or control the running one.

    microbreak                 start (or say it is already running)
    microbreak --self-check    check the install offscreen; exit 0 or say what is missing
    microbreak status [--json]
    microbreak break-now | skip | resume | quit
    microbreak settings | statistics | about    open that window of the running app
    microbreak snooze [MINUTES]
    microbreak pause [DURATION]   30m, 1h, 1h30m, tomorrow; none: until resume
    microbreak export-settings FILE | import-settings FILE

Exit codes: 0 done, 1 the app refused (the message says why), 2 bad usage,
3 microbreak is not running. Control commands never load Qt's GUI modules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from microbreak import __version__
from microbreak.core.control import MAX_SNOOZE_MINUTES, Request
from microbreak.core.durations import DurationError, parse_duration
from microbreak.infra.paths import RuntimeDirError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_NOT_RUNNING = 0, 1, 2, 3


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of minutes: give a whole number like 10"
        ) from None
    if not 1 <= value <= MAX_SNOOZE_MINUTES:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range: snooze for 1 to {MAX_SNOOZE_MINUTES} minutes"
        )
    return value


def _duration(text: str) -> str:
    if text.strip().lower() == "tomorrow":
        return "tomorrow"
    try:
        parse_duration(text)
    except DurationError as exc:
        raise argparse.ArgumentTypeError(f"{exc}, or 'tomorrow'") from None
    return text.strip().lower()


def build_parser() -> argparse.ArgumentParser:
    # Here, not at the top: a plain start never builds the parser (see main).
    from microbreak.settings_cli import add_settings_commands  # noqa: PLC0415
    from microbreak.stats_cli import add_stats_command  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="microbreak",
        description=(
            "A tray app that reminds you to take a short break every 30 to 60 minutes "
            "and walks you through seated desk exercises. With no command it starts the "
            "app; the commands control the app that is running."
        ),
        epilog="Exit codes: 0 done, 1 refused by the app, 2 bad usage, 3 not running.",
    )
    parser.add_argument("--version", action="version", version=f"microbreak {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check that settings, exercises, pictures, sounds and windows load "
        "(no display needed), then exit: 0 if all is well, 1 if something is missing",
    )
    # Internal: the self-check starts this in a child to try the real display.
    parser.add_argument("--probe-display", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = sub.add_parser("status", help="say what microbreak is doing")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    sub.add_parser("show", help="bring the running app's window forward")
    sub.add_parser("break-now", help="start a break now")
    snooze = sub.add_parser("snooze", help="postpone the coming (or current) break")
    snooze.add_argument(
        "minutes", nargs="?", type=_minutes, help="how long (default: your snooze setting)"
    )
    sub.add_parser("skip", help="skip the next break (during a break: end it)")
    pause = sub.add_parser("pause", help="pause reminders")
    pause.add_argument(
        "duration",
        nargs="?",
        type=_duration,
        help="30m, 1h, 1h30m (a week at most) or tomorrow; without it, until resume",
    )
    sub.add_parser("resume", help="resume reminders after a pause")
    sub.add_parser("quit", help="quit the running app")
    sub.add_parser("settings", help="open the settings dialog")
    sub.add_parser("statistics", help="open the statistics window (stats prints them here)")
    sub.add_parser("about", help="open the About window")
    add_stats_command(sub)
    add_settings_commands(sub)
    return parser


def _request(args: argparse.Namespace) -> Request:
    command: str = args.command
    if command == "snooze" and args.minutes is not None:
        return Request(command, {"minutes": args.minutes})
    if command == "pause" and args.duration is not None:
        return Request(command, {"duration": args.duration})
    return Request(command)


def _print_status(reply: dict[str, Any], as_json: bool) -> None:
    status = reply.get("status") or {}
    if as_json:
        print(json.dumps(status, indent=None, sort_keys=True))
        return
    print(status.get("headline") or reply.get("message", ""))
    if status.get("next_break_at"):
        print(f"Next break at {status['next_break_at'][11:16]}")
    if status.get("paused_until"):
        print(f"Paused until {status['paused_until'][:16].replace('T', ' ')}")


def control(args: argparse.Namespace) -> int:
    # Imported here: plain `microbreak --help` should not pay for the control channel.
    from microbreak.infra.ipc import NotRunningError, control_address, send_request  # noqa: PLC0415
    from microbreak.infra.paths import app_paths  # noqa: PLC0415

    try:
        reply = send_request(control_address(app_paths()), _request(args))
    except NotRunningError:
        print("microbreak is not running", file=sys.stderr)
        return EXIT_NOT_RUNNING
    except (TimeoutError, ValueError) as exc:
        print(f"microbreak did not answer properly: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if not reply.get("ok"):
        print(reply.get("message", "refused"), file=sys.stderr)
        return EXIT_REFUSED
    if args.command == "status":
        _print_status(reply, args.json)
    else:
        print(reply.get("message", "done"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args_list:
            # The plain start (a login, a menu): no parser, and none of the
            # commands' modules (stats, settings files) before the tray shows.
            return _start_app()
        return _run(build_parser().parse_args(args_list))
    except RuntimeDirError as exc:
        # Every command finds its folders first (app_paths): a message, not a traceback.
        print(f"microbreak: {exc}", file=sys.stderr)
        return EXIT_REFUSED


def _run(args: argparse.Namespace) -> int:
    if args.probe_display:
        from microbreak.display_check import probe_main  # noqa: PLC0415

        return probe_main()
    if args.self_check:
        from microbreak.self_check import run_self_check  # noqa: PLC0415

        return run_self_check()
    command = getattr(args, "run", None)
    if command is not None:  # a command run here, such as `stats`: no Qt, no app needed
        return int(command(args))
    if args.command is not None:
        return control(args)
    return _start_app()


def _start_app() -> int:
    # Imported only now: --version and --help must answer without loading Qt.
    from microbreak.ui.qt_import_speed import skip_source_reading  # noqa: PLC0415

    # Before the app's modules: PySide6 reads the source of each (about 15 ms saved).
    skip_source_reading()
    from microbreak.app.main import run  # noqa: PLC0415

    return run([sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())
