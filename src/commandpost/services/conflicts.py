"""The sentence a stale change is refused with: which record, what changed, who changed it, when.

Two desktops may change one task, review revision, improvement action, drill, plan version or
incident at once. Each change names what the desktop saw (a row version, the level or phase it
showed); the service locks the row and compares, and when they differ it refuses with one
sentence such as::

    task 12 'Open the hotline' was ticked by li at 14:03 after you opened it;
    your change was not saved

What changed comes from the audit trail (``store/audit.py``): its newest entry for the row holds
each changed column's old and new value, so one rule serves every kind of record and the sentence
says what the other person did rather than "someone changed something". Who and when come from
the row's own record of its last change (``changed_by``, ``changed_at``: the service's clock),
else from the trail (the acting user, the commit time). The window that showed the refusal
re-reads its view, so the person sees the change before deciding again.

Pure functions of a session; no service state. Services raise the refusal they are given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.store.audit_models import AuditEntry

LOOK_BACK = 50
"""How many of a row's newest audit entries are searched for the change to one column."""


@dataclass(frozen=True)
class LastChange:
    """The newest recorded change to a row: who, when, and each changed column's values
    (``[old, new]`` for an update; the new row's values for an insert)."""

    actor: str
    at: datetime
    action: str
    columns: Mapping[str, Any]

    def new(self, column: str) -> Any:
        """The value the change gave ``column`` (None when it did not set it)."""
        value = self.columns.get(column)
        if self.action == "update":
            return value[1] if isinstance(value, list) and len(value) == 2 else None
        return value


def last_change(
    session: Session, table: str, row_id: object, column: str | None = None
) -> LastChange | None:
    """The newest audit entry for the row (that changed ``column``, if named), or None."""
    rows = session.execute(
        select(AuditEntry.actor, AuditEntry.at, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.table_name == table, AuditEntry.row_id == str(row_id))
        .order_by(AuditEntry.seq.desc())
        .limit(1 if column is None else LOOK_BACK)
    ).all()
    for actor, at, action, changes in rows:
        columns = json.loads(changes)
        if column is None or column in columns:
            return LastChange(actor, at, action, columns)
    return None


def clock(moment: datetime, now: datetime) -> str:
    """A moment as a sentence says it, in local time: "14:03" today, "2025-09-30 14:03" before."""
    local = moment.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def stale(record: str, what: str, actor: str, at: datetime, now: datetime, times: int = 1) -> str:
    """The refusal: ``record`` was ``what`` by ``actor`` at ``at`` (one sentence, starting in
    lower case as every refusal does: it is shown after a prefix, or capitalised by a window)."""
    moment = clock(at, now)
    if times > 1:
        return (
            f"{record} was changed {times} times after you opened it, last {what} by {actor} at "
            f"{moment}; your change was not saved"
        )
    not_saved = "your change was not saved"
    return f"{record} was {what} by {actor} at {moment} after you opened it; {not_saved}"


def refusal(
    session: Session,
    now: datetime,
    record: str,
    table: str,
    row_id: object,
    describe: Callable[[LastChange], str],
    stamp: tuple[str | None, datetime | None] = (None, None),
    times: int = 1,
    column: str | None = None,
) -> str:
    """The refusal for a stale change to a row: what the newest change to it (to ``column``, if
    named) did, as ``describe`` says it from the trail; who made it and when from ``stamp``, the
    row's own record of its last change (kept by the service's clock), else from the trail."""
    change = last_change(session, table, row_id, column)
    who, at = stamp
    if change is not None:
        who, at = who or change.actor, at or change.at
    if not who or at is None:
        return f"{record} was changed after you opened it; your change was not saved"
    return stale(record, describe(change) if change else "changed", who, at, now, times)


def quoted(text: str, most: int = 60) -> str:
    """A title or description in quotes, shortened to ``most`` characters."""
    text = " ".join(text.split())
    return "'" + (text if len(text) <= most else text[: most - 1] + "…") + "'"


def task_name(task_id: int, title_en: str, title_zh: str) -> str:
    """A task as a refusal names it: its number and both titles (the sentence is English; a
    liaison reading Chinese knows the task by its Chinese title)."""
    other = f" ({' '.join(title_zh.split())})" if title_zh.strip() != title_en.strip() else ""
    return f"task {task_id} {quoted(title_en)}{other}"


# --- what a change did, by kind of record ---------------------------------------------------

_TASK_STATES = {
    "done": "ticked",
    "open": "reopened",
    "not_applicable": "marked not applicable",
    "retired": "retired by a level change",
}


def task_change(change: LastChange) -> str:
    """What a change did to a task: "ticked", "assigned to wang", "given a new due time"…"""
    done = []
    status = change.new("status")
    if status in _TASK_STATES:
        done.append(_TASK_STATES[status])
    if "assignee" in change.columns:
        person = change.new("assignee")
        done.append(f"assigned to {person}" if person else "unassigned")
    if "due_at" in change.columns and status != "open":
        done.append("given a new due time")
    return " and ".join(done) or "changed"


_REVIEW_SECTIONS = {
    "summary": "summary",
    "what_happened": "what happened",
    "strengths": "strengths",
    "shortcomings": "shortcomings",
    "improvements": "improvements",
    "objectives": "objectives",
    "ratings": "ratings",
}


def review_change(change: LastChange) -> str:
    """What a change did to a review revision: "signed off", "edited (strengths)"…"""
    status = change.new("status")
    if status == "signed_off":
        return "signed off"
    if status == "superseded":
        return "replaced by a new revision"
    edited = [name for column, name in _REVIEW_SECTIONS.items() if column in change.columns]
    return f"edited ({', '.join(edited)})" if edited else "edited"


def action_change(change: LastChange) -> str:
    """What a change did to an improvement action: "marked done", "linked to plan 'x'"…"""
    status = change.new("status")
    if status == "done":
        return "marked done"
    if status == "open":
        return "reopened"
    if change.new("plan_id"):
        return f"linked to plan {quoted(str(change.new('plan_id')))}"
    return "edited"


def drill_change(change: LastChange) -> str:
    status = change.new("status")
    return {"cancelled": "cancelled", "held": "held"}.get(str(status), "changed")


PLAN_STATES = {
    "draft": "returned to draft",
    "in_review": "submitted for review",
    "approved": "approved",
    "retired": "retired",
}


def incident_change(change: LastChange) -> str:
    """What a change did to an incident: its level, its phase, or its closing."""
    if change.new("status") == "closed":
        return "closed"
    done = []
    if "level" in change.columns:
        old, new = change.columns["level"]
        done.append(f"moved from level {old!r} to {new!r}")
    if "phase" in change.columns:
        old, new = change.columns["phase"]
        done.append(f"moved from phase {old!r} to {new!r}")
    return " and ".join(done) or "changed"
