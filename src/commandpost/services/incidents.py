"""The incident service: running an incident by its approved plan, from warning to closing.

Shape (``docs/incidents.md``): one method per user action, each taking the acting user, opening
one transaction that locks the incident, refusing with :class:`IncidentError` (a sentence saying
why; nothing changed) or writing the change and its timeline event together, and returning plain
records from ``incident_records``. Time comes only from the injected clock.

The class is assembled from parts: task work (``incident_tasks``), warnings, progress reports and
situation figures (``incident_reporting``), reading (``incident_reads``) and, here, the life of
the incident itself: declaring, levels, phases, closing.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from commandpost.access import Permission
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.access import require
from commandpost.services.checklists import checklist, phase_order, relayer, start_phases
from commandpost.services.incident_base import (
    ACTING_USER,
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
    aware,
    named,
    required,
)
from commandpost.services.incident_reads import Reads
from commandpost.services.incident_records import IncidentSummary, LevelChange, PhasePeriod
from commandpost.services.incident_refusals import out_of_levels, refuse_mismatch
from commandpost.services.incident_reporting import (
    IN_ORDER,
    LOWEST_FIRST,
    Reporting,
    known,
    open_warning,
)
from commandpost.services.incident_tasks import TaskWork
from commandpost.store import audit
from commandpost.store.incident_models import Incident, IncidentTask, StoredPhasePeriod
from commandpost.store.models import Base

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

_TASKS = Base.metadata.tables[IncidentTask.__tablename__]

__all__ = ["ChangedMeanwhileError", "IncidentError", "IncidentNotFoundError", "IncidentService"]


class IncidentService(TaskWork, Reporting, Reads):
    """Every incident action the window, the command line and the tests perform."""

    # --- declaring and closing ---------------------------------------------------------------

    def declare(
        self,
        plan_id: str,
        category: str,
        level: str,
        title: str,
        actor: str,
        description: str = "",
        is_drill: bool = False,
        declared_at: datetime | None = None,
        warning_id: int | None = None,
    ) -> IncidentSummary:
        """Declare an incident (or drill) on the plan's approved version, pinned to it.

        Every plan task that applies at the level and category becomes a checklist row; the
        first phase starts at the declaration. From a warning, the warning becomes activated.
        """
        actor = required(actor, ACTING_USER)
        title = required(title, QT_TRANSLATE_NOOP("CoreIncidents", "a title for the incident"))
        now = self._now()
        at = (
            now
            if declared_at is None
            else aware(declared_at, QT_TRANSLATE_NOOP("CoreIncidents", "the declaration time"))
        )
        if at > now:
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "the declaration time {at} is in the future; "
                    "an incident can be recorded after the fact, never ahead of time",
                ).format(at=at)
            )
        with self._write() as session:
            what = (
                QT_TRANSLATE_NOOP("CoreIncidents", "declare a drill")
                if is_drill
                else QT_TRANSLATE_NOOP("CoreIncidents", "declare an incident")
            )
            require(session, actor, Permission.COMMAND, action=what)
            version = self._approved(session, plan_id)
            plan = self._plan(session, version.id)
            known(plan, "category", category, [c.key for c in plan.categories])
            known(plan, "level", level, [lv.key for lv in plan.levels])
            warning = None
            if warning_id is not None:
                warning = open_warning(session, warning_id)
                warned = self._version_ref(session, warning.plan_version_id)
                refuse_mismatch(warning, warned.plan_id, plan_id, is_drill)
            first = plan.phases[0].key
            incident = Incident(
                plan_version_id=version.id,
                title=title,
                description=(description or "").strip(),
                category=category,
                level=level,
                phase=first,
                is_drill=is_drill,
                status="active",
                declared_at=at,
                declared_by=actor,
                recorded_at=now,
            )
            session.add(incident)
            session.flush()
            rows = checklist(plan, incident.id, level, category, at, actor)
            if rows:  # one executemany (the ORM's bulk insert would send one per row here)
                session.execute(insert(_TASKS), rows)
                ids = dict(
                    session.execute(
                        select(_TASKS.c.key, _TASKS.c.id).where(_TASKS.c.incident_id == incident.id)
                    ).all()
                )
                audit.inserted(session, _TASKS, ({"id": ids[r["key"]], **r} for r in rows))
            session.add(
                StoredPhasePeriod(
                    incident_id=incident.id, phase=first, started_at=at, started_by=actor
                )
            )
            if warning is not None:
                warning.status, warning.decided_at, warning.decided_by = "activated", now, actor
                warning.incident_id = incident.id
                warning.decision_note = f"incident {incident.id} declared"
            self._event(
                session,
                incident,
                at,
                actor,
                "declared",
                plan_id=plan_id,
                plan_version=version.version,
                category=category,
                level=level,
                phase=first,
                tasks=len(rows),
                is_drill=is_drill,
                warning_id=warning_id,
                recorded_at=now.isoformat() if at != now else None,
            )
            session.flush()
            return self._summaries(session, [incident], now)[0]

    def close(self, incident_id: int, actor: str, reason: str) -> IncidentSummary:
        """End the response. The summary's ``open_tasks`` says how many were left open."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreIncidents", "a reason for closing the incident")
        )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "close an incident"),
            )
            incident = self._incident_for_change(session, incident_id)
            _end_current_phase(session, incident, now)
            incident.status, incident.closed_at, incident.closed_by = "closed", now, actor
            incident.close_reason = reason
            session.flush()
            closed = self._summaries(session, [incident], now)[0]
            self._event(
                session,
                incident,
                now,
                actor,
                "closed",
                reason=reason,
                phase=incident.phase,
                open_tasks=closed.open_tasks,
            )
            return closed

    # --- levels and phases -------------------------------------------------------------------

    def change_level(
        self,
        incident_id: int,
        level: str,
        actor: str,
        reason: str,
        expected_level: str | None = None,
    ) -> LevelChange:
        """Raise or lower the level to a named one, re-layering the checklist.

        ``expected_level``: the level the caller saw; if it has moved since, the change is
        refused saying who moved it and when (``ChangedMeanwhileError``)."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreIncidents", "a reason for changing the level")
        )
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "change an incident's level"),
            )
            incident = self._incident_for_change(session, incident_id)
            self._refuse_if_moved(session, incident, expected_level, None)
            plan = self._plan(session, incident.plan_version_id)
            known(plan, "level", level, [lv.key for lv in plan.levels], LOWEST_FIRST)
            if level == incident.level:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "incident {incident} is already at level {level!r}"
                    ).format(incident=incident.id, level=named(plan, "level", level))
                )
            return self._relevel(session, incident, plan, level, actor, reason)

    def shift_level(
        self,
        incident_id: int,
        steps: int,
        actor: str,
        reason: str,
        expected_level: str | None = None,
    ) -> LevelChange:
        """Raise (``steps`` > 0) or lower (< 0) the level by steps in the plan's list, from
        ``expected_level`` if given (as ``change_level``)."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreIncidents", "a reason for changing the level")
        )
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "change an incident's level"),
            )
            incident = self._incident_for_change(session, incident_id)
            self._refuse_if_moved(session, incident, expected_level, None)
            plan = self._plan(session, incident.plan_version_id)
            keys = [lv.key for lv in plan.levels]
            current = keys.index(incident.level)
            target = current + steps
            if steps == 0:
                raise IncidentError(
                    QT_TRANSLATE_NOOP("CoreIncidents", "the level would stay the same")
                )
            if not 0 <= target < len(keys):
                raise IncidentError(out_of_levels(incident.id, incident.level, plan, steps))
            return self._relevel(session, incident, plan, keys[target], actor, reason)

    def _relevel(
        self, session: Session, incident: Incident, plan: Plan, level: str, actor: str, reason: str
    ) -> LevelChange:
        now = self._now()
        old = incident.level
        added, restored, retired = relayer(session, incident, plan, level, now, actor)
        incident.level = level
        raised = plan.level(level).rank > plan.level(old).rank
        self._event(
            session,
            incident,
            now,
            actor,
            "level_raised" if raised else "level_lowered",
            old_level=old,
            new_level=level,
            reason=reason,
            added=added,
            restored=restored,
            retired=retired,
        )
        return LevelChange(old, level, len(added), len(restored), len(retired))

    def advance_phase(
        self,
        incident_id: int,
        actor: str,
        to: str | None = None,
        expected_phase: str | None = None,
    ) -> PhasePeriod:
        """Start the next phase in the plan's order, or jump forward to a named one.

        Tasks timed from the new phase (and from any phase jumped over) get their due times.
        ``expected_phase``: the phase the caller saw; if it has moved since, the change is
        refused saying who moved it and when.
        """
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "advance an incident's phase"),
            )
            incident = self._incident_for_change(session, incident_id)
            self._refuse_if_moved(session, incident, None, expected_phase)
            plan = self._plan(session, incident.plan_version_id)
            order = phase_order(plan)
            current = order[incident.phase]
            if to is None:
                if current == len(plan.phases) - 1:
                    raise IncidentError(
                        QT_TRANSLATE_NOOP(
                            "CoreIncidents",
                            "incident {incident} is in its last phase ({phase!r}); "
                            "no phase comes after it: close the incident to end the response",
                        ).format(incident=incident.id, phase=named(plan, "phase", incident.phase))
                    )
                target = current + 1
            else:
                known(plan, "phase", to, list(order), IN_ORDER)
                target = order[to]
                if target == current:
                    raise IncidentError(
                        QT_TRANSLATE_NOOP(
                            "CoreIncidents", "incident {incident} is already in phase {phase!r}"
                        ).format(incident=incident.id, phase=named(plan, "phase", to))
                    )
                if target < current:
                    raise IncidentError(
                        QT_TRANSLATE_NOOP(
                            "CoreIncidents",
                            "incident {incident} is in phase {phase!r}, after {to!r}; "
                            "phases only move forward",
                        ).format(
                            incident=incident.id,
                            phase=named(plan, "phase", incident.phase),
                            to=named(plan, "phase", to),
                        )
                    )
            keys = [p.key for p in plan.phases[current + 1 : target + 1]]
            _end_current_phase(session, incident, now)
            deadlines = start_phases(session, incident, keys, now, actor)
            previous, incident.phase = incident.phase, keys[-1]
            session.add(
                StoredPhasePeriod(
                    incident_id=incident.id, phase=keys[-1], started_at=now, started_by=actor
                )
            )
            self._event(
                session,
                incident,
                now,
                actor,
                "phase_started",
                previous=previous,
                phase=keys[-1],
                skipped=keys[:-1] or None,
                deadlines_set=deadlines,
            )
            return PhasePeriod(keys[-1], now, actor, None)


def _end_current_phase(session: Session, incident: Incident, now: datetime) -> None:
    for period in session.scalars(
        select(StoredPhasePeriod).where(
            StoredPhasePeriod.incident_id == incident.id, StoredPhasePeriod.ended_at.is_(None)
        )
    ):
        period.ended_at = now
