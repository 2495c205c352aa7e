"""Warnings, progress reports and situation figures: what reaches the command group from the
departments and from monitoring scripts, and what it does with them (activate or dismiss a
warning, acknowledge a report). Part of the incident service (``services/incidents.py``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import Permission
from commandpost.services.access import require
from commandpost.services.incident_base import (
    IncidentError,
    IncidentNotFoundError,
    ServiceBase,
    aware,
    required,
    when,
)
from commandpost.services.incident_records import FigureValue, ReportInfo, WarningInfo
from commandpost.services.incident_rows import report_info, warning_info
from commandpost.store.incident_models import StoredFigure, StoredReport, StoredWarning

if TYPE_CHECKING:
    from commandpost.plan.model import Plan


class Reporting(ServiceBase):
    # --- warnings ----------------------------------------------------------------------------

    def warn(
        self,
        plan_id: str,
        figures: Mapping[str, float],
        actor: str,
        note: str | None = None,
        is_drill: bool = False,
    ) -> WarningInfo:
        """Raise a warning on an approved plan, with the situation figures that crossed its line.

        A warning concerns no incident yet, so its own row is its record (who, when, figures).
        """
        actor = required(actor, "the acting user")
        now = self._now()
        with self._write() as session:
            require(session, actor, Permission.COMMAND, action="raise a warning")
            version = self._approved(session, plan_id)
            plan = self._plan(session, version.id)
            values = {key: figure_number(plan, key, value) for key, value in figures.items()}
            row = StoredWarning(
                plan_version_id=version.id,
                raised_at=now,
                raised_by=actor,
                figures=values,
                note=(note or "").strip() or None,
                is_drill=is_drill,
                status="open",
            )
            session.add(row)
            session.flush()
            return warning_info(row, plan_id, version.version)

    def dismiss_warning(self, warning_id: int, actor: str, reason: str) -> WarningInfo:
        actor = required(actor, "the acting user")
        reason = required(reason, "a reason for dismissing the warning")
        now = self._now()
        with self._write() as session:
            require(session, actor, Permission.COMMAND, action="dismiss a warning")
            row = open_warning(session, warning_id)
            row.status, row.decided_at, row.decided_by = "dismissed", now, actor
            row.decision_note = reason
            session.flush()
            version = self._version_ref(session, row.plan_version_id)
            return warning_info(row, version.plan_id, version.version)

    # --- progress reports and situation figures -----------------------------------------------

    def send_report(
        self, incident_id: int, department: str, actor: str, done: str, doing: str, needs_help: str
    ) -> ReportInfo:
        """A department's progress report to the command group: done, doing, needs help."""
        actor = required(actor, "the acting user")
        texts = [(t or "").strip() for t in (done, doing, needs_help)]
        if not any(texts):
            raise IncidentError(
                "a progress report needs at least one of: what is done, what is being done, "
                "what help is needed"
            )
        now = self._now()
        with self._write() as session:
            require(
                session, actor, Permission.REPORT, [department], action="send a progress report"
            )
            incident = self._incident_for_change(session, incident_id)
            plan = self._plan(session, incident.plan_version_id)
            known(plan, "department", department, [d.key for d in plan.departments])
            report = StoredReport(
                incident_id=incident.id,
                department=department,
                sent_at=now,
                sent_by=actor,
                done=texts[0],
                doing=texts[1],
                needs_help=texts[2],
            )
            session.add(report)
            session.flush()
            self._event(
                session,
                incident,
                now,
                actor,
                "report_sent",
                report_id=report.id,
                department=department,
                needs_help=texts[2] or None,
            )
            return report_info(report)

    def acknowledge_report(self, report_id: int, actor: str) -> ReportInfo:
        actor = required(actor, "the acting user")
        now = self._now()
        with self._write() as session:
            require(session, actor, Permission.COMMAND, action="acknowledge a progress report")
            incident_id = session.scalar(
                select(StoredReport.incident_id).where(StoredReport.id == report_id)
            )
            if incident_id is None:
                raise IncidentNotFoundError(f"there is no progress report {report_id}")
            incident = self._incident_for_change(session, incident_id)
            report = session.get(StoredReport, report_id)
            assert report is not None
            if report.acknowledged_at is not None:
                raise IncidentError(
                    f"progress report {report_id} was already acknowledged by "
                    f"{report.acknowledged_by} at {when(report.acknowledged_at)}"
                )
            report.acknowledged_at, report.acknowledged_by = now, actor
            self._event(
                session,
                incident,
                now,
                actor,
                "report_acknowledged",
                report_id=report.id,
                department=report.department,
            )
            session.flush()
            return report_info(report)

    def record_figure(
        self, incident_id: int, key: str, value: float, actor: str, at: datetime | None = None
    ) -> FigureValue:
        """One reading of a situation figure the plan names, now or at an earlier time."""
        actor = required(actor, "the acting user")
        now = self._now()
        moment = now if at is None else aware(at, "the time of the figure")
        if moment > now:
            raise IncidentError(f"the time {when(moment)} is in the future")
        with self._write() as session:
            require(session, actor, Permission.REPORT, action="record a situation figure")
            incident = self._incident_for_change(session, incident_id)
            plan = self._plan(session, incident.plan_version_id)
            number = figure_number(plan, key, value)
            session.add(
                StoredFigure(
                    incident_id=incident.id,
                    key=key,
                    value=number,
                    at=moment,
                    recorded_by=actor,
                    recorded_at=now,
                )
            )
            self._event(
                session,
                incident,
                moment,
                actor,
                "figure_recorded",
                key=key,
                value=number,
                recorded_at=now.isoformat() if moment != now else None,
            )
            return FigureValue(key, number, moment, actor)


_PLURAL = {"category": "categories"}


def known(plan: Plan, what: str, key: str, keys: list[str], order: str = "") -> None:
    """Refuse a key the plan does not define, listing the ones it does."""
    if key not in keys:
        raise IncidentError(
            f"plan {plan.id!r} has no {what} {key!r}; its {_PLURAL.get(what, what + 's')} are "
            f"{', '.join(keys)}{order}"
        )


def figure_number(plan: Plan, key: str, value: object) -> float:
    keys = [f.key for f in plan.figures]
    if key not in keys:
        if not keys:
            raise IncidentError(f"plan {plan.id!r} names no situation figures")
        raise IncidentError(
            f"plan {plan.id!r} has no situation figure {key!r}; its figures are {', '.join(keys)}"
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise IncidentError(f"situation figure {key!r} must be a number, not {value!r}")
    if not math.isfinite(value):
        raise IncidentError(f"situation figure {key!r} must be a finite number, not {value}")
    return float(value)


def open_warning(session: Session, warning_id: int) -> StoredWarning:
    row = session.scalar(
        select(StoredWarning).where(StoredWarning.id == warning_id).with_for_update()
    )
    if row is None:
        raise IncidentNotFoundError(f"there is no warning {warning_id}")
    if row.status != "open":
        decided = f" by {row.decided_by} at {when(row.decided_at)}" if row.decided_at else ""
        outcome = (
            f"activated{decided} (incident {row.incident_id})"
            if row.status == "activated"
            else f"dismissed{decided}"
        )
        raise IncidentError(f"warning {warning_id} was already {outcome}")
    return row
