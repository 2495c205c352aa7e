"""Improvement actions (整改措施): added while a review revision is a draft, then tracked until
done whatever revision the review is at. Marking one done, reopening it or linking it to the plan
version it led to is tracking, not rewriting the review, so it is allowed at any time. Part of
the review service (``services/reviews.py``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from commandpost.access import Permission
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.access import require
from commandpost.services.incident_base import (
    ACTING_USER,
    IncidentError,
    IncidentNotFoundError,
    no_plan,
    required,
)
from commandpost.services.incident_reporting import known
from commandpost.services.review_base import ReviewBase, action_info
from commandpost.services.review_records import ImprovementAction
from commandpost.store.models import PlanVersion
from commandpost.store.review_models import StoredAction


class ActionWork(ReviewBase):
    def add_action(
        self,
        review_id: int,
        actor: str,
        description: str,
        department: str,
        due_date: date | None = None,
    ) -> ImprovementAction:
        """An improvement action decided by a draft revision, owned by a department of the
        incident's plan, with an optional due date."""
        actor = required(actor, ACTING_USER)
        description = required(
            description, QT_TRANSLATE_NOOP("CoreReviews", "a description of the improvement action")
        )
        if isinstance(due_date, datetime):
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreReviews", "the due date of an improvement action is a day, not a time"
                )
            )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "add an improvement action"),
            )
            review, incident = self._review_for_change(
                session,
                review_id,
                None,
                QT_TRANSLATE_NOOP("CoreReviews", "add an improvement action"),
            )
            plan = self._plan(session, incident.plan_version_id)
            known(plan, "department", department, [d.key for d in plan.departments])
            action = StoredAction(
                incident_id=incident.id,
                review_revision=review.revision,
                description=description,
                department=department,
                due_date=due_date,
                status="open",
                created_at=now,
                created_by=actor,
                changed_at=now,
                changed_by=actor,
            )
            session.add(action)
            session.flush()
            self._event(
                session,
                incident,
                now,
                actor,
                "action_added",
                action_id=action.id,
                revision=review.revision,
                department=department,
                description=description,
                due_date=due_date.isoformat() if due_date else None,
            )
            return action_info(action)

    def complete_action(
        self, action_id: int, actor: str, expected_version: int | None = None
    ) -> ImprovementAction:
        """Mark an open improvement action done."""
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "complete an improvement action"),
            )
            action, incident = self._action_for_change(session, action_id, expected_version)
            if action.status == "done":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "improvement action {action} was already done by {actor} at {at}",
                    ).format(action=action.id, actor=action.done_by or "", at=action.done_at)
                    if action.done_at
                    else QT_TRANSLATE_NOOP(
                        "CoreReviews", "improvement action {action} was already done"
                    ).format(action=action.id)
                )
            action.status, action.done_at, action.done_by = "done", now, actor
            action.changed_at, action.changed_by = now, actor
            self._event(
                session,
                incident,
                now,
                actor,
                "action_done",
                action_id=action.id,
                department=action.department,
                description=action.description,
            )
            session.flush()
            return action_info(action)

    def reopen_action(
        self, action_id: int, actor: str, reason: str, expected_version: int | None = None
    ) -> ImprovementAction:
        """Open a done improvement action again, saying why."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason,
            QT_TRANSLATE_NOOP("CoreReviews", "a reason for reopening the improvement action"),
        )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "reopen an improvement action"),
            )
            action, incident = self._action_for_change(session, action_id, expected_version)
            if action.status == "open":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "improvement action {action} is open; only a done action can be reopened",
                    ).format(action=action.id)
                )
            action.status, action.done_at, action.done_by = "open", None, None
            action.changed_at, action.changed_by = now, actor
            self._event(
                session,
                incident,
                now,
                actor,
                "action_reopened",
                action_id=action.id,
                department=action.department,
                description=action.description,
                reason=reason,
            )
            session.flush()
            return action_info(action)

    def link_action(
        self, action_id: int, actor: str, plan_id: str, plan_version: int
    ) -> ImprovementAction:
        """Name the plan version the improvement action led to (a version in the library)."""
        actor = required(actor, ACTING_USER)
        plan_id = required(
            plan_id, QT_TRANSLATE_NOOP("CoreReviews", "the plan the improvement action led to")
        )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "link an improvement action"),
            )
            action, incident = self._action_for_change(session, action_id, None)
            versions = list(
                session.scalars(
                    select(PlanVersion.version)
                    .where(PlanVersion.plan_id == plan_id)
                    .order_by(PlanVersion.version)
                )
            )
            if not versions:
                raise IncidentNotFoundError(no_plan(plan_id))
            if plan_version not in versions:
                raise IncidentNotFoundError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "plan {plan!r} has no version {version}; its versions are {versions}",
                    ).format(
                        plan=plan_id, version=plan_version, versions=[str(v) for v in versions]
                    )
                )
            if (action.plan_id, action.plan_version) == (plan_id, plan_version):
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "improvement action {action} is already linked to plan {plan!r} "
                        "version {version}",
                    ).format(action=action.id, plan=plan_id, version=plan_version)
                )
            previous = f"{action.plan_id} version {action.plan_version}" if action.plan_id else None
            action.plan_id, action.plan_version = plan_id, plan_version
            action.changed_at, action.changed_by = now, actor
            self._event(
                session,
                incident,
                now,
                actor,
                "action_linked",
                action_id=action.id,
                department=action.department,
                description=action.description,
                plan_id=plan_id,
                plan_version=plan_version,
                previous=previous,
            )
            session.flush()
            return action_info(action)

    def open_actions(self, department: str | None = None) -> list[ImprovementAction]:
        """Improvement actions not done yet, across incidents (one department's, if named):
        soonest due first, those without a due date last, then oldest first."""
        A = StoredAction
        query = select(A).where(A.status == "open")
        if department is not None:
            query = query.where(A.department == department)
        query = query.order_by(A.due_date.is_(None), A.due_date, A.created_at, A.id)
        with self._db.read() as session:
            return [action_info(row) for row in session.scalars(query)]
