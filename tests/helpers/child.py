"""Python code run in a process of its own, as the tests that need a fresh interpreter do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping


def run_python(code: str, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new Python with ``env``; it must exit 0 (else its stderr says why)."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result
