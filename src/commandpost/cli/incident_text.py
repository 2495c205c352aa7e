"""Incident records for the terminal: one-line and multi-line text in local time, and JSON.

JSON keeps every field of the records, with times as ISO 8601 in UTC (as ``plans --json``);
text shows times in the desktop's local time.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

from commandpost.services.incident_records import (
    Board,
    EventInfo,
    IncidentSummary,
    ReportInfo,
    TaskInfo,
    WarningInfo,
)


def local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def jsonable(value: Any) -> Any:
    """Plain records as JSON-ready data (dataclasses as objects, times as ISO text)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def board_json(board: Board) -> dict[str, Any]:
    data = {f.name: jsonable(getattr(board, f.name)) for f in dataclasses.fields(board)}
    plan = board.plan
    data["plan"] = {
        "id": plan.id,
        "version": plan.version,
        "title": {"zh": plan.title.zh, "en": plan.title.en},
        "levels": [lv.key for lv in plan.levels],
        "phases": [p.key for p in plan.phases],
        "departments": [d.key for d in plan.departments],
    }
    return data


def dumps(data: Any) -> str:
    return json.dumps(jsonable(data), ensure_ascii=False, indent=2)


def drill(flag: bool) -> str:
    return "[DRILL] " if flag else ""


def incident_line(s: IncidentSummary) -> str:
    return (
        f"{s.id:>4}  {drill(s.is_drill)}{s.status:<6}  {s.level:<10} {s.phase:<12} {s.title}  "
        f"(open {s.open_tasks}, done {s.done_tasks}, overdue {s.overdue_tasks}; "
        f"declared {local(s.declared_at)} by {s.declared_by})"
    )


def warning_line(w: WarningInfo) -> str:
    figures = ", ".join(f"{k}={v:g}" for k, v in w.figures.items()) or "no figures"
    decided = ""
    if w.status == "activated":
        decided = f" → incident {w.incident_id}"
    elif w.status == "dismissed":
        decided = f" by {w.decided_by}: {w.decision_note}"
    return (
        f"warning {w.id}  {drill(w.is_drill)}{w.status}{decided}  {w.plan_id} version "
        f"{w.plan_version}  {figures}  raised {local(w.raised_at)} by {w.raised_by}"
        + (f"  ({w.note})" if w.note else "")
    )


def task_line(t: TaskInfo, now: datetime, lang: str) -> str:
    state = "OVERDUE" if t.is_overdue(now) else t.status.replace("_", " ")
    due = f"due {local(t.due_at)}" if t.due_at else "no due time"
    who = f"  → {t.assignee}" if t.assignee else ""
    return f"{t.id:>5}  {t.key:<20} {t.department:<18} {state:<14} {due:<22} {t.title(lang)}{who}"


def report_line(r: ReportInfo) -> str:
    ack = (
        f"acknowledged by {r.acknowledged_by} {local(r.acknowledged_at)}"
        if r.acknowledged_at
        else "NOT ACKNOWLEDGED"
    )
    return (
        f"report {r.id}  {r.department}  {local(r.sent_at)} by {r.sent_by}  [{ack}]\n"
        f"      done: {r.done or '—'}\n      doing: {r.doing or '—'}\n"
        f"      needs help: {r.needs_help or '—'}"
    )


def event_line(e: EventInfo) -> str:
    details = ", ".join(f"{k}={v}" for k, v in e.data.items() if not isinstance(v, list) or v)
    return f"  {local(e.at)}  {e.actor:<12} {e.kind:<20} {details}"


def describe_board(board: Board, now: datetime, lang: str) -> str:
    s, plan = board.incident, board.plan
    level = plan.level(s.level)
    phase_names = {p.key: p.name.get(lang) for p in plan.phases}
    out = [
        f"{drill(s.is_drill)}incident {s.id}: {s.title}",
        f"plan {s.plan_id} version {s.plan_version} — {plan.title.get(lang)}",
        f"level {s.level} ({level.name.get(lang)})   phase {s.phase} ({phase_names[s.phase]})   "
        f"status {s.status}",
        f"declared {local(s.declared_at)} by {s.declared_by}; category {s.category}",
    ]
    if s.description:
        out.append(s.description)
    if s.closed_at:
        out.append(f"closed {local(s.closed_at)} by {s.closed_by}: {s.close_reason}")
    out += ["", "departments (done / open / overdue / not applicable):"]
    for d in board.departments:
        name = plan.department(d.department).name.get(lang)
        out.append(f"  {name:<24} {d.done:>4} {d.open:>6} {d.overdue:>9} {d.not_applicable:>6}")
    if board.overdue:
        out += ["", f"overdue ({len(board.overdue)}):"]
        out += [task_line(t, now, lang) for t in board.overdue]
    out += ["", "phases:"]
    out += [
        f"  {p.phase:<14} {local(p.started_at)} → {local(p.ended_at) if p.ended_at else 'now'}"
        for p in board.phases
    ]
    if board.reports:
        out += ["", "progress reports (newest first):"]
        out += [report_line(r) for r in board.reports[:5]]
    if board.figures:
        latest: dict[str, tuple[float, datetime]] = {}
        for f in board.figures:
            latest[f.key] = (f.value, f.at)
        out += ["", "situation figures (latest):"]
        out += [f"  {k} = {v:g}  at {local(at)}" for k, (v, at) in latest.items()]
    out += ["", "timeline (newest first):"]
    out += [event_line(e) for e in board.events]
    return "\n".join(out)
