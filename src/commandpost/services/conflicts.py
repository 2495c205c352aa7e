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
Every sentence and word here is a translatable :class:`~commandpost.messages.Message` (context
``CoreConflicts``): the English one is what ``str()`` gives; a window says it in its language, a
task by its title in that language, the time in the user's locale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.messages import QT_TRANSLATE_NOOP, Both, Message, Moment
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


def stale(
    record: Message, what: Message, actor: str, at: datetime, now: datetime, times: int = 1
) -> Message:
    """The refusal: ``record`` was ``what`` by ``actor`` at ``at`` (one sentence, starting in
    lower case as every refusal does: it is shown after a prefix, or capitalised by a window)."""
    moment = Moment(at, now)
    if times > 1:
        return QT_TRANSLATE_NOOP(
            "CoreConflicts",
            "{record} was changed {times} times after you opened it, last {what} by {actor} at "
            "{moment}; your change was not saved",
        ).format(record=record, times=times, what=what, actor=actor, moment=moment)
    return QT_TRANSLATE_NOOP(
        "CoreConflicts",
        "{record} was {what} by {actor} at {moment} after you opened it; your change was not saved",
    ).format(record=record, what=what, actor=actor, moment=moment)


def refusal(
    session: Session,
    now: datetime,
    record: Message,
    table: str,
    row_id: object,
    describe: Callable[[LastChange], Message],
    stamp: tuple[str | None, datetime | None] = (None, None),
    times: int = 1,
    column: str | None = None,
) -> Message:
    """The refusal for a stale change to a row: what the newest change to it (to ``column``, if
    named) did, as ``describe`` says it from the trail; who made it and when from ``stamp``, the
    row's own record of its last change (kept by the service's clock), else from the trail."""
    change = last_change(session, table, row_id, column)
    who, at = stamp
    if change is not None:
        who, at = who or change.actor, at or change.at
    if not who or at is None:
        return QT_TRANSLATE_NOOP(
            "CoreConflicts", "{record} was changed after you opened it; your change was not saved"
        ).format(record=record)
    return stale(record, describe(change) if change else _CHANGED, who, at, now, times)


def shortened(text: str, most: int = 60) -> str:
    """A title or description on one line, shortened to ``most`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"


def quoted(text: str, most: int = 60) -> str:
    """A title or description in quotes, shortened to ``most`` characters."""
    return "'" + shortened(text, most) + "'"


def task_name(task_id: int, title_en: str, title_zh: str) -> Message:
    """A task as a refusal names it: its number and title. The English sentence gives both
    titles (a liaison reading Chinese knows the task by its Chinese title); a Chinese one the
    Chinese title."""
    other = f" ({' '.join(title_zh.split())})" if title_zh.strip() != title_en.strip() else ""
    return QT_TRANSLATE_NOOP("CoreConflicts", "task {task} '{title}'{other}").format(
        task=task_id, title=Both(shortened(title_zh), shortened(title_en)), other=other
    )


def both(first: Message, second: Message) -> Message:
    """Two things a change did, said as one."""
    return QT_TRANSLATE_NOOP("CoreConflicts", "{first} and {second}").format(
        first=first, second=second
    )


def all_of(done: list[Message]) -> Message:
    """Everything a change did, said as one ("changed" when nothing is known)."""
    if not done:
        return _CHANGED
    said = done[0]
    for more in done[1:]:
        said = both(said, more)
    return said


_CHANGED = QT_TRANSLATE_NOOP("CoreConflicts", "changed")


# --- what a change did, by kind of record ---------------------------------------------------

_TASK_STATES = {
    "done": QT_TRANSLATE_NOOP("CoreConflicts", "ticked"),
    "open": QT_TRANSLATE_NOOP("CoreConflicts", "reopened"),
    "not_applicable": QT_TRANSLATE_NOOP("CoreConflicts", "marked not applicable"),
    "retired": QT_TRANSLATE_NOOP("CoreConflicts", "retired by a level change"),
}


def task_change(change: LastChange) -> Message:
    """What a change did to a task: "ticked", "assigned to wang", "given a new due time"…"""
    done = []
    status = change.new("status")
    if status in _TASK_STATES:
        done.append(_TASK_STATES[status])
    if "assignee" in change.columns:
        person = change.new("assignee")
        done.append(
            QT_TRANSLATE_NOOP("CoreConflicts", "assigned to {person}").format(person=person)
            if person
            else QT_TRANSLATE_NOOP("CoreConflicts", "unassigned")
        )
    if "due_at" in change.columns and status != "open":
        done.append(QT_TRANSLATE_NOOP("CoreConflicts", "given a new due time"))
    return all_of(done)


REVIEW_SECTIONS = {
    "summary": QT_TRANSLATE_NOOP("CoreConflicts", "summary"),
    "what_happened": QT_TRANSLATE_NOOP("CoreConflicts", "what happened"),
    "strengths": QT_TRANSLATE_NOOP("CoreConflicts", "strengths"),
    "shortcomings": QT_TRANSLATE_NOOP("CoreConflicts", "shortcomings"),
    "improvements": QT_TRANSLATE_NOOP("CoreConflicts", "improvements"),
    "objectives": QT_TRANSLATE_NOOP("CoreConflicts", "objectives"),
    "ratings": QT_TRANSLATE_NOOP("CoreConflicts", "ratings"),
}
"""The parts of a review revision as a sentence names them."""


def review_change(change: LastChange) -> Message:
    """What a change did to a review revision: "signed off", "edited (strengths)"…"""
    status = change.new("status")
    if status == "signed_off":
        return QT_TRANSLATE_NOOP("CoreConflicts", "signed off")
    if status == "superseded":
        return QT_TRANSLATE_NOOP("CoreConflicts", "replaced by a new revision")
    edited = [name for column, name in REVIEW_SECTIONS.items() if column in change.columns]
    if edited:
        return QT_TRANSLATE_NOOP("CoreConflicts", "edited ({sections})").format(sections=edited)
    return QT_TRANSLATE_NOOP("CoreConflicts", "edited")


def action_change(change: LastChange) -> Message:
    """What a change did to an improvement action: "marked done", "linked to plan 'x'"…"""
    status = change.new("status")
    if status == "done":
        return QT_TRANSLATE_NOOP("CoreConflicts", "marked done")
    if status == "open":
        return QT_TRANSLATE_NOOP("CoreConflicts", "reopened")
    if change.new("plan_id"):
        return QT_TRANSLATE_NOOP("CoreConflicts", "linked to plan {plan}").format(
            plan=quoted(str(change.new("plan_id")))
        )
    return QT_TRANSLATE_NOOP("CoreConflicts", "edited")


def drill_change(change: LastChange) -> Message:
    status = change.new("status")
    if status == "cancelled":
        return QT_TRANSLATE_NOOP("CoreConflicts", "cancelled")
    if status == "held":
        return QT_TRANSLATE_NOOP("CoreConflicts", "held")
    return _CHANGED


PLAN_STATES = {
    "draft": QT_TRANSLATE_NOOP("CoreConflicts", "returned to draft"),
    "in_review": QT_TRANSLATE_NOOP("CoreConflicts", "submitted for review"),
    "approved": QT_TRANSLATE_NOOP("CoreConflicts", "approved"),
    "retired": QT_TRANSLATE_NOOP("CoreConflicts", "retired"),
}
"""What a change to a plan version's status did, by the status it reached."""


def incident_change(
    change: LastChange, name: Callable[[str, str], Both | str] | None = None
) -> Message:
    """What a change did to an incident: its level, its phase, or its closing. ``name(kind,
    key)`` gives a level's or phase's plan name (the English sentence keeps the quoted key)."""
    if change.new("status") == "closed":
        return QT_TRANSLATE_NOOP("CoreConflicts", "closed")

    def said(kind: str, key: object) -> Both | str:
        named = name(kind, str(key)) if name is not None and key is not None else None
        return Both(named.zh, repr(key)) if isinstance(named, Both) else repr(key)

    done = []
    if "level" in change.columns:
        old, new = change.columns["level"]
        done.append(
            QT_TRANSLATE_NOOP("CoreConflicts", "moved from level {old} to {new}").format(
                old=said("level", old), new=said("level", new)
            )
        )
    if "phase" in change.columns:
        old, new = change.columns["phase"]
        done.append(
            QT_TRANSLATE_NOOP("CoreConflicts", "moved from phase {old} to {new}").format(
                old=said("phase", old), new=said("phase", new)
            )
        )
    return all_of(done)
