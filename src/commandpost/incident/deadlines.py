"""When a plan's time limit falls due, counted from a start (the declaration or a phase start)."""

from __future__ import annotations

from datetime import datetime

from commandpost.incident.workdays import add_working_days
from commandpost.plan.durations import Duration, Unit, add_calendar_period


def due_at(start: datetime, within: Duration) -> datetime:
    """``start`` plus a plan duration; working days follow the official Chinese calendar."""
    if start.tzinfo is None:
        raise ValueError("start must carry a time zone")
    if within.unit is Unit.WORKING_DAYS:
        return add_working_days(start, within.amount)
    return add_calendar_period(start, within)
