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
from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.access import require
from commandpost.services.incident_base import (
    ACTING_USER,
    IncidentError,
    IncidentNotFoundError,
    ServiceBase,
    aware,
    named,
    no_warning,
    required,
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
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "raise a warning"),
            )
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
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreIncidents", "a reason for dismissing the warning")
        )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "dismiss a warning"),
            )
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
        actor = required(actor, ACTING_USER)
        texts = [(t or "").strip() for t in (done, doing, needs_help)]
        if not any(texts):
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "a progress report needs at least one of: what is done, what is being done, "
                    "what help is needed",
                )
            )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REPORT,
                [department],
                action=QT_TRANSLATE_NOOP("CoreIncidents", "send a progress report"),
                names=lambda key: named(self._plan_of(session, incident_id), "department", key),
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
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "acknowledge a progress report"),
            )
            incident_id = session.scalar(
                select(StoredReport.incident_id).where(StoredReport.id == report_id)
            )
            if incident_id is None:
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "there is no progress report {report}"
                    ).format(report=report_id)
                )
            incident = self._incident_for_change(session, incident_id)
            report = session.get(StoredReport, report_id)
            assert report is not None
            if report.acknowledged_at is not None:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents",
                        "progress report {report} was already acknowledged by {actor} at {at}",
                    ).format(
                        report=report_id,
                        actor=report.acknowledged_by or "",
                        at=report.acknowledged_at,
                    )
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
        actor = required(actor, ACTING_USER)
        now = self._now()
        moment = (
            now
            if at is None
            else aware(at, QT_TRANSLATE_NOOP("CoreIncidents", "the time of the figure"))
        )
        if moment > now:
            raise IncidentError(
                QT_TRANSLATE_NOOP("CoreIncidents", "the time {at} is in the future").format(
                    at=moment
                )
            )
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REPORT,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "record a situation figure"),
            )
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


KINDS: dict[str, tuple[Message, Message]] = {
    "department": (
        QT_TRANSLATE_NOOP("CoreIncidents", "department"),
        QT_TRANSLATE_NOOP("CoreIncidents", "departments"),
    ),
    "category": (
        QT_TRANSLATE_NOOP("CoreIncidents", "category"),
        QT_TRANSLATE_NOOP("CoreIncidents", "categories"),
    ),
    "level": (
        QT_TRANSLATE_NOOP("CoreIncidents", "level"),
        QT_TRANSLATE_NOOP("CoreIncidents", "levels"),
    ),
    "phase": (
        QT_TRANSLATE_NOOP("CoreIncidents", "phase"),
        QT_TRANSLATE_NOOP("CoreIncidents", "phases"),
    ),
}
"""The kinds of key a plan defines, as a refusal names one and many."""

LOWEST_FIRST = QT_TRANSLATE_NOOP("CoreIncidents", " (lowest first)")
IN_ORDER = QT_TRANSLATE_NOOP("CoreIncidents", " (in order)")


def known(plan: Plan, what: str, key: str, keys: list[str], order: Message | str = "") -> None:
    """Refuse a key the plan does not define, listing the ones it does (``what``: a kind of
    :data:`KINDS`; ``order``: how the list is ordered, if that matters)."""
    if key not in keys:
        one, many = KINDS[what]
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "plan {plan!r} has no {what} {key!r}; its {whats} are {keys}{order}",
            ).format(
                plan=plan.id,
                what=one,
                key=key,
                whats=many,
                keys=[named(plan, what, k) for k in keys],
                order=order,
            )
        )


def figure_number(plan: Plan, key: str, value: object) -> float:
    keys = [f.key for f in plan.figures]
    if key not in keys:
        if not keys:
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreIncidents", "plan {plan!r} names no situation figures"
                ).format(plan=plan.id)
            )
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "plan {plan!r} has no situation figure {key!r}; its figures are {keys}",
            ).format(plan=plan.id, key=key, keys=keys)
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents", "situation figure {key!r} must be a number, not {value}"
            ).format(key=key, value=repr(value))
        )
    if not math.isfinite(value):
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents", "situation figure {key!r} must be a finite number, not {value}"
            ).format(key=key, value=str(value))
        )
    return float(value)


def open_warning(session: Session, warning_id: int) -> StoredWarning:
    row = session.scalar(
        select(StoredWarning).where(StoredWarning.id == warning_id).with_for_update()
    )
    if row is None:
        raise IncidentNotFoundError(no_warning(warning_id))
    if row.status != "open":
        activated = row.status == "activated"
        if row.decided_at:
            outcome = (
                QT_TRANSLATE_NOOP(
                    "CoreIncidents", "activated by {actor} at {at} (incident {incident})"
                )
                if activated
                else QT_TRANSLATE_NOOP("CoreIncidents", "dismissed by {actor} at {at}")
            ).format(actor=row.decided_by or "", at=row.decided_at, incident=row.incident_id or "")
        else:
            outcome = (
                QT_TRANSLATE_NOOP("CoreIncidents", "activated (incident {incident})")
                if activated
                else QT_TRANSLATE_NOOP("CoreIncidents", "dismissed")
            ).format(incident=row.incident_id or "")
        raise IncidentError(
            QT_TRANSLATE_NOOP("CoreIncidents", "warning {warning} was already {outcome}").format(
                warning=warning_id, outcome=outcome
            )
        )
    return row
