"""Raising and lowering the level re-layers the checklist; phases advance in the plan's order and
start the deadlines of the tasks timed from them; closing ends the response."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commandpost.services.incident_records import IncidentSummary, LevelChange
from commandpost.services.incidents import IncidentError, IncidentService
from incident_support import PLAN_ID, START, FakeClock


@pytest.fixture
def incident(service: IncidentService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")


def _statuses(service: IncidentService, incident_id: int) -> dict[str, str]:
    return {t.key: t.status for t in service.tasks(incident_id, include_retired=True)}


def test_raising_the_level_adds_its_tasks_with_due_times_counted_from_the_change(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    clock.advance(hours=2)
    change = service.change_level(incident.id, "critical", "lead", "the website is down too")
    assert change == LevelChange("general", "critical", added=3, restored=0, retired=0)
    tasks = {t.key: t for t in service.tasks(incident.id)}
    assert tasks["mk-notice"].due_at == clock.now + timedelta(days=1)
    assert tasks["ts-restore"].due_at is not None
    assert tasks["ts-restore"].due_at > clock.now + timedelta(days=3)  # 3 working days, holiday
    assert tasks["mk-press"].due_at is None  # timed from execution, not started yet
    assert tasks["cs-answer"].due_at == START + timedelta(minutes=15)  # untouched
    [raised] = [e for e in service.board(incident.id).events if e.kind == "level_raised"]
    assert raised.data == {
        "old_level": "general",
        "new_level": "critical",
        "reason": "the website is down too",
        "added": ["ts-restore", "mk-notice", "mk-press"],
        "restored": [],
        "retired": [],
    }
    assert service.board(incident.id).incident.level == "critical"


def test_lowering_retires_open_tasks_keeps_done_work_and_raising_again_restores(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    service.change_level(incident.id, "critical", "lead", "worse")
    notice = service.find_task(incident.id, "mk-notice")
    service.tick(notice.id, "wu.fang")
    clock.advance(hours=1)

    lowered = service.change_level(incident.id, "general", "lead", "the website is back")
    assert lowered == LevelChange("critical", "general", added=0, restored=0, retired=2)
    statuses = _statuses(service, incident.id)
    assert statuses["mk-notice"] == "done"  # done work stays done
    assert statuses["ts-restore"] == statuses["mk-press"] == "retired"
    assert "ts-restore" not in {t.key for t in service.tasks(incident.id)}
    board = service.board(incident.id)
    assert next(e.kind for e in board.events) == "level_lowered"
    assert board.events[0].data["retired"] == ["ts-restore", "mk-press"]

    clock.advance(hours=1)
    raised = service.shift_level(incident.id, 1, "lead", "down again")
    assert raised == LevelChange("general", "major", added=0, restored=1, retired=0)
    restore = service.find_task(incident.id, "ts-restore")
    assert restore.status == "open"
    assert restore.due_at == START.replace(month=10, day=11) + timedelta(hours=2)  # from now
    assert _statuses(service, incident.id)["mk-press"] == "retired"  # critical only


def test_ad_hoc_tasks_survive_every_level_change(
    service: IncidentService, incident: IncidentSummary
) -> None:
    service.change_level(incident.id, "critical", "lead", "worse")
    extra = service.add_task(incident.id, "marketing", "Brief the press office", "lead")
    service.change_level(incident.id, "general", "lead", "better")
    assert service.find_task(incident.id, extra.key).status == "open"


@pytest.mark.parametrize(
    ("level", "reason", "message"),
    [
        ("general", "why not", "incident 1 is already at level 'general'"),
        (
            "extreme",
            "worse",
            "plan 'incident-test' has no level 'extreme'; its levels are general, major, "
            "critical \\(lowest first\\)",
        ),
        ("major", " ", "a reason for changing the level is required"),
    ],
    ids=["same", "unknown", "no-reason"],
)
def test_a_level_change_that_changes_nothing_or_says_no_why_is_refused(
    service: IncidentService, incident: IncidentSummary, level: str, reason: str, message: str
) -> None:
    with pytest.raises(IncidentError, match=message):
        service.change_level(incident.id, level, "lead", reason)


def test_the_level_cannot_go_past_either_end_of_the_plan(
    service: IncidentService, incident: IncidentSummary
) -> None:
    with pytest.raises(
        IncidentError,
        match=r"is at level 'general', the lowest of plan 'incident-test' .*be lowered further",
    ):
        service.shift_level(incident.id, -1, "lead", "calmer")
    service.change_level(incident.id, "critical", "lead", "worse")
    with pytest.raises(IncidentError, match=r"the highest .* cannot be raised further"):
        service.shift_level(incident.id, 1, "lead", "even worse")
    with pytest.raises(IncidentError, match="cannot be lowered by 3 steps"):
        service.shift_level(incident.id, -3, "lead", "all clear")


def test_phases_advance_in_plan_order_recording_starts_and_ends(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    clock.advance(minutes=20)
    activation = service.advance_phase(incident.id, "lead")
    assert (activation.phase, activation.started_at, activation.ended_at) == (
        "activation",
        clock.now,
        None,
    )
    diagnose = service.find_task(incident.id, "ts-diagnose")
    assert diagnose.due_at == clock.now + timedelta(minutes=30)  # 30 min from its phase start
    clock.advance(hours=1)
    service.advance_phase(incident.id, "lead")
    board = service.board(incident.id)
    assert [
        (p.phase, p.started_at - START, p.ended_at and p.ended_at - START) for p in board.phases
    ] == [
        ("warning", timedelta(0), timedelta(minutes=20)),
        ("activation", timedelta(minutes=20), timedelta(minutes=80)),
        ("execution", timedelta(minutes=80), None),
    ]
    assert board.incident.phase == "execution"
    started = [e for e in board.events if e.kind == "phase_started"]
    assert [(e.data["previous"], e.data["phase"], e.data["deadlines_set"]) for e in started] == [
        ("activation", "execution", 0),
        ("warning", "activation", 1),
    ]


def test_jumping_to_a_later_phase_starts_the_deadlines_of_the_phases_passed_over(
    service: IncidentService, clock: FakeClock
) -> None:
    incident = service.declare(PLAN_ID, "system_failure", "critical", "Outage", "lead")
    clock.advance(minutes=10)
    service.advance_phase(incident.id, "lead", to="execution")
    tasks = {t.key: t for t in service.tasks(incident.id)}
    assert tasks["ts-diagnose"].due_at == clock.now + timedelta(minutes=30)  # activation
    assert tasks["mk-press"].due_at == clock.now + timedelta(hours=4)  # execution
    phases = [p.phase for p in service.board(incident.id).phases]
    assert phases == ["warning", "execution"]
    assert service.board(incident.id).events[0].data["skipped"] == ["activation"]


def test_phases_never_go_backwards_nor_past_the_last(
    service: IncidentService, incident: IncidentSummary
) -> None:
    service.advance_phase(incident.id, "lead", to="execution")
    with pytest.raises(IncidentError, match="is in phase 'execution', after 'activation'; phases"):
        service.advance_phase(incident.id, "lead", to="activation")
    with pytest.raises(IncidentError, match="already in phase 'execution'"):
        service.advance_phase(incident.id, "lead", to="execution")
    with pytest.raises(IncidentError, match="has no phase 'review'; its phases are warning, "):
        service.advance_phase(incident.id, "lead", to="review")
    service.advance_phase(incident.id, "lead")
    with pytest.raises(
        IncidentError,
        match="is in its last phase \\('closure'\\); no phase comes after it: close the incident",
    ):
        service.advance_phase(incident.id, "lead")


def test_closing_records_who_and_why_ends_the_phase_and_counts_open_tasks(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    service.tick(service.find_task(incident.id, "cs-answer").id, "li.na")
    with pytest.raises(IncidentError, match="a reason for closing the incident is required"):
        service.close(incident.id, "lead", "")
    clock.advance(hours=5)
    closed = service.close(incident.id, "lead", "call volume back to normal")
    assert (closed.status, closed.closed_by, closed.closed_at, closed.close_reason) == (
        "closed",
        "lead",
        clock.now,
        "call volume back to normal",
    )
    assert (closed.open_tasks, closed.done_tasks) == (3, 1)
    board = service.board(incident.id)
    assert board.phases[-1].ended_at == clock.now
    assert board.events[0].kind == "closed"
    assert board.events[0].data == {
        "reason": "call volume back to normal",
        "phase": "warning",
        "open_tasks": 3,
    }
    assert service.list_incidents() == []
    assert [s.id for s in service.list_incidents(include_closed=True)] == [incident.id]
