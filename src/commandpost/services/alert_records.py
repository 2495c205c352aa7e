"""Plain records the alert and drill services return (no database rows leave the services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class AlertInfo:
    """One recorded alert. ``audience`` says who it is for: the ``department``'s liaisons, its
    ``department_head``, the ``command_group``, or the ``admin``; leads see every alert."""

    id: int
    key: str
    kind: str
    audience: str
    due_at: datetime
    recorded_at: datetime
    incident_id: int | None
    task_id: int | None
    department: str | None
    data: dict[str, Any]
    acknowledged_at: datetime | None
    acknowledged_by: str | None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def is_drill(self) -> bool:
        return bool(self.data.get("is_drill"))

    def title(self, lang: str) -> str:
        """What the alert is about: the task's title, else the incident's, scenario or plan."""
        data = self.data
        for key in (f"title_{lang}", "title_en", "incident_title", "scenario"):
            if data.get(key):
                return str(data[key])
        return str(data.get(f"plan_title_{lang}") or data.get("plan_id") or "")


@dataclass(frozen=True, slots=True)
class AlertState:
    """An item of the alerts "as of" a time: a moment that has come and still stands."""

    key: str
    kind: str
    audience: str
    at: datetime
    incident_id: int | None
    task_id: int | None
    department: str | None
    data: dict[str, Any]
    alert: AlertInfo | None  # the recorded alert, if a desktop has recorded it


@dataclass(frozen=True, slots=True)
class FireResult:
    """What one pass of the engine did: alerts it recorded, and when the next moment comes."""

    recorded: list[AlertInfo]
    next_at: datetime | None


@dataclass(frozen=True, slots=True)
class DrillInfo:
    id: int
    plan_id: str
    scheduled_at: datetime
    scenario: str
    level: str
    departments: tuple[str, ...]
    remind_before: str
    status: str  # "scheduled" | "cancelled"
    created_at: datetime
    created_by: str
    note: str | None
    held_incident_id: int | None  # a drill incident declared on the plan that day
    row_version: int


@dataclass(frozen=True, slots=True)
class DrillStanding:
    """Whether a plan is drilled as often as it requires."""

    plan_id: str
    title_zh: str
    title_en: str
    every: str
    last_drill_at: datetime | None
    next_due_at: datetime | None  # None: past the calendar's coverage
    next_scheduled_at: datetime | None
    overdue: bool
