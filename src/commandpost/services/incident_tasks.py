"""Working a task: tick, reopen, not applicable, assign, note, and ad-hoc tasks.

Each action locks its incident, checks the task's status and (if given) the version the caller
saw, changes the task and writes its timeline event in one transaction. A task's life:
open → done | not applicable; done | not applicable → open (reopen, with a reason);
open → retired (by a level change only, see ``checklists.relayer``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commandpost.access import Permission
from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.access import require
from commandpost.services.incident_base import (
    ACTING_USER,
    IncidentError,
    ServiceBase,
    aware,
    named,
    required,
)
from commandpost.services.incident_records import TaskInfo
from commandpost.services.incident_reporting import known
from commandpost.services.incident_rows import task_info
from commandpost.store.incident_models import Incident, IncidentTask

Text = str | tuple[str, str]
"""A text for both languages: one string used for both, or a (Chinese, English) pair."""


class TaskWork(ServiceBase):
    def _changed(
        self,
        session: Session,
        incident: Incident,
        task: IncidentTask,
        now: datetime,
        actor: str,
        kind: str,
        **data: object,
    ) -> TaskInfo:
        """Stamp who changed the task and when, write its timeline event, and answer with it."""
        task.changed_at, task.changed_by = now, actor
        self._event(session, incident, now, actor, kind, task, key=task.key, **data)
        session.flush()
        return task_info(task)

    def _task_for_work(
        self,
        session: Session,
        task_id: int,
        actor: str,
        action: Message,
        expected_version: int | None,
    ) -> tuple[IncidentTask, Incident]:
        """The task and its incident, locked for a change, once the actor may work tasks of
        the task's department."""
        found = session.execute(
            select(IncidentTask.department, Incident.plan_version_id)
            .join(Incident, Incident.id == IncidentTask.incident_id)
            .where(IncidentTask.id == task_id)
        ).first()
        if found is not None:
            department, plan_version_id = found
            require(
                session,
                actor,
                Permission.WORK_TASKS,
                [department],
                action=action,
                names=lambda key: named(self._plan(session, plan_version_id), "department", key),
            )
        return self._task_for_change(session, task_id, expected_version)

    def tick(
        self, task_id: int, actor: str, note: str | None = None, expected_version: int | None = None
    ) -> TaskInfo:
        """Mark an open task done, with an optional note."""
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            task, incident = self._task_for_work(
                session,
                task_id,
                actor,
                QT_TRANSLATE_NOOP("CoreIncidents", "tick a task"),
                expected_version,
            )
            if task.status == "retired":
                plan = self._plan(session, incident.plan_version_id)
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents",
                        "task {task!r} does not apply at level {level!r} and was retired; "
                        "a retired task cannot be ticked",
                    ).format(task=task.key, level=named(plan, "level", incident.level))
                )
            if task.status == "done":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "task {task!r} is already done by {actor} at {at}"
                    ).format(task=task.key, actor=task.done_by or "", at=task.done_at)
                    if task.done_at
                    else QT_TRANSLATE_NOOP("CoreIncidents", "task {task!r} is already done").format(
                        task=task.key
                    )
                )
            if task.status == "not_applicable":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents",
                        "task {task!r} is marked not applicable; reopen it before ticking it",
                    ).format(task=task.key)
                )
            task.status, task.done_at, task.done_by = "done", now, actor
            note = (note or "").strip() or None
            return self._changed(session, incident, task, now, actor, "task_done", note=note)

    def reopen(
        self, task_id: int, actor: str, reason: str, expected_version: int | None = None
    ) -> TaskInfo:
        """Open a done or not-applicable task again, saying why."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreIncidents", "a reason for reopening the task")
        )
        now = self._now()
        with self._write() as session:
            task, incident = self._task_for_work(
                session,
                task_id,
                actor,
                QT_TRANSLATE_NOOP("CoreIncidents", "reopen a task"),
                expected_version,
            )
            if task.status == "open":
                raise IncidentError(
                    QT_TRANSLATE_NOOP("CoreIncidents", "task {task!r} is already open").format(
                        task=task.key
                    )
                )
            if task.status == "retired":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents",
                        "task {task!r} was retired by a level change; it comes back only when "
                        "the level it applies at is set again",
                    ).format(task=task.key)
                )
            previous = task.status
            task.status, task.done_at, task.done_by = "open", None, None
            return self._changed(
                session,
                incident,
                task,
                now,
                actor,
                "task_reopened",
                reason=reason,
                previous=previous,
            )

    def mark_not_applicable(
        self, task_id: int, actor: str, reason: str, expected_version: int | None = None
    ) -> TaskInfo:
        """Set an open task aside as not applicable to this incident, saying why."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason,
            QT_TRANSLATE_NOOP("CoreIncidents", "a reason for marking the task not applicable"),
        )
        now = self._now()
        with self._write() as session:
            task, incident = self._task_for_work(
                session,
                task_id,
                actor,
                QT_TRANSLATE_NOOP("CoreIncidents", "mark a task not applicable"),
                expected_version,
            )
            if task.status != "open":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents",
                        "task {task!r} is {state}; only an open task can be marked not applicable",
                    ).format(task=task.key, state=TASK_STATES.get(task.status, task.status))
                )
            task.status = "not_applicable"
            return self._changed(
                session, incident, task, now, actor, "task_not_applicable", reason=reason
            )

    def assign(
        self, task_id: int, actor: str, person: str, expected_version: int | None = None
    ) -> TaskInfo:
        """Name the person who does the task."""
        actor = required(actor, ACTING_USER)
        person = required(
            person,
            QT_TRANSLATE_NOOP("CoreIncidents", "the name of the person to assign the task to"),
        )
        now = self._now()
        with self._write() as session:
            task, incident = self._task_for_work(
                session,
                task_id,
                actor,
                QT_TRANSLATE_NOOP("CoreIncidents", "assign a task"),
                expected_version,
            )
            if task.status == "retired":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "task {task!r} was retired; it cannot be assigned"
                    ).format(task=task.key)
                )
            if task.assignee == person:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreIncidents", "task {task!r} is already assigned to {person}"
                    ).format(task=task.key, person=person)
                )
            previous = task.assignee
            task.assignee = person
            return self._changed(
                session,
                incident,
                task,
                now,
                actor,
                "task_assigned",
                person=person,
                previous=previous,
            )

    def add_note(
        self, task_id: int, actor: str, text: str, expected_version: int | None = None
    ) -> TaskInfo:
        """Add a note to a task's record (the task itself does not change)."""
        actor = required(actor, ACTING_USER)
        text = required(text, QT_TRANSLATE_NOOP("CoreIncidents", "the text of the note"))
        now = self._now()
        with self._write() as session:
            task, incident = self._task_for_work(
                session,
                task_id,
                actor,
                QT_TRANSLATE_NOOP("CoreIncidents", "add a note to a task"),
                expected_version,
            )
            self._event(session, incident, now, actor, "task_note", task, key=task.key, text=text)
            return task_info(task)

    def add_task(
        self,
        incident_id: int,
        department: str,
        title: Text,
        actor: str,
        detail: Text | None = None,
        due_at: datetime | None = None,
    ) -> TaskInfo:
        """An ad-hoc task for any department of the plan, in the current phase.

        ``title`` and ``detail`` are one text used for both languages, or a (Chinese, English)
        pair. Its key is ``adhoc-<n>``, numbered within the incident.
        """
        actor = required(actor, ACTING_USER)
        title_zh, title_en = _pair(title, QT_TRANSLATE_NOOP("CoreIncidents", "the task's title"))
        detail_zh, detail_en = (
            _pair(detail, QT_TRANSLATE_NOOP("CoreIncidents", "the task's detail"))
            if detail
            else (None, None)
        )
        if due_at is not None:
            due_at = aware(due_at, QT_TRANSLATE_NOOP("CoreIncidents", "the due time"))
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.COMMAND,
                action=QT_TRANSLATE_NOOP("CoreIncidents", "add a task to an incident"),
            )
            incident = self._incident_for_change(session, incident_id)
            plan = self._plan(session, incident.plan_version_id)
            known(plan, "department", department, [d.key for d in plan.departments])
            count = session.scalar(
                select(func.count()).where(
                    IncidentTask.incident_id == incident.id, IncidentTask.ad_hoc.is_(True)
                )
            )
            number = (count or 0) + 1
            task = IncidentTask(
                incident_id=incident.id,
                key=f"adhoc-{number}",
                seq=len(plan.tasks) + number,
                department=department,
                phase=incident.phase,
                title_zh=title_zh,
                title_en=title_en,
                detail_zh=detail_zh,
                detail_en=detail_en,
                due_at=due_at,
                status="open",
                ad_hoc=True,
                changed_at=now,
                changed_by=actor,
            )
            session.add(task)
            session.flush()
            self._event(
                session,
                incident,
                now,
                actor,
                "task_added",
                task,
                key=task.key,
                department=department,
                title_zh=title_zh,
                title_en=title_en,
                due_at=due_at.isoformat() if due_at else None,
            )
            return task_info(task)


TASK_STATES = {
    "done": QT_TRANSLATE_NOOP("CoreIncidents", "done"),
    "not_applicable": QT_TRANSLATE_NOOP("CoreIncidents", "not applicable"),
    "retired": QT_TRANSLATE_NOOP("CoreIncidents", "retired"),
}
"""A task's status as a sentence says it ("task 'x' is done")."""


def _pair(text: Text | None, what: Message) -> tuple[str, str]:
    if isinstance(text, tuple):
        zh, en = text
        return required(
            zh, QT_TRANSLATE_NOOP("CoreIncidents", "the Chinese text of {what}").format(what=what)
        ), required(
            en, QT_TRANSLATE_NOOP("CoreIncidents", "the English text of {what}").format(what=what)
        )
    value = required(text, what)
    return value, value
