"""Two people changing the same record at once: the second is refused with one sentence naming
the record, what the first one changed, who and when — and nothing of theirs is saved.

Every record two desktops can edit: a task, a review revision, an improvement action, a drill, a
plan version, an incident's level and phase.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from commandpost.services.drills import DrillService
from commandpost.services.incident_base import ChangedMeanwhileError, IncidentError
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary, TransitionError
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan
from review_support import closed_incident

NOT_SAVED = "after you opened it; your change was not saved"


@pytest.fixture
def incident(service: IncidentService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "major", "Phones down", "lead")


def hhmm(clock: FakeClock) -> str:
    """The clock's time of day as the sentences say it (local time)."""
    return clock.now.astimezone().strftime("%H:%M")


def refused(call: Callable[[], object]) -> str:
    with pytest.raises(ChangedMeanwhileError) as caught:
        call()
    sentence = str(caught.value)
    assert sentence[0].islower() and "\n" not in sentence  # one sentence, shown after a prefix
    return sentence


def test_a_task_names_what_was_done_to_it_who_did_it_and_when(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    seen = service.find_task(incident.id, "cs-answer")
    clock.advance(minutes=3)
    service.tick(seen.id, "li.na")
    before = service.board(incident.id)
    assert refused(lambda: service.assign(seen.id, "wang", "wang", seen.row_version)) == (
        f"task {seen.id} 'Staff the phones' (安排人员接听) was ticked by li.na at {hhmm(clock)} "
        f"{NOT_SAVED}"
    )
    assert service.board(incident.id) == before  # nothing of the second change was saved

    clock.advance(minutes=2)
    service.reopen(seen.id, "zhang", "not enough agents")
    assert refused(lambda: service.tick(seen.id, "wang", expected_version=seen.row_version)) == (
        f"task {seen.id} 'Staff the phones' (安排人员接听) was changed 2 times after you opened "
        f"it, last reopened by zhang at {hhmm(clock)}; your change was not saved"
    )
    now = service.find_task(incident.id, "cs-answer")
    service.assign(seen.id, "lead", "li.na", now.row_version)
    assert "was assigned to li.na by lead" in refused(
        lambda: service.mark_not_applicable(seen.id, "wang", "no need", now.row_version)
    )


def test_a_task_retired_by_a_level_change_says_so(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    seen = service.find_task(incident.id, "mk-notice")  # at the major and critical levels only
    clock.advance(minutes=1)
    service.change_level(incident.id, "general", "lead", "calmer")
    sentence = refused(lambda: service.tick(seen.id, "li.na", expected_version=seen.row_version))
    assert sentence.startswith(
        f"task {seen.id} 'Publish a notice' (发布公告) was retired by a level change"
    )


def test_an_incident_level_or_phase_moved_meanwhile_is_not_moved_again(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    clock.advance(minutes=4)
    service.change_level(incident.id, "critical", "zhang", "more callers", expected_level="major")
    before = service.board(incident.id)
    # Someone still looking at "major" lowers it to "general"? Not over zhang's raise.
    assert refused(
        lambda: service.change_level(incident.id, "general", "li", "calmer", expected_level="major")
    ) == (
        f"incident {incident.id} 'Phones down' was moved from level 'major' to 'critical' by "
        f"zhang at {hhmm(clock)} {NOT_SAVED}"
    )
    assert "by zhang" in refused(
        lambda: service.shift_level(incident.id, +1, "li", "worse", expected_level="major")
    )
    assert service.board(incident.id) == before
    clock.advance(minutes=1)
    service.advance_phase(incident.id, "zhang", "activation", expected_phase="warning")
    assert refused(
        lambda: service.advance_phase(incident.id, "li", "activation", expected_phase="warning")
    ) == (
        f"incident {incident.id} 'Phones down' was moved from phase 'warning' to 'activation' by "
        f"zhang at {hhmm(clock)} {NOT_SAVED}"
    )
    assert service.change_level(incident.id, "general", "li", "calm", "critical").new_level == (
        "general"  # from what is there now, it goes through
    )


def test_a_review_revision_and_an_improvement_action_name_what_changed(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = closed_incident(service, clock)
    seen = reviews.review(incident.id, "lead")
    clock.advance(minutes=2)
    written = reviews.update(seen.id, "li.na", seen.row_version, strengths="Fast", summary="Ok")
    assert refused(lambda: reviews.update(seen.id, "wang", seen.row_version, strengths="Slow")) == (
        f"revision 1 of the review of incident {incident.id} was edited (summary, strengths) "
        f"by li.na at {hhmm(clock)} {NOT_SAVED}"
    )
    clock.advance(minutes=1)
    reviews.sign_off(written.id, "lead", written.row_version)
    assert "was already signed off by lead" in _refusal_of(
        lambda: reviews.sign_off(written.id, "wang", written.row_version)
    )

    draft = reviews.new_revision(written.id, "lead", "a late report")
    action = reviews.add_action(
        draft.id, "lead", "Brief the agents every morning", "customer_service"
    )
    clock.advance(minutes=5)
    reviews.complete_action(action.id, "li.na", action.row_version)
    assert refused(
        lambda: reviews.reopen_action(action.id, "wang", "not yet", action.row_version)
    ) == (
        f"improvement action {action.id} 'Brief the agents every morning' was marked done by "
        f"li.na at {hhmm(clock)} {NOT_SAVED}"
    )


def test_a_drill_cancelled_elsewhere_is_not_cancelled_twice(
    database: Database, service: IncidentService, clock: FakeClock
) -> None:
    drills = DrillService(database, clock)
    drill = drills.schedule(
        PLAN_ID,
        START + timedelta(days=7),
        "Hotline down at the evening peak",
        "general",
        ["customer_service"],
        "lead",
    )
    clock.advance(minutes=6)
    drills.cancel(drill.id, "zhang", "clashes with a sale", drill.row_version)
    assert refused(lambda: drills.cancel(drill.id, "li", "moved", drill.row_version)) == (
        f"drill {drill.id} 'Hotline down at the evening peak' was cancelled by zhang at "
        f"{hhmm(clock)} {NOT_SAVED}"
    )
    assert drills.drills(PLAN_ID)[0].note == "clashes with a sale"


def test_a_plan_version_moved_elsewhere_says_who_moved_it_and_when(
    library: PlanLibrary, clock: FakeClock, service: IncidentService
) -> None:
    library.import_plan(incident_plan(version=2), "admin")
    clock.advance(minutes=7)
    library.approve(PLAN_ID, 2, "zhang")
    with pytest.raises(TransitionError) as twice:
        library.approve(PLAN_ID, 2, "li")
    assert str(twice.value) == (
        f"version 2 of plan {PLAN_ID!r} was already approved by zhang at {hhmm(clock)}; "
        "your change was not saved"
    )
    with pytest.raises(TransitionError) as late:
        library.submit(PLAN_ID, 2, "li")
    assert str(late.value) == (
        f"version 2 of plan {PLAN_ID!r} was approved by zhang at {hhmm(clock)}, so it cannot be "
        "submitted for review; your change was not saved"
    )
    assert [c.actor for c in library.get(PLAN_ID, 2).history].count("zhang") == 2


def _refusal_of(call: Callable[[], object]) -> str:
    with pytest.raises(IncidentError) as caught:
        call()
    return str(caught.value)
