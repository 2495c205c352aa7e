"""The command board re-read after a change, given the board read before, is exactly the board
read afresh: every desktop re-reads only the parts that changed, and must never show a stale one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from commandpost.services.incident_records import Board, IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from commandpost.store.incident_models import IncidentEvent
from incident_support import PLAN_ID, FakeClock


@pytest.fixture
def incident(service: IncidentService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")


def reread(service: IncidentService, incident_id: int, before: Board, limit: int = 200) -> Board:
    """The board re-read from ``before``, checked against the board read whole."""
    again = service.board(incident_id, events_limit=limit, previous=before)
    assert again == service.board(incident_id, events_limit=limit)
    return again


def test_every_kind_of_change_reaches_a_board_re_read_from_the_one_before(
    service: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
    incident: IncidentSummary,
) -> None:
    board = service.board(incident.id)
    first = board.tasks[0]
    steps: list[Callable[[], object]] = [
        lambda: service.tick(first.id, "li.na", note="phones staffed"),
        lambda: service.add_note(first.id, "li.na", "six agents"),
        lambda: service.reopen(first.id, "lead", "two agents left"),
        lambda: service.assign(first.id, "lead", "wang"),
        lambda: service.mark_not_applicable(board.tasks[1].id, "lead", "no queue"),
        lambda: service.add_task(incident.id, "customer_service", "Open a second line", "lead"),
        lambda: service.send_report(incident.id, "customer_service", "li.na", "6 agents", "", ""),
        lambda: service.acknowledge_report(board.reports[0].id, "lead"),
        lambda: service.record_figure(incident.id, "waiting_customers", 850, "monitor"),
        lambda: service.advance_phase(incident.id, "lead"),
        lambda: service.shift_level(incident.id, +1, "lead", "more callers"),
        lambda: service.shift_level(incident.id, -1, "lead", "fewer callers"),
        lambda: service.close(incident.id, "lead", "queue is normal"),
        lambda: reviews.review(incident.id, "lead"),
    ]
    changed_parts = set()
    for step in steps:
        clock.advance(minutes=3)
        step()
        before, board = board, reread(service, incident.id, board)
        changed_parts |= {
            name
            for name in ("incident", "tasks", "phases", "reports", "figures", "events")
            if getattr(board, name) != getattr(before, name)
        }
    assert changed_parts == {"incident", "tasks", "phases", "reports", "figures", "events"}
    assert board.incident.status == "closed"


def test_time_passing_alone_moves_tasks_into_the_overdue_list_without_a_read(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    board = service.board(incident.id)
    assert board.overdue == ()
    clock.advance(hours=3)
    later = reread(service, incident.id, board)
    assert later.overdue and later.incident.overdue_tasks == len(later.overdue)
    assert later.tasks == board.tasks  # the same rows, judged at the new time


def test_a_timeline_entry_committed_late_with_an_earlier_number_is_not_missed(
    service: IncidentService, database: Database, clock: FakeClock, incident: IncidentSummary
) -> None:
    # Two transactions take their entry numbers in one order and commit in the other: the one
    # with the higher number is seen first. Made here by numbering an entry far ahead.
    with database.write() as session:
        session.add(
            IncidentEvent(
                id=10_000,
                incident_id=incident.id,
                at=clock.now,
                actor="monitor",
                kind="task_note",
                data={"text": "seen first"},
            )
        )
    board = service.board(incident.id)
    assert board.events[0].id == 10_000
    for minutes in range(3):
        clock.advance(minutes=1 + minutes)
        service.record_figure(incident.id, "waiting_customers", 850 + minutes, "monitor")
        board = reread(service, incident.id, board)
    assert [e.kind for e in board.events[:3]] == ["figure_recorded"] * 3


@pytest.mark.parametrize("limit", [1, 5])
def test_a_short_timeline_keeps_the_newest_entries_as_they_come(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary, limit: int
) -> None:
    board = service.board(incident.id, events_limit=limit)
    task = board.tasks[0]
    for number in range(8):
        clock.advance(minutes=1)
        service.add_note(task.id, "li.na", f"note {number}")
        if number == 5:
            service.add_note(task.id, "li.na", "a second note at once")
        board = reread(service, incident.id, board, limit)
    assert len(board.events) == limit
    assert board.events[0].data["text"] == "note 7"


def test_a_board_of_another_incident_or_of_another_limit_is_not_reused(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    other = service.declare(PLAN_ID, "system_failure", "major", "Email down", "lead")
    theirs = service.board(other.id)
    assert service.board(incident.id, previous=theirs) == service.board(incident.id)
    without_timeline = service.board(incident.id, events_limit=0)
    assert without_timeline.events == ()
    clock.advance(minutes=1)
    full = service.board(incident.id, previous=without_timeline)
    assert full == service.board(incident.id) and full.events
    assert service.board(incident.id, events_limit=1, previous=full).events == full.events[:1]
    assert reread(service, incident.id, full).events == full.events
    assert timedelta(0) <= clock.now - full.events[0].at
