"""Working days on the official Chinese calendar: public holidays off, make-up working days on.

The calendar comes from the maintained ``chinese-calendar`` package, which follows the State
Council's yearly notices. Each release covers the years announced when it was made (1.11.0:
2004–2026); the notice for a new year appears in November or December. A deadline that would need
a year the package does not cover is refused with :class:`CalendarNotCoveredError` rather than
guessed. Dates are taken in China's time zone, whatever the desktop's own is.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar

from commandpost.messages import QT_TRANSLATE_NOOP

CHINA = ZoneInfo("Asia/Shanghai")


class CalendarNotCoveredError(ValueError):
    """The official calendar for a year is not known to this CommandPost (``message``: why, to
    translate; ``str()``: in English)."""

    def __init__(self, day: date, first: int, last: int) -> None:
        self.message = QT_TRANSLATE_NOOP(
            "CoreIncidents",
            "the official holiday calendar known to this CommandPost covers {first}–{last}; "
            "{day} is outside it, so working days cannot be counted there. "
            "Install a newer CommandPost once the State Council has published that year's "
            "holidays, or give the task a limit in calendar days.",
        ).format(first=str(first), last=str(last), day=day)
        super().__init__(str(self.message))


@functools.cache  # the package's tables never change while running; this is asked per day
def covered_years() -> tuple[int, int]:
    """First and last year of the official calendar this installation knows."""
    days = [*chinese_calendar.holidays, *chinese_calendar.workdays]
    return min(days).year, max(days).year


def is_working_day(day: date) -> bool:
    first, last = covered_years()
    if not first <= day.year <= last:
        raise CalendarNotCoveredError(day, first, last)
    return bool(chinese_calendar.is_workday(day))


def add_working_days(start: datetime, count: int) -> datetime:
    """The same China-local clock time on the ``count``-th working day after ``start``'s day.

    The start day itself is not counted, working or not: a complaint received on Friday at 15:00
    with one working day to answer is due on Monday at 15:00 (or later, across a holiday).
    """
    if start.tzinfo is None:
        raise ValueError("start must carry a time zone")
    local = start.astimezone(CHINA)
    day = local.date()
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return datetime.combine(day, local.timetz()).astimezone(start.tzinfo)
