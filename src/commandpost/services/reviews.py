"""The review service: the post-incident review (复盘) of a closed incident or drill, revision by
revision, and the improvement actions it decides on (``docs/reviews.md``).

Shape as the incident service's: one method per user action, each taking the acting user, one
write transaction that locks the incident, refusing with :class:`IncidentError` (a sentence
saying why; nothing changed) or writing the change and its timeline entry together, returning
plain records from ``review_records``. Time comes only from the injected clock.

Assembled from parts: the facts read from the incident's record (``review_facts``), improvement
actions (``review_actions``), what they share (``review_base``) and, here, the revisions
themselves: opening, writing, signing off, revising; and the closed incidents of a period.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import SYSTEM_NAME, Permission
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.access import allowed, require
from commandpost.services.incident_base import (
    ACTING_USER,
    IncidentError,
    IncidentNotFoundError,
    aware,
    required,
)
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.review_actions import ActionWork
from commandpost.services.review_base import (
    no_review,
    ratings_data,
    refuse_read_only,
    revision_name,
)
from commandpost.services.review_facts import Facts
from commandpost.services.review_records import HSEEP_RATINGS, DrillRating, ReviewInfo
from commandpost.store.incident_models import Incident
from commandpost.store.review_models import StoredReview

SECTIONS = ("summary", "what_happened", "strengths", "shortcomings", "improvements")
"""The sections the command group writes, in the order a review shows them."""

HSEEP_MEANINGS = {
    "P": QT_TRANSLATE_NOOP("CoreReviews", "performed without challenges"),
    "S": QT_TRANSLATE_NOOP("CoreReviews", "performed with some challenges"),
    "M": QT_TRANSLATE_NOOP("CoreReviews", "performed with major challenges"),
    "U": QT_TRANSLATE_NOOP("CoreReviews", "unable to be performed"),
}

__all__ = ["SECTIONS", "ReviewService"]


class ReviewService(ActionWork, Facts):
    """Every review action the window, the command line, the printed reports and the tests use."""

    # --- revisions ---------------------------------------------------------------------------

    def review(self, incident_id: int, actor: str) -> ReviewInfo:
        """The latest revision of the incident's review; the first asking after the response
        closed opens revision 1, as a draft.

        Reading needs no permission: asked by someone who may not write reviews before anyone
        opened it, the answer is an empty draft revision 1 that is not stored (``id`` 0); the
        first person who may write opens it for real."""
        actor = required(actor, ACTING_USER)
        with self._db.read() as session:
            latest = _latest(session, incident_id)
            if latest is not None:
                return self._review_info(session, latest)
            incident = self._incident(session, incident_id)
            _refuse_active(incident)
            if not allowed(session, actor, Permission.REVIEW):
                return _unopened(incident)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "open a review"),
            )
            incident = self._locked_incident(session, incident_id)
            _refuse_active(incident)
            latest = _latest(session, incident_id)  # again: another desktop may have opened it
            if latest is None:
                latest = StoredReview(
                    incident_id=incident.id,
                    revision=1,
                    status="draft",
                    **dict.fromkeys(SECTIONS, ""),
                    objectives=[],
                    ratings=[],
                    created_at=now,
                    created_by=actor,
                    changed_at=now,
                    changed_by=actor,
                )
                session.add(latest)
                session.flush()
            return self._review_info(session, latest)

    def update(
        self,
        review_id: int,
        actor: str,
        expected_version: int,
        *,
        summary: str | None = None,
        what_happened: str | None = None,
        strengths: str | None = None,
        shortcomings: str | None = None,
        improvements: str | None = None,
        objectives: Sequence[str] | None = None,
        ratings: Sequence[DrillRating] | None = None,
    ) -> ReviewInfo:
        """Write the sections of a draft revision (None: leave as it is); for a drill also its
        objectives and HSEEP ratings (each replaced whole)."""
        actor = required(actor, ACTING_USER)
        texts = {
            name: value.strip()
            for name, value in zip(
                SECTIONS,
                (summary, what_happened, strengths, shortcomings, improvements),
                strict=True,
            )
            if value is not None
        }
        if not texts and objectives is None and ratings is None:
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreReviews",
                    "say what to change: a section of the review, the objectives or the ratings",
                )
            )
        aims = _objectives(objectives) if objectives is not None else None
        rated = ratings_data(_ratings(ratings)) if ratings is not None else None
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "write a review"),
            )
            review, incident = self._review_for_change(session, review_id, expected_version)
            if (aims or rated) and not incident.is_drill:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "incident {incident} is not a drill; objectives and ratings belong to "
                        "the review of a drill",
                    ).format(incident=incident.id)
                )
            changed = [name for name, text in texts.items() if getattr(review, name) != text]
            for name in changed:
                setattr(review, name, texts[name])
            if aims is not None and aims != review.objectives:
                review.objectives = aims
                changed.append("objectives")
            if rated is not None and rated != review.ratings:
                review.ratings = rated
                changed.append("ratings")
            if changed:  # writing what is already there changes nothing
                review.changed_at, review.changed_by = now, actor
                self._event(
                    session,
                    incident,
                    now,
                    actor,
                    "review_changed",
                    review_id=review.id,
                    revision=review.revision,
                    changed=changed,
                )
                session.flush()
            return self._review_info(session, review)

    def sign_off(self, review_id: int, actor: str, expected_version: int) -> ReviewInfo:
        """A lead signs the draft revision off: from then on it is read-only."""
        actor = required(actor, ACTING_USER)
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "sign off a review"),
            )
            review, incident = self._review_for_change(session, review_id, expected_version, None)
            if not review.summary:
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "{revision} has no summary yet; write the summary before signing it off",
                    ).format(revision=revision_name(review))
                )
            review.status, review.signed_off_at, review.signed_off_by = "signed_off", now, actor
            review.changed_at, review.changed_by = now, actor
            self._event(
                session,
                incident,
                now,
                actor,
                "review_signed_off",
                review_id=review.id,
                revision=review.revision,
            )
            session.flush()
            return self._review_info(session, review)

    def new_revision(self, review_id: int, actor: str, reason: str) -> ReviewInfo:
        """A signed-off revision copied into a new draft revision; the old one is superseded."""
        actor = required(actor, ACTING_USER)
        reason = required(
            reason, QT_TRANSLATE_NOOP("CoreReviews", "a reason for a new revision of the review")
        )
        now = self._now()
        with self._write() as session:
            require(
                session,
                actor,
                Permission.REVIEW,
                action=QT_TRANSLATE_NOOP("CoreReviews", "start a new revision of a review"),
            )
            incident_id = session.scalar(
                select(StoredReview.incident_id).where(StoredReview.id == review_id)
            )
            if incident_id is None:
                raise IncidentNotFoundError(no_review(review_id))
            incident = self._locked_incident(session, incident_id)
            old = session.get(StoredReview, review_id)
            assert old is not None  # reviews are never deleted
            if old.status == "draft":
                raise IncidentError(
                    QT_TRANSLATE_NOOP(
                        "CoreReviews",
                        "{revision} is still a draft; change it as it is (a new revision "
                        "follows a signed-off one)",
                    ).format(revision=revision_name(old))
                )
            if old.status == "superseded":
                refuse_read_only(session, old)
            old.status, old.changed_at, old.changed_by = "superseded", now, actor
            new = StoredReview(
                incident_id=incident.id,
                revision=old.revision + 1,
                status="draft",
                **{name: getattr(old, name) for name in SECTIONS},
                objectives=list(old.objectives),
                ratings=[dict(r) for r in old.ratings],
                created_at=now,
                created_by=actor,
                changed_at=now,
                changed_by=actor,
            )
            session.add(new)
            session.flush()
            self._event(
                session,
                incident,
                now,
                actor,
                "review_revised",
                review_id=new.id,
                revision=new.revision,
                previous=old.revision,
                reason=reason,
            )
            session.flush()
            return self._review_info(session, new)

    # --- periods -----------------------------------------------------------------------------

    def closed_between(self, since: datetime, until: datetime) -> list[IncidentSummary]:
        """Incidents and drills whose response closed at or after ``since`` and before
        ``until``, in the order they closed (for exporting their reviews together)."""
        start, end = (
            aware(since, QT_TRANSLATE_NOOP("CoreReviews", "the start of the period")),
            aware(until, QT_TRANSLATE_NOOP("CoreReviews", "the end of the period")),
        )
        if end < start:
            raise IncidentError(
                QT_TRANSLATE_NOOP("CoreReviews", "the end of the period comes before its start")
            )
        now = self._now()
        with self._db.read() as session:
            rows = session.scalars(
                select(Incident)
                .where(
                    Incident.status == "closed",
                    Incident.closed_at >= start,
                    Incident.closed_at < end,
                )
                .order_by(Incident.closed_at, Incident.id)
            ).all()
            return self._summaries(session, rows, now)


def _latest(session: Session, incident_id: int) -> StoredReview | None:
    return session.scalar(
        select(StoredReview)
        .where(StoredReview.incident_id == incident_id)
        .order_by(StoredReview.revision.desc())
        .limit(1)
    )


def _unopened(incident: Incident) -> ReviewInfo:
    """Revision 1 as it stands before anyone opened it: empty, not stored."""
    at = incident.closed_at or incident.declared_at
    return ReviewInfo(
        id=0,
        incident_id=incident.id,
        revision=1,
        status="draft",
        **dict.fromkeys(SECTIONS, ""),
        objectives=(),
        ratings=(),
        actions=(),
        created_at=at,
        created_by=SYSTEM_NAME,
        changed_at=at,
        changed_by=SYSTEM_NAME,
        signed_off_at=None,
        signed_off_by=None,
        row_version=0,
    )


def _refuse_active(incident: Incident) -> None:
    if incident.status != "closed":
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreReviews",
                "incident {incident} is still active; a review opens when the response closes",
            ).format(incident=incident.id)
        )


def _objectives(objectives: Sequence[str]) -> list[str]:
    if isinstance(objectives, str):
        raise IncidentError(
            QT_TRANSLATE_NOOP("CoreReviews", "the objectives are a list, one objective each")
        )
    aims = [(text or "").strip() for text in objectives]
    if not all(aims):
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreReviews", "an objective of the drill is empty; write it or leave it out"
            )
        )
    return aims


def _ratings(ratings: Sequence[DrillRating]) -> tuple[DrillRating, ...]:
    out: list[DrillRating] = []
    for given in ratings:
        subject = required(
            given.subject,
            QT_TRANSLATE_NOOP("CoreReviews", "the department or capability a rating is for"),
        )
        rating = (given.rating or "").strip()
        if rating not in HSEEP_RATINGS:
            scale = [
                QT_TRANSLATE_NOOP("CoreReviews", "{key} ({meaning})").format(
                    key=key, meaning=HSEEP_MEANINGS[key]
                )
                for key in HSEEP_RATINGS
            ]
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreReviews",
                    "the rating {rating} for {subject} is not on the HSEEP scale: {scale}",
                ).format(rating=repr(given.rating), subject=subject, scale=scale)
            )
        if any(r.subject == subject for r in out):
            raise IncidentError(
                QT_TRANSLATE_NOOP(
                    "CoreReviews", "{subject} is rated twice; give one rating for each"
                ).format(subject=subject)
            )
        out.append(DrillRating(subject, rating, (given.observations or "").strip()))
    return tuple(out)
