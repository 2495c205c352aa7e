"""Improvement actions, on SQLite and PostgreSQL: added by a draft revision for a department of the
plan, listed across incidents until done, completed, reopened and linked to the plan version they
led to with the version the caller saw, each on the closed incident's timeline."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from commandpost.services.incident_base import (
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
)
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from incident_support import PLAN_ID, FakeClock, incident_plan
from review_support import closed_incident, kinds


def test_improvement_actions_stay_listed_until_done_across_incidents(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    one = reviews.review(closed_incident(service, clock, title="One").id, "lead")
    two = reviews.review(closed_incident(service, clock, title="Two").id, "lead")
    later = reviews.add_action(one.id, "lead", "Rewrite the script", "customer_service")
    soon = reviews.add_action(
        two.id, "lead", "Second line", "technical_support", due_date=date(2025, 10, 20)
    )
    sooner = reviews.add_action(
        one.id, "lead", "Brief the agents", "customer_service", due_date=date(2025, 10, 10)
    )

    assert [a.id for a in reviews.open_actions()] == [sooner.id, soon.id, later.id]
    assert [a.id for a in reviews.open_actions("customer_service")] == [sooner.id, later.id]
    assert reviews.open_actions("marketing") == []
    assert (sooner.incident_id, sooner.review_revision, sooner.due_date) == (
        one.incident_id,
        1,
        date(2025, 10, 10),
    )

    clock.advance(minutes=3)
    done = reviews.complete_action(sooner.id, "li.na", sooner.row_version)
    local = clock.now.astimezone().strftime("%H:%M")
    with pytest.raises(ChangedMeanwhileError, match=f"marked done by li.na at {local}"):
        reviews.complete_action(sooner.id, "wang.fang", sooner.row_version)
    with pytest.raises(IncidentError, match=r"was already done by li\.na"):
        reviews.complete_action(sooner.id, "wang.fang")
    assert [a.id for a in reviews.open_actions()] == [soon.id, later.id]

    reopened = reviews.reopen_action(sooner.id, "lead", "not briefed after all", done.row_version)
    assert (reopened.status, reopened.done_at, reopened.done_by) == ("open", None, None)
    assert [a.id for a in reviews.open_actions()] == [sooner.id, soon.id, later.id]
    with pytest.raises(IncidentError, match="only a done action can be reopened"):
        reviews.reopen_action(sooner.id, "lead", "twice")

    linked = reviews.link_action(soon.id, "lead", PLAN_ID, 1)
    assert (linked.plan_id, linked.plan_version, linked.status) == (PLAN_ID, 1, "open")
    with pytest.raises(IncidentNotFoundError, match=f"plan '{PLAN_ID}' has no version 7"):
        reviews.link_action(soon.id, "lead", PLAN_ID, 7)
    with pytest.raises(IncidentNotFoundError, match="there is no improvement action 999"):
        reviews.complete_action(999, "lead")
    assert kinds(service, one.incident_id)[-4:] == [
        ("action_added", "lead"),
        ("action_added", "lead"),
        ("action_done", "li.na"),
        ("action_reopened", "lead"),
    ]
    assert kinds(service, two.incident_id)[-2:] == [
        ("action_added", "lead"),
        ("action_linked", "lead"),
    ]


def test_an_action_needs_a_description_a_department_of_the_plan_and_a_day(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    review = reviews.review(closed_incident(service, clock).id, "lead")

    with pytest.raises(IncidentError, match="a description of the improvement action is required"):
        reviews.add_action(review.id, "lead", "   ", "customer_service")
    with pytest.raises(
        IncidentError,
        match=f"plan '{PLAN_ID}' has no department 'legal'; its departments are "
        "customer_service, technical_support, marketing",
    ):
        reviews.add_action(review.id, "lead", "Ask the lawyers", "legal")
    with pytest.raises(IncidentError, match="is a day, not a time"):
        reviews.add_action(review.id, "lead", "Soon", "marketing", datetime(2025, 10, 9, 9, 0))
    assert reviews.review(review.incident_id, "lead").actions == ()
    assert reviews.open_actions() == []


def test_the_incident_plan_version_in_the_library_is_what_an_action_links_to(
    library: PlanLibrary, service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    review = reviews.review(closed_incident(service, clock).id, "lead")
    action = reviews.add_action(review.id, "lead", "Faster call-back", "customer_service")
    library.import_plan(incident_plan(2), "admin")

    linked = reviews.link_action(action.id, "lead", PLAN_ID, 2)

    assert (linked.plan_id, linked.plan_version) == (PLAN_ID, 2)
    with pytest.raises(IncidentError, match="is already linked to plan"):
        reviews.link_action(action.id, "lead", PLAN_ID, 2)
    with pytest.raises(IncidentNotFoundError, match="there is no plan 'nope' in the library"):
        reviews.link_action(action.id, "lead", "nope", 1)
