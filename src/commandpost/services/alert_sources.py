"""Reading the moments alerts stand for out of the database: open task deadlines, progress reports
due, warnings waiting, scheduled drills, plan reviews and drills due.

Everything is read with a few set queries (10,000 open deadlines read in tens of milliseconds) and
turned into :class:`~commandpost.incident.alerting.Moment` values by the pure rules. A plan's
escalation rules, report cadences and drill interval are read from its stored document as plain
JSON, without validating the whole plan, and kept per plan version (approved text never changes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commandpost.incident.alerting import (
    Moment,
    Step,
    lead_seconds,
    lead_time,
    stamp,
    steps_from,
    task_moments,
    upcoming,
)
from commandpost.incident.deadlines import due_at
from commandpost.incident.workdays import CalendarNotCoveredError
from commandpost.plan.durations import Duration
from commandpost.store.alert_models import StoredDrill
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredReport,
    StoredWarning,
)
from commandpost.store.models import PlanVersion

LEVEL_CHANGES = ("level_raised", "level_lowered")
DRILL_STANDS = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PlanRules:
    """What alerts need from one plan version's document."""

    plan_id: str
    task_steps: dict[str, tuple[Step, ...]]
    default_steps: tuple[Step, ...]
    report_every: dict[str, str]
    drills_every: str | None
    titles: dict[str, str] = field(default_factory=dict)
    departments: dict[str, dict[str, str]] = field(default_factory=dict)


def rules_of(plan_id: str, document: dict[str, Any]) -> PlanRules:
    rules = {r["key"]: steps_from(r.get("steps")) for r in document.get("escalation", ())}
    default = rules.get(document.get("default_escalation") or "", ())
    task_steps: dict[str, tuple[Step, ...]] = {}
    for task in document.get("tasks", ()):
        named = task.get("escalation")
        task_steps[task["key"]] = rules.get(named, ()) if named else default
    return PlanRules(
        plan_id=plan_id,
        task_steps=task_steps,
        default_steps=default,
        report_every={
            lv["key"]: lv["report_every"]
            for lv in document.get("levels", ())
            if lv.get("report_every")
        },
        drills_every=(document.get("drills") or {}).get("every"),
        titles=dict(document.get("title") or {}),
        departments={d["key"]: dict(d.get("name") or {}) for d in document.get("departments", ())},
    )


class Sources:
    """Reads moments; keeps each plan version's rules once read."""

    def __init__(self) -> None:
        self._rules: dict[int, PlanRules] = {}

    def rules(self, session: Session, version_ids: Iterable[int]) -> dict[int, PlanRules]:
        missing = set(version_ids) - self._rules.keys()
        if missing:
            for row in session.execute(
                select(PlanVersion.id, PlanVersion.plan_id, PlanVersion.document).where(
                    PlanVersion.id.in_(missing)
                )
            ):
                self._rules[row.id] = rules_of(row.plan_id, row.document)
        return self._rules

    def scan(self, session: Session, now: datetime) -> tuple[list[Moment], datetime | None]:
        """Every moment that has come by ``now`` (to be reduced by ``come``), and when the next
        one comes."""
        active = {
            r.id: r
            for r in session.execute(
                select(
                    Incident.id,
                    Incident.plan_version_id,
                    Incident.title,
                    Incident.level,
                    Incident.is_drill,
                    Incident.declared_at,
                ).where(Incident.status == "active")
            )
        }
        rules = self.rules(session, {r.plan_version_id for r in active.values()})
        out, next_ts = self._tasks(session, active, rules, now)
        others = self._reports(session, active, rules)
        others += self._warnings(session)
        others += self._drills(session, now)
        others += self._plans(session)
        out += [m for m in others if m.at <= now]
        later = upcoming(others, now, set())
        if later is not None:
            next_ts = min(next_ts, later.timestamp())
        return out, None if next_ts == math.inf else datetime.fromtimestamp(next_ts, UTC)

    @staticmethod
    def _tasks(
        session: Session, active: dict[int, Any], rules: dict[int, PlanRules], now: datetime
    ) -> tuple[list[Moment], float]:
        """The moments of open tasks that have come by ``now``, and the time (a timestamp) of the
        next one. Most tasks have nothing come yet: for them only their reminder time is looked
        at, with no objects made, so 10,000 open deadlines cost little more than reading them."""
        T = IncidentTask
        rows = session.connection().execute(
            select(
                T.id,
                T.incident_id,
                T.key,
                T.department,
                T.due_at,
                T.due_within,
                T.remind_before,
                T.title_zh,
                T.title_en,
                T.ad_hoc,
            )
            .join(Incident, Incident.id == T.incident_id)
            .where(T.status == "open", T.due_at.is_not(None), Incident.status == "active")
        )
        now_ts = now.timestamp()
        next_ts = math.inf
        out: list[Moment] = []
        for id_, incident_id, key, department, due_time, within, remind, zh, en, ad_hoc in rows:
            if due_time is None:  # excluded by the query; says so to the type checker
                continue
            first = due_time.timestamp() - lead_seconds(within, remind)
            if first > now_ts:  # not even the reminder has come
                next_ts = min(next_ts, first)
                continue
            incident = active.get(incident_id)
            if incident is None:  # declared between the two reads; the next pass has it
                continue
            plan = rules[incident.plan_version_id]
            data = {
                "title_zh": zh,
                "title_en": en,
                "incident_title": incident.title,
                "is_drill": incident.is_drill,
                "task_key": key,
                "due_at": due_time.isoformat(),
            }
            for m in task_moments(
                id_,
                incident_id,
                department,
                due_time,
                lead_time(within, remind),
                plan.default_steps if ad_hoc else plan.task_steps.get(key, ()),
                data,
            ):
                if m.at <= now:
                    out.append(m)
                else:
                    next_ts = min(next_ts, m.at.timestamp())
        return out, next_ts

    @staticmethod
    def _reports(
        session: Session, active: dict[int, Any], rules: dict[int, PlanRules]
    ) -> list[Moment]:
        """A department of an incident whose level sets a report cadence owes a progress report
        that long after the later of the declaration, the last level change and its last report."""
        cadence = {
            i.id: rules[i.plan_version_id].report_every[i.level]
            for i in active.values()
            if i.level in rules[i.plan_version_id].report_every
        }
        if not cadence:
            return []
        ids = list(cadence)
        level_at = dict(
            session.execute(
                select(IncidentEvent.incident_id, func.max(IncidentEvent.at))
                .where(IncidentEvent.incident_id.in_(ids), IncidentEvent.kind.in_(LEVEL_CHANGES))
                .group_by(IncidentEvent.incident_id)
            ).all()
        )
        sent = {
            (r.incident_id, r.department): r.last
            for r in session.execute(
                select(
                    StoredReport.incident_id,
                    StoredReport.department,
                    func.max(StoredReport.sent_at).label("last"),
                )
                .where(StoredReport.incident_id.in_(ids))
                .group_by(StoredReport.incident_id, StoredReport.department)
            )
        }
        out = []
        for row in session.execute(
            select(IncidentTask.incident_id, IncidentTask.department)
            .where(IncidentTask.incident_id.in_(ids), IncidentTask.status != "retired")
            .distinct()
        ):
            incident = active[row.incident_id]
            starts = [incident.declared_at, level_at.get(row.incident_id)]
            starts.append(sent.get((row.incident_id, row.department)))
            basis = max(s for s in starts if s is not None)
            due = due_or_none(basis, cadence[row.incident_id])
            if due is None:
                continue
            out.append(
                Moment(
                    f"report:{row.incident_id}:{row.department}:{stamp(due)}",
                    "report_due",
                    due,
                    "department",
                    incident_id=row.incident_id,
                    department=row.department,
                    data={
                        "incident_title": incident.title,
                        "is_drill": incident.is_drill,
                        "every": cadence[row.incident_id],
                    },
                )
            )
        return out

    @staticmethod
    def _warnings(session: Session) -> list[Moment]:
        W = StoredWarning
        rows = session.execute(
            select(W.id, W.raised_at, W.raised_by, W.note, W.is_drill, PlanVersion.plan_id)
            .join(PlanVersion, PlanVersion.id == W.plan_version_id)
            .where(W.status == "open")
        )
        return [
            Moment(
                f"warning:{w.id}",
                "warning",
                w.raised_at,
                "command_group",
                data={
                    "warning_id": w.id,
                    "plan_id": w.plan_id,
                    "raised_by": w.raised_by,
                    "note": w.note,
                    "is_drill": w.is_drill,
                },
            )
            for w in rows
        ]

    @staticmethod
    def _drills(session: Session, now: datetime) -> list[Moment]:
        """Scheduled drills: a reminder before, and the start. A drill more than a day past is
        history (held or not, the drills list says), not something that still stands."""
        D = StoredDrill
        out = []
        for d in session.execute(
            select(D.id, D.plan_id, D.scheduled_at, D.scenario, D.level, D.remind_before).where(
                D.status == "scheduled", D.scheduled_at > now - DRILL_STANDS
            )
        ):
            data = {
                "drill_id": d.id,
                "plan_id": d.plan_id,
                "scenario": d.scenario,
                "level": d.level,
            }
            chain = f"drill:{d.id}:{stamp(d.scheduled_at)}"
            remind_at = d.scheduled_at - lead_time(None, d.remind_before)
            for kind, at in (("drill_reminder", remind_at), ("drill_start", d.scheduled_at)):
                key = f"drill:{d.id}:{kind}:{stamp(d.scheduled_at)}"
                out.append(Moment(key, kind, at, "admin", chain, data=data))
        return out

    def _plans(self, session: Session) -> list[Moment]:
        """Approved plans whose review date has come, and plans due for a drill: a drill (an
        incident marked as one) within the plan's drill interval of the last one, or of the plan's
        first approval."""
        approved = session.execute(
            select(
                PlanVersion.id, PlanVersion.plan_id, PlanVersion.version, PlanVersion.review_due_at
            ).where(PlanVersion.status == "approved")
        ).all()
        if not approved:
            return []
        rules = self.rules(session, [a.id for a in approved])
        first_approved, last_drill = drill_history(session, [a.plan_id for a in approved])
        out = []
        for a in approved:
            rule = rules[a.id]
            data = {"plan_id": a.plan_id, "version": a.version, **_titles(rule)}
            if a.review_due_at is not None:
                key = f"plan-review:{a.id}:{stamp(a.review_due_at)}"
                out.append(Moment(key, "plan_review", a.review_due_at, "admin", data=data))
            basis = last_drill.get(a.plan_id) or first_approved.get(a.plan_id)
            if rule.drills_every and basis is not None:
                due = due_or_none(basis, rule.drills_every)
                if due is None:
                    continue
                key = f"drill-overdue:{a.plan_id}:{stamp(due)}"
                data = {**data, "every": rule.drills_every, "last_drill": _iso(last_drill, a)}
                out.append(Moment(key, "drill_overdue", due, "admin", data=data))
        return out


def drill_history(
    session: Session, plan_ids: Iterable[str]
) -> tuple[dict[str, datetime], dict[str, datetime]]:
    """Per plan: when a version was first approved, and when its last drill (an incident marked
    as one, on any version) was declared. A plan's next drill is due its ``drills.every`` after
    the last drill, or after the first approval if it was never drilled."""
    ids = list(plan_ids)
    first_approved: dict[str, datetime] = {
        plan: at
        for plan, at in session.execute(
            select(PlanVersion.plan_id, func.min(PlanVersion.approved_at))
            .where(PlanVersion.plan_id.in_(ids))
            .group_by(PlanVersion.plan_id)
        )
        if at is not None
    }
    last_drill: dict[str, datetime] = {
        plan: at
        for plan, at in session.execute(
            select(PlanVersion.plan_id, func.max(Incident.declared_at))
            .join(Incident, Incident.plan_version_id == PlanVersion.id)
            .where(PlanVersion.plan_id.in_(ids), Incident.is_drill.is_(True))
            .group_by(PlanVersion.plan_id)
        )
        if at is not None
    }
    return first_approved, last_drill


def _titles(rule: PlanRules) -> dict[str, str]:
    return {f"plan_title_{lang}": text for lang, text in rule.titles.items()}


def _iso(last_drill: dict[str, datetime], a: Any) -> str | None:
    found = last_drill.get(a.plan_id)
    return found.isoformat() if found else None


def due_or_none(start: datetime, within: str) -> datetime | None:
    """The moment, or None past the official calendar's last year (nothing is guessed)."""
    try:
        return due_at(start, Duration.parse(within))
    except CalendarNotCoveredError:
        return None
