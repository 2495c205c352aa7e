"""Drill scheduling: admins put drills (演练) on the calendar per plan, and each plan shows whether
it is drilled as often as it requires.

A scheduled drill names its plan, date and time, scenario, level and the departments taking part,
and how long before it everyone is reminded (default one day). The drill itself is run as an
incident marked as a drill; a scheduled drill counts as held when a drill incident was declared
on its plan the same (China) day. A plan is overdue for a drill when no drill incident was
declared within its ``drills.every`` of the last one (or of the plan's first approval).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commandpost.access import Permission
from commandpost.clock import Clock, utc_now
from commandpost.incident.workdays import CHINA
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.plan.durations import Duration, DurationError
from commandpost.services.access import require
from commandpost.services.alert_records import DrillInfo, DrillStanding
from commandpost.services.alert_sources import Sources, drill_history, due_or_none
from commandpost.services.conflicts import drill_change, refusal, shortened
from commandpost.services.incident_base import (
    ACTING_USER,
    THE_CLOCK,
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
    aware,
    no_plan,
    required,
)
from commandpost.store.alert_models import StoredDrill
from commandpost.store.engine import Database
from commandpost.store.incident_models import Incident
from commandpost.store.models import PlanVersion

DEFAULT_REMINDER = "1 d"


class DrillService:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock
        self._sources = Sources()

    def _now(self) -> datetime:
        return aware(self._clock(), THE_CLOCK)

    def schedule(
        self,
        plan_id: str,
        at: datetime,
        scenario: str,
        level: str,
        departments: Sequence[str],
        actor: str,
        remind_before: str = DEFAULT_REMINDER,
    ) -> DrillInfo:
        """Put a drill on the calendar; the level and departments must be the approved plan's."""
        actor = required(actor, ACTING_USER)
        scenario = required(scenario, QT_TRANSLATE_NOOP("CoreDrills", "a scenario for the drill"))
        moment = aware(at, QT_TRANSLATE_NOOP("CoreDrills", "the drill time"))
        now = self._now()
        if moment <= now:
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreDrills", "the drill time {at} has passed; choose a later time"
                ).format(at=moment)
            )
        try:
            remind = Duration.parse(remind_before.strip())
        except DurationError as error:
            raise IncidentError(
                QT_TRANSLATE_NOOP("CoreDrills", "the reminder time: {reason}").format(
                    reason=error.message
                )
            ) from None
        with self._db.write() as session:
            require(
                session,
                actor,
                Permission.MANAGE_DRILLS,
                action=QT_TRANSLATE_NOOP("CoreDrills", "schedule drills"),
            )
            document = self._approved_document(session, plan_id)
            levels = [lv["key"] for lv in document.get("levels", ())]
            if level not in levels:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreDrills",
                        "plan {plan!r} has no level {level!r}; its levels are {levels}",
                    ).format(plan=plan_id, level=level, levels=levels)
                )
            known = [d["key"] for d in document.get("departments", ())]
            chosen = list(dict.fromkeys(departments))
            if not chosen:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreDrills", "at least one department must take part in the drill"
                    )
                )
            unknown = [d for d in chosen if d not in known]
            if unknown:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreDrills",
                        "plan {plan!r} has no department {unknown}; its departments are {known}",
                    ).format(plan=plan_id, unknown=[repr(d) for d in unknown], known=known)
                )
            row = StoredDrill(
                plan_id=plan_id,
                scheduled_at=moment,
                scenario=scenario,
                level=level,
                departments=chosen,
                remind_before=str(remind),
                status="scheduled",
                created_at=now,
                created_by=actor,
                changed_at=now,
                changed_by=actor,
            )
            session.add(row)
            session.flush()
            return _info(row, _drill_days(session, {plan_id}))

    def cancel(
        self, drill_id: int, actor: str, reason: str, expected_version: int | None = None
    ) -> DrillInfo:
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreDrills", "a reason for cancelling the drill")
        )
        now = self._now()
        with self._db.write() as session:
            require(
                session,
                actor,
                Permission.MANAGE_DRILLS,
                action=QT_TRANSLATE_NOOP("CoreDrills", "cancel drills"),
            )
            # Locked, so that of two desktops cancelling at once the second sees the first's.
            row = session.get(StoredDrill, drill_id, with_for_update=True)
            if row is None:
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP("CoreDrills", "there is no drill {drill}").format(
                        drill=drill_id
                    )
                )
            if expected_version is not None and row.row_version != expected_version:
                raise ChangedMeanwhileError(
                    refusal(
                        session,
                        self._now(),
                        QT_TRANSLATE_NOOP("CoreDrills", "drill {drill} '{scenario}'").format(
                            drill=drill_id, scenario=shortened(row.scenario)
                        ),
                        "drills",
                        drill_id,
                        drill_change,
                        (row.changed_by, row.changed_at),
                        times=max(row.row_version - expected_version, 1),
                    )
                )
            if row.status == "cancelled":
                raise IncidentError(
                    QT_TRANSLATE_NOOP("CoreDrills", "drill {drill} is already cancelled").format(
                        drill=drill_id
                    )
                )
            row.status, row.note, row.changed_at, row.changed_by = "cancelled", reason, now, actor
            session.flush()
            return _info(row, _drill_days(session, {row.plan_id}))

    def drills(self, plan_id: str | None = None, include_cancelled: bool = True) -> list[DrillInfo]:
        """Scheduled drills, soonest first."""
        query = select(StoredDrill).order_by(StoredDrill.scheduled_at, StoredDrill.id)
        if plan_id is not None:
            query = query.where(StoredDrill.plan_id == plan_id)
        if not include_cancelled:
            query = query.where(StoredDrill.status == "scheduled")
        with self._db.read() as session:
            rows = list(session.scalars(query))
            held = _drill_days(session, {r.plan_id for r in rows})
            return [_info(r, held) for r in rows]

    def standings(self) -> list[DrillStanding]:
        """Each plan with an approved version: how often it must be drilled, when it last was,
        when the next is due, whether that has passed, and the next drill on the calendar."""
        now = self._now()
        with self._db.read() as session:
            approved = session.execute(
                select(
                    PlanVersion.id, PlanVersion.plan_id, PlanVersion.title_zh, PlanVersion.title_en
                )
                .where(PlanVersion.status == "approved")
                .order_by(PlanVersion.plan_id)
            ).all()
            rules = self._sources.rules(session, [a.id for a in approved])
            first_approved, last_drill = drill_history(session, [a.plan_id for a in approved])
            upcoming = dict(
                session.execute(
                    select(StoredDrill.plan_id, func.min(StoredDrill.scheduled_at))
                    .where(StoredDrill.status == "scheduled", StoredDrill.scheduled_at > now)
                    .group_by(StoredDrill.plan_id)
                ).all()
            )
            out = []
            for a in approved:
                every = rules[a.id].drills_every
                if not every:
                    continue
                last = last_drill.get(a.plan_id)
                basis = last or first_approved.get(a.plan_id)
                due = due_or_none(basis, every) if basis is not None else None
                out.append(
                    DrillStanding(
                        plan_id=a.plan_id,
                        title_zh=a.title_zh,
                        title_en=a.title_en,
                        every=every,
                        last_drill_at=last,
                        next_due_at=due,
                        next_scheduled_at=upcoming.get(a.plan_id),
                        overdue=due is not None and due <= now,
                    )
                )
            return out

    def dispose(self) -> None:
        self._db.dispose()

    # --- parts -----------------------------------------------------------------------------

    @staticmethod
    def _approved_document(session: Session, plan_id: str) -> dict[str, Any]:
        rows = session.execute(
            select(PlanVersion.status, PlanVersion.document).where(PlanVersion.plan_id == plan_id)
        ).all()
        if not rows:
            raise IncidentNotFoundError(no_plan(plan_id))
        approved = next((r for r in rows if r.status == "approved"), None)
        if approved is None:
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreDrills",
                    "plan {plan!r} has no approved version; drills are scheduled on approved plans",
                ).format(plan=plan_id)
            )
        return dict(approved.document)


def _drill_days(session: Session, plan_ids: set[str]) -> dict[tuple[str, date], int]:
    """The first drill incident declared on each plan on each (China) day."""
    found: dict[tuple[str, date], int] = {}
    for plan_id, incident_id, declared_at in session.execute(
        select(PlanVersion.plan_id, Incident.id, Incident.declared_at)
        .join(PlanVersion, PlanVersion.id == Incident.plan_version_id)
        .where(PlanVersion.plan_id.in_(plan_ids), Incident.is_drill.is_(True))
        .order_by(Incident.declared_at)
    ):
        found.setdefault((plan_id, declared_at.astimezone(CHINA).date()), incident_id)
    return found


def _info(row: StoredDrill, held: dict[tuple[str, date], int]) -> DrillInfo:
    held_id = held.get((row.plan_id, row.scheduled_at.astimezone(CHINA).date()))
    return DrillInfo(
        id=row.id,
        plan_id=row.plan_id,
        scheduled_at=row.scheduled_at,
        scenario=row.scenario,
        level=row.level,
        departments=tuple(row.departments),
        remind_before=row.remind_before,
        status=row.status,
        created_at=row.created_at,
        created_by=row.created_by,
        note=row.note,
        held_incident_id=held_id,
        row_version=row.row_version,
    )
