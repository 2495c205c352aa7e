"""Progress reports and situation figures, the command board read in one go, and the invalid
actions of issue 3 refused with a clear sentence and leaving the board exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta

import pytest

from commandpost.services.incident_records import FigureValue, IncidentSummary
from commandpost.services.incidents import (
    ChangedMeanwhileError,
    IncidentError,
    IncidentService,
)
from incident_support import PLAN_ID, START, FakeClock


@pytest.fixture
def incident(service: IncidentService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")


def test_a_progress_report_is_sent_then_acknowledged_once(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    report = service.send_report(
        incident.id, "customer_service", "li.na", "4 agents added", "calling back", ""
    )
    assert (report.department, report.sent_by, report.sent_at) == (
        "customer_service",
        "li.na",
        START,
    )
    assert report.acknowledged_at is None
    clock.advance(minutes=4)
    acknowledged = service.acknowledge_report(report.id, "lead")
    assert (acknowledged.acknowledged_by, acknowledged.acknowledged_at) == ("lead", clock.now)
    with pytest.raises(IncidentError, match=f"report {report.id} was already acknowledged by lead"):
        service.acknowledge_report(report.id, "lead.two")
    clock.advance(minutes=1)
    newer = service.send_report(incident.id, "technical_support", "chen", "", "rebooting", "a van")
    board = service.board(incident.id)
    assert [r.id for r in board.reports] == [newer.id, report.id]  # newest first
    assert board.reports[1] == acknowledged
    assert [e.kind for e in board.events][:3] == [
        "report_sent",
        "report_acknowledged",
        "report_sent",
    ]
    assert board.events[0].data == {
        "report_id": newer.id,
        "department": "technical_support",
        "needs_help": "a van",
    }


def test_an_empty_report_or_one_from_an_unknown_department_is_refused(
    service: IncidentService, incident: IncidentSummary
) -> None:
    with pytest.raises(IncidentError, match="a progress report needs at least one of"):
        service.send_report(incident.id, "customer_service", "li.na", " ", "", "")
    with pytest.raises(IncidentError, match="has no department 'sales'"):
        service.send_report(incident.id, "sales", "li.na", "done", "", "")
    assert service.board(incident.id).reports == ()


def test_situation_figures_are_recorded_over_time_now_or_earlier(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    clock.advance(minutes=30)
    service.record_figure(incident.id, "waiting_customers", 850, "monitor")
    earlier = START + timedelta(minutes=10)
    service.record_figure(incident.id, "waiting_customers", 600, "li.na", at=earlier)
    service.record_figure(incident.id, "average_wait", 12.5, "li.na")
    board = service.board(incident.id)
    assert board.figures == (  # oldest first
        FigureValue("waiting_customers", 600.0, earlier, "li.na"),
        FigureValue("waiting_customers", 850.0, clock.now, "monitor"),
        FigureValue("average_wait", 12.5, clock.now, "li.na"),
    )
    late = next(e for e in board.events if e.data.get("value") == 600.0)
    assert (late.kind, late.at) == ("figure_recorded", earlier)
    assert late.data["recorded_at"] == clock.now.astimezone(UTC).isoformat()


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("queue", 1.0, "has no situation figure 'queue'; its figures are waiting_customers, "),
        ("waiting_customers", float("inf"), "must be a finite number, not inf"),
        ("waiting_customers", "many", "must be a number, not 'many'"),
        ("waiting_customers", True, "must be a number, not True"),
    ],
    ids=["unknown", "infinite", "text", "bool"],
)
def test_a_figure_that_is_not_a_finite_number_of_a_known_figure_is_refused(
    service: IncidentService, incident: IncidentSummary, key: str, value: object, message: str
) -> None:
    with pytest.raises(IncidentError, match=message):
        service.record_figure(incident.id, key, value, "li.na")  # type: ignore[arg-type]
    assert service.board(incident.id).figures == ()


def test_the_board_shows_the_newest_events_up_to_the_limit(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    for n in range(5):
        clock.advance(minutes=1)
        service.add_note(task.id, "li.na", f"note {n}")
    board = service.board(incident.id, events_limit=3)
    assert [e.data["text"] for e in board.events] == ["note 4", "note 3", "note 2"]
    assert len(service.board(incident.id).events) == 6  # five notes and the declaration
    assert board.plan.id == PLAN_ID
    assert [d.department for d in board.departments] == [
        "customer_service",
        "technical_support",
        "marketing",
    ]
    assert {t.key for t in board.tasks} == {"cs-answer", "cs-callback", "ts-diagnose", "cs-summary"}


Step = Callable[[IncidentService, int], object]


def _task(service: IncidentService, incident_id: int, key: str) -> int:
    return service.find_task(incident_id, key).id


def _raise_and_lower(service: IncidentService, incident_id: int) -> None:
    service.change_level(incident_id, "major", "lead", "worse")
    service.change_level(incident_id, "general", "lead", "better")  # retires ts-restore


def _assign_behind_the_callers_back(service: IncidentService, incident_id: int) -> None:
    service.assign(_task(service, incident_id, "cs-answer"), "lead", "zhang.wei")


# Each case: what happens first, the refused action, and what the refusal says.
INVALID: dict[str, tuple[Step | None, Step, str]] = {
    "tick-a-retired-task": (
        _raise_and_lower,
        lambda s, i: s.tick(_task(s, i, "ts-restore"), "chen"),
        "was retired; a retired task cannot be ticked",
    ),
    "lower-below-the-lowest-level": (
        None,
        lambda s, i: s.shift_level(i, -1, "lead", "calmer"),
        "the lowest of plan 'incident-test' .* cannot be lowered further",
    ),
    "advance-past-the-last-phase": (
        lambda s, i: s.advance_phase(i, "lead", to="closure"),
        lambda s, i: s.advance_phase(i, "lead"),
        "no phase comes after it",
    ),
    "figure-not-a-number": (
        None,
        lambda s, i: s.record_figure(i, "waiting_customers", "850 people", "li"),  # type: ignore[arg-type]
        "must be a number, not '850 people'",
    ),
    "stale-expected-version": (
        _assign_behind_the_callers_back,
        lambda s, i: s.tick(_task(s, i, "cs-answer"), "li.na", expected_version=1),
        "task .* 'Staff the phones' .* was assigned to .* by lead at .* after you opened it; "
        "your change was not saved",
    ),
    "unknown-level": (
        None,
        lambda s, i: s.change_level(i, "apocalyptic", "lead", "worse"),
        "has no level 'apocalyptic'",
    ),
    "reopen-without-a-reason": (
        lambda s, i: s.tick(_task(s, i, "cs-answer"), "li.na"),
        lambda s, i: s.reopen(_task(s, i, "cs-answer"), "li.na", ""),
        "a reason for reopening the task is required",
    ),
    "phase-backwards": (
        lambda s, i: s.advance_phase(i, "lead"),
        lambda s, i: s.advance_phase(i, "lead", to="warning"),
        "phases only move forward",
    ),
}


@pytest.mark.parametrize("case", list(INVALID))
def test_an_invalid_action_is_refused_with_a_sentence_and_changes_nothing(
    service: IncidentService, clock: FakeClock, incident: IncidentSummary, case: str
) -> None:
    setup, action, message = INVALID[case]
    if setup is not None:
        setup(service, incident.id)
    clock.advance(minutes=1)
    before = service.board(incident.id)
    with pytest.raises(IncidentError, match=message) as refused:
        action(service, incident.id)
    sentence = str(refused.value)
    assert sentence[0].islower() and "\n" not in sentence  # one sentence, shown after a prefix
    assert service.board(incident.id) == before
    if case == "stale-expected-version":
        assert isinstance(refused.value, ChangedMeanwhileError)
