"""Reading incidents: the lists, the command board, a department's checklist, a task.

Reads run in one read transaction each (one consistent snapshot). The board is the hot path
(every desktop re-reads it whenever anything changes), so it reads plain rows rather than ORM
objects with statements built once, takes only the newest timeline entries through the
(incident, time) index, reuses the parsed plan the service keeps, and, given the board read
before, reads again only the parts that changed since (one query tells which) and only the
timeline entries added since.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, bindparam, select

from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.board_marks import MARKED_PARTS, read_marks, read_newest_events
from commandpost.services.incident_base import (
    IncidentNotFoundError,
    ServiceBase,
    no_incident,
    no_task,
    no_warning,
)
from commandpost.services.incident_records import (
    Board,
    DepartmentProgress,
    EventInfo,
    IncidentSummary,
    TaskInfo,
    WarningInfo,
)
from commandpost.services.incident_reporting import known
from commandpost.services.incident_rows import (
    read_figures,
    read_incident_tasks,
    read_phases,
    read_reports,
    read_task,
    read_tasks,
    summary,
    warning_info,
)
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredWarning,
)
from commandpost.store.models import PlanVersion

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

_BOARD_INCIDENT = (
    select(Incident.__table__, PlanVersion.plan_id, PlanVersion.version)
    .join(PlanVersion, PlanVersion.id == Incident.plan_version_id)
    .where(Incident.id == bindparam("incident_id", type_=Integer))
)
"""The board's incident row with its plan version, built once (see ``incident_rows``)."""


class Reads(ServiceBase):
    def list_incidents(self, include_closed: bool = False) -> list[IncidentSummary]:
        """Active incidents and drills (closed ones too if asked), newest first."""
        now = self._now()
        with self._db.read() as session:
            query = select(Incident)
            if not include_closed:
                query = query.where(Incident.status == "active")
            query = query.order_by(Incident.status, Incident.declared_at.desc(), Incident.id.desc())
            return self._summaries(session, session.scalars(query).all(), now)

    def list_warnings(self, open_only: bool = True) -> list[WarningInfo]:
        """Warnings waiting for a decision (or all of them), newest first."""
        with self._db.read() as session:
            query = (
                select(StoredWarning, PlanVersion.plan_id, PlanVersion.version)
                .join(PlanVersion, PlanVersion.id == StoredWarning.plan_version_id)
                .order_by(StoredWarning.raised_at.desc(), StoredWarning.id.desc())
            )
            if open_only:
                query = query.where(StoredWarning.status == "open")
            return [
                warning_info(w, plan_id, version) for w, plan_id, version in session.execute(query)
            ]

    def get_warning(self, warning_id: int) -> WarningInfo:
        with self._db.read() as session:
            found = session.execute(
                select(StoredWarning, PlanVersion.plan_id, PlanVersion.version)
                .join(PlanVersion, PlanVersion.id == StoredWarning.plan_version_id)
                .where(StoredWarning.id == warning_id)
            ).one_or_none()
            if found is None:
                raise IncidentNotFoundError(no_warning(warning_id))
            return warning_info(*found)

    def get_incident(self, incident_id: int) -> IncidentSummary:
        now = self._now()
        with self._db.read() as session:
            return self._summaries(session, [self._incident(session, incident_id)], now)[0]

    def board(
        self, incident_id: int, events_limit: int = 200, previous: Board | None = None
    ) -> Board:
        """Everything the command board shows, in one read transaction.

        ``previous``: the board read before, of this incident. The parts whose marks have not
        moved since are taken from it rather than read again, and of the timeline only the
        entries added since are read (see ``board_marks``). What depends on the time (which
        tasks are overdue, the counts) is worked out afresh from the tasks every time."""
        now = self._now()
        with self._db.read() as session:
            connection = session.connection()
            found_marks = read_marks(connection, incident_id)
            if found_marks is None:
                raise IncidentNotFoundError(no_incident(incident_id))
            marks = (*found_marks, events_limit)  # the timeline's limit, as it was read
            old = previous
            if old is not None and (old.incident.id != incident_id or len(old.marks) != len(marks)):
                old = None

            def unchanged(name: str) -> bool:
                where = MARKED_PARTS[name]
                return old is not None and old.marks[where] == marks[where]

            def part(name: str, read: Callable[[Connection, int], Any]) -> Any:
                return getattr(old, name) if unchanged(name) else read(connection, incident_id)

            if old is not None and unchanged("incident"):
                incident, plan = old.incident, old.plan
            else:
                found = connection.execute(_BOARD_INCIDENT, {"incident_id": incident_id}).one()
                plan = self._plan(session, found.plan_version_id)
                incident = summary(found, found.plan_id, found.version, (0, 0, 0))
            same_limit = old is not None and old.marks[-1] == events_limit
            return _board(
                incident,
                plan,
                part("tasks", read_incident_tasks),
                now,
                phases=part("phases", read_phases),
                reports=part("reports", read_reports),
                figures=part("figures", read_figures),
                events=read_newest_events(
                    connection,
                    incident_id,
                    events_limit,
                    old.events if old is not None and same_limit else (),
                ),
                marks=marks,
            )

    def tasks(
        self, incident_id: int, department: str | None = None, include_retired: bool = False
    ) -> list[TaskInfo]:
        """An incident's checklist (one department's, if named), soonest due first."""
        with self._db.read() as session:
            incident = self._incident(session, incident_id)
            where = [IncidentTask.incident_id == incident_id]
            if department is not None:
                plan = self._plan(session, incident.plan_version_id)
                known(plan, "department", department, [d.key for d in plan.departments])
                where.append(IncidentTask.department == department)
            if not include_retired:
                where.append(IncidentTask.status != "retired")
            return list(read_tasks(session.connection(), *where))

    def find_task(self, incident_id: int, key_or_id: str) -> TaskInfo:
        """A task of the incident by its plan key (``cs-add-agents``, ``adhoc-2``) or number.

        A window re-reads a task before each change it sends, so this is a hot path too: one
        statement built once, and the incident looked for only when the task is not found."""
        text = key_or_id.strip()
        with self._db.read() as session:
            connection = session.connection()
            found = read_task(connection, incident_id, text)
            if found is None:
                self._incident(session, incident_id)
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "incident {incident} has no task {task!r}"
                    ).format(incident=incident_id, task=text)
                )
            return found

    def task_events(self, task_id: int) -> list[EventInfo]:
        """A task's own timeline (ticks, reopenings, notes…), oldest first."""
        with self._db.read() as session:
            if session.get(IncidentTask, task_id) is None:
                raise IncidentNotFoundError(no_task(task_id))
            rows = session.scalars(
                select(IncidentEvent)
                .where(IncidentEvent.task_id == task_id)
                .order_by(IncidentEvent.at, IncidentEvent.id)
            )
            return [EventInfo(e.id, e.at, e.actor, e.kind, e.task_id, dict(e.data)) for e in rows]


def _board(
    incident: IncidentSummary,
    plan: Plan,
    tasks: tuple[TaskInfo, ...],
    now: datetime,
    **parts: Any,
) -> Board:
    """A board from its parts, with what depends on the time worked out from the tasks."""
    overdue = tuple(t for t in tasks if t.is_overdue(now))  # already soonest-due first
    tally = Counter((t.department, t.status) for t in tasks)
    late = Counter(t.department for t in overdue)
    departments = tuple(
        DepartmentProgress(
            d.key,
            done=tally[d.key, "done"],
            open=tally[d.key, "open"],
            overdue=late[d.key],
            not_applicable=tally[d.key, "not_applicable"],
        )
        for d in plan.departments
    )
    return Board(
        incident=replace(
            incident,
            open_tasks=sum(1 for t in tasks if t.status == "open"),
            done_tasks=sum(1 for t in tasks if t.status == "done"),
            overdue_tasks=len(overdue),
        ),
        plan=plan,
        departments=departments,
        tasks=tasks,
        overdue=overdue,
        **parts,
    )
