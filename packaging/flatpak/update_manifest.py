"""Point the Flatpak manifest at a release's sdist: its GitHub release URL and sha256.

    uv build --sdist
    uv run python packaging/flatpak/update_manifest.py dist/microbreak-0.1.0.tar.gz

Flathub builds from a published archive with a checksum, never from a local
folder. The sdist is what gets attached to the GitHub release ``v<version>``,
so the URL follows from its file name and the checksum from its bytes. Run
this after building the release's sdist and copy the manifest to the Flathub
repository; the copy in this repository names the last sdist it was run on
(the sdist holds this manifest, so it cannot name its own checksum).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

MANIFEST = Path(__file__).resolve().parent / "io.github.microbreak.Microbreak.json"
RELEASES = "https://github.com/microbreak/microbreak/releases/download"
SDIST_NAME = re.compile(r"^microbreak-(?P<version>\d+(?:\.\d+)*(?:[a-z]+\d+)?)\.tar\.gz$")
APP_MODULE = "microbreak"


def release_url(version: str) -> str:
    return f"{RELEASES}/v{version}/microbreak-{version}.tar.gz"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def point_at(manifest: dict[str, Any], sdist: Path) -> dict[str, Any]:
    """The manifest with the app module's one source set to this sdist's release archive."""
    match = SDIST_NAME.match(sdist.name)
    if match is None:
        raise ValueError(f"{sdist.name} is not a microbreak sdist (microbreak-<version>.tar.gz)")
    app = next((m for m in manifest["modules"] if m.get("name") == APP_MODULE), None)
    if app is None:
        raise ValueError(f"the manifest has no {APP_MODULE!r} module")
    app["sources"] = [
        {"type": "archive", "url": release_url(match["version"]), "sha256": sha256_of(sdist)}
    ]
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sdist", type=Path, help="dist/microbreak-<version>.tar.gz")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    args = parser.parse_args(argv)
    if not args.sdist.is_file():
        print(f"no such file: {args.sdist}", file=sys.stderr)
        return 2
    manifest = json.loads(args.manifest.read_text(encoding="utf-8"))
    try:
        point_at(manifest, args.sdist)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    args.manifest.write_text(text, encoding="utf-8")
    source = next(m for m in manifest["modules"] if m["name"] == APP_MODULE)["sources"][0]
    print(f"{args.manifest.name}: {source['url']} sha256 {source['sha256']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
