"""Durations as plans write them: ``20 s``, ``30 min``, ``2 h``, ``3 wd``, ``6 mo``, ``1 y``…

A duration stays symbolic (amount and unit) because working days, months and years have no fixed
length: only the calendar, at the moment a deadline is computed, turns them into a time.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from commandpost.messages import QT_TRANSLATE_NOOP


class Unit(Enum):
    SECONDS = "s"
    MINUTES = "min"
    HOURS = "h"
    DAYS = "d"
    WORKING_DAYS = "wd"
    MONTHS = "mo"
    YEARS = "y"


_SECONDS_PER_UNIT = {Unit.SECONDS: 1, Unit.MINUTES: 60, Unit.HOURS: 3600, Unit.DAYS: 86400}

_LABELS = {
    "zh": {
        Unit.SECONDS: "{n} 秒",
        Unit.MINUTES: "{n} 分钟",
        Unit.HOURS: "{n} 小时",
        Unit.DAYS: "{n} 天",
        Unit.WORKING_DAYS: "{n} 个工作日",
        Unit.MONTHS: "{n} 个月",
        Unit.YEARS: "{n} 年",
    },
    "en": {
        Unit.SECONDS: "{n} s",
        Unit.MINUTES: "{n} min",
        Unit.HOURS: "{n} h",
        Unit.DAYS: "{n} {days}",
        Unit.WORKING_DAYS: "{n} working {days}",
        Unit.MONTHS: "{n} {months}",
        Unit.YEARS: "{n} {years}",
    },
}

_PATTERN = re.compile(r"^\s*(\d+)\s*(s|min|h|d|wd|mo|y)\s*$")

_SYNTAX_HELP = QT_TRANSLATE_NOOP(
    "CorePlans",
    "a whole number and a unit: s, min, h, d, wd (working days), mo or y, e.g. '30 min'",
)


class DurationError(ValueError):
    """The text is not a duration; ``message`` says so translatably, ``str()`` in English."""

    def __init__(self, text: object) -> None:
        self.message = QT_TRANSLATE_NOOP(
            "CorePlans", "expected a duration ({help}), got {text}"
        ).format(help=_SYNTAX_HELP, text=repr(text))
        super().__init__(str(self.message))


@dataclass(frozen=True, slots=True)
class Duration:
    amount: int
    unit: Unit

    @classmethod
    def parse(cls, text: object) -> Duration:
        if isinstance(text, Duration):
            return text
        if isinstance(text, bool) or not isinstance(text, str):
            raise DurationError(text)
        match = _PATTERN.match(text)
        if match is None:
            raise DurationError(text)
        return cls(int(match.group(1)), Unit(match.group(2)))

    @property
    def fixed_seconds(self) -> int | None:
        """Length in seconds, or None for calendar-dependent units (wd, mo, y)."""
        per_unit = _SECONDS_PER_UNIT.get(self.unit)
        return None if per_unit is None else self.amount * per_unit

    def label(self, lang: str) -> str:
        """Human-readable form, e.g. '3 个工作日' or '3 working days'."""
        plural = self.amount != 1
        return _LABELS["zh" if lang == "zh" else "en"][self.unit].format(
            n=self.amount,
            days="days" if plural else "day",
            months="months" if plural else "month",
            years="years" if plural else "year",
        )

    def __str__(self) -> str:
        return f"{self.amount} {self.unit.value}"


def add_calendar_period(moment: datetime, period: Duration) -> datetime:
    """``moment`` plus a period counted on the plain calendar (s, min, h, d, mo, y).

    Months and years keep the day of the month, clamped to the month's last day (31 Jan + 1 mo is
    28 or 29 Feb). Working days need the official holiday calendar and are not accepted here.
    """
    seconds = period.fixed_seconds
    if seconds is not None:
        return moment + timedelta(seconds=seconds)
    if period.unit is Unit.WORKING_DAYS:
        raise ValueError("working days need the holiday calendar")
    months = period.amount * (12 if period.unit is Unit.YEARS else 1)
    year, month0 = divmod(moment.month - 1 + months, 12)
    year += moment.year
    day = min(moment.day, calendar.monthrange(year, month0 + 1)[1])
    return moment.replace(year=year, month=month0 + 1, day=day)
