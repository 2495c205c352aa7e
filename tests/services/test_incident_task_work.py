"""Working the checklist: tick, reopen, not applicable, assign, notes, ad-hoc tasks; each change
is a timeline event, and a change made on a stale view of a task is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import (
    ChangedMeanwhileError,
    IncidentError,
    IncidentNotFoundError,
    IncidentService,
)
from incident_support import PLAN_ID, START, FakeClock


@pytest.fixture
def incident(service: IncidentService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")


def test_tick_reopen_not_applicable_assign_and_note_each_write_a_timeline_event(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    clock.advance(minutes=5)
    done = service.tick(task.id, "li.na", note="four agents on the phones")
    assert (done.status, done.done_by, done.done_at) == ("done", "li.na", clock.now)
    clock.advance(minutes=1)
    reopened = service.reopen(task.id, "lead", "only two are there")
    assert (reopened.status, reopened.done_at, reopened.done_by) == ("open", None, None)
    clock.advance(minutes=1)
    assigned = service.assign(task.id, "lead", "zhang.wei")
    assert assigned.assignee == "zhang.wei"
    clock.advance(minutes=1)
    noted = service.add_note(task.id, "zhang.wei", "two more arrive at 10:30")
    assert noted == assigned  # a note changes the record, not the task
    callback = service.find_task(incident.id, "cs-callback")
    service.mark_not_applicable(callback.id, "li.na", "nobody is waiting")

    history = service.task_events(task.id)
    assert [(e.kind, e.actor, e.at - START) for e in history] == [
        ("task_done", "li.na", timedelta(minutes=5)),
        ("task_reopened", "lead", timedelta(minutes=6)),
        ("task_assigned", "lead", timedelta(minutes=7)),
        ("task_note", "zhang.wei", timedelta(minutes=8)),
    ]
    assert history[0].data == {"key": "cs-answer", "note": "four agents on the phones"}
    assert history[1].data["reason"] == "only two are there"
    assert history[1].data["previous"] == "done"
    assert history[2].data["person"] == "zhang.wei"
    assert history[3].data["text"] == "two more arrive at 10:30"
    events = service.board(incident.id).events
    assert [e.kind for e in events][:2] == ["task_not_applicable", "task_note"]
    assert events[0].data["reason"] == "nobody is waiting"
    assert events[0].task_id == callback.id


def test_each_change_raises_the_task_version(
    service: IncidentService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    assert task.row_version == 1
    ticked = service.tick(task.id, "li.na", expected_version=1)
    assert ticked.row_version == 2
    assert service.reopen(task.id, "li.na", "mistake", expected_version=2).row_version == 3


def test_a_change_on_a_stale_view_is_refused_naming_who_changed_it_and_when(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    seen = service.find_task(incident.id, "cs-answer")
    clock.advance(minutes=3)
    service.assign(seen.id, "zhang.wei", "zhang.wei")
    before = service.board(incident.id)
    local = (START + timedelta(minutes=3)).astimezone().strftime("%H:%M")
    with pytest.raises(
        ChangedMeanwhileError,
        match=f"task {seen.id} 'Staff the phones' \\(安排人员接听\\) was assigned to zhang.wei by "
        f"zhang.wei at {local} after you opened it; your change was not saved",
    ):
        service.tick(seen.id, "li.na", expected_version=seen.row_version)
    assert service.board(incident.id) == before


def test_reopening_and_setting_aside_need_a_reason(
    service: IncidentService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    with pytest.raises(IncidentError, match="a reason for marking the task not applicable"):
        service.mark_not_applicable(task.id, "li.na", "")
    service.tick(task.id, "li.na")
    with pytest.raises(IncidentError, match="a reason for reopening the task is required"):
        service.reopen(task.id, "li.na", "   ")
    assert service.find_task(incident.id, "cs-answer").status == "done"


@pytest.mark.parametrize(
    ("setup", "action", "message"),
    [
        ("tick", "tick", "task 'cs-answer' is already done by li.na at"),
        (None, "reopen", "task 'cs-answer' is already open"),
        ("na", "tick", "is marked not applicable; reopen it before ticking it"),
        ("tick", "na", "task 'cs-answer' is done; only an open task"),
        ("assign", "assign", "task 'cs-answer' is already assigned to zhang.wei"),
    ],
    ids=["tick-twice", "reopen-open", "tick-na", "na-done", "assign-again"],
)
def test_a_step_the_task_status_does_not_allow_is_refused(
    service: IncidentService,
    incident: IncidentSummary,
    setup: str | None,
    action: str,
    message: str,
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    steps = {
        "tick": lambda: service.tick(task.id, "li.na"),
        "na": lambda: service.mark_not_applicable(task.id, "li.na", "not needed"),
        "reopen": lambda: service.reopen(task.id, "li.na", "again"),
        "assign": lambda: service.assign(task.id, "lead", "zhang.wei"),
    }
    if setup:
        steps[setup]()
    before = service.board(incident.id)
    with pytest.raises(IncidentError, match=message):
        steps[action]()
    assert service.board(incident.id) == before


def test_an_ad_hoc_task_joins_the_current_phase_of_any_department(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    due = START + timedelta(hours=1)
    first = service.add_task(incident.id, "marketing", "Post on Weibo", "lead", due_at=due)
    assert (first.key, first.department, first.phase, first.ad_hoc) == (
        "adhoc-1",
        "marketing",
        "warning",
        True,
    )
    assert (first.title_zh, first.title_en, first.due_at, first.due_rule) == (
        "Post on Weibo",
        "Post on Weibo",
        due,
        None,
    )
    second = service.add_task(
        incident.id,
        "technical_support",
        ("检查线路", "Check the lines"),
        "lead",
        detail=("联系运营商", "Call the carrier"),
    )
    assert (second.key, second.title_zh, second.title_en, second.detail_en) == (
        "adhoc-2",
        "检查线路",
        "Check the lines",
        "Call the carrier",
    )
    assert second.due_at is None
    assert service.find_task(incident.id, "adhoc-2") == second
    added = service.board(incident.id).events[0]
    assert (added.kind, added.task_id, added.data["department"]) == (
        "task_added",
        second.id,
        "technical_support",
    )
    with pytest.raises(IncidentError, match="has no department 'sales'; its departments are"):
        service.add_task(incident.id, "sales", "Call customers", "lead")


def test_the_checklist_is_ordered_by_due_time_with_undated_tasks_last(
    service: IncidentService, clock: FakeClock
) -> None:
    incident = service.declare(PLAN_ID, "system_failure", "critical", "Outage", "lead")
    assert [t.key for t in service.tasks(incident.id)] == [
        "cs-answer",  # 10:15
        "cs-callback",  # 12:00
        "mk-notice",  # tomorrow
        "ts-restore",  # 11 October
        "ts-diagnose",  # no due time yet: then in plan order
        "mk-press",
        "cs-summary",
    ]
    assert [t.key for t in service.tasks(incident.id, department="marketing")] == [
        "mk-notice",
        "mk-press",
    ]
    with pytest.raises(IncidentError, match="has no department 'sales'"):
        service.tasks(incident.id, department="sales")


def test_tasks_are_found_by_key_or_number_within_their_incident(
    service: IncidentService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "ts-diagnose")
    assert service.find_task(incident.id, str(task.id)) == task
    other = service.declare(PLAN_ID, "system_failure", "general", "Another", "lead")
    with pytest.raises(IncidentNotFoundError, match=f"incident {other.id} has no task '{task.id}'"):
        service.find_task(other.id, str(task.id))
    with pytest.raises(IncidentNotFoundError, match="has no task 'nope'"):
        service.find_task(incident.id, "nope")
    with pytest.raises(IncidentNotFoundError, match="there is no incident 404"):
        service.find_task(404, "cs-answer")
    with pytest.raises(IncidentNotFoundError, match="there is no task 9999"):
        service.tick(9999, "li.na")


def test_overdue_tasks_are_counted_and_listed_most_overdue_first(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    clock.advance(hours=3)  # 13:00: cs-answer (10:15) and cs-callback (12:00) are overdue
    board = service.board(incident.id)
    assert [t.key for t in board.overdue] == ["cs-answer", "cs-callback"]
    assert board.incident.overdue_tasks == 2
    cs = next(d for d in board.departments if d.department == "customer_service")
    assert (cs.open, cs.overdue, cs.done) == (3, 2, 0)
    service.tick(board.overdue[0].id, "li.na")
    [summary] = service.list_incidents()
    assert (summary.open_tasks, summary.done_tasks, summary.overdue_tasks) == (3, 1, 1)


def test_a_closed_incident_refuses_every_change(
    service: IncidentService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    service.tick(task.id, "li.na")
    service.close(incident.id, "lead", "resolved")
    before = service.board(incident.id)
    attempts: list[Callable[[], object]] = [
        lambda: service.tick(task.id, "li.na"),
        lambda: service.reopen(task.id, "li.na", "again"),
        lambda: service.mark_not_applicable(task.id, "li.na", "x"),
        lambda: service.assign(task.id, "lead", "zhang.wei"),
        lambda: service.add_note(task.id, "lead", "late note"),
        lambda: service.add_task(incident.id, "marketing", "More", "lead"),
        lambda: service.change_level(incident.id, "major", "lead", "worse"),
        lambda: service.advance_phase(incident.id, "lead"),
        lambda: service.send_report(incident.id, "marketing", "x", "a", "", ""),
        lambda: service.record_figure(incident.id, "waiting_customers", 1.0, "x"),
        lambda: service.close(incident.id, "lead", "again"),
    ]
    for attempt in attempts:
        with pytest.raises(IncidentError, match="a closed incident cannot be changed"):
            attempt()
    assert service.board(incident.id) == before
