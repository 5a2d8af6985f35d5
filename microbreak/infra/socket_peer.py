"""Which process is on the other end of a local socket (Linux, macOS; else unknown).

The control server shares its connections out per client process, so one
process holding or recycling many connections cannot crowd out another
(``microbreak status``). Unknown (Windows pipes, other systems) groups every
client together: the server then simply drops its oldest waiting client.
"""

from __future__ import annotations

import socket
import struct
import sys

# macOS <sys/un.h>: getsockopt(fd, SOL_LOCAL, LOCAL_PEERPID).
_SOL_LOCAL = 0
_LOCAL_PEERPID = 0x002


def peer_process(descriptor: int) -> int | None:
    """The peer's process id for a connected Unix socket descriptor, or None."""
    if descriptor < 0 or sys.platform == "win32":
        return None
    try:
        # fromfd duplicates the descriptor: closing the copy leaves Qt's open.
        with socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM) as copy:
            return _pid(copy)
    except (OSError, ValueError, struct.error):
        return None


def _pid(copy: socket.socket) -> int | None:
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is not None:  # Linux: struct ucred {pid, uid, gid}
        pid, _uid, _gid = struct.unpack("3i", copy.getsockopt(socket.SOL_SOCKET, peercred, 12))
    elif sys.platform == "darwin":
        (pid,) = struct.unpack("i", copy.getsockopt(_SOL_LOCAL, _LOCAL_PEERPID, 4))
    else:
        return None
    return int(pid) if pid > 0 else None
