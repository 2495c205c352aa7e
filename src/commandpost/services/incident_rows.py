"""Rows into the plain records of ``incident_records``. Reading an incident's rows for the
command board and the checklists is the hot path every desktop runs whenever anything changes.

Plain Core queries on the session's connection, only the columns the records hold, and rows
unpacked by position: with 1,000 tasks this is several times faster than loading ORM objects or
reading rows by column name (see ``bench/incidents.py``).

The queries of one incident are built once, with the incident as a bound parameter: building a
statement, computing its cache key and matching its result columns to the cached compilation
cost more than running it (≈ 1 ms of a 10 ms board read on PostgreSQL, for each query), and fifty
desktops re-read the board at every change.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Row, bindparam, select

from commandpost.incident.alerting import reminder_time
from commandpost.services.incident_records import (
    EventInfo,
    FigureValue,
    IncidentSummary,
    PhasePeriod,
    ReportInfo,
    TaskInfo,
    WarningInfo,
)
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredFigure,
    StoredPhasePeriod,
    StoredReport,
    StoredWarning,
)

T = IncidentTask
BY_DUE_TIME = (T.due_at.is_(None), T.due_at, T.seq, T.id)
"""Soonest due first, tasks without a due time last, then in the plan's order."""

_TASK_COLUMNS = (
    T.id,
    T.incident_id,
    T.key,
    T.department,
    T.phase,
    T.title_zh,
    T.title_en,
    T.detail_zh,
    T.detail_en,
    T.due_at,
    T.due_within,
    T.due_from,
    T.status,
    T.done_at,
    T.done_by,
    T.assignee,
    T.ad_hoc,
    T.row_version,
    T.remind_before,
)


_INCIDENT = bindparam("incident_id", type_=Integer)
_TASKS_OF_INCIDENT = select(*_TASK_COLUMNS).where(T.incident_id == _INCIDENT).order_by(*BY_DUE_TIME)


def read_tasks(connection: Connection, *where: ColumnElement[bool]) -> tuple[TaskInfo, ...]:
    """The tasks matching ``where``, soonest due first."""
    query = select(*_TASK_COLUMNS).where(*where).order_by(*BY_DUE_TIME)
    return _tasks(connection.execute(query).all())  # one fetchall: iterating fetches row by row


def read_incident_tasks(connection: Connection, incident_id: int) -> tuple[TaskInfo, ...]:
    """Every task of an incident, soonest due first."""
    return _tasks(connection.execute(_TASKS_OF_INCIDENT, {"incident_id": incident_id}).all())


_TASK_BY_ID = select(*_TASK_COLUMNS).where(
    T.incident_id == _INCIDENT, T.id == bindparam("task", type_=Integer)
)
_TASK_BY_KEY = select(*_TASK_COLUMNS).where(T.incident_id == _INCIDENT, T.key == bindparam("task"))


def read_task(connection: Connection, incident_id: int, key_or_id: str) -> TaskInfo | None:
    """A task of the incident by its number (all digits) or plan key; None if it has none."""
    by_id = key_or_id.isdigit()
    query = _TASK_BY_ID if by_id else _TASK_BY_KEY
    task = int(key_or_id) if by_id else key_or_id
    found = _tasks(connection.execute(query, {"incident_id": incident_id, "task": task}).all())
    return found[0] if found else None


def _tasks(rows: Sequence[Any]) -> tuple[TaskInfo, ...]:
    return tuple(
        TaskInfo(
            id_,
            incident,
            key,
            department,
            phase,
            title_zh,
            title_en,
            detail_zh,
            detail_en,
            due_at,
            f"{within} from {from_}" if within and from_ else None,
            status,
            done_at,
            done_by,
            assignee,
            ad_hoc,
            version,
            reminder_time(due_at, within, remind_before),
        )
        for (
            id_,
            incident,
            key,
            department,
            phase,
            title_zh,
            title_en,
            detail_zh,
            detail_en,
            due_at,
            within,
            from_,
            status,
            done_at,
            done_by,
            assignee,
            ad_hoc,
            version,
            remind_before,
        ) in rows
    )


E = IncidentEvent
_EVENTS = (
    select(E.id, E.at, E.actor, E.kind, E.task_id, E.data)
    .where(E.incident_id == _INCIDENT)
    .order_by(E.at.desc(), E.id.desc())
    .limit(bindparam("limit", type_=Integer))
)


def read_events(connection: Connection, incident_id: int, limit: int) -> tuple[EventInfo, ...]:
    """The newest ``limit`` timeline entries, newest first (through the (incident, at) index)."""
    rows = connection.execute(_EVENTS, {"incident_id": incident_id, "limit": max(limit, 0)}).all()
    return tuple(
        EventInfo(id_, at, actor, kind, task, dict(data))
        for id_, at, actor, kind, task, data in rows
    )


R = StoredReport
_REPORTS = (
    select(
        R.id,
        R.department,
        R.sent_at,
        R.sent_by,
        R.done,
        R.doing,
        R.needs_help,
        R.acknowledged_at,
        R.acknowledged_by,
    )
    .where(R.incident_id == _INCIDENT)
    .order_by(R.sent_at.desc(), R.id.desc())
)


def read_reports(connection: Connection, incident_id: int) -> tuple[ReportInfo, ...]:
    """Progress reports, newest first."""
    rows = connection.execute(_REPORTS, {"incident_id": incident_id}).all()
    return tuple(ReportInfo(*row) for row in rows)


F = StoredFigure
_FIGURES = (
    select(F.key, F.value, F.at, F.recorded_by)
    .where(F.incident_id == _INCIDENT)
    .order_by(F.at, F.id)
)


def read_figures(connection: Connection, incident_id: int) -> tuple[FigureValue, ...]:
    """Situation figures, oldest first."""
    rows = connection.execute(_FIGURES, {"incident_id": incident_id}).all()
    return tuple(FigureValue(key, value, at, by) for key, value, at, by in rows)


P = StoredPhasePeriod
_PHASES = (
    select(P.phase, P.started_at, P.started_by, P.ended_at)
    .where(P.incident_id == _INCIDENT)
    .order_by(P.started_at, P.id)
)


def read_phases(connection: Connection, incident_id: int) -> tuple[PhasePeriod, ...]:
    """Phase periods in the order they started."""
    rows = connection.execute(_PHASES, {"incident_id": incident_id}).all()
    return tuple(PhasePeriod(*row) for row in rows)


# --- single rows (ORM objects or result rows with the same column names) ----------------


def summary(
    row: Incident | Row[Any], plan_id: str, version: int, counts: tuple[int, int, int]
) -> IncidentSummary:
    return IncidentSummary(
        id=row.id,
        plan_id=plan_id,
        plan_version=version,
        title=row.title,
        description=row.description,
        category=row.category,
        level=row.level,
        phase=row.phase,
        is_drill=row.is_drill,
        status=row.status,
        declared_at=row.declared_at,
        declared_by=row.declared_by,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        close_reason=row.close_reason,
        open_tasks=counts[0],
        done_tasks=counts[1],
        overdue_tasks=counts[2],
    )


def task_info(row: IncidentTask | Row[Any]) -> TaskInfo:
    """A task as plain data, from an ORM row or a plain result row (same column names)."""
    rule = f"{row.due_within} from {row.due_from}" if row.due_within and row.due_from else None
    return TaskInfo(
        id=row.id,
        incident_id=row.incident_id,
        key=row.key,
        department=row.department,
        phase=row.phase,
        title_zh=row.title_zh,
        title_en=row.title_en,
        detail_zh=row.detail_zh,
        detail_en=row.detail_en,
        due_at=row.due_at,
        due_rule=rule,
        status=row.status,
        done_at=row.done_at,
        done_by=row.done_by,
        assignee=row.assignee,
        ad_hoc=row.ad_hoc,
        row_version=row.row_version,
        remind_at=reminder_time(row.due_at, row.due_within, row.remind_before),
    )


def report_info(row: StoredReport | Row[Any]) -> ReportInfo:
    return ReportInfo(
        id=row.id,
        department=row.department,
        sent_at=row.sent_at,
        sent_by=row.sent_by,
        done=row.done,
        doing=row.doing,
        needs_help=row.needs_help,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
    )


def warning_info(row: StoredWarning, plan_id: str, version: int) -> WarningInfo:
    return WarningInfo(
        id=row.id,
        plan_id=plan_id,
        plan_version=version,
        raised_at=row.raised_at,
        raised_by=row.raised_by,
        figures={k: float(v) for k, v in row.figures.items()},
        note=row.note,
        is_drill=row.is_drill,
        status=row.status,
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        decision_note=row.decision_note,
        incident_id=row.incident_id,
    )
