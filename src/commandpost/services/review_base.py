"""What the parts of the review service share: locking a (closed) incident for a change, finding
a review revision or an improvement action for a change (refusing a stale version or a
read-only revision), and the rows as plain records.

Reviews belong to closed incidents, so unlike the incident actions these lock the incident row
without refusing a closed one; the timeline entries they write go to that closed incident.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.conflicts import action_change, refusal, review_change, shortened
from commandpost.services.incident_base import (
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
    ServiceBase,
    no_incident,
)
from commandpost.services.review_records import DrillRating, ImprovementAction, ReviewInfo
from commandpost.store.incident_models import Incident
from commandpost.store.review_models import StoredAction, StoredReview

CHANGE_IT = QT_TRANSLATE_NOOP("CoreReviews", "change it")
"""What a read-only revision's refusal tells the person to start a new revision for."""


class ReviewBase(ServiceBase):
    # --- locking -----------------------------------------------------------------------------

    @staticmethod
    def _locked_incident(session: Session, incident_id: int) -> Incident:
        """The incident, locked until commit (as the incident actions lock it), closed or not."""
        row = session.scalar(select(Incident).where(Incident.id == incident_id).with_for_update())
        if row is None:
            raise IncidentNotFoundError(no_incident(incident_id))
        return row

    def _review_for_change(
        self,
        session: Session,
        review_id: int,
        expected_version: int | None,
        doing: Message | None = CHANGE_IT,
    ) -> tuple[StoredReview, Incident]:
        """A draft revision and its incident, locked; a read-only or stale one is refused."""
        incident_id = session.scalar(
            select(StoredReview.incident_id).where(StoredReview.id == review_id)
        )
        if incident_id is None:
            raise IncidentNotFoundError(no_review(review_id))
        incident = self._locked_incident(session, incident_id)
        review = session.get(StoredReview, review_id)
        assert review is not None  # reviews are never deleted
        refuse_read_only(session, review, doing)
        if expected_version is not None and review.row_version != expected_version:
            raise ChangedMeanwhileError(
                refusal(
                    session,
                    self._now(),
                    revision_name(review),
                    "reviews",
                    review.id,
                    review_change,
                    (review.changed_by, review.changed_at),
                    times=max(review.row_version - expected_version, 1),
                )
            )
        return review, incident

    def _action_for_change(
        self, session: Session, action_id: int, expected_version: int | None
    ) -> tuple[StoredAction, Incident]:
        incident_id = session.scalar(
            select(StoredAction.incident_id).where(StoredAction.id == action_id)
        )
        if incident_id is None:
            raise IncidentNotFoundError(
                QT_TRANSLATE_NOOP("CoreReviews", "there is no improvement action {action}").format(
                    action=action_id
                )
            )
        incident = self._locked_incident(session, incident_id)
        action = session.get(StoredAction, action_id)
        assert action is not None  # actions are never deleted
        if expected_version is not None and action.row_version != expected_version:
            raise ChangedMeanwhileError(
                refusal(
                    session,
                    self._now(),
                    QT_TRANSLATE_NOOP(
                        "CoreReviews", "improvement action {action} '{title}'"
                    ).format(action=action.id, title=shortened(action.description)),
                    "improvement_actions",
                    action.id,
                    action_change,
                    (action.changed_by, action.changed_at),
                    times=max(action.row_version - expected_version, 1),
                )
            )
        return action, incident

    # --- records -----------------------------------------------------------------------------

    @staticmethod
    def _review_info(session: Session, review: StoredReview) -> ReviewInfo:
        """The revision with every improvement action of its incident, oldest first."""
        actions = session.scalars(
            select(StoredAction)
            .where(StoredAction.incident_id == review.incident_id)
            .order_by(StoredAction.created_at, StoredAction.id)
        )
        return review_info(review, tuple(action_info(a) for a in actions))


def revision_name(review: StoredReview) -> Message:
    return QT_TRANSLATE_NOOP(
        "CoreReviews", "revision {revision} of the review of incident {incident}"
    ).format(revision=review.revision, incident=review.incident_id)


def no_review(review_id: int) -> Message:
    return QT_TRANSLATE_NOOP("CoreReviews", "there is no review {review}").format(review=review_id)


def refuse_read_only(
    session: Session, review: StoredReview, doing: Message | None = CHANGE_IT
) -> None:
    """Refuse a change to a signed-off or superseded revision, saying what to do instead
    (``doing`` None: the change was signing it off)."""
    if review.status == "signed_off":
        at = review.signed_off_at
        signed = (
            QT_TRANSLATE_NOOP("CoreReviews", "signed off by {actor} at {at}").format(
                actor=review.signed_off_by or "", at=at
            )
            if at is not None
            else QT_TRANSLATE_NOOP("CoreReviews", "signed off")
        )
        if doing is None:
            raise IncidentError(
                QT_TRANSLATE_NOOP("CoreReviews", "{revision} was already {signed}").format(
                    revision=revision_name(review), signed=signed
                )
            )
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreReviews",
                "{revision} was {signed} and is read-only; start a new revision to {doing}",
            ).format(revision=revision_name(review), signed=signed, doing=doing)
        )
    if review.status == "superseded":
        latest = session.scalar(
            select(StoredReview.revision)
            .where(StoredReview.incident_id == review.incident_id)
            .order_by(StoredReview.revision.desc())
            .limit(1)
        )
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreReviews",
                "{revision} was superseded by revision {latest} and is read-only; "
                "work on the latest revision",
            ).format(revision=revision_name(review), latest=latest or "")
        )


def ratings_data(ratings: tuple[DrillRating, ...]) -> list[dict[str, Any]]:
    return [
        {"subject": r.subject, "rating": r.rating, "observations": r.observations} for r in ratings
    ]


def review_info(row: StoredReview, actions: tuple[ImprovementAction, ...]) -> ReviewInfo:
    return ReviewInfo(
        id=row.id,
        incident_id=row.incident_id,
        revision=row.revision,
        status=row.status,
        summary=row.summary,
        what_happened=row.what_happened,
        strengths=row.strengths,
        shortcomings=row.shortcomings,
        improvements=row.improvements,
        objectives=tuple(row.objectives),
        ratings=tuple(
            DrillRating(str(r["subject"]), str(r["rating"]), str(r.get("observations", "")))
            for r in row.ratings
        ),
        actions=actions,
        created_at=row.created_at,
        created_by=row.created_by,
        changed_at=row.changed_at,
        changed_by=row.changed_by,
        signed_off_at=row.signed_off_at,
        signed_off_by=row.signed_off_by,
        row_version=row.row_version,
    )


def action_info(row: StoredAction) -> ImprovementAction:
    return ImprovementAction(
        id=row.id,
        incident_id=row.incident_id,
        review_revision=row.review_revision,
        description=row.description,
        department=row.department,
        due_date=row.due_date,
        status=row.status,
        done_at=row.done_at,
        done_by=row.done_by,
        plan_id=row.plan_id,
        plan_version=row.plan_version,
        created_at=row.created_at,
        created_by=row.created_by,
        row_version=row.row_version,
    )
