"""The post-incident review as the command group writes it, on SQLite and PostgreSQL: it opens when
the response closes, is written with the version the writer saw, is signed off into a read-only
revision and revised as a copy; improvement actions are tracked until done whatever the revision,
and every change is on the closed incident's timeline. Drills add objectives and HSEEP ratings."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commandpost.services.incident_base import (
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
    when,
)
from commandpost.services.incidents import IncidentService
from commandpost.services.review_records import DrillRating
from commandpost.services.reviews import ReviewService
from incident_support import PLAN_ID, START, FakeClock
from review_support import closed_incident, kinds, signed


def test_a_review_opens_only_when_the_response_closes(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    with pytest.raises(
        IncidentError,
        match=rf"^incident {incident.id} is still active; a review opens when the response "
        "closes$",
    ):
        reviews.review(incident.id, "lead")

    clock.advance(hours=1)
    service.close(incident.id, "lead", "restored")
    clock.advance(minutes=5)
    opened = reviews.review(incident.id, "lead.wang")

    assert (opened.incident_id, opened.revision, opened.status, opened.read_only) == (
        incident.id,
        1,
        "draft",
        False,
    )
    assert (opened.created_by, opened.created_at, opened.changed_by) == (
        "lead.wang",
        clock.now,
        "lead.wang",
    )
    assert (opened.summary, opened.what_happened, opened.improvements) == ("", "", "")
    assert (opened.objectives, opened.ratings, opened.actions) == ((), (), ())
    clock.advance(minutes=5)
    again = reviews.review(incident.id, "someone.else")
    assert (again.id, again.revision, again.created_by) == (opened.id, 1, "lead.wang")
    with pytest.raises(IncidentNotFoundError, match="there is no incident 999"):
        reviews.review(999, "lead")


def test_sections_are_written_with_the_version_seen_and_a_stale_one_is_refused(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = closed_incident(service, clock)
    seen = reviews.review(incident.id, "lead")
    clock.advance(minutes=10)

    written = reviews.update(
        seen.id, "li.na", seen.row_version, summary="  Phones down for an hour  ", strengths="Fast"
    )

    assert (written.summary, written.strengths, written.shortcomings) == (
        "Phones down for an hour",
        "Fast",
        "",
    )
    assert (written.changed_by, written.changed_at) == ("li.na", clock.now)
    assert written.row_version > seen.row_version
    stale = (
        f"revision 1 of the review of incident {incident.id} was edited \\(summary, strengths\\) "
        f"by li.na at {clock.now.astimezone().strftime('%H:%M')} after you opened it"
    )
    clock.advance(minutes=1)
    with pytest.raises(ChangedMeanwhileError, match=stale):
        reviews.update(seen.id, "wang.fang", seen.row_version, shortcomings="Slow")
    assert reviews.review(incident.id, "lead").shortcomings == ""

    same = reviews.update(written.id, "wang.fang", written.row_version, strengths="Fast")
    assert (same.row_version, same.changed_by) == (written.row_version, "li.na")  # nothing new
    with pytest.raises(IncidentError, match="say what to change"):
        reviews.update(written.id, "lead", written.row_version)
    with pytest.raises(IncidentNotFoundError, match="there is no review 999"):
        reviews.update(999, "lead", 1, summary="x")
    assert kinds(service, incident.id)[-1] == ("review_changed", "li.na")
    assert [k for k, _ in kinds(service, incident.id)].count("review_changed") == 1


def test_a_signed_off_revision_is_read_only_while_its_actions_are_still_tracked(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = closed_incident(service, clock)
    draft = reviews.review(incident.id, "lead")
    with pytest.raises(IncidentError, match="has no summary yet"):
        reviews.sign_off(draft.id, "lead", draft.row_version)
    draft = reviews.update(draft.id, "lead", draft.row_version, summary="Calls answered")
    action = reviews.add_action(draft.id, "lead", "Second phone line", "technical_support")
    clock.advance(hours=2)

    done = reviews.sign_off(draft.id, "director.liu", draft.row_version)

    assert (done.status, done.read_only) == ("signed_off", True)
    assert (done.signed_off_by, done.signed_off_at) == ("director.liu", clock.now)
    refusal = f"signed off by director.liu at {when(clock.now)} and is read-only; start a new"
    with pytest.raises(IncidentError, match=refusal):
        reviews.update(done.id, "lead", done.row_version, summary="Rewritten")
    with pytest.raises(IncidentError, match=refusal):
        reviews.add_action(done.id, "lead", "Another one", "marketing")
    with pytest.raises(IncidentError, match=r"was already signed off by director\.liu"):
        reviews.sign_off(done.id, "lead", done.row_version)

    completed = reviews.complete_action(action.id, "zhao.qiang", action.row_version)

    assert (completed.status, completed.done_by, completed.done_at) == (
        "done",
        "zhao.qiang",
        clock.now,
    )
    after = reviews.review(incident.id, "lead")
    assert (after.summary, after.status) == ("Calls answered", "signed_off")
    assert [(a.id, a.status) for a in after.actions] == [(action.id, "done")]


def test_a_new_revision_copies_the_sections_and_supersedes_the_old_one(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    drill = closed_incident(service, clock, is_drill=True)
    first = reviews.review(drill.id, "lead")
    first = reviews.update(
        first.id,
        "lead",
        first.row_version,
        summary="Drill went well",
        shortcomings="Slow call-back",
        objectives=["Staff the phones in 15 min"],
        ratings=[DrillRating("customer_service", "S", "Late by 5 min")],
    )
    action = reviews.add_action(first.id, "lead", "Train call-back", "customer_service")
    with pytest.raises(IncidentError, match="is still a draft"):
        reviews.new_revision(first.id, "lead", "more to say")
    first = signed(reviews, first, "Drill went well")
    clock.advance(days=7)

    second = reviews.new_revision(first.id, "director.liu", "the call-back figures were wrong")

    assert (second.revision, second.status, second.created_by, second.created_at) == (
        2,
        "draft",
        "director.liu",
        clock.now,
    )
    assert (second.summary, second.shortcomings) == ("Drill went well", "Slow call-back")
    assert second.objectives == ("Staff the phones in 15 min",)
    assert second.ratings == (DrillRating("customer_service", "S", "Late by 5 min"),)
    assert (second.signed_off_at, second.signed_off_by) == (None, None)
    assert [(a.id, a.review_revision) for a in second.actions] == [(action.id, 1)]
    assert reviews.review(drill.id, "lead").id == second.id
    with pytest.raises(IncidentError, match="superseded by revision 2 and is read-only"):
        reviews.update(first.id, "lead", first.row_version + 1, summary="Late edit")
    with pytest.raises(IncidentError, match="superseded by revision 2"):
        reviews.new_revision(first.id, "lead", "again")
    with pytest.raises(IncidentError, match="a reason for a new revision of the review is"):
        reviews.new_revision(second.id, "lead", " ")

    revised = reviews.update(second.id, "lead", second.row_version, shortcomings="None at all")
    assert revised.shortcomings == "None at all"
    assert kinds(service, drill.id)[-2:] == [
        ("review_revised", "director.liu"),
        ("review_changed", "lead"),
    ]


def test_a_drill_review_has_objectives_and_hseep_ratings(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    drill = reviews.review(closed_incident(service, clock, is_drill=True).id, "lead")

    rated = reviews.update(
        drill.id,
        "lead",
        drill.row_version,
        objectives=["Staff the phones in 15 min", "Restore in 1 h"],
        ratings=[
            DrillRating("customer_service", "P", "All answered"),
            DrillRating("Public communication", "U", ""),
        ],
    )

    assert rated.objectives == ("Staff the phones in 15 min", "Restore in 1 h")
    assert rated.ratings == (
        DrillRating("customer_service", "P", "All answered"),
        DrillRating("Public communication", "U", ""),
    )
    with pytest.raises(IncidentError, match=r"the rating 'X' for marketing is not on the HSEEP"):
        reviews.update(
            rated.id, "lead", rated.row_version, ratings=[DrillRating("marketing", "X", "")]
        )
    with pytest.raises(IncidentError, match="customer_service is rated twice"):
        reviews.update(
            rated.id,
            "lead",
            rated.row_version,
            ratings=[
                DrillRating("customer_service", "P", ""),
                DrillRating("customer_service", "S", ""),
            ],
        )
    with pytest.raises(IncidentError, match="an objective of the drill is empty"):
        reviews.update(rated.id, "lead", rated.row_version, objectives=["Fine", " "])
    assert reviews.review(drill.incident_id, "lead").ratings == rated.ratings


def test_objectives_and_ratings_are_refused_for_a_real_incident(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    review = reviews.review(closed_incident(service, clock).id, "lead")
    refusal = f"incident {review.incident_id} is not a drill; objectives and ratings belong to"
    with pytest.raises(IncidentError, match=refusal):
        reviews.update(review.id, "lead", review.row_version, objectives=["Answer fast"])
    with pytest.raises(IncidentError, match=refusal):
        reviews.update(
            review.id, "lead", review.row_version, ratings=[DrillRating("marketing", "S", "")]
        )
    assert reviews.review(review.incident_id, "lead").row_version == review.row_version


def test_every_review_change_is_on_the_closed_incidents_timeline(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = closed_incident(service, clock)
    review = reviews.review(incident.id, "lead")
    action = reviews.add_action(review.id, "li.na", "Second line", "technical_support")
    review = signed(reviews, review)
    reviews.link_action(action.id, "lead", PLAN_ID, 1)
    reviews.complete_action(action.id, "zhao.qiang")
    reviews.reopen_action(action.id, "lead", "not tested")
    reviews.new_revision(review.id, "director.liu", "typo")

    timeline = service.board(incident.id).events
    assert [(e.kind, e.actor) for e in reversed(timeline)][-8:] == [
        ("closed", "lead"),
        ("action_added", "li.na"),
        ("review_changed", "lead"),
        ("review_signed_off", "lead"),
        ("action_linked", "lead"),
        ("action_done", "zhao.qiang"),
        ("action_reopened", "lead"),
        ("review_revised", "director.liu"),
    ]
    added = next(e for e in timeline if e.kind == "action_added")
    assert (added.data["department"], added.data["description"], added.data["revision"]) == (
        "technical_support",
        "Second line",
        1,
    )
    revised = timeline[0]
    assert (revised.data["revision"], revised.data["previous"], revised.data["reason"]) == (
        2,
        1,
        "typo",
    )
    assert service.get_incident(incident.id).status == "closed"


def test_closed_between_lists_closed_incidents_and_drills_in_the_order_they_closed(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    real = closed_incident(service, clock, title="Real")  # closes at START + 1 h
    drill = closed_incident(service, clock, is_drill=True, title="Drill")  # START + 2 h
    service.declare(PLAN_ID, "system_failure", "general", "Still running", "lead")
    clock.advance(days=2)
    closed_incident(service, clock, title="Later")  # START + 2 d 3 h

    found = reviews.closed_between(START, START + timedelta(days=1))

    assert [(s.id, s.title, s.is_drill) for s in found] == [
        (real.id, "Real", False),
        (drill.id, "Drill", True),
    ]
    assert [
        s.id for s in reviews.closed_between(START + timedelta(hours=1, minutes=1), clock.now)
    ] == [drill.id]
    assert len(reviews.closed_between(START, clock.now + timedelta(seconds=1))) == 3
    with pytest.raises(IncidentError, match="the end of the period comes before its start"):
        reviews.closed_between(clock.now, START)
