"""What review tests share: an incident declared and closed by the incident service, its
timeline as (kind, actor) pairs, and a review revision written and signed off."""

from __future__ import annotations

from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.review_records import ReviewInfo
from commandpost.services.reviews import ReviewService
from incident_support import PLAN_ID, FakeClock


def closed_incident(
    service: IncidentService, clock: FakeClock, is_drill: bool = False, title: str = "Phones down"
) -> IncidentSummary:
    """Declared now, closed an hour later (the clock is left there)."""
    incident = service.declare(
        PLAN_ID, "system_failure", "general", title, "lead", is_drill=is_drill
    )
    clock.advance(hours=1)
    return service.close(incident.id, "lead", "restored")


def kinds(service: IncidentService, incident_id: int) -> list[tuple[str, str]]:
    """The incident's timeline, oldest first: (kind, actor)."""
    return [(e.kind, e.actor) for e in reversed(service.board(incident_id).events)]


def signed(
    reviews: ReviewService, review: ReviewInfo, summary: str = "Calls answered"
) -> ReviewInfo:
    written = reviews.update(review.id, "lead", review.row_version, summary=summary)
    return reviews.sign_off(written.id, "lead", written.row_version)
