"""Incidents as plain frozen data: what the incident service returns to the command board, the
department checklist, the command line and the tests (see ``docs/incidents.md``).

Kept apart from the service so that holding them costs no database import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

TASK_STATUSES = ("open", "done", "not_applicable", "retired")
INCIDENT_STATUSES = ("active", "closed")
WARNING_STATUSES = ("open", "activated", "dismissed")


@dataclass(frozen=True, slots=True)
class WarningInfo:
    id: int
    plan_id: str
    plan_version: int
    raised_at: datetime
    raised_by: str
    figures: dict[str, float]
    note: str | None
    is_drill: bool
    status: str  # "open", "activated" or "dismissed"
    decided_at: datetime | None
    decided_by: str | None
    decision_note: str | None
    incident_id: int | None


@dataclass(frozen=True, slots=True)
class TaskInfo:
    id: int
    incident_id: int
    key: str  # the plan's task key; ad-hoc tasks get "adhoc-<n>"
    department: str
    phase: str
    title_zh: str
    title_en: str
    detail_zh: str | None
    detail_en: str | None
    due_at: datetime | None  # None: no time limit, or timed from a phase not yet started
    due_rule: str | None  # the plan's limit as written, e.g. "30 min from phase"
    status: str  # see TASK_STATUSES
    done_at: datetime | None
    done_by: str | None
    assignee: str | None
    ad_hoc: bool
    row_version: int
    remind_at: datetime | None = None  # when its department is reminded (amber from then on)

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def is_overdue(self, now: datetime) -> bool:
        return self.status == "open" and self.due_at is not None and now > self.due_at


@dataclass(frozen=True, slots=True)
class PhasePeriod:
    phase: str
    started_at: datetime
    started_by: str
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    id: int
    plan_id: str
    plan_version: int
    title: str
    description: str
    category: str
    level: str
    phase: str
    is_drill: bool
    status: str  # "active" or "closed"
    declared_at: datetime
    declared_by: str
    closed_at: datetime | None
    closed_by: str | None
    close_reason: str | None
    open_tasks: int
    done_tasks: int
    overdue_tasks: int  # open tasks past their due time at the moment the summary was made


@dataclass(frozen=True, slots=True)
class DepartmentProgress:
    department: str
    done: int
    open: int
    overdue: int
    not_applicable: int


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: int
    at: datetime
    actor: str
    kind: str  # e.g. "declared", "task_done", "level_raised", "phase_started", "report_sent"
    task_id: int | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    id: int
    department: str
    sent_at: datetime
    sent_by: str
    done: str
    doing: str
    needs_help: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None


@dataclass(frozen=True, slots=True)
class FigureValue:
    key: str
    value: float
    at: datetime
    recorded_by: str


@dataclass(frozen=True, slots=True)
class LevelChange:
    old_level: str
    new_level: str
    added: int  # tasks new at this level
    restored: int  # tasks retired earlier that apply again
    retired: int  # open tasks that no longer apply


@dataclass(frozen=True, slots=True)
class Board:
    """Everything the command board shows for one incident, read in one transaction."""

    incident: IncidentSummary
    plan: Plan
    departments: tuple[DepartmentProgress, ...]
    tasks: tuple[TaskInfo, ...]  # every task, by due time (no due time last)
    overdue: tuple[TaskInfo, ...]  # open and past due, most overdue first
    phases: tuple[PhasePeriod, ...]
    reports: tuple[ReportInfo, ...]  # newest first
    figures: tuple[FigureValue, ...]  # oldest first
    events: tuple[EventInfo, ...]  # newest first, at most the limit asked for
    marks: tuple[int, ...] = ()  # what each part looked like when read: see board_marks
