"""Spoken guidance through QtTextToSpeech, loaded only when asked for.

Off by default. The first :meth:`Speaker.probe` imports QtTextToSpeech and
starts an engine; "no engine" (none installed, or it fails to start) is
reported as a reason a person can act on, so the option can be shown disabled
with that reason instead of failing silently or noisily. Qt's "mock" engine,
which some builds ship for Qt's own tests, says nothing and does not count.
"""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from microbreak.infra.sound import quiet_multimedia_logs

log = logging.getLogger(__name__)

NOT_ENGINES = frozenset({"mock"})
RECENT = 20


def install_hint() -> str:
    if sys.platform.startswith("linux"):
        return "Install speech-dispatcher (and a voice such as espeak-ng), then restart microbreak."
    if sys.platform == "darwin":
        return "Check the spoken content settings in System Settings."
    return "Check the speech settings of your system."


class SpeechUnavailableError(Exception):
    """No usable speech engine; the message says why, for a person."""


class SpeechEngine(Protocol):
    def say(self, text: str) -> None:
        """Stop whatever is being said and say this."""

    def speaking(self) -> bool: ...

    def stop(self) -> None: ...

    def set_language(self, name: str) -> None:
        """Say what comes next in ``name`` ("de_DE", "pt_BR", "en"), if a voice has it."""

    def failed(self) -> str | None:
        """Why the engine stopped working, if it did."""


EngineFactory = Callable[[], SpeechEngine]
# Why no engine can start, found without starting one (None: one may).
Precheck = Callable[[], str | None]


@dataclass(frozen=True)
class SpeechStatus:
    available: bool
    reason: str = ""


class QtSpeechEngine:
    def __init__(self, tts: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415

        assert isinstance(tts, QTextToSpeech)
        self._tts = tts
        self._states = QTextToSpeech.State

    def say(self, text: str) -> None:
        self._tts.say(text)

    def speaking(self) -> bool:
        return self._tts.state() in (self._states.Speaking, self._states.Synthesizing)

    def stop(self) -> None:
        self._tts.stop()

    def set_language(self, name: str) -> None:
        # The engine starts in the locale of the moment it was made: a voice
        # loaded in an English break would read a later German break's German
        # words in English.
        from PySide6.QtCore import QLocale  # noqa: PLC0415

        wanted = QLocale(name)
        if self._tts.locale().language() == wanted.language():
            return
        locales = self._tts.availableLocales()
        same = [loc for loc in locales if loc.language() == wanted.language()]
        exact = [loc for loc in same if loc.territory() == wanted.territory()]
        if not same:
            log.info("no voice for %s: speaking in %s", name, self._tts.locale().name())
            return
        self._tts.setLocale((exact or same)[0])

    def failed(self) -> str | None:
        if self._tts.state() is self._states.Error:
            return self._tts.errorString() or "the speech engine reported an error"
        return None


def qt_speech_engine() -> SpeechEngine:
    """Import QtTextToSpeech now and start the first engine that works."""
    quiet_multimedia_logs()
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
    except ImportError as exc:
        raise SpeechUnavailableError(f"Qt's speech module cannot be loaded ({exc}).") from exc
    engines = [e for e in QTextToSpeech.availableEngines() if e not in NOT_ENGINES]
    if not engines:
        raise SpeechUnavailableError("No speech engine is installed. " + install_hint())
    problems = []
    for name in engines:
        tts = QTextToSpeech(name)
        if tts.state() is not QTextToSpeech.State.Error:
            return QtSpeechEngine(tts)
        problems.append(f"{name}: {tts.errorString() or 'does not start'}")
        tts.deleteLater()
    raise SpeechUnavailableError(
        f"The speech engine could not start ({'; '.join(problems)}). " + install_hint()
    )


def speech_library_missing() -> str | None:
    """On Linux, Qt speaks through speech-dispatcher's library: without it, no engine.

    Found by the library's name (no Qt module loaded, no daemon spawned), so
    the break window can show Read aloud disabled from the start. Elsewhere
    the system's own engine is always there; only starting it can tell.
    """
    if sys.platform.startswith("linux") and not linker_finds("speechd"):
        return "No speech engine is installed. " + install_hint()
    return None


def linker_finds(name: str) -> bool:
    """Whether the dynamic linker knows ``lib<name>.so``: its cache
    (``/etc/ld.so.cache``, what ``ldconfig -p`` lists) read directly, or a
    folder of ``LD_LIBRARY_PATH``. ``ctypes.util.find_library`` asks the same
    by running ldconfig and a compiler: 35 ms, on the path of a break that
    opens unannounced. Without a cache file (not glibc), it is asked after all.
    """
    try:
        cache = Path("/etc/ld.so.cache").read_bytes()
    except OSError:
        # Imported only here: ctypes.util brings subprocess, about 4 ms of a start.
        import ctypes.util  # noqa: PLC0415

        return ctypes.util.find_library(name) is not None
    if f"lib{name}.so".encode() in cache:
        return True
    folders = os.environ.get("LD_LIBRARY_PATH", "").split(":")
    return any(glob.glob(os.path.join(f, f"lib{name}.so*")) for f in folders if f)


def _nothing_known() -> str | None:
    return None


class Speaker:
    """Says steps and counts. Never raises; once the engine fails, stays quiet.

    ``precheck`` goes with the Qt engine by default; a factory given in its
    place (tests, another engine) is judged only by starting it.
    """

    def __init__(
        self, engine_factory: EngineFactory = qt_speech_engine, precheck: Precheck | None = None
    ) -> None:
        self._factory = engine_factory
        if precheck is None:
            precheck = (
                speech_library_missing if engine_factory is qt_speech_engine else _nothing_known
            )
        self._precheck = precheck
        self._prechecked = False
        self._engine: SpeechEngine | None = None
        self._status: SpeechStatus | None = None
        self._language: str | None = None  # what is said next is in it (None: as the engine)
        # The last few things handed to the engine (bounded: the app runs for days).
        self.recent: deque[str] = deque(maxlen=RECENT)

    @property
    def probed(self) -> bool:
        return self._status is not None

    def known_status(self) -> SpeechStatus | None:
        """The status if known without starting an engine: probed, or surely missing."""
        if self._status is None and not self._prechecked:
            self._prechecked = True
            try:
                missing = self._precheck()
            except Exception as exc:  # a check that fails knows nothing
                log.debug("speech precheck failed: %s", exc)
                missing = None
            if missing is not None:
                self._status = SpeechStatus(False, missing)
                log.info("spoken guidance is not available: %s", missing)
        return self._status

    def probe(self) -> SpeechStatus:
        if self._status is None:
            try:
                self._engine = self._factory()
                self._status = SpeechStatus(True)
            except Exception as exc:  # any failure means: no voice
                self._status = SpeechStatus(False, str(exc) or "The speech engine failed.")
                log.warning("spoken guidance is not available: %s", self._status.reason)
        return self._status

    def speak_in(self, language: str) -> None:
        """What is said from now on is in ``language`` (a locale name: "de_DE", "en")."""
        self._language = language

    def say(self, text: str, *, count: bool = False) -> None:
        engine = self._engine
        if engine is None or not self.probe().available:
            return
        try:
            problem = engine.failed()
            if problem is not None:
                raise SpeechUnavailableError(problem)
            if self._language is not None:
                engine.set_language(self._language)
            if count and engine.speaking():
                return  # a late count would mislead; the next one comes in a second
            engine.say(text)
            self.recent.append(text)
        except Exception as exc:
            self._engine = None
            self._status = SpeechStatus(False, f"The speech engine stopped working ({exc}).")
            log.warning("spoken guidance stopped: %s", exc)

    def stop(self) -> None:
        if self._engine is not None:
            try:
                self._engine.stop()
            except Exception as exc:
                log.warning("could not stop speech: %s", exc)
