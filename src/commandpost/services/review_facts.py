"""What a review shows without anyone writing it (``ReviewFacts``), read from the incident's own
record in one read transaction: its tasks, whole timeline, phases, progress reports, situation
figures and recorded escalations, and the warning it was declared from.

The figures follow ``docs/reviews.md``. Retired tasks are left out of everything. A task marked
not applicable was set aside with a reason: it is listed, but not timed. A task with a due time
(and not set aside) is *timed*; done
by its due time it is *on time*, done after it *late*; never done and past due at the end it is
*missed*. The end is the closing time, or now while the response runs. A late task is late by
``done − due``, a missed one by ``end − due``. A department's first response is its first task
done, counted from the declaration. Level periods come from the ``declared`` entry and the
``level_raised``/``level_lowered`` entries, with their reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from commandpost.services.alerts import alert_info
from commandpost.services.incident_base import IncidentNotFoundError, ServiceBase, no_incident
from commandpost.services.incident_records import EventInfo, TaskInfo
from commandpost.services.incident_rows import (
    read_events,
    read_figures,
    read_phases,
    read_reports,
    read_tasks,
    summary,
)
from commandpost.services.review_records import (
    DepartmentTiming,
    LateTask,
    LevelPeriod,
    ReviewFacts,
)
from commandpost.store.alert_models import StoredAlert
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredWarning,
)
from commandpost.store.models import PlanVersion

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

LEVEL_KINDS = ("level_raised", "level_lowered")


class Facts(ServiceBase):
    def facts(self, incident_id: int) -> ReviewFacts:
        """Everything a review fills in by itself, as of the closing (or now, while it runs)."""
        now = self._now()
        with self._db.read() as session:
            found = session.execute(
                select(Incident.__table__, PlanVersion.plan_id, PlanVersion.version)
                .join(PlanVersion, PlanVersion.id == Incident.plan_version_id)
                .where(Incident.id == incident_id)
            ).one_or_none()
            if found is None:
                raise IncidentNotFoundError(no_incident(incident_id))
            plan = self._plan(session, found.plan_version_id)
            connection = session.connection()
            every = read_tasks(connection, IncidentTask.incident_id == incident_id)
            events = _whole_timeline(connection, incident_id)
            raised_at = _warning_raised_at(connection, events)
            escalations = tuple(
                alert_info(row)
                for row in session.scalars(
                    select(StoredAlert)
                    .where(StoredAlert.incident_id == incident_id, StoredAlert.kind == "escalation")
                    .order_by(StoredAlert.due_at, StoredAlert.id)
                )
            )
            phases = read_phases(connection, incident_id)
            reports = tuple(reversed(read_reports(connection, incident_id)))  # oldest first
            figures = read_figures(connection, incident_id)
        counts = (
            sum(1 for t in every if t.status == "open"),
            sum(1 for t in every if t.status == "done"),
            sum(1 for t in every if t.is_overdue(now)),
        )
        incident = summary(found, found.plan_id, found.version, counts)
        end = incident.closed_at or now
        tasks = by_department(plan, [t for t in every if t.status != "retired"])
        declared = incident.declared_at
        return ReviewFacts(
            incident=incident,
            plan=plan,
            warning_raised_at=raised_at,
            time_to_activation=declared - raised_at if raised_at is not None else None,
            levels=level_periods(events, incident.closed_at),
            phases=phases,
            departments=tuple(
                timing(d.key, [t for t in tasks if t.department == d.key], declared, end)
                for d in plan.departments
            ),
            overall=timing("", tasks, declared, end),
            late_tasks=late_tasks(tasks, end),
            escalations=escalations,
            reports=reports,
            figures=figures,
            tasks=tasks,
            events=events,
            generated_at=now,
        )


# --- reading -----------------------------------------------------------------------------------


def _whole_timeline(connection: Connection, incident_id: int) -> tuple[EventInfo, ...]:
    """Every timeline entry, oldest first (the board's reader, asked for all of them)."""
    count = connection.execute(
        select(func.count())
        .select_from(IncidentEvent)
        .where(IncidentEvent.incident_id == incident_id)
    ).scalar_one()
    return tuple(reversed(read_events(connection, incident_id, count)))


def _warning_raised_at(connection: Connection, events: Sequence[EventInfo]) -> datetime | None:
    """When the warning named by the ``declared`` entry was raised (None: declared directly)."""
    declared = next((e for e in events if e.kind == "declared"), None)
    warning_id = declared.data.get("warning_id") if declared is not None else None
    if warning_id is None:
        return None
    raised: datetime | None = connection.execute(
        select(StoredWarning.raised_at).where(StoredWarning.id == int(warning_id))
    ).scalar_one_or_none()
    return raised


# --- computing (pure) --------------------------------------------------------------------------


def by_department(plan: Plan, tasks: Sequence[TaskInfo]) -> tuple[TaskInfo, ...]:
    """In the plan's department order, each department's tasks by due time (as read)."""
    order = {d.key: n for n, d in enumerate(plan.departments)}
    return tuple(sorted(tasks, key=lambda t: order.get(t.department, len(order))))


def level_periods(
    events: Sequence[EventInfo], closed_at: datetime | None
) -> tuple[LevelPeriod, ...]:
    """The levels the incident stood at, oldest first: from the declaration, then from each
    level change (with its reason); the last one ends at the closing (None while it runs)."""
    starts = [
        (
            str(e.data.get("level" if e.kind == "declared" else "new_level", "")),
            e.at,
            e.actor,
            None if e.kind == "declared" else e.data.get("reason"),
        )
        for e in events
        if e.kind == "declared" or e.kind in LEVEL_KINDS
    ]
    ends = [start[1] for start in starts[1:]] + [closed_at]
    return tuple(
        LevelPeriod(level=level, started_at=at, ended_at=ended, changed_by=actor, reason=reason)
        for (level, at, actor, reason), ended in zip(starts, ends, strict=True)
    )


def _done_at(task: TaskInfo) -> datetime | None:
    return task.done_at if task.status == "done" else None


def _timed(task: TaskInfo) -> bool:
    return task.due_at is not None and task.status != "not_applicable"


def timing(
    department: str, tasks: Sequence[TaskInfo], declared_at: datetime, end: datetime
) -> DepartmentTiming:
    """How ``tasks`` (retired ones already left out) kept their time limits up to ``end``."""
    on_time = late = missed = 0
    timed = [t for t in tasks if _timed(t)]
    for task in timed:
        assert task.due_at is not None
        done_at = _done_at(task)
        if done_at is None:
            if task.due_at < end:
                missed += 1
        elif done_at <= task.due_at:
            on_time += 1
        else:
            late += 1
    first = min((d for t in tasks if (d := _done_at(t)) is not None), default=None)
    return DepartmentTiming(
        department=department,
        tasks=len(tasks),
        done=sum(1 for t in tasks if t.status == "done"),
        timed=len(timed),
        on_time=on_time,
        late=late,
        missed=missed,
        on_time_rate=on_time / len(timed) if timed else None,
        first_done_at=first,
        time_to_first_response=first - declared_at if first is not None else None,
    )


def late_tasks(tasks: Sequence[TaskInfo], end: datetime) -> tuple[LateTask, ...]:
    """Tasks done after their due time, and tasks never done and past due at ``end``; the
    latest first (the longest late by first, then by due time)."""
    found: list[tuple[datetime, LateTask]] = []
    for task in tasks:
        due, done_at = task.due_at, _done_at(task)
        if due is None or not _timed(task):
            continue
        if done_at is not None and done_at > due:
            found.append((due, LateTask(task, done_at - due)))
        elif done_at is None and due < end:
            found.append((due, LateTask(task, end - due)))
    found.sort(key=lambda item: (-item[1].late_by, item[0], item[1].task.id))
    return tuple(late for _, late in found)
