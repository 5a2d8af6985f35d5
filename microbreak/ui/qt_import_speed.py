"""PySide6's look at every module imported after it, made cheap.

Once PySide6 is loaded, shiboken's import hook asks of each module imported
(or named in an ``import`` statement) for the first time whether its source
mentions "PySide6": the default for PySide's ``from __feature__ import ...``
switches (``shibokensupport.feature._mod_uses_pyside``, the same function
from PySide6 6.8 to 6.11). It asks through ``inspect.getsource``: linecache,
tokenize's encoding detection, the file split into lines and joined again,
about 20 ms for the ~250 modules a start of the app meets, and every one of
those files left in linecache for the life of the process (3.4 MB of text).

:func:`skip_source_reading` answers the same question from the file's bytes
(``b"PySide6" in`` them: the same answer for any source in an ASCII-based
encoding, which Python source is), and leaves anything without a readable
``.py`` file (builtins, extension modules, a frozen bundle's archive) to
PySide6's own function. microbreak never uses ``__feature__``; the answer is
kept right all the same, for any module that does.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import PySide6.QtCore  # noqa: F401  (installs the import hook this module speeds up)

log = logging.getLogger(__name__)

_FEATURE_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def uses_pyside_from_bytes(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file mentions PySide6, read as bytes."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def skip_source_reading() -> bool:
    """Put the byte-reading answer in place of PySide6's; True if done.

    A PySide6 without that private function (a later release) is left as it
    is: only the start-up is slower.
    """
    feature: Any = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _HOOK, None)
    if not callable(original):
        log.debug("%s.%s not found; PySide6's module scan left as it is", _FEATURE_MODULE, _HOOK)
        return False
    if getattr(original, "_microbreak", False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        return uses_pyside_from_bytes(module, original)

    mod_uses_pyside._microbreak = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, mod_uses_pyside)
    return True
