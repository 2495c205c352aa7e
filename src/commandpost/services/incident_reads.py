"""Reading incidents: the lists, the command board, a department's checklist, a task.

Reads run in one read transaction each (one consistent snapshot). The board is the hot path
(every desktop refreshes it whenever anything changes), so it reads plain rows rather than ORM
objects, takes only the newest timeline entries through the (incident, time) index, and reuses
the parsed plan the service keeps.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from commandpost.services.incident_base import (
    IncidentError,
    IncidentNotFoundError,
    ServiceBase,
)
from commandpost.services.incident_records import (
    Board,
    DepartmentProgress,
    EventInfo,
    IncidentSummary,
    TaskInfo,
    WarningInfo,
)
from commandpost.services.incident_rows import (
    read_events,
    read_figures,
    read_phases,
    read_reports,
    read_tasks,
    summary,
    task_info,
    warning_info,
)
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredWarning,
)
from commandpost.store.models import PlanVersion


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
                raise IncidentNotFoundError(f"there is no warning {warning_id}")
            return warning_info(*found)

    def get_incident(self, incident_id: int) -> IncidentSummary:
        now = self._now()
        with self._db.read() as session:
            return self._summaries(session, [self._incident(session, incident_id)], now)[0]

    def board(self, incident_id: int, events_limit: int = 200) -> Board:
        """Everything the command board shows, in one read transaction."""
        now = self._now()
        with self._db.read() as session:
            found = session.execute(
                select(Incident.__table__, PlanVersion.plan_id, PlanVersion.version)
                .join(PlanVersion, PlanVersion.id == Incident.plan_version_id)
                .where(Incident.id == incident_id)
            ).one_or_none()
            if found is None:
                raise IncidentNotFoundError(f"there is no incident {incident_id}")
            plan = self._plan(session, found.plan_version_id)
            connection = session.connection()
            tasks = read_tasks(connection, IncidentTask.incident_id == incident_id)
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
            counts = (
                sum(1 for t in tasks if t.status == "open"),
                sum(1 for t in tasks if t.status == "done"),
                len(overdue),
            )
            return Board(
                incident=summary(found, found.plan_id, found.version, counts),
                plan=plan,
                departments=departments,
                tasks=tasks,
                overdue=overdue,
                phases=read_phases(connection, incident_id),
                reports=read_reports(connection, incident_id),
                figures=read_figures(connection, incident_id),
                events=read_events(connection, incident_id, events_limit),
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
                known = [d.key for d in plan.departments]
                if department not in known:
                    raise IncidentError(
                        f"plan {plan.id!r} has no department {department!r}; "
                        f"its departments are {', '.join(known)}"
                    )
                where.append(IncidentTask.department == department)
            if not include_retired:
                where.append(IncidentTask.status != "retired")
            return list(read_tasks(session.connection(), *where))

    def find_task(self, incident_id: int, key_or_id: str) -> TaskInfo:
        """A task of the incident by its plan key (``cs-add-agents``, ``adhoc-2``) or number."""
        with self._db.read() as session:
            self._incident(session, incident_id)
            query = select(IncidentTask).where(IncidentTask.incident_id == incident_id)
            text = key_or_id.strip()
            if text.isdigit():
                query = query.where(IncidentTask.id == int(text))
            else:
                query = query.where(IncidentTask.key == text)
            task = session.scalar(query)
            if task is None:
                raise IncidentNotFoundError(f"incident {incident_id} has no task {text!r}")
            return task_info(task)

    def task_events(self, task_id: int) -> list[EventInfo]:
        """A task's own timeline (ticks, reopenings, notes…), oldest first."""
        with self._db.read() as session:
            if session.get(IncidentTask, task_id) is None:
                raise IncidentNotFoundError(f"there is no task {task_id}")
            rows = session.scalars(
                select(IncidentEvent)
                .where(IncidentEvent.task_id == task_id)
                .order_by(IncidentEvent.at, IncidentEvent.id)
            )
            return [EventInfo(e.id, e.at, e.actor, e.kind, e.task_id, dict(e.data)) for e in rows]
