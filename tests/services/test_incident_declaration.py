"""Declaring an incident: the checklist it gets, the due times, the plan version it is pinned to,
warnings, drills, and the declarations refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commandpost.incident.workdays import CHINA
from commandpost.services.incidents import IncidentError, IncidentService
from commandpost.services.plans import PlanLibrary
from incident_support import PLAN_ID, START, FakeClock, incident_plan


def china(month: int, day: int, hour: int, minute: int = 0, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CHINA)


def _keys(service: IncidentService, incident_id: int) -> dict[str, str]:
    return {t.key: t.department for t in service.tasks(incident_id)}


def test_declaring_creates_each_departments_tasks_filtered_by_level_and_category(
    service: IncidentService,
) -> None:
    general = service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    assert _keys(service, general.id) == {
        "cs-answer": "customer_service",
        "cs-callback": "customer_service",
        "ts-diagnose": "technical_support",
        "cs-summary": "customer_service",
    }
    major = service.declare(PLAN_ID, "staff_shortage", "major", "Flu wave", "lead")
    assert _keys(service, major.id) == {
        "cs-answer": "customer_service",
        "cs-callback": "customer_service",
        "cs-borrow-staff": "customer_service",
        "mk-notice": "marketing",
        "cs-summary": "customer_service",
    }
    assert (major.open_tasks, major.done_tasks, major.overdue_tasks) == (5, 0, 0)
    assert (major.level, major.phase, major.status) == ("major", "warning", "active")
    assert (major.declared_at, major.declared_by) == (START, "lead")


def test_due_times_count_minutes_hours_days_and_working_days_across_national_day(
    service: IncidentService,
) -> None:
    incident = service.declare(PLAN_ID, "system_failure", "critical", "Outage", "lead")
    tasks = {t.key: t for t in service.tasks(incident.id)}
    due = {key: t.due_at for key, t in tasks.items()}
    assert due == {
        "cs-answer": china(9, 30, 10, 15),  # 15 min from the declaration
        "cs-callback": china(9, 30, 12, 0),  # 2 h from its phase, the first, started with it
        "mk-notice": china(10, 1, 10, 0),  # 1 calendar day, holiday or not
        # 3 working days: 1–8 October are off, Thu 9, Fri 10 and the make-up Sat 11 are worked
        "ts-restore": china(10, 11, 10, 0),
        "ts-diagnose": None,  # timed from the activation phase, which has not started
        "mk-press": None,
        "cs-summary": None,  # no time limit at all
    }
    assert tasks["ts-restore"].due_rule == "3 wd from declaration"
    assert tasks["ts-diagnose"].due_rule == "30 min from phase"
    assert tasks["cs-summary"].due_rule is None
    assert all(t.due_at is None or t.due_at.tzinfo is UTC for t in tasks.values())


def test_working_days_across_the_spring_festival_count_its_make_up_saturday(
    service: IncidentService, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 2, 13, 9, 30, tzinfo=CHINA)  # Friday before the holiday
    incident = service.declare(PLAN_ID, "system_failure", "major", "Outage", "lead")
    restore = service.find_task(incident.id, "ts-restore")
    # Worked: Sat 14 Feb (make-up day); 15–23 Feb off; Tue 24, Wed 25 Feb.
    assert restore.due_at == datetime(2026, 2, 25, 9, 30, tzinfo=CHINA)


def test_a_declaration_after_the_fact_counts_from_the_time_given(
    service: IncidentService, clock: FakeClock
) -> None:
    earlier = START - timedelta(hours=1)
    incident = service.declare(
        PLAN_ID, "system_failure", "general", "Recorded late", "lead", declared_at=earlier
    )
    assert incident.declared_at == earlier
    assert service.find_task(incident.id, "cs-answer").due_at == earlier + timedelta(minutes=15)
    assert incident.overdue_tasks == 1  # 15 minutes from 09:00 was long gone at 10:00
    board = service.board(incident.id)
    assert board.phases[0].started_at == earlier
    [declared] = board.events
    assert (declared.kind, declared.at) == ("declared", earlier)
    assert declared.data["recorded_at"] == START.astimezone(UTC).isoformat()


def test_the_incident_stays_on_its_plan_version_when_a_newer_one_is_approved(
    service: IncidentService, library: PlanLibrary
) -> None:
    incident = service.declare(PLAN_ID, "system_failure", "general", "Outage", "lead")
    newer = incident_plan(
        2,
        replace=(
            ("en: Staff the phones}", "en: Staff every phone}"),
            ("levels: [critical]", "levels: [major, critical]"),  # mk-press from major on
        ),
    )
    library.import_plan(newer, "admin")
    library.approve(PLAN_ID, 2, "lead")

    service.change_level(incident.id, "major", "lead", "more callers")
    board = service.board(incident.id)
    assert (board.incident.plan_version, board.plan.version) == (1, 1)
    keys = {t.key for t in board.tasks}
    assert "mk-press" not in keys  # version 2 would add it at major; version 1 does not
    assert service.find_task(incident.id, "cs-answer").title_en == "Staff the phones"

    later = service.declare(PLAN_ID, "system_failure", "major", "Second outage", "lead")
    assert later.plan_version == 2
    assert "mk-press" in {t.key for t in service.tasks(later.id)}


@pytest.mark.parametrize(
    ("steps", "held"),
    [
        (("import",), "version 2 is draft"),
        (("import", "submit"), "version 2 is in review"),
        (("import", "retire"), "version 2 is retired"),
    ],
    ids=["draft", "in-review", "retired"],
)
def test_declaring_on_a_plan_without_an_approved_version_is_refused(
    service: IncidentService, library: PlanLibrary, steps: tuple[str, ...], held: str
) -> None:
    other = incident_plan(2, replace=(("id: incident-test", "id: other-plan"),))
    library.import_plan(other, "admin")
    if "submit" in steps:
        library.submit("other-plan", 2, "admin")
    if "retire" in steps:
        library.retire("other-plan", 2, "admin")
    with pytest.raises(IncidentError, match=f"has no approved version \\({held}\\)"):
        service.declare("other-plan", "system_failure", "general", "Outage", "lead")
    with pytest.raises(IncidentError, match="no approved version"):
        service.warn("other-plan", {"waiting_customers": 900}, "monitor")
    assert service.list_incidents(include_closed=True) == []
    assert service.list_warnings(open_only=False) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"plan_id": "nope"}, "there is no plan 'nope' in the library"),
        (
            {"category": "flood"},
            "plan 'incident-test' has no category 'flood'; its categories are system_failure, "
            "staff_shortage",
        ),
        (
            {"level": "extreme"},
            "plan 'incident-test' has no level 'extreme'; its levels are general, major, critical",
        ),
        ({"title": "  "}, "a title for the incident is required"),
        ({"declared_at": START + timedelta(minutes=1)}, "is in the future"),
        ({"declared_at": datetime(2025, 9, 30, 9, 0)}, "must carry a time zone"),
        ({"warning_id": 99}, "there is no warning 99"),
    ],
    ids=["plan", "category", "level", "title", "future", "naive-time", "warning"],
)
def test_a_declaration_with_bad_input_is_refused_and_declares_nothing(
    service: IncidentService, change: dict[str, object], message: str
) -> None:
    request: dict[str, object] = {
        "plan_id": PLAN_ID,
        "category": "system_failure",
        "level": "general",
        "title": "Outage",
        "actor": "lead",
    }
    request.update(change)
    with pytest.raises(IncidentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        service.declare(**request)  # type: ignore[arg-type]
    assert service.list_incidents(include_closed=True) == []


def test_a_warning_records_its_figures_and_is_activated_by_declaring_from_it(
    service: IncidentService, clock: FakeClock
) -> None:
    warning = service.warn(PLAN_ID, {"waiting_customers": 850}, "monitor", note="queue growing")
    assert (warning.status, warning.figures, warning.raised_by) == (
        "open",
        {"waiting_customers": 850.0},
        "monitor",
    )
    assert service.list_warnings() == [warning]
    clock.advance(minutes=10)
    incident = service.declare(
        PLAN_ID, "system_failure", "general", "Surge", "lead", warning_id=warning.id
    )
    [activated] = service.list_warnings(open_only=False)
    assert (activated.status, activated.incident_id) == ("activated", incident.id)
    assert (activated.decided_by, activated.decided_at) == ("lead", START + timedelta(minutes=10))
    assert service.list_warnings() == []
    assert service.board(incident.id).events[0].data["warning_id"] == warning.id
    with pytest.raises(
        IncidentError, match=f"already activated by lead .* \\(incident {incident.id}"
    ):
        service.declare(
            PLAN_ID, "system_failure", "general", "Again", "lead", warning_id=warning.id
        )
    with pytest.raises(IncidentError, match="already activated"):
        service.dismiss_warning(warning.id, "lead", "too late")


def test_a_dismissed_warning_keeps_the_reason_and_cannot_be_activated(
    service: IncidentService,
) -> None:
    warning = service.warn(PLAN_ID, {}, "li.na")
    with pytest.raises(IncidentError, match="a reason for dismissing the warning is required"):
        service.dismiss_warning(warning.id, "lead", " ")
    dismissed = service.dismiss_warning(warning.id, "lead", "a test call burst")
    assert (dismissed.status, dismissed.decision_note, dismissed.decided_by) == (
        "dismissed",
        "a test call burst",
        "lead",
    )
    with pytest.raises(IncidentError, match="warning 1 was already dismissed by lead"):
        service.declare(PLAN_ID, "system_failure", "general", "Surge", "lead", warning_id=1)
    assert service.list_incidents() == []


@pytest.mark.parametrize(
    ("figures", "message"),
    [
        ({"queue": 3.0}, "has no situation figure 'queue'; its figures are waiting_customers, "),
        ({"waiting_customers": float("nan")}, "must be a finite number, not nan"),
        ({"waiting_customers": "850"}, "must be a number, not '850'"),
    ],
    ids=["unknown", "nan", "text"],
)
def test_a_warning_with_bad_figures_is_refused(
    service: IncidentService, figures: dict[str, float], message: str
) -> None:
    with pytest.raises(IncidentError, match=message):
        service.warn(PLAN_ID, figures, "monitor")
    assert service.list_warnings(open_only=False) == []


def test_drills_are_flagged_everywhere_and_listed_with_real_incidents(
    service: IncidentService,
) -> None:
    drill_warning = service.warn(PLAN_ID, {"waiting_customers": 600}, "trainer", is_drill=True)
    assert drill_warning.is_drill
    with pytest.raises(IncidentError, match="raised for a drill; declare a drill from it"):
        service.declare(PLAN_ID, "system_failure", "general", "X", "lead", warning_id=1)
    drill = service.declare(
        PLAN_ID,
        "system_failure",
        "general",
        "Quarterly drill",
        "trainer",
        is_drill=True,
        warning_id=drill_warning.id,
    )
    real = service.declare(PLAN_ID, "staff_shortage", "major", "Flu wave", "lead")
    listed = {s.id: s.is_drill for s in service.list_incidents()}
    assert listed == {drill.id: True, real.id: False}
    assert service.board(drill.id).incident.is_drill
    assert service.board(drill.id).events[0].data["is_drill"] is True
