"""Plain records of post-incident reviews (see ``docs/reviews.md``): what the review service
returns and what the printed reports are made from.

``ReviewFacts`` is everything filled in automatically from the incident's own record; the
``ReviewInfo`` is what the command group writes, revision by revision; improvement actions are
tracked per incident until done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from commandpost.services.alert_records import AlertInfo
from commandpost.services.incident_records import (
    EventInfo,
    FigureValue,
    IncidentSummary,
    PhasePeriod,
    ReportInfo,
    TaskInfo,
)

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

REVIEW_STATUSES = ("draft", "signed_off", "superseded")
ACTION_STATUSES = ("open", "done")
HSEEP_RATINGS = ("P", "S", "M", "U")
"""The HSEEP scale for a drill's ratings: P performed without challenges, S performed with some
challenges, M performed with major challenges, U unable to be performed."""


@dataclass(frozen=True, slots=True)
class LevelPeriod:
    """The incident stood at ``level`` from ``started_at`` until ``ended_at`` (None: to the end)."""

    level: str
    started_at: datetime
    ended_at: datetime | None
    changed_by: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class DepartmentTiming:
    """How one department kept its time limits.

    ``timed`` counts its tasks with a due time (retired ones left out); ``on_time`` those done by
    their due time; ``late`` those done after it; ``missed`` those never done and past due when
    the response closed (or now, while it runs); ``on_time_rate`` is ``on_time / timed`` (None
    when nothing was timed). ``first_done_at`` is its first task done; ``time_to_first_response``
    runs from the declaration to it.
    """

    department: str
    tasks: int
    done: int
    timed: int
    on_time: int
    late: int
    missed: int
    on_time_rate: float | None
    first_done_at: datetime | None
    time_to_first_response: timedelta | None


@dataclass(frozen=True, slots=True)
class LateTask:
    """A task done after its due time (``done_at`` set), or never done and past due."""

    task: TaskInfo
    late_by: timedelta


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """What a review shows without anyone writing it, read from the incident's record."""

    incident: IncidentSummary
    plan: Plan
    warning_raised_at: datetime | None  # the warning it was declared from, if any
    time_to_activation: timedelta | None  # warning raised → declaration
    levels: tuple[LevelPeriod, ...]  # oldest first
    phases: tuple[PhasePeriod, ...]  # oldest first
    departments: tuple[DepartmentTiming, ...]  # in the plan's department order
    overall: DepartmentTiming  # the same counts over every department (department = "")
    late_tasks: tuple[LateTask, ...]  # latest first
    escalations: tuple[AlertInfo, ...]  # oldest first
    reports: tuple[ReportInfo, ...]  # oldest first
    figures: tuple[FigureValue, ...]  # oldest first
    tasks: tuple[TaskInfo, ...]  # every task but retired ones, by department then due time
    events: tuple[EventInfo, ...]  # the whole timeline, oldest first
    generated_at: datetime


@dataclass(frozen=True, slots=True)
class ImprovementAction:
    """Work a review decided on, tracked until done; may name the plan revision it led to."""

    id: int
    incident_id: int
    review_revision: int  # the revision that added it
    description: str
    department: str
    due_date: date | None
    status: str  # see ACTION_STATUSES
    done_at: datetime | None
    done_by: str | None
    plan_id: str | None  # the plan revised because of it, if linked
    plan_version: int | None
    created_at: datetime
    created_by: str
    row_version: int


@dataclass(frozen=True, slots=True)
class DrillRating:
    """A drill's rating of one department or capability on the HSEEP scale."""

    subject: str  # a department key of the plan, or a capability named in words
    rating: str  # see HSEEP_RATINGS
    observations: str


@dataclass(frozen=True, slots=True)
class ReviewInfo:
    """One revision of an incident's review, as the command group wrote it."""

    id: int
    incident_id: int
    revision: int
    status: str  # see REVIEW_STATUSES
    summary: str
    what_happened: str
    strengths: str
    shortcomings: str
    improvements: str
    objectives: tuple[str, ...]  # drills only
    ratings: tuple[DrillRating, ...]  # drills only
    actions: tuple[ImprovementAction, ...]  # every action of the incident, oldest first
    created_at: datetime
    created_by: str
    changed_at: datetime
    changed_by: str
    signed_off_at: datetime | None
    signed_off_by: str | None
    row_version: int

    @property
    def read_only(self) -> bool:
        return self.status != "draft"
