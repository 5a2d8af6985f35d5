"""The built wheel, installed (not editable) into a fresh venv, finds its resources.

In a checkout, resources/ is found beside the package; in a wheel it must be
inside it (pyproject's force-include). This builds the wheel, installs it
without dependencies (offline, fast: nothing here needs Qt) and runs the
installed ``microbreak --version`` and a resource check from outside the
source tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from microbreak import __version__

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import microbreak, pathlib, sys
from microbreak.infra.resources import (
    resources_root, builtin_exercises_dir, load_exercises, icon_path)
root = resources_root()
assert 'site-packages' in str(root), root
catalog = load_exercises(builtin_exercises_dir())
assert not catalog.errors, catalog.errors
assert len(catalog.exercises) >= 5, sorted(catalog.exercises)
assert all(p.is_file() for paths in catalog.pictures.values() for p in paths)
assert icon_path('microbreak.svg').is_file()
# The compiled catalogues and the exercises' translations ship too.
assert (root / 'translations' / 'microbreak_de.qm').is_file()
assert (root / 'translations' / 'microbreak_ja.qm').is_file()
german = load_exercises(builtin_exercises_dir(), language='de').exercises
assert german['shoulder-rolls'].name == 'Schulterkreisen'
print('resources ok', len(catalog.exercises), root)
"""


@pytest.mark.slow
def test_installed_wheel_runs_and_finds_its_resources(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("needs uv to build the wheel (the README's set-up installs it)")
    dist = tmp_path / "dist"
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheels = list(dist.glob("microbreak-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheels[0])],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # Run from an empty folder so the checkout's resources/ cannot be picked up.
    version = subprocess.run(
        [str(bindir / "microbreak"), "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert version.stdout.strip() == f"microbreak {__version__}"
    as_module = subprocess.run(
        [str(python), "-m", "microbreak", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert as_module.stdout.strip() == f"microbreak {__version__}"
    check = subprocess.run(
        [str(python), "-c", CHECK],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("resources ok")
