"""Write docs/CONFIGURATION.md from the settings declared in microbreak/core/settings.py.

    uv run python scripts/gen_config_docs.py

tests/test_settings_schema.py fails when the file is out of date.
"""

from __future__ import annotations

from pathlib import Path

from microbreak.core.config_docs import render_markdown

TARGET = Path(__file__).resolve().parents[1] / "docs" / "CONFIGURATION.md"

if __name__ == "__main__":
    TARGET.write_text(render_markdown(), encoding="utf-8")
    print(f"wrote {TARGET}")
