"""Translated words for post-incident reviews: review and action statuses, the HSEEP scale with
the full meaning of each rating, and the numbers of the facts (spans, rates, dates).

Kept apart from the widgets so the review window, the open-actions tab and the dialogs say the
same thing the same way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from commandpost.ui import when
from commandpost.ui.incident_words import span_label

translate = QCoreApplication.translate
NONE_YET = "—"


def review_status_label(status: str) -> str:
    return {
        "draft": translate("ReviewWords", "draft"),
        "signed_off": translate("ReviewWords", "signed off"),
        "superseded": translate("ReviewWords", "superseded"),
    }.get(status, status)


def action_status_label(status: str) -> str:
    return {
        "open": translate("ReviewWords", "open"),
        "done": translate("ReviewWords", "done"),
    }.get(status, status)


def rating_meaning(rating: str) -> str:
    """The HSEEP rating in words, as the evaluation guide states it."""
    return {
        "P": translate("ReviewWords", "Performed without challenges"),
        "S": translate("ReviewWords", "Performed with some challenges"),
        "M": translate("ReviewWords", "Performed with major challenges"),
        "U": translate("ReviewWords", "Unable to be performed"),
    }.get(rating, rating)


def rating_label(rating: str) -> str:
    """ "P — Performed without challenges"; "not rated" for an empty rating."""
    if not rating:
        return translate("ReviewWords", "not rated")
    return f"{rating} — {rating_meaning(rating)}"


def optional_span(span: timedelta | None) -> str:
    """A length of time, or a dash when there is none (no warning, nothing done)."""
    return NONE_YET if span is None else span_label(span)


def rate_label(rate: float | None) -> str:
    """An on-time rate as a whole percentage; a dash when nothing was timed."""
    return NONE_YET if rate is None else f"{rate * 100:.0f} %"


def day_label(day: date | None) -> str:
    return when.date_text(day)


def stamp(moment: datetime | None) -> str:
    """A stored UTC time as local date and time of day, without seconds."""
    return when.date_time(moment)


def overdue(due: date | None, status: str, today: date) -> bool:
    """An open action past its due date."""
    return status == "open" and due is not None and due < today
