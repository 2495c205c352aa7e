"""Alerts: recording each moment a deadline acts, once, and the alerts people see and acknowledge.

The database is the only source of truth (``docs/alerts.md``). :meth:`AlertService.fire` reads
every open deadline, works out which moments have come (:mod:`commandpost.incident.alerting`) and
records those not recorded yet, each under its unique key with ``INSERT … ON CONFLICT DO
NOTHING``: when two desktops fire the same moment, one row results, and only the desktop whose
insert landed writes the escalation's timeline entry. The reminder engine calls it on start, after
changes and when the next moment comes; ``as_of`` answers "what stands at this time" without
recording anything (the ``alerts`` command).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from commandpost.access import SYSTEM_NAME, Permission
from commandpost.clock import Clock, utc_now
from commandpost.incident.alerting import Moment, come
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.access import identity_of, require
from commandpost.services.alert_records import AlertInfo, AlertState, FireResult
from commandpost.services.alert_sources import Sources
from commandpost.services.incident_base import THE_CLOCK, IncidentNotFoundError, aware
from commandpost.store import audit
from commandpost.store.alert_models import StoredAlert, StoredDrill
from commandpost.store.engine import Database
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredWarning,
)
from commandpost.store.models import PlanStatusChange

SYSTEM_ACTOR = SYSTEM_NAME
"""Who the timeline names for what the deadlines did by themselves (an escalation)."""

_CHUNK = 500  # keys per IN list


class AlertService:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock
        self._sources = Sources()

    def now(self) -> datetime:
        return aware(self._clock(), THE_CLOCK)

    # --- the engine's side -----------------------------------------------------------------

    def fire(self) -> FireResult:
        """Record every moment that has come and is not recorded yet; say when the next comes.

        A read first: only when something is to be recorded does a write transaction (which on
        SQLite takes the database's write lock) read again and record.
        """
        now = self.now()
        with self._db.read() as session:
            moments, next_at = self._sources.scan(session, now)
            pending = self._unrecorded(session, come(moments, now, set()))
        if not pending:
            return FireResult([], next_at)
        with self._db.write() as session:
            audit.act_as(session, SYSTEM_ACTOR)
            moments, next_at = self._sources.scan(session, now)
            pending = self._unrecorded(session, come(moments, now, set()))
            recorded = [self._record(session, m, now) for m in pending]
            out = [alert_info(r) for r in recorded if r is not None]
        return FireResult(out, next_at)

    def fingerprint(self) -> tuple[Any, ...]:
        """A few numbers that change whenever anything a deadline depends on changes."""
        with self._db.read() as session:
            row = session.execute(
                select(
                    select(func.max(IncidentEvent.id)).scalar_subquery(),
                    select(func.max(StoredWarning.id)).scalar_subquery(),
                    select(func.count())
                    .select_from(StoredWarning)
                    .where(StoredWarning.status == "open")
                    .scalar_subquery(),
                    select(func.max(StoredDrill.changed_at)).scalar_subquery(),
                    select(func.count()).select_from(StoredDrill).scalar_subquery(),
                    select(func.max(PlanStatusChange.id)).scalar_subquery(),
                    select(func.max(StoredAlert.id)).scalar_subquery(),
                    select(func.max(StoredAlert.acknowledged_at)).scalar_subquery(),
                )
            ).one()
        return tuple(row)

    def alerts_since(self, alert_id: int) -> list[AlertInfo]:
        """Alerts recorded after ``alert_id`` by any desktop, oldest first (for notifications)."""
        with self._db.read() as session:
            rows = session.scalars(
                select(StoredAlert).where(StoredAlert.id > alert_id).order_by(StoredAlert.id)
            )
            return [alert_info(r) for r in rows]

    def last_alert_id(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.max(StoredAlert.id))) or 0

    # --- people's side ---------------------------------------------------------------------

    def alerts(
        self,
        departments: Collection[str] | None = None,
        incident_id: int | None = None,
        limit: int = 500,
    ) -> list[AlertInfo]:
        """Alerts as the panel lists them: unacknowledged first, newest on top. ``departments``
        (a liaison's) limits them to those departments' alerts; None means every alert."""
        query = _scoped(select(StoredAlert), departments, incident_id)
        query = query.order_by(
            StoredAlert.acknowledged_at.is_not(None),
            StoredAlert.due_at.desc(),
            StoredAlert.id.desc(),
        ).limit(limit)
        with self._db.read() as session:
            return [alert_info(r) for r in session.scalars(query)]

    def unacknowledged_count(self, departments: Collection[str] | None = None) -> int:
        query = _scoped(select(func.count()).select_from(StoredAlert), departments, None)
        with self._db.read() as session:
            return session.scalar(query.where(StoredAlert.acknowledged_at.is_(None))) or 0

    def acknowledge(self, alert_id: int, actor: str) -> AlertInfo:
        """Mark an alert seen. Acknowledging an escalation is a timeline entry; it does not close
        the task. Acknowledging twice keeps the first acknowledgement."""
        now = self.now()
        with self._db.write() as session:
            row = session.get(StoredAlert, alert_id)
            if row is None:
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP("CoreAlerts", "there is no alert {alert}").format(
                        alert=alert_id
                    )
                )
            places = [row.department] if row.department else []
            require(
                session,
                actor,
                Permission.ACKNOWLEDGE,
                places,
                action=QT_TRANSLATE_NOOP("CoreAlerts", "acknowledge an alert"),
            )
            if row.acknowledged_at is None:
                row.acknowledged_at, row.acknowledged_by = now, actor
                if row.kind == "escalation" and row.incident_id is not None:
                    _escalation_event(session, row, now, actor, "escalation_acknowledged")
            return alert_info(row)

    def acknowledge_all(
        self,
        actor: str,
        departments: Collection[str] | None = None,
        incident_id: int | None = None,
    ) -> int:
        """Acknowledge every unacknowledged alert in view, in one transaction; how many.

        A liaison acknowledges only their own departments' alerts, whatever else is in view."""
        now = self.now()
        with self._db.write() as session:
            require(
                session,
                actor,
                Permission.ACKNOWLEDGE,
                action=QT_TRANSLATE_NOOP("CoreAlerts", "acknowledge alerts"),
            )
            identity = identity_of(session, actor)
            if identity is not None and not identity.may(Permission.ACKNOWLEDGE, []):
                own = identity.departments  # a liaison: for their departments only
                departments = own if departments is None else own & set(departments)
            query = _scoped(select(StoredAlert), departments, incident_id)
            rows = list(session.scalars(query.where(StoredAlert.acknowledged_at.is_(None))))
            for row in rows:
                row.acknowledged_at, row.acknowledged_by = now, actor
                if row.kind == "escalation" and row.incident_id is not None:
                    _escalation_event(session, row, now, actor, "escalation_acknowledged")
            return len(rows)

    def as_of(self, at: datetime | None = None, incident_id: int | None = None) -> list[AlertState]:
        """What stands at ``at`` (default now): reminders, due and overdue notices, escalations,
        reports due, warnings waiting, drills and plan reviews. Nothing is recorded."""
        when = (
            aware(at, QT_TRANSLATE_NOOP("CoreIncidents", "the time"))
            if at is not None
            else self.now()
        )
        with self._db.read() as session:
            standing = come(self._sources.scan(session, when)[0], when, set())
            if incident_id is not None:
                standing = [m for m in standing if m.incident_id == incident_id]
            found = {
                r.key: alert_info(r)
                for chunk in _chunks([m.key for m in standing])
                for r in session.scalars(select(StoredAlert).where(StoredAlert.key.in_(chunk)))
            }
        return [
            AlertState(
                m.key,
                m.kind,
                m.audience,
                m.at,
                m.incident_id,
                m.task_id,
                m.department,
                m.data,
                found.get(m.key),
            )
            for m in standing
        ]

    def overdue_tasks(self, departments: Collection[str] | None = None) -> int:
        """Open tasks past their due time in active incidents (the window title and tray)."""
        query = (
            select(func.count())
            .select_from(IncidentTask)
            .join(Incident, Incident.id == IncidentTask.incident_id)
            .where(
                Incident.status == "active",
                IncidentTask.status == "open",
                IncidentTask.due_at < self.now(),
            )
        )
        if departments is not None:
            query = query.where(IncidentTask.department.in_(list(departments)))
        with self._db.read() as session:
            return session.scalar(query) or 0

    def dispose(self) -> None:
        self._db.dispose()

    # --- parts -----------------------------------------------------------------------------

    @staticmethod
    def _unrecorded(session: Session, moments: Sequence[Moment]) -> list[Moment]:
        if not moments:
            return []
        recorded = {
            key
            for chunk in _chunks([m.key for m in moments])
            for key in session.scalars(select(StoredAlert.key).where(StoredAlert.key.in_(chunk)))
        }
        return [m for m in moments if m.key not in recorded]

    @staticmethod
    def _record(session: Session, m: Moment, now: datetime) -> StoredAlert | None:
        values = {
            "key": m.key,
            "kind": m.kind,
            "audience": m.audience,
            "due_at": m.at,
            "recorded_at": now,
            "incident_id": m.incident_id,
            "task_id": m.task_id,
            "department": m.department,
            "data": m.data,
        }
        new_id = session.scalar(
            _insert(session)(StoredAlert)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(StoredAlert.id)
        )
        if new_id is None:  # another desktop recorded it first
            return None
        audit.inserted(session, StoredAlert.__table__, [{"id": new_id, **values}])  # type: ignore[arg-type]
        row = session.get(StoredAlert, new_id)
        assert row is not None
        if m.kind == "escalation":
            _escalation_event(session, row, m.at, SYSTEM_ACTOR, "task_escalated")
        return row


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (imported when first needed)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _escalation_event(
    session: Session, row: StoredAlert, at: datetime, actor: str, kind: str
) -> None:
    assert row.incident_id is not None
    data = {
        "alert_id": row.id,
        "key": row.data.get("task_key"),
        "step": row.data.get("step"),
        "to": row.data.get("to"),
    }
    if kind == "task_escalated":
        data["due_at"] = row.data.get("due_at")
    session.add(
        IncidentEvent(
            incident_id=row.incident_id,
            at=at,
            actor=actor,
            kind=kind,
            task_id=row.task_id,
            data=data,
        )
    )


def _scoped(
    query: Select[Any], departments: Collection[str] | None, incident_id: int | None
) -> Select[Any]:
    if departments is not None:
        query = query.where(StoredAlert.department.in_(list(departments)))
    if incident_id is not None:
        query = query.where(StoredAlert.incident_id == incident_id)
    return query


def _chunks(keys: list[str]) -> list[list[str]]:
    return [keys[i : i + _CHUNK] for i in range(0, len(keys), _CHUNK)]


def alert_info(row: StoredAlert) -> AlertInfo:
    """A recorded alert as a plain record (the reviews read escalations with it too)."""
    return AlertInfo(
        id=row.id,
        key=row.key,
        kind=row.kind,
        audience=row.audience,
        due_at=row.due_at,
        recorded_at=row.recorded_at,
        incident_id=row.incident_id,
        task_id=row.task_id,
        department=row.department,
        data=dict(row.data),
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
    )


__all__ = ["SYSTEM_ACTOR", "AlertService", "alert_info"]
