"""Working-day deadlines against the State Council's holiday notices, make-up days included."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from commandpost.incident.deadlines import due_at
from commandpost.incident.workdays import (
    CHINA,
    CalendarNotCoveredError,
    add_working_days,
    covered_years,
    is_working_day,
)
from commandpost.plan.durations import Duration


def china(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CHINA)


# From the notices themselves: National Day and Mid-Autumn 2025 (1–8 Oct off; Sun 28 Sep and
# Sat 11 Oct worked), Spring Festival 2026 (15–23 Feb off; Sat 14 Feb and Sat 28 Feb worked),
# National Day 2026 (1–7 Oct off; Sun 20 Sep and Sat 10 Oct worked).
@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 9, 28), True),  # a Sunday, worked to make up for the holiday
        (date(2025, 10, 1), False),
        (date(2025, 10, 8), False),  # a Wednesday inside the holiday
        (date(2025, 10, 11), True),  # a Saturday, worked
        (date(2026, 2, 14), True),  # a Saturday, worked
        (date(2026, 2, 16), False),  # a Monday in the Spring Festival holiday
        (date(2026, 2, 23), False),
        (date(2026, 2, 28), True),  # a Saturday, worked
        (date(2026, 9, 20), True),  # a Sunday, worked
        (date(2026, 10, 10), True),  # a Saturday, worked
        (date(2026, 3, 7), False),  # an ordinary Saturday
    ],
)
def test_official_holidays_and_make_up_days(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_one_working_day_from_friday_afternoon_is_monday_afternoon() -> None:
    assert due_at(china(2026, 3, 6, 15, 0), Duration.parse("1 wd")) == china(2026, 3, 9, 15, 0)


def test_three_working_days_across_national_day_count_the_make_up_saturday() -> None:
    # Declared Tue 30 Sep 2025 10:00: 1–8 Oct are off, Thu 9, Fri 10 and Sat 11 Oct are worked.
    assert due_at(china(2025, 9, 30, 10, 0), Duration.parse("3 wd")) == china(2025, 10, 11, 10, 0)


def test_ten_working_days_across_the_spring_festival() -> None:
    # Received Fri 13 Feb 2026 09:30. Worked: Sat 14; 24–27 Feb, Sat 28 Feb; 2, 3, 4, 5 Mar.
    assert due_at(china(2026, 2, 13, 9, 30), Duration.parse("10 wd")) == china(2026, 3, 5, 9, 30)


def test_a_start_on_a_holiday_counts_from_the_next_working_day() -> None:
    assert due_at(china(2026, 10, 3, 20, 0), Duration.parse("1 wd")) == china(2026, 10, 8, 20, 0)


def test_the_day_is_taken_in_china_whatever_the_time_zone_given() -> None:
    # 16:30 UTC on Fri 6 Mar is 00:30 on Sat 7 Mar in China: one working day later is Mon 9 Mar.
    start = datetime(2026, 3, 6, 16, 30, tzinfo=UTC)
    assert add_working_days(start, 1) == china(2026, 3, 9, 0, 30)
    assert add_working_days(start, 1).tzinfo is UTC


def test_clock_limits_are_plain_time() -> None:
    start = china(2026, 2, 14, 23, 50)
    assert due_at(start, Duration.parse("30 min")) == china(2026, 2, 15, 0, 20)
    assert due_at(start, Duration.parse("2 h")) == china(2026, 2, 15, 1, 50)
    assert due_at(start, Duration.parse("1 d")) == china(2026, 2, 15, 23, 50)


def test_a_year_the_calendar_does_not_cover_is_refused_plainly() -> None:
    first, last = covered_years()
    assert first <= 2025 and last >= 2026
    with pytest.raises(CalendarNotCoveredError, match=rf"covers {first}–{last}"):
        due_at(china(last, 12, 30, 9, 0), Duration.parse("10 wd"))


def test_a_naive_start_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        due_at(datetime(2026, 3, 6, 15, 0), Duration.parse("1 wd"))
