"""``microbreak export-settings FILE`` and ``microbreak import-settings FILE``.

Neither needs the app running nor loads Qt. An import is checked in full
before anything is replaced: one value that is not allowed and nothing
changes. The file it replaces is kept as ``config.toml.before-import``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from microbreak.infra.atomic import write_atomic
from microbreak.infra.config_store import (
    SettingsFileError,
    export_settings,
    import_settings,
    read_settings_file,
)
from microbreak.infra.safe_read import UnreadableFileError, read_file_bytes

EXIT_OK, EXIT_REFUSED = 0, 1
# The copy kept before an import is bytes, never parsed: only a FIFO or a
# device needs refusing, and a file too big to be copied at all.
MAX_KEPT_BYTES = 1 << 30


def add_settings_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export-settings",
        help="copy your settings (config.toml, comments and all) to FILE",
        description="Copy your settings to FILE, to keep or to use on another computer.",
    )
    export.add_argument("file", metavar="FILE", type=Path)
    export.set_defaults(run=run_export)
    imp = commands.add_parser(
        "import-settings",
        help="replace your settings with FILE, if every value in it is allowed",
        description=(
            "Check FILE in full and, only if every value is allowed, make it your "
            "config.toml. The old one is kept as config.toml.before-import. "
            "A running microbreak notices the new file and uses it at once."
        ),
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.set_defaults(run=run_import)


def _config_file() -> Path:
    # Imported here: `microbreak --version` must not need platformdirs.
    from microbreak.infra.paths import app_paths  # noqa: PLC0415

    return app_paths().config_file


def run_export(args: argparse.Namespace) -> int:
    config = _config_file()
    target: Path = args.file
    try:
        export_settings(config, target)
    except SettingsFileError as exc:
        # The source failed, not the target (which is left untouched).
        print(f"Nothing was exported: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"could not write {target}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED
    where = config if config.exists() else "the defaults (no settings saved yet)"
    print(f"Settings exported from {where} to {target}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    config = _config_file()
    source: Path = args.file
    try:
        read_settings_file(source)  # checked before anything is touched
        if config.exists():
            kept = config.with_name(config.name + ".before-import")
            try:
                write_atomic(kept, read_file_bytes(config, limit=MAX_KEPT_BYTES))
            except UnreadableFileError as exc:
                raise SettingsFileError(
                    f"{exc}, so it could not be kept as {kept.name} first"
                ) from exc
        import_settings(source, config)
    except SettingsFileError as exc:
        print(f"Nothing was imported. {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else f" (writing {config})"
        print(f"Nothing was imported: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Settings imported from {source} into {config}. A running microbreak uses them at once.")
    return EXIT_OK
