"""Files only their owner may read: the break history, the log, exports.

What a person did all day (and the log that mentions it) is nobody else's
business on a shared machine, so these are created 0600 in 0700 folders, and
files an older version left 0644 are tightened when the app starts. Windows
keeps permissions in ACLs (a user's own profile is private already): there
these do nothing.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_POSIX = sys.platform != "win32"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) and take every bit from group and others."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    tighten(path)


def tighten(path: Path) -> None:
    """Take the group and other bits off an existing file or folder; never raises.

    Only takes bits away: a file the person made read-only stays read-only.
    A file that is not there is nothing to do; one owned by someone else
    (root's copy, say) is logged and left.
    """
    if not _POSIX:
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("cannot make %s private: %s", path, exc)


def create_private(path: Path) -> bool:
    """Create ``path`` empty and 0600 if it is not there; True if this call made it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True
