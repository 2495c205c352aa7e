"""Deadlines that act: reminder, due and overdue notices, escalation step by step, and what the
alerts service records — once, whatever restarts and however many desktops fire — on SQLite and
PostgreSQL, with the clock moved by hand."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from commandpost.services.alerts import SYSTEM_ACTOR, AlertService
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from commandpost.store.schema import open_database
from incident_support import PLAN_ID, START, FakeClock, incident_plan

ESCALATING = incident_plan(
    2,
    (
        (
            "tasks:\n  - key: cs-answer",
            "escalation:\n"
            "  - key: chain\n"
            "    name: {zh: 逐级上报, en: Escalate}\n"
            "    steps:\n"
            "      - {after: 10 min, to: department_head}\n"
            "      - {after: 20 min, to: command_group}\n"
            "tasks:\n  - key: cs-answer",
        ),
        (
            "    due: {within: 15 min, from: declaration}\n",
            "    due: {within: 15 min, from: declaration}\n    escalation: chain\n",
        ),
    ),
)


@pytest.fixture
def alerts(database: Database, clock: FakeClock) -> AlertService:
    return AlertService(database, clock)


@pytest.fixture
def escalating(library: PlanLibrary) -> None:
    """Version 2 of the test plan approved: its task cs-answer (15 min) escalates to the
    department head 10 min after it falls due and to the command group 20 min after that."""
    library.import_plan(ESCALATING, "admin")
    library.approve(PLAN_ID, 2, "lead")


def declare(service: IncidentService, level: str = "general") -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", level, "Phones down", "lead")


def fired_at(alerts: AlertService, clock: FakeClock, minutes: float) -> list[tuple[str, str]]:
    """Move the clock to START + minutes, fire, and say what was recorded (kind, task key)."""
    clock.now = START + timedelta(minutes=minutes)
    return [(a.kind, a.data.get("task_key", "")) for a in alerts.fire().recorded]


def test_a_task_is_reminded_before_its_due_time_then_due_then_overdue(
    service: IncidentService, alerts: AlertService, clock: FakeClock
) -> None:
    declare(service)  # cs-answer: 15 min from the declaration; reminder a sixth early, to 2 min
    assert fired_at(alerts, clock, 12) == []
    assert alerts.fire().next_at == START + timedelta(minutes=13)
    assert fired_at(alerts, clock, 13) == [("reminder", "cs-answer")]
    assert fired_at(alerts, clock, 14.9) == []
    assert fired_at(alerts, clock, 15) == [("due", "cs-answer")]
    assert fired_at(alerts, clock, 17) == [("overdue", "cs-answer")]
    assert fired_at(alerts, clock, 25) == []
    reminder = alerts.alerts()[-1]
    assert (reminder.kind, reminder.department, reminder.audience) == (
        "reminder",
        "customer_service",
        "department",
    )
    assert reminder.title("zh") == "安排人员接听" and reminder.title("en") == "Staff the phones"


def test_an_overdue_task_escalates_to_the_head_then_the_command_group_until_ticked(
    service: IncidentService, alerts: AlertService, clock: FakeClock, escalating: None
) -> None:
    incident = declare(service)
    fired_at(alerts, clock, 20)
    assert fired_at(alerts, clock, 24.9) == []
    assert fired_at(alerts, clock, 25) == [("escalation", "cs-answer")]
    first = next(a for a in alerts.alerts() if a.kind == "escalation")
    assert (first.audience, first.data["step"]) == ("department_head", 1)

    acknowledged = alerts.acknowledge(first.id, "head.wang")
    assert acknowledged.acknowledged_by == "head.wang"
    task = service.find_task(incident.id, "cs-answer")
    assert task.status == "open"  # acknowledging does not close the task

    assert fired_at(alerts, clock, 45) == [("escalation", "cs-answer")]
    second = alerts.alerts()[0]
    assert (second.audience, second.data["step"], second.acknowledged) == (
        "command_group",
        2,
        False,
    )
    kinds = [(e.kind, e.actor) for e in service.board(incident.id).events]
    assert kinds.count(("task_escalated", SYSTEM_ACTOR)) == 2
    assert ("escalation_acknowledged", "head.wang") in kinds


def test_ticking_the_task_stops_the_chain(
    service: IncidentService, alerts: AlertService, clock: FakeClock, escalating: None
) -> None:
    incident = declare(service)
    assert ("escalation", "cs-answer") in fired_at(alerts, clock, 26)
    service.tick(service.find_task(incident.id, "cs-answer").id, "li.na")
    assert ("escalation", "cs-answer") not in fired_at(alerts, clock, 120)
    assert all(a.data.get("step") != 2 for a in alerts.alerts())
    assert [
        s for s in alerts.as_of() if s.task_id is not None and s.data["task_key"] == "cs-answer"
    ] == []


def test_a_level_change_adds_and_retires_deadlines(
    service: IncidentService, alerts: AlertService, clock: FakeClock
) -> None:
    incident = declare(service)
    clock.now = START + timedelta(minutes=30)
    service.change_level(incident.id, "major", "lead", "more calls")
    # mk-notice (1 d from the declaration or the change that brings it) is now on the checklist
    tomorrow = clock.now + timedelta(days=1)
    standing = {s.data.get("task_key") for s in alerts.as_of(tomorrow)}
    assert "mk-notice" in standing
    service.change_level(incident.id, "general", "lead", "calmer")
    standing = {s.data.get("task_key") for s in alerts.as_of(tomorrow)}
    assert "mk-notice" not in standing
    clock.now = tomorrow
    assert all(a.data.get("task_key") != "mk-notice" for a in alerts.fire().recorded)


def test_after_a_restart_a_missed_deadline_fires_once_as_overdue_with_its_escalations(
    database: Database, service: IncidentService, clock: FakeClock, escalating: None
) -> None:
    declare(service)
    clock.now = START + timedelta(minutes=5)
    AlertService(database, clock).fire()  # the app runs for five minutes, then is closed
    clock.now = START + timedelta(hours=3)
    restarted = AlertService(database, clock)
    recorded = [(a.kind, a.data.get("task_key")) for a in restarted.fire().recorded]
    assert recorded.count(("overdue", "cs-answer")) == 1
    assert ("reminder", "cs-answer") not in recorded and ("due", "cs-answer") not in recorded
    assert recorded.count(("escalation", "cs-answer")) == 2  # both steps fell due meanwhile
    assert AlertService(database, clock).fire().recorded == []  # and never again


def test_working_day_deadlines_wait_out_the_national_day_holiday(
    service: IncidentService, alerts: AlertService
) -> None:
    declare(service, "critical")  # ts-restore: 3 working days; 1–8 October 2025 are holidays

    def restore_standing(at: datetime) -> list[str]:
        return [s.kind for s in alerts.as_of(at) if s.data.get("task_key") == "ts-restore"]

    due = datetime(2025, 10, 11, 10, 0, tzinfo=START.tzinfo)  # the make-up working Saturday
    assert restore_standing(datetime(2025, 10, 8, 23, 0, tzinfo=START.tzinfo)) == []
    assert restore_standing(due - timedelta(hours=12, minutes=1)) == []
    assert restore_standing(due - timedelta(hours=12)) == ["reminder"]
    assert restore_standing(due) == ["due"]


def test_progress_reports_and_warnings_are_due_from_their_cadence(
    service: IncidentService, alerts: AlertService, clock: FakeClock
) -> None:
    incident = declare(service, "major")  # major: a progress report every 2 h
    clock.now = START + timedelta(minutes=60)
    service.send_report(incident.id, "customer_service", "li.na", "phones staffed", "", "")
    clock.now = START + timedelta(hours=2) - timedelta(seconds=1)
    assert not [a for a in alerts.fire().recorded if a.kind == "report_due"]
    clock.now = START + timedelta(hours=2)
    due = {a.department for a in alerts.fire().recorded if a.kind == "report_due"}
    assert due == {"technical_support", "marketing"}  # customer service reported an hour ago
    clock.now = START + timedelta(hours=3)
    due = {a.department for a in alerts.fire().recorded if a.kind == "report_due"}
    assert due == {"customer_service"}

    warning = service.warn(PLAN_ID, {"waiting_customers": 650}, "monitor")
    (alert,) = [a for a in alerts.fire().recorded if a.kind == "warning"]
    assert (alert.audience, alert.data["warning_id"]) == ("command_group", warning.id)


def test_two_desktops_firing_at_once_record_one_escalation(
    database_url: str, clock: FakeClock, escalating_database: None
) -> None:
    """Two app instances (each with its own connections) fire the same moment at once."""
    desktops = [open_database(database_url) for _ in range(2)]
    try:
        services = [AlertService(db, clock) for db in desktops]
        clock.now = START + timedelta(minutes=26)
        barrier = threading.Barrier(2)
        results: list[int] = []

        def fire(service: AlertService) -> None:
            barrier.wait()
            results.append(len(service.fire().recorded))

        threads = [threading.Thread(target=fire, args=(s,)) for s in services]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        escalations = [a for a in services[0].alerts() if a.kind == "escalation"]
        assert len(escalations) == 1
        incident_service = IncidentService(desktops[0], clock)
        (incident,) = incident_service.list_incidents()
        timeline = [e.kind for e in incident_service.board(incident.id).events]
        assert timeline.count("task_escalated") == 1
        assert sum(results) == len(services[0].alerts())
    finally:
        for db in desktops:
            db.dispose()


@pytest.fixture
def escalating_database(database_url: str, clock: FakeClock) -> None:
    db = open_database(database_url)
    try:
        library = PlanLibrary(db, clock)
        library.import_plan(ESCALATING, "admin")
        library.approve(PLAN_ID, 2, "lead")
        declare(IncidentService(db, clock))
    finally:
        db.dispose()
