"""The one way microbreak reads a file it did not write itself (TOML, a picture).

``config.toml``, exercise files, their translations, a file to import: each
may be anything a person (or a mistake) put at that path. So a file is
opened without blocking and checked to be a regular file before a byte is
read (a FIFO named ``config.toml`` would otherwise hang the app for ever), it
may be at most :data:`MAX_TOML_BYTES` long, and whatever goes wrong parsing
it (a TOML error, text that is not UTF-8, nesting deep enough to exhaust
Python's recursion limit) comes back as one :class:`BadTomlFileError` naming the
file, never as a traceback.

Two kinds of failure, because callers treat them differently:
:class:`UnreadableFileError` (permissions, a folder or a FIFO in its place, too
large: the file may be fine, so it is left alone) and :class:`BadTomlFileError`
(its text is not valid TOML: a config that does not parse is set aside).
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path
from typing import Any

# Far above any real settings or exercise file (the shipped ones are under
# 12 KB), low enough that parsing one takes a fraction of a second.
MAX_TOML_BYTES = 1_000_000
# No setting or exercise is nested more than three deep; the checks walk the
# data recursively, so deeper data is refused here rather than fail there.
MAX_NESTING = 16


class TomlFileError(Exception):
    """A TOML file that cannot be used; ``str()`` names the file and says why.

    ``problem`` is the why alone, a phrase: "Permission denied", "not valid
    TOML: ... (at line 3, column 9)".
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} could not be read ({problem})")
        self.path = path
        self.problem = problem


class UnreadableFileError(TomlFileError):
    """The file could not be read at all: it may be fine, so leave it alone."""


class BadTomlFileError(TomlFileError):
    """The file was read but is not valid TOML (or not UTF-8, or nested too deeply)."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "something else"


def read_file_bytes(path: Path, limit: int = MAX_TOML_BYTES) -> bytes:
    """The bytes of the regular file at ``path`` (a link is followed); raise UnreadableFileError.

    Opened with O_NONBLOCK, so a FIFO or a device cannot block the caller,
    and checked with fstat on the open file, so what is checked is what is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFileError(path, exc.strerror or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFileError(path, f"{_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise UnreadableFileError(path, _too_large(st.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        # Read to the limit and one byte more: a file growing while it is read
        # is caught too.
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UnreadableFileError(path, exc.strerror or str(exc)) from exc
    finally:
        os.close(fd)
    if size > limit:
        raise UnreadableFileError(path, _too_large(size, limit))
    return b"".join(chunks)


def _too_large(size: int, limit: int) -> str:
    return f"{size} bytes long; microbreak reads files of up to {limit} bytes"


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse TOML text read from ``path``; raise BadTomlFileError for anything wrong with it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadTomlFileError(path, f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise BadTomlFileError(path, _too_deep()) from exc
    if _depth_over(data, MAX_NESTING):
        raise BadTomlFileError(path, _too_deep())
    return data


def _too_deep() -> str:
    return f"not usable: its values are nested more than {MAX_NESTING} levels deep"


def _depth_over(data: object, limit: int) -> bool:
    """Is ``data`` nested deeper than ``limit`` lists and tables? (no recursion)"""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return False


def read_toml(path: Path, limit: int = MAX_TOML_BYTES) -> tuple[str, dict[str, Any]]:
    """The text of a TOML file and what it says; raise UnreadableFileError or BadTomlFileError."""
    raw = read_file_bytes(path, limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadTomlFileError(path, f"not UTF-8 text: {exc}") from exc
    return text, parse_toml(text, path)
