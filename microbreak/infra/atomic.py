"""Atomic file writes: a reader (or a crash) sees the old file or the new, never half."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, make_folders: bool = True) -> None:
    """Replace ``path`` with ``data`` via a temp file, fsync and rename.

    An existing file keeps its permission bits (a config the user made
    private stays private; mkstemp alone would leave every file 0600).
    A symbolic link stays a link: the file it points to (through any chain
    of links, even one not there yet) is the one replaced, atomically in its
    own folder. A config.toml linked into a dotfiles repository would
    otherwise be cut loose, and the repository keep the old settings.

    ``make_folders=False`` for a file the person named (an export): a folder
    that is not there is their mistake to see, not one to make for them.
    """
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if make_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # Make the rename itself durable; not possible (nor needed) on Windows.
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
