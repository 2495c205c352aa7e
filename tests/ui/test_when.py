"""Dates and times on screen: a stored UTC moment is shown as local time (the test sets the time
zone), in the chosen language's way of writing it, always with a four-digit year."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from commandpost.ui import when
from commandpost.ui.incident_words import clock_time, full_time

MOMENT = datetime(2026, 11, 22, 6, 3, 7, tzinfo=UTC)
"""14:03:07 in Beijing, 06:03:07 in London (winter), 01:03:07 in New York."""


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Put the process in a time zone for the test (TZ), and back afterwards."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def locale() -> Iterator[Callable[[str], None]]:
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.c())


def test_chinese_reads_year_month_day_in_beijing_time(
    zone: Callable[[str], None], locale: Callable[[str], None]
) -> None:
    zone("Asia/Shanghai")
    locale("zh_CN")
    assert when.date_text(MOMENT) == "2026年11月22日"
    assert when.date_time(MOMENT) == "2026年11月22日 14:03"
    assert when.date_time(MOMENT, seconds=True) == "2026年11月22日 14:03:07"
    assert when.time_of_day(MOMENT) == "14:03"
    assert when.date_text(date(2027, 1, 5)) == "2027年1月5日"  # a calendar date stays as it is


def test_english_follows_the_territory_and_never_has_a_two_digit_year(
    zone: Callable[[str], None], locale: Callable[[str], None]
) -> None:
    zone("America/New_York")
    locale("en_US")
    assert when.date_time(MOMENT) == "11/22/2026 1:03 AM"
    assert when.date_time(MOMENT, seconds=True) == "11/22/2026 1:03:07 AM"
    locale("en_GB")
    zone("Europe/London")
    assert when.date_time(MOMENT) == "22/11/2026 06:03"
    for name in ("en_US", "en_AU", "en_IN", "en_SG", "en_CA"):
        locale(name)
        assert "2026" in when.date_text(MOMENT), name
        assert not re.search(r"\b26\b", when.date_time(MOMENT)), name


def test_a_moment_stored_as_utc_shows_in_the_local_zone(
    zone: Callable[[str], None], locale: Callable[[str], None]
) -> None:
    locale("zh_CN")
    late = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)
    zone("Asia/Shanghai")
    assert when.date_time(late) == "2026年11月23日 01:30"  # already the next day in Beijing
    assert when.date_text(late) == "2026年11月23日"
    zone("Europe/Berlin")
    assert when.date_time(late) == "2026年11月22日 18:30"
    zone("UTC")
    assert full_time(late) == "2026年11月22日 17:30:00"


def test_only_the_time_for_today_the_month_and_day_this_year(
    zone: Callable[[str], None], locale: Callable[[str], None]
) -> None:
    zone("Asia/Shanghai")
    locale("zh_CN")
    same_day = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # 20:00 the same day in Beijing
    assert when.moment_text(MOMENT, same_day) == "14:03"
    assert clock_time(MOMENT, datetime(2026, 12, 1, tzinfo=UTC)) == "11月22日 14:03"
    assert when.moment_text(MOMENT, datetime(2027, 1, 3, tzinfo=UTC)) == "2026年11月22日 14:03"
    assert when.moment_text(None, MOMENT) == ""
    locale("en_US")
    assert when.moment_text(MOMENT, datetime(2026, 12, 1, tzinfo=UTC)) == "11/22 2:03 PM"


def test_english_chosen_in_the_application_follows_the_system(
    zone: Callable[[str], None], use_language: Callable[[str], None]
) -> None:
    zone("Asia/Shanghai")
    use_language("en")
    expected = when.english_locale()
    assert QLocale().name() == expected.name()
    assert "2026" in when.date_time(MOMENT) and "2:03" in when.date_time(MOMENT)
    use_language("zh")
    assert when.date_time(MOMENT) == "2026年11月22日 14:03"


def test_english_is_the_systems_own_english_or_english_in_its_territory() -> None:
    assert when.english_locale(QLocale("en_GB")).name() == "en_GB"
    assert when.english_locale(QLocale("de_DE")).name() == "en_DE"
    assert when.english_locale(QLocale("zh_CN")).language() == QLocale.Language.English
