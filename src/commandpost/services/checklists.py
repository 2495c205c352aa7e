"""Turning a plan into an incident's checklist, and re-layering it when the level changes.

A plan task belongs on an incident's checklist when it applies at the incident's level and its
category. A task timed from the declaration gets its due time from its start (the declaration, or
the level change that brought it); a task timed from its phase gets one once its phase has
started (see ``docs/incidents.md``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.incident.deadlines import due_at
from commandpost.incident.workdays import CalendarNotCoveredError
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.plan.durations import Duration
from commandpost.services.incident_base import IncidentError
from commandpost.store.incident_models import Incident, IncidentTask

if TYPE_CHECKING:
    from commandpost.plan.model import Plan, Task


def applies(task: Task, level: str, category: str) -> bool:
    return task.applies_at(level) and (task.categories == "all" or category in task.categories)


def phase_order(plan: Plan) -> dict[str, int]:
    return {p.key: i for i, p in enumerate(plan.phases)}


def deadline(key: str, within: str, start: datetime) -> datetime:
    """``start`` plus the task's limit; a limit the official calendar cannot count is refused."""
    try:
        return due_at(start, Duration.parse(within))
    except CalendarNotCoveredError as error:
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents", "the due time of task {task!r} ({within}) cannot be set: {reason}"
            ).format(task=key, within=within, reason=error.message)
        ) from None


def task_row(
    task: Task, seq: int, incident_id: int, start: datetime, phase_started: bool, actor: str
) -> dict[str, Any]:
    """A new checklist row for a plan task, as column values (for one bulk insert)."""
    due = task.due
    due_at_ = None
    if due is not None and (due.from_ == "declaration" or phase_started):
        due_at_ = deadline(task.key, str(due.within), start)
    return {
        "incident_id": incident_id,
        "key": task.key,
        "seq": seq,
        "department": task.department,
        "phase": task.phase,
        "title_zh": task.title.zh,
        "title_en": task.title.en,
        "detail_zh": task.detail.zh if task.detail else None,
        "detail_en": task.detail.en if task.detail else None,
        "due_within": str(due.within) if due else None,
        "due_from": due.from_ if due else None,
        "due_at": due_at_,
        "remind_before": str(due.remind_before) if due and due.remind_before else None,
        "status": "open",
        "done_at": None,
        "done_by": None,
        "assignee": None,
        "ad_hoc": False,
        "changed_at": start,
        "changed_by": actor,
        "row_version": 1,
    }


def checklist(
    plan: Plan, incident_id: int, level: str, category: str, declared_at: datetime, actor: str
) -> list[dict[str, Any]]:
    """Every task of the plan that applies, timed from the declaration (the first phase starts
    with it)."""
    first = plan.phases[0].key
    return [
        task_row(task, seq, incident_id, declared_at, task.phase == first, actor)
        for seq, task in enumerate(plan.tasks)
        if applies(task, level, category)
    ]


def relayer(
    session: Session, incident: Incident, plan: Plan, level: str, now: datetime, actor: str
) -> tuple[list[str], list[str], list[str]]:
    """Bring the checklist to ``level``: keys of the tasks added, restored and retired.

    New and restored tasks get due times counted from now (phase-timed ones only if their phase
    has started); open tasks that no longer apply are retired; done and not-applicable work, and
    ad-hoc tasks, stay as they are.
    """
    rows = {
        r.key: r
        for r in session.scalars(
            select(IncidentTask).where(
                IncidentTask.incident_id == incident.id, IncidentTask.ad_hoc.is_(False)
            )
        )
    }
    order = phase_order(plan)
    current = order[incident.phase]
    added: list[str] = []
    restored: list[str] = []
    retired: list[str] = []
    for seq, task in enumerate(plan.tasks):
        row = rows.get(task.key)
        started = order[task.phase] <= current
        if applies(task, level, incident.category):
            if row is None:
                session.add(IncidentTask(**task_row(task, seq, incident.id, now, started, actor)))
                added.append(task.key)
            elif row.status == "retired":
                fresh = task_row(task, seq, incident.id, now, started, actor)
                row.status = "open"
                row.due_at = fresh["due_at"]
                row.changed_at, row.changed_by = now, actor
                restored.append(task.key)
        elif row is not None and row.status == "open":
            row.status = "retired"
            row.changed_at, row.changed_by = now, actor
            retired.append(task.key)
    return added, restored, retired


def start_phases(
    session: Session, incident: Incident, phases: list[str], now: datetime, actor: str
) -> int:
    """Give the tasks timed from these phases their due times, counted from now; how many."""
    rows = session.scalars(
        select(IncidentTask).where(
            IncidentTask.incident_id == incident.id,
            IncidentTask.phase.in_(phases),
            IncidentTask.due_from == "phase",
            IncidentTask.due_at.is_(None),
            IncidentTask.status != "retired",
        )
    ).all()
    for row in rows:
        assert row.due_within is not None  # due_from is only set together with due_within
        row.due_at = deadline(row.key, row.due_within, now)
        row.changed_at, row.changed_by = now, actor
    return len(rows)
