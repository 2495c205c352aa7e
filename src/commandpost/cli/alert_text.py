"""Alerts and drills for the terminal: one line per item in local time, most urgent first, and
JSON with times as ISO 8601 in UTC (as the other ``--json`` outputs)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from commandpost.cli.incident_text import drill, local
from commandpost.services.alert_records import AlertInfo, AlertState, DrillInfo, DrillStanding

_LABELS = {
    "escalation": "ESCALATION",
    "overdue": "OVERDUE",
    "warning": "WARNING",
    "due": "DUE",
    "report_due": "REPORT DUE",
    "drill_start": "DRILL NOW",
    "reminder": "REMINDER",
    "drill_reminder": "DRILL SOON",
    "drill_overdue": "DRILL DUE",
    "plan_review": "REVIEW DUE",
}
"""Each kind's label, in order of urgency (the order the list is printed in)."""
_URGENCY = {kind: n for n, kind in enumerate(_LABELS)}
_TO = {"department_head": "the department head", "command_group": "the command group"}


# --- alerts -----------------------------------------------------------------------------------


def deadline(state: AlertState) -> datetime:
    """The time the item is about: a task's or a report's due time, a drill's start, a review or
    drill due date, a warning's raising (a task's reminder or overdue notice comes some minutes
    before or after its due time)."""
    told = state.data.get("due_at") or state.data.get("scheduled_at")
    return datetime.fromisoformat(told) if isinstance(told, str) else state.at


def most_urgent_first(states: Sequence[AlertState]) -> list[AlertState]:
    """Escalations (the command group's first), overdue tasks, warnings waiting, tasks due,
    progress reports due, drills starting, reminders, drill reminders, then plans due for a drill
    or a review; within a kind the longest waiting (or the soonest due) first."""
    return sorted(
        states,
        key=lambda s: (
            _URGENCY.get(s.kind, len(_URGENCY)),
            -int(s.data.get("step") or 0),
            deadline(s),
            s.key,
        ),
    )


def span(length: timedelta) -> str:
    """A length of time as people say it: ``under a minute``, ``25 min``, ``2 h 5 min``,
    ``3 d 4 h``."""
    minutes = int(abs(length).total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min" if minutes else "under a minute"


def _timing(due: datetime, as_of: datetime) -> str:
    if due > as_of:
        return f"due {local(due)}, in {span(due - as_of)}"
    if as_of - due < timedelta(minutes=1):
        return f"due {local(due)}, now"
    return f"due {local(due)}, {span(as_of - due)} late"


def record_text(alert: AlertInfo | None) -> str:
    if alert is None:
        return "[not recorded yet]"
    if alert.acknowledged_at is None:
        return f"[alert {alert.id}, not acknowledged]"
    at = local(alert.acknowledged_at)
    return f"[alert {alert.id}, acknowledged by {alert.acknowledged_by} {at}]"


def _incident(s: AlertState) -> str:
    title = s.data.get("incident_title", "")
    return f"{drill(bool(s.data.get('is_drill')))}incident {s.incident_id} {title}"


def _plan(s: AlertState, lang: str) -> str:
    title = s.data.get(f"plan_title_{lang}")
    return f"plan {s.data.get('plan_id')}" + (f" ({title})" if title else "")


def _what(s: AlertState, as_of: datetime, lang: str) -> str:
    data, due = s.data, deadline(s)
    if s.task_id is not None:
        title = data.get(f"title_{lang}") or data.get("title_en") or data.get("task_key", "")
        where = f"{_incident(s)} · {s.department} · {title}"
        if s.kind == "escalation":
            to = _TO.get(str(data.get("to")), str(data.get("to")))
            return f"{where}: escalated to {to} (step {data.get('step')}), {_timing(due, as_of)}"
        return f"{where}: {_timing(due, as_of)}"
    if s.kind == "report_due":
        return (
            f"{_incident(s)} · {s.department}: progress report every {data.get('every')}, "
            f"{_timing(due, as_of)}"
        )
    if s.kind == "warning":
        note = f" ({data['note']})" if data.get("note") else ""
        return (
            f"{drill(bool(data.get('is_drill')))}warning {data.get('warning_id')} on plan "
            f"{data.get('plan_id')} waits for the command group: raised {local(s.at)} by "
            f"{data.get('raised_by')}{note}"
        )
    if s.kind in ("drill_reminder", "drill_start"):
        when = f"in {span(due - as_of)}" if due > as_of else "started"
        return (
            f"drill {data.get('drill_id')} on plan {data.get('plan_id')} at {local(due)} ({when}), "
            f"level {data.get('level')}: {data.get('scenario')}"
        )
    if s.kind == "drill_overdue":
        last = data.get("last_drill")
        held = local(datetime.fromisoformat(last)) if last else "never"
        return (
            f"{_plan(s, lang)} is overdue for a drill: every {data.get('every')}, "
            f"last drill {held}, due {local(due)}"
        )
    if s.kind == "plan_review":
        return (
            f"{_plan(s, lang)} version {data.get('version')} is due for review since {local(due)}"
        )
    return f"{s.kind} {s.key}"  # a kind this command does not know yet


def alert_line(s: AlertState, as_of: datetime, lang: str) -> str:
    label = _LABELS.get(s.kind, s.kind.upper())
    return f"{label:<11} {_what(s, as_of, lang)}  {record_text(s.alert)}"


def describe_alerts(
    states: Sequence[AlertState], as_of: datetime, lang: str, incident_id: int | None
) -> str:
    scope = f" for incident {incident_id}" if incident_id is not None else ""
    if not states:
        return f"nothing stands{scope} as of {local(as_of)}"
    waiting = sum(1 for s in states if s.alert is not None and not s.alert.acknowledged)
    unrecorded = sum(1 for s in states if s.alert is None)
    head = (
        f"as of {local(as_of)}{scope}: {len(states)} standing; {waiting} waiting for "
        f"acknowledgement, {unrecorded} not recorded yet"
    )
    return "\n".join([head, *(alert_line(s, as_of, lang) for s in most_urgent_first(states))])


def alerts_json(states: Sequence[AlertState], as_of: datetime) -> dict[str, Any]:
    return {
        "as_of": as_of,
        "alerts": [
            {**_fields(s), "due_at": deadline(s), "alert": _fields(s.alert) if s.alert else None}
            for s in most_urgent_first(states)
        ],
    }


def ack_line(alert: AlertInfo, lang: str) -> str:
    kind = "progress report due" if alert.kind == "report_due" else alert.kind.replace("_", " ")
    where = f"incident {alert.incident_id}, " if alert.incident_id is not None else ""
    return (
        f"alert {alert.id} ({kind}, {where}{alert.title(lang)}) acknowledged by "
        f"{alert.acknowledged_by} {local(alert.acknowledged_at)}"
    )


# --- drills -----------------------------------------------------------------------------------


def drill_line(d: DrillInfo, now: datetime) -> str:
    if d.held_incident_id is not None:
        held = f"held as incident {d.held_incident_id}"
    else:
        held = "not held yet" if d.scheduled_at > now and d.status == "scheduled" else "not held"
    why = f" (cancelled: {d.note})" if d.status == "cancelled" else ""
    return (
        f"{d.id:>4}  {d.plan_id:<28} {local(d.scheduled_at)}  level {d.level:<10} "
        f"{d.status:<10} {held:<24} {', '.join(d.departments)}  — {d.scenario}{why}"
    )


def standing_line(s: DrillStanding, lang: str) -> str:
    title = s.title_zh if lang == "zh" else s.title_en
    due = local(s.next_due_at) if s.next_due_at else "past the calendar"
    mark = "  OVERDUE" if s.overdue else ""
    return (
        f"  {s.plan_id:<28} every {s.every:<6} last drill {local(s.last_drill_at):<16}  "
        f"next due {due}{mark}  next scheduled {local(s.next_scheduled_at)}  ({title})"
    )


def describe_drills(
    drills: Sequence[DrillInfo], standings: Sequence[DrillStanding], now: datetime, lang: str
) -> str:
    out = ["drills on the calendar (soonest first):"]
    out += [drill_line(d, now) for d in drills] or ["  none"]
    out += ["", "drill standing by plan:"]
    out += [standing_line(s, lang) for s in standings] or [
        "  no approved plan sets a drill interval"
    ]
    return "\n".join(out)


def scheduled_line(d: DrillInfo) -> str:
    return (
        f"drill {d.id} scheduled: plan {d.plan_id} at {local(d.scheduled_at)}, level {d.level}, "
        f"departments {', '.join(d.departments)}; everyone is reminded {d.remind_before} before"
    )


# --- JSON -------------------------------------------------------------------------------------


def _fields(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(_fields(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def dumps(data: Any) -> str:
    return json.dumps(_plain(data), ensure_ascii=False, indent=2)
