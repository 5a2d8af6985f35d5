"""The commented first-run ``config.toml`` and ``docs/CONFIGURATION.md``.

Both are written from the settings' declarations (:data:`KEYS` in
:mod:`microbreak.core.settings`), so a new setting, bound or description shows
up in the file and the docs without further editing
(``scripts/gen_config_docs.py``; a test keeps the docs current).
"""

from __future__ import annotations

import textwrap

from microbreak.core.schema import SCHEMA_VERSION, toml_value
from microbreak.core.settings import BY_PATH, TABLES, keys_of
from microbreak.core.settings_data import SettingsProblem


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, 78, initial_indent="# ", subsequent_indent="# ")


def render_default_config() -> str:
    """The commented ``config.toml`` written on first run."""
    lines = [
        "# microbreak settings. Changes apply at once, whether made in Settings… (tray",
        "# menu) or here (when you save this file).",
        "# Every key is described in docs/CONFIGURATION.md. A value that is not allowed",
        "# (out of range, or of the wrong type) falls back to its default, not to the",
        "# nearest allowed value, and microbreak tells you which key and what it allows;",
        "# this file is left as you wrote it. Keys it does not know are kept.",
        f"schema_version = {SCHEMA_VERSION}",
    ]
    for table in TABLES:
        lines += ["", f"[{table}]"]
        for key in keys_of(table):
            doc = key.doc + (f" {key.range_note()}" if key.range_note() else "")
            lines += _comment(doc)
            lines.append(f"{key.name} = {toml_value(key.default)}")
    return "\n".join(lines) + "\n"


def render_markdown() -> str:
    """``docs/CONFIGURATION.md``."""
    example = BY_PATH["schedule.interval_minutes"]
    out = [
        "# Configuration",
        "",
        "<!-- Generated from the settings declared in microbreak/core/settings.py by",
        "     scripts/gen_config_docs.py; do not edit by hand. -->",
        "",
        "microbreak keeps its settings in `config.toml` in your user config folder",
        "(see the README's *Where files live*). It is created with commented defaults",
        "on first run; you can edit it by hand or use **Settings…** in the tray menu.",
        "",
        "- A value that is out of range or of the wrong type falls back to that key's",
        "  **default**, not to the nearest allowed value, and microbreak says so:",
        "",
        f"  > {SettingsProblem.of(example, 9999).message()}",
        "",
        "  The rest of the file is used as written, and the file is left as it is",
        "  until you fix it.",
        "- A file that does not parse is renamed `config.toml.broken-<timestamp>` and",
        "  microbreak starts on defaults, telling you where the old file is.",
        "- Keys microbreak does not know are kept (and reported, in case of a typo).",
        f"- `schema_version = {SCHEMA_VERSION}` marks the layout of the file. A file of",
        "  an older layout is moved on once, when microbreak starts, keeping your",
        "  comments and every value you set. From 1 to 2: `earliest_minutes` and",
        "  `latest_minutes` (smart timing's old window) are commented out; if you had",
        "  changed them (with smart timing on) and not `interval_minutes`, the interval",
        "  becomes the middle of your old window, rounded up (20 and 40 give 30).",
        "",
    ]
    for table in TABLES:
        out += [f"## `[{table}]`", "", "| key | type | default | allowed | meaning |"]
        out.append("|---|---|---|---|---|")
        for key in keys_of(table):
            allowed = key.allowed().replace("|", "\\|")
            out.append(
                f"| `{key.name}` | {key.kind.value} | `{toml_value(key.default)}` | "
                f"{allowed} | {key.doc} |"
            )
        out.append("")
    return "\n".join(out)
