"""Key presses and pointer moves on KWin, through its ``org_kde_kwin_fake_input``.

KWin has no virtual-keyboard protocol (wtype says "Compositor does not
support the virtual keyboard protocol"), and its virtual backend has no
input devices, so a test that needs a person at the keyboard speaks KWin's
own fake-input protocol. KWin grants it only to trusted clients unless it
runs with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``, which the rig sets.

No Wayland library for Python is installed, and the four requests needed are
easy to write by hand. The wire format: each message is the object id (u32),
then ``size << 16 | opcode`` (u32, size including this 8-byte header), then
the arguments, each a u32/i32 or a string (its length with the NUL, then the
bytes padded to 4). Events arrive the same way.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass

DISPLAY_ID = 1
REGISTRY_ID = 2
# Opcodes, in the order the protocols' XML declares them.
DISPLAY_SYNC, DISPLAY_GET_REGISTRY = 0, 1
REGISTRY_BIND = 0
REGISTRY_GLOBAL = 0  # event
CALLBACK_DONE = 0  # event
DISPLAY_ERROR = 0  # event on wl_display
FAKE_AUTHENTICATE, FAKE_POINTER_MOTION, FAKE_KEYBOARD_KEY = 0, 1, 10
INTERFACE = "org_kde_kwin_fake_input"
KEYBOARD_SINCE = 4  # keyboard_key arrived in version 4
# Linux input event codes (linux/input-event-codes.h).
KEY_CODES = {"Escape": 1, "space": 57, "Return": 28, "F24": 194, "a": 30, "b": 48}


def _string(text: str) -> bytes:
    data = text.encode() + b"\0"
    return struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)


class WaylandError(Exception):
    """The compositor refused or lacks something the test needs."""


@dataclass
class FakeInput:
    """A connection to the compositor at ``display`` (a socket path)."""

    display: str

    def __post_init__(self) -> None:
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(10)
        self._sock.connect(self.display)
        self._buffer = b""
        # New object ids must come in order, with no gaps (the server checks).
        self._next_id = REGISTRY_ID + 1
        self._send(DISPLAY_ID, DISPLAY_GET_REGISTRY, struct.pack("=I", REGISTRY_ID))
        globals_ = self._roundtrip()
        found = [(name, version) for name, iface, version in globals_ if iface == INTERFACE]
        if not found:
            raise WaylandError(f"the compositor offers no {INTERFACE}")
        name, version = found[0]
        self._fake = self._new_id()
        if version < KEYBOARD_SINCE:
            raise WaylandError(f"{INTERFACE} version {version} has no keyboard_key")
        self._send(
            REGISTRY_ID,
            REGISTRY_BIND,
            struct.pack("=I", name)
            + _string(INTERFACE)
            + struct.pack("=II", KEYBOARD_SINCE, self._fake),
        )
        self._send(self._fake, FAKE_AUTHENTICATE, _string("microbreak tests") + _string("a person"))
        self._roundtrip()

    def key(self, name: str) -> None:
        """Press and release one key (by the names in ``KEY_CODES``)."""
        code = KEY_CODES[name]
        for state in (1, 0):  # pressed, released
            self._send(self._fake, FAKE_KEYBOARD_KEY, struct.pack("=II", code, state))
        self._roundtrip()

    def nudge(self) -> None:
        """Move the pointer by one pixel and back: input, without a click."""
        for delta in (256, -256):  # wl_fixed_t: 24.8 fixed point
            self._send(self._fake, FAKE_POINTER_MOTION, struct.pack("=ii", delta, 0))
        self._roundtrip()

    def close(self) -> None:
        self._sock.close()

    # -- the wire ---------------------------------------------------------------

    def _send(self, obj: int, opcode: int, args: bytes) -> None:
        self._sock.sendall(struct.pack("=II", obj, (8 + len(args)) << 16 | opcode) + args)

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _roundtrip(self) -> list[tuple[int, str, int]]:
        """wl_display.sync and wait for its done; the registry globals seen meanwhile."""
        # A fresh id for each callback: an id is free again only after the
        # compositor's delete_id, which follows the done event.
        callback = self._new_id()
        self._send(DISPLAY_ID, DISPLAY_SYNC, struct.pack("=I", callback))
        globals_: list[tuple[int, str, int]] = []
        while True:
            obj, opcode, args = self._event()
            if obj == callback and opcode == CALLBACK_DONE:
                return globals_
            if obj == DISPLAY_ID and opcode == DISPLAY_ERROR:
                _, code = struct.unpack_from("=II", args)
                message = args[12:].split(b"\0")[0].decode(errors="replace")
                raise WaylandError(f"protocol error {code}: {message}")
            if obj == REGISTRY_ID and opcode == REGISTRY_GLOBAL:
                name, length = struct.unpack_from("=II", args)
                iface = args[8 : 8 + length - 1].decode()
                (version,) = struct.unpack_from("=I", args, 8 + length + (-length % 4))
                globals_.append((name, iface, version))

    def _event(self) -> tuple[int, int, bytes]:
        while True:
            if len(self._buffer) >= 8:
                obj, word = struct.unpack_from("=II", self._buffer)
                size = word >> 16
                if len(self._buffer) >= size:
                    args = self._buffer[8:size]
                    self._buffer = self._buffer[size:]
                    return obj, word & 0xFFFF, args
            chunk = self._sock.recv(65536)
            if not chunk:
                raise WaylandError("the compositor closed the connection")
            self._buffer += chunk
