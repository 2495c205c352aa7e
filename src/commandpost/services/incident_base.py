"""What every part of the incident service shares: its refusals, the database and clock, the
pinned plans, the locking of an incident for a change, and the timeline writer.

The service is one class (``services/incidents.py``) assembled from parts kept in separate modules
so that none grows past a screenful of concerns; each part inherits this base.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP, Both, Message
from commandpost.services.conflicts import (
    incident_change,
    refusal,
    shortened,
    task_change,
    task_name,
)
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incident_rows import summary
from commandpost.services.plans import NotFoundError, PlanLibraryError
from commandpost.store.engine import Database
from commandpost.store.incident_models import Incident, IncidentEvent, IncidentTask
from commandpost.store.models import PlanVersion

if TYPE_CHECKING:
    from commandpost.plan.model import Category, Department, Level, Phase, Plan


class IncidentError(PlanLibraryError):
    """An incident action refused; the message says why in plain words, and nothing changed."""


class IncidentNotFoundError(IncidentError, NotFoundError):
    """No incident, task, warning or report by that number."""


class ChangedMeanwhileError(IncidentError):
    """Someone else changed the row since the caller looked at it (optimistic locking)."""


def when(moment: datetime) -> str:
    """A time as people read it in a sentence: local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def no_incident(incident_id: int) -> Message:
    return QT_TRANSLATE_NOOP("CoreIncidents", "there is no incident {incident}").format(
        incident=incident_id
    )


def no_task(task_id: int) -> Message:
    return QT_TRANSLATE_NOOP("CoreIncidents", "there is no task {task}").format(task=task_id)


def no_warning(warning_id: int) -> Message:
    return QT_TRANSLATE_NOOP("CoreIncidents", "there is no warning {warning}").format(
        warning=warning_id
    )


def no_plan(plan_id: str) -> Message:
    return QT_TRANSLATE_NOOP("CoreIncidents", "there is no plan {plan!r} in the library").format(
        plan=plan_id
    )


def named(plan: Plan, what: str, key: str) -> Both | str:
    """A key of the plan (a ``level``, ``phase``, ``department`` or ``category``) as a refusal
    names it: the English sentence keeps the key, as it always has; a Chinese one says the plan's
    Chinese name. A key the plan does not define stays as it is."""
    kinds: dict[str, Iterable[Level | Phase | Department | Category]] = {
        "level": plan.levels,
        "phase": plan.phases,
        "department": plan.departments,
        "category": plan.categories,
    }
    found = next((item for item in kinds[what] if item.key == key), None)
    return Both(found.name.zh, key) if found is not None else key


def incident_name(incident_id: int, title: str) -> Message:
    """An incident as a refusal names it: its number and title."""
    return QT_TRANSLATE_NOOP("CoreIncidents", "incident {incident} '{title}'").format(
        incident=incident_id, title=shortened(title)
    )


PLAN_STATUS = {
    "draft": QT_TRANSLATE_NOOP("CoreIncidents", "draft"),
    "in_review": QT_TRANSLATE_NOOP("CoreIncidents", "in review"),
    "approved": QT_TRANSLATE_NOOP("CoreIncidents", "approved"),
    "retired": QT_TRANSLATE_NOOP("CoreIncidents", "retired"),
}
"""A plan version's status as a sentence names it."""

AT_THE_SAME_MOMENT = QT_TRANSLATE_NOOP(
    "CoreIncidents", "someone else changed this at the same moment; your change was not saved"
)


def required(value: str | None, what: Message) -> str:
    """The text stripped, or a refusal naming what is missing."""
    text = (value or "").strip()
    if not text:
        raise IncidentError(
            QT_TRANSLATE_NOOP("CoreIncidents", "{what} is required").format(what=what)
        )
    return text


def aware(moment: datetime, what: Message) -> datetime:
    """The moment in UTC (as every record holds it); a time without a zone is refused."""
    if moment.tzinfo is None:
        raise IncidentError(
            QT_TRANSLATE_NOOP("CoreIncidents", "{what} must carry a time zone").format(what=what)
        )
    return moment.astimezone(UTC)


THE_CLOCK = QT_TRANSLATE_NOOP("CoreIncidents", "the clock")
"""What a service's clock is called when it gives a time without a zone."""
ACTING_USER = QT_TRANSLATE_NOOP("CoreIncidents", "the acting user")
"""Who an action is done by, when it is missing."""


@contextmanager
def write_refusing_stale(db: Database, message: Message | str) -> Iterator[Session]:
    """One write transaction on ``db``; a row another desktop changed under it (optimistic
    locking) is refused with ``message`` and nothing is saved."""
    try:
        with db.write() as session:
            yield session
    except StaleDataError:
        raise ChangedMeanwhileError(message) from None


@dataclass(frozen=True, slots=True)
class PlanVersionRef:
    """Which plan version, without its (large) text."""

    id: int
    plan_id: str
    version: int


class ServiceBase:
    """The state every part of the incident service works with."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock
        # Approved (and later retired) plan text never changes, so a parsed plan can be kept for
        # the life of the service: the board then costs no pydantic validation.
        self._plans: dict[int, Plan] = {}

    def dispose(self) -> None:
        """Release the database connections (the window calls this when it closes; ``close``
        is the incident action)."""
        self._db.dispose()

    def _now(self) -> datetime:
        return aware(self._clock(), THE_CLOCK)

    def _write(self) -> AbstractContextManager[Session]:
        return write_refusing_stale(self._db, AT_THE_SAME_MOMENT)

    # --- plans ---------------------------------------------------------------------------

    def _plan(self, session: Session, plan_version_id: int) -> Plan:
        plan = self._plans.get(plan_version_id)
        if plan is None:
            from commandpost.plan.model import Plan

            document = session.scalar(
                select(PlanVersion.document).where(PlanVersion.id == plan_version_id)
            )
            if document is None:
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP("CoreIncidents", "plan version {version} is missing").format(
                        version=plan_version_id
                    )
                )
            plan = self._plans[plan_version_id] = Plan.from_document(document)
        return plan

    def _plan_of(self, session: Session, incident_id: int) -> Plan:
        """The plan an incident runs on."""
        return self._plan(session, self._incident(session, incident_id).plan_version_id)

    def _approved(self, session: Session, plan_id: str) -> PlanVersionRef:
        """The plan's approved version: incidents and warnings run on nothing else."""
        rows = session.execute(
            select(PlanVersion.id, PlanVersion.version, PlanVersion.status)
            .where(PlanVersion.plan_id == plan_id)
            .order_by(PlanVersion.version)
        ).all()
        if not rows:
            raise IncidentNotFoundError(no_plan(plan_id))
        approved = next((r for r in rows if r.status == "approved"), None)
        if approved is None:
            held = [
                QT_TRANSLATE_NOOP("CoreIncidents", "version {version} is {status}").format(
                    version=r.version, status=PLAN_STATUS[r.status]
                )
                for r in rows
            ]
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "plan {plan!r} has no approved version ({held}); "
                    "an incident runs only on an approved plan",
                ).format(plan=plan_id, held=held)
            )
        return PlanVersionRef(approved.id, plan_id, approved.version)

    @staticmethod
    def _version_ref(session: Session, plan_version_id: int) -> PlanVersionRef:
        found = session.execute(
            select(PlanVersion.plan_id, PlanVersion.version).where(
                PlanVersion.id == plan_version_id
            )
        ).one()
        return PlanVersionRef(plan_version_id, found.plan_id, found.version)

    # --- locking ---------------------------------------------------------------------------

    def _incident(self, session: Session, incident_id: int) -> Incident:
        row = session.get(Incident, incident_id)
        if row is None:
            raise IncidentNotFoundError(no_incident(incident_id))
        return row

    def _incident_for_change(self, session: Session, incident_id: int) -> Incident:
        """The incident, locked until commit (PostgreSQL; SQLite's write lock is already held),
        so that two desktops changing one incident take turns; a closed one is refused."""
        row = session.scalar(select(Incident).where(Incident.id == incident_id).with_for_update())
        if row is None:
            raise IncidentNotFoundError(no_incident(incident_id))
        if row.status == "closed":
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "incident {incident} was closed by {actor} at {at}; "
                    "a closed incident cannot be changed",
                ).format(incident=row.id, actor=row.closed_by or "", at=row.closed_at)
                if row.closed_at
                else QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "incident {incident} is closed; a closed incident cannot be changed",
                ).format(incident=row.id)
            )
        return row

    def _refuse_if_moved(
        self, session: Session, incident: Incident, level: str | None, phase: str | None
    ) -> None:
        """Refuse a change made on a view of the incident whose level or phase (as seen; None:
        not said) has moved since: who moved it and when come from its timeline."""
        for column, seen, kinds in (
            ("level", level, ("level_raised", "level_lowered")),
            ("phase", phase, ("phase_started",)),
        ):
            if seen is None or getattr(incident, column) == seen:
                continue
            moved = session.execute(
                select(IncidentEvent.actor, IncidentEvent.at)
                .where(IncidentEvent.incident_id == incident.id, IncidentEvent.kind.in_(kinds))
                .order_by(IncidentEvent.at.desc(), IncidentEvent.id.desc())
                .limit(1)
            ).first()
            plan = self._plan(session, incident.plan_version_id)
            names = functools.partial(named, plan)
            raise ChangedMeanwhileError(
                refusal(
                    session,
                    self._now(),
                    incident_name(incident.id, incident.title),
                    "incidents",
                    incident.id,
                    functools.partial(incident_change, name=names),
                    (moved.actor, moved.at) if moved is not None else (None, None),
                    column=column,
                )
            )

    def _task_for_change(
        self, session: Session, task_id: int, expected_version: int | None
    ) -> tuple[IncidentTask, Incident]:
        incident_id = session.scalar(
            select(IncidentTask.incident_id).where(IncidentTask.id == task_id)
        )
        if incident_id is None:
            raise IncidentNotFoundError(no_task(task_id))
        incident = self._incident_for_change(session, incident_id)
        task = session.get(IncidentTask, task_id)
        assert task is not None  # tasks are never deleted
        if expected_version is not None and task.row_version != expected_version:
            raise ChangedMeanwhileError(
                refusal(
                    session,
                    self._now(),
                    task_name(task.id, task.title_en, task.title_zh),
                    "incident_tasks",
                    task.id,
                    task_change,
                    (task.changed_by, task.changed_at),
                    times=max(task.row_version - expected_version, 1),
                )
            )
        return task, incident

    # --- timeline --------------------------------------------------------------------------

    @staticmethod
    def _event(
        session: Session,
        incident: Incident,
        at: datetime,
        actor: str,
        kind: str,
        task: IncidentTask | None = None,
        **data: Any,
    ) -> None:
        """Write one timeline entry in the action's own transaction (``at``: when it happened)."""
        session.add(
            IncidentEvent(
                incident_id=incident.id,
                at=at,
                actor=actor,
                kind=kind,
                task_id=task.id if task is not None else None,
                data={k: v for k, v in data.items() if v is not None},
            )
        )

    # --- records ---------------------------------------------------------------------------

    def _summaries(
        self, session: Session, incidents: Iterable[Incident], now: datetime
    ) -> list[IncidentSummary]:
        """Summaries with their task counts, counted by the database in one query."""
        rows = list(incidents)
        if not rows:
            return []
        ids = [r.id for r in rows]
        is_open = IncidentTask.status == "open"
        counts = {
            c.incident_id: c
            for c in session.execute(
                select(
                    IncidentTask.incident_id,
                    func.sum(case((is_open, 1), else_=0)).label("open"),
                    func.sum(case((IncidentTask.status == "done", 1), else_=0)).label("done"),
                    func.sum(case((and_(is_open, IncidentTask.due_at < now), 1), else_=0)).label(
                        "overdue"
                    ),
                )
                .where(IncidentTask.incident_id.in_(ids))
                .group_by(IncidentTask.incident_id)
            )
        }
        versions = {
            v.id: (v.plan_id, v.version)
            for v in session.execute(
                select(PlanVersion.id, PlanVersion.plan_id, PlanVersion.version).where(
                    PlanVersion.id.in_({r.plan_version_id for r in rows})
                )
            )
        }
        out = []
        for row in rows:
            c = counts.get(row.id)
            plan_id, version = versions[row.plan_version_id]
            out.append(
                summary(
                    row,
                    plan_id,
                    version,
                    (int(c.open), int(c.done), int(c.overdue)) if c else (0, 0, 0),
                )
            )
        return out
