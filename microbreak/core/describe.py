"""Status in words, for the tray menu, its tooltip and the status window."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import datetime

from microbreak.core.cadence import around
from microbreak.core.escalation import Firmness, fewer_snoozes
from microbreak.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from microbreak.core.state import DEFER_REASONS, PauseReason, State, Status

# English here; translated where shown (the calls below name the same context).
_REASON_WORDS = {
    PauseReason.USER: QT_TRANSLATE_NOOP("describe", "paused by you"),
    PauseReason.IDLE: QT_TRANSLATE_NOOP("describe", "you are away"),
    PauseReason.SLEEP: QT_TRANSLATE_NOOP("describe", "the computer is asleep"),
    PauseReason.LOCKED: QT_TRANSLATE_NOOP("describe", "the screen is locked"),
    PauseReason.DO_NOT_DISTURB: QT_TRANSLATE_NOOP("describe", "do not disturb is on"),
    PauseReason.FULLSCREEN: QT_TRANSLATE_NOOP("describe", "a full-screen window is open"),
    PauseReason.CALL: QT_TRANSLATE_NOOP("describe", "you are in a call"),
    PauseReason.OUTSIDE_WORKING_HOURS: QT_TRANSLATE_NOOP("describe", "outside your working hours"),
}


def _reasons(reasons: Iterable[PauseReason]) -> str:
    return translate("describe", ", ").join(
        translate("describe", _REASON_WORDS[r]) for r in sorted(reasons)
    )


# How times and weekdays are written: 24-hour English until the app installs
# the locale's own (QLocale) with :func:`set_time_format`.
def english_time(when: datetime, seconds: bool) -> str:
    return when.strftime("%H:%M:%S" if seconds else "%H:%M")


def english_day(when: datetime) -> str:
    return when.strftime("%a")


_formats: dict[str, Callable[..., str]] = {"time": english_time, "day": english_day}


def _as_given(when: datetime) -> datetime:
    return when


# Which zone times are written in: the app's clock says (``Clock.local``, set
# by the composition root with :func:`set_local_time`); core never asks the
# system. Until then a time is written in the offset it carries.
_zone: dict[str, Callable[[datetime], datetime]] = {"local": _as_given}


def set_local_time(local: Callable[[datetime], datetime]) -> None:
    """Write times in the zone of the app's clock (``clock.local``)."""
    _zone["local"] = local


def local_time(when: datetime) -> datetime:
    """``when`` in the app's local zone, with the offset it has at that instant."""
    return _zone["local"](when)


def set_time_format(
    time_format: Callable[[datetime, bool], str], day_format: Callable[[datetime], str]
) -> None:
    """The app's locale-aware formatting of a local time and a short weekday."""
    _formats.update(time=time_format, day=day_format)


def clock_time(when: datetime, *, seconds: bool = False) -> str:
    # In the local zone at that instant: a time computed before a DST change
    # (with the old offset) still reads right after it.
    return str(_formats["time"](local_time(when), seconds))


def day_name(when: datetime) -> str:
    return str(_formats["day"](local_time(when)))


def rounded_minutes(seconds: float) -> int:
    """Whole minutes to the nearest ("2 min" for 2:04 and for 1:30, "3 min" from 2:30).

    Every span of a minute or more that the app describes is rounded this way:
    rounding up read "Next break in 3 min" with 2 min 4 s left. Under a minute
    the seconds are shown, so "0 min" is never said.
    """
    return math.floor(seconds / 60 + 0.5)


def in_words(seconds: float) -> str:
    """A span to the nearest minute, in seconds under one: "45 s", "12 min", "1 h 5 min"."""
    seconds = max(0, math.ceil(seconds - 1e-6))
    if seconds < 60:
        return translate("describe", "{n} s").format(n=seconds)
    minutes = rounded_minutes(seconds)
    if minutes < 60:
        return translate("describe", "{n} min").format(n=minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return translate("describe", "{h} h {m} min").format(h=hours, m=rest)
    return translate("describe", "{n} h").format(n=hours)


def time_spent(seconds: float) -> str:
    """Time already done, rounded down so it never claims more: "45 s", "1 min 8 s".

    (in_words rounds to the nearest minute, which is right for what is left and
    wrong for this.)
    """
    total = max(0, math.floor(seconds + 1e-6))
    if total < 60:
        return translate("describe", "{n} s").format(n=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs:
            return translate("describe", "{m} min {s} s").format(m=minutes, s=secs)
        return translate("describe", "{n} min").format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("describe", "{h} h {m} min").format(h=hours, m=minutes)
    return translate("describe", "{n} h").format(n=hours)


# Counted words take the catalogue's plural form for n (core.i18n): one form
# in Japanese, two in English, three in Polish ("2 minuty", "5 minut").
describe = Context("describe")


def _counted(n: int, unit: str) -> str:
    if unit == "second":
        return describe.tr("%n second(s)", "", n)
    if unit == "minute":
        return describe.tr("%n minute(s)", "", n)
    return describe.tr("%n hour(s)", "", n)


def in_full_words(seconds: float) -> str:
    """A span for a sentence, rounded as :func:`in_words`: "1 second", "30 seconds", "2 minutes"."""
    seconds = max(0, math.ceil(seconds - 1e-6))
    if seconds < 60:
        return _counted(seconds, "second")
    minutes = rounded_minutes(seconds)
    if minutes < 60:
        return _counted(minutes, "minute")
    hours, rest = divmod(minutes, 60)
    if not rest:
        return _counted(hours, "hour")
    return translate("describe", "{hours} {minutes}").format(
        hours=_counted(hours, "hour"), minutes=_counted(rest, "minute")
    )


def heads_up_title(seconds: float) -> str:
    """The heads-up's title: "Microbreak in 30 seconds", "Microbreak in 1 second"."""
    return translate("describe", "Microbreak in {time}").format(time=in_full_words(seconds))


def movement_heads_up_title(seconds: float) -> str:
    """A movement break's heads-up title: "Movement break in 30 seconds"."""
    return translate("describe", "Movement break in {time}").format(time=in_full_words(seconds))


def can_snooze(status: Status, *, strict: bool, max_snoozes: int) -> bool:
    """Would the engine take a snooze now? (Its own refusals, so nobody clicks into one.)

    ``max_snoozes`` 0 means unlimited.
    """
    if strict or status.state is State.PAUSED:
        return False
    # Gentle escalation offers fewer (core/escalation.py), as the engine counts them.
    limit = fewer_snoozes(max_snoozes, status.firmness.level)
    return limit == 0 or status.snoozes_used < limit


def skips_left(status: Status) -> bool:
    """Does the daily skip budget ([escalation] daily_skips) still allow a skip today?"""
    return status.skips_left != 0


def firmness_why(firmness: Firmness) -> str:
    """Why reminders are firmer, in one plain sentence ("" when they are not)."""
    if not firmness.firm:
        return ""
    run = firmness.skips + firmness.snoozes
    if run == 0:
        # Lowered by a break taken, not yet back to calm.
        return translate(
            "describe",
            "Breaks were put off earlier; each break you take makes the reminders calmer again.",
        )
    if firmness.snoozes == 0:
        return describe.tr(
            "You skipped the last %n break(s), so this one is a little firmer.", "", run
        )
    return describe.tr(
        "You put off breaks %n time(s) in a row, so this one is a little firmer.", "", run
    )


def headline(status: Status, now: datetime) -> str:
    """One short line: "Next break in 12 min"."""
    match status.state:
        case State.ON_BREAK:
            return translate("describe", "On a break")
        case State.PAUSED if status.deferred:
            busy = sorted(status.pause_reasons & DEFER_REASONS)
            return translate("describe", "Break waiting: {reasons}").format(reasons=_reasons(busy))
        case State.PAUSED:
            until = status.paused_until
            if until is not None:
                if local_time(until).date() != local_time(now).date():
                    return translate("describe", "Paused until {day} {time}").format(
                        day=day_name(until), time=clock_time(until)
                    )
                return translate("describe", "Paused until {time}").format(time=clock_time(until))
            if PauseReason.USER in status.pause_reasons:
                return translate("describe", "Paused until you resume")
            return translate("describe", "Paused: {reasons}").format(
                reasons=_reasons(status.pause_reasons)
            )
        case _:
            assert status.next_break_at is not None
            left = in_words((status.next_break_at - now).total_seconds())
            if status.state is State.HEADS_UP:
                return translate("describe", "Break in {time}").format(time=left)
            if status.state is State.SNOOZED:
                return translate("describe", "Snoozed: break in {time}").format(time=left)
            earliest = status.earliest_break_at
            if earliest is not None:
                # Smart timing: the interval is the rhythm, a pause in typing
                # picks the moment near it, so name the middle of the window.
                if earliest > now:
                    middle = around(earliest, status.next_break_at)
                    # "about 59 s" reads oddly: an approximate time is in minutes.
                    about = in_words(max(60.0, (middle - now).total_seconds()))
                    return translate(
                        "describe", "Next break in about {time}, at a pause in your typing"
                    ).format(time=about)
                return translate("describe", "Break at your next pause (by {time})").format(
                    time=clock_time(status.next_break_at)
                )
            return translate("describe", "Next break in {time}").format(time=left)


def tooltip(status: Status, now: datetime) -> str:
    """The tray tooltip: the exact time, so the icon itself need not change often."""
    line = headline(status, now)
    if status.next_break_at is not None:
        exact = clock_time(status.next_break_at, seconds=True)
        if status.earliest_break_at is not None:
            # A pause in typing may bring it sooner: this is the latest.
            line += " " + translate("describe", "(by {time})").format(time=exact)
        else:
            line += " " + translate("describe", "(at {time})").format(time=exact)
    if why := firmness_why(status.firmness):
        line += "\n" + why
    return f"microbreak\n{line}"


def progress(status: Status, now: datetime) -> float:
    """How far through the current interval, 0.0 to 1.0 (1.0 on a break)."""
    if status.state is State.ON_BREAK:
        return 1.0
    if status.next_break_at is None:
        return 0.0
    total = (status.next_break_at - status.interval_started_at).total_seconds()
    if total <= 0:
        return 1.0
    done = (now - status.interval_started_at).total_seconds()
    return min(1.0, max(0.0, done / total))
