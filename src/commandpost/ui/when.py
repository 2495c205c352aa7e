"""Dates and times on screen: a stored UTC moment shown as the user's local time, written the way
the chosen language writes it.

The shape: the moment is turned into local time by Python (``astimezone()``, which follows the
system's time zone and ``TZ``), and only the wording is Qt's: the application's default
:class:`QLocale`, set by :func:`commandpost.ui.i18n.install_translators` when the language is
chosen or switched. Chinese reads 2026年11月22日 14:03; English follows the system's English
conventions (its territory: 11/22/2026 2:03 PM in the US, 22/11/2026 14:03 in Britain), from
QLocale's short formats. Every form carries a four-digit year (QLocale's short English formats
often have two, which is ambiguous; they are widened here), or none at all when the date is today.

The forms the windows need: :func:`date_text` (a calendar date), :func:`date_time` (minutes, or
seconds for the audit trail), :func:`time_of_day`, and :func:`moment_text`, which gives only the
time for a moment today and the date with it otherwise.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat


class Patterns(NamedTuple):
    """QLocale format strings of one locale."""

    date: str
    month_day: str
    time: str
    time_seconds: str


_ZH = Patterns("yyyy年M月d日", "M月d日", "HH:mm", "HH:mm:ss")


def english_locale(system: QLocale | None = None) -> QLocale:
    """English as the system writes it: the system's own locale if it is an English one, else
    English in the system's territory (en_US where the territory has no English conventions)."""
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, system.territory())


@lru_cache(maxsize=16)
def _patterns(name: str) -> Patterns:
    locale = QLocale(name)
    if locale.language() == QLocale.Language.Chinese:
        return _ZH
    day = re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", locale.dateFormat(_SHORT))  # never a 2-digit year
    month_day = _without_year(day)
    clock = locale.timeFormat(_SHORT).replace("\u202f", " ")  # a space every font has
    with_seconds = re.sub(r"mm(?!:ss)", "mm:ss", clock, count=1)
    return Patterns(day, month_day, clock, with_seconds)


def _without_year(pattern: str) -> str:
    """A date pattern's day and month, without the year and the separator next to it."""
    trimmed = re.sub(r"^y+[^dMy]*|[^dMy]*y+$", "", pattern)
    if "y" in trimmed:  # the year in the middle: keep one of its separators
        trimmed = re.sub(r"y+[^dMy]*", "", trimmed)
    return trimmed.strip(" ,") or "MM-dd"


def patterns(locale: QLocale | None = None) -> Patterns:
    """The format strings used for ``locale`` (the application's default locale if None)."""
    return _patterns((locale if locale is not None else _locale()).name())


def _locale() -> QLocale:
    """The application's default locale; English when none was chosen (the "C" locale)."""
    chosen = QLocale()
    return english_locale() if chosen.language() == QLocale.Language.C else chosen


def _local(moment: datetime) -> datetime:
    return moment.astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def date_text(day: date | datetime | None) -> str:
    """A calendar date; a stored moment gives its local date. Empty for None."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = _local(day).date()
    return _locale().toString(_qdate(day), patterns().date)


def time_of_day(moment: datetime, seconds: bool = False) -> str:
    """The local time of day of a stored moment, "14:03" (or "14:03:07")."""
    local = _local(moment)
    chosen = patterns()
    return _locale().toString(_qtime(local), chosen.time_seconds if seconds else chosen.time)


def date_time(moment: datetime | None, seconds: bool = False) -> str:
    """The local date and time of a stored moment (with seconds for the audit trail). Empty for
    None."""
    if moment is None:
        return ""
    local = _local(moment)
    return f"{date_text(local.date())} {time_of_day(local, seconds)}"


def moment_text(moment: datetime | None, now: datetime) -> str:
    """Only the time for a moment of today; the day and month with it this year; the full date
    and time otherwise. Empty for None."""
    if moment is None:
        return ""
    local, today = _local(moment), _local(now).date()
    if local.date() == today:
        return time_of_day(local)
    if local.year != today.year:
        return date_time(local)
    day = _locale().toString(_qdate(local.date()), patterns().month_day)
    return f"{day} {time_of_day(local)}"
