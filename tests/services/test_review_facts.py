"""What a review fills in by itself, read from the incident's record: a scripted response run with
the clock moved by hand, and every figure checked against values worked out by hand, on SQLite
and PostgreSQL. While a response runs, the facts stand as of now."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commandpost.services.alerts import AlertService
from commandpost.services.incident_base import IncidentNotFoundError
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.review_records import DepartmentTiming, LevelPeriod, ReviewFacts
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
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
            "      - {after: 5 min, to: department_head}\n"
            "      - {after: 30 min, to: command_group}\n"
            "tasks:\n  - key: cs-answer",
        ),
        (
            "    due: {within: 15 min, from: declaration}\n",
            "    due: {within: 15 min, from: declaration}\n    escalation: chain\n",
        ),
    ),
)
MINUTE = timedelta(minutes=1)


def at(clock: FakeClock, minutes: float) -> None:
    clock.now = START + timedelta(minutes=minutes)


@pytest.fixture
def responding(
    database: Database, clock: FakeClock, library: PlanLibrary, service: IncidentService
) -> int:
    """A response scripted up to 12:00 (START is 10:00), on version 2 of the test plan, whose
    cs-answer (due 15 min after the declaration) escalates to the department head 5 min after:

    - 09:50 a warning is raised; 10:00 the incident is declared from it at level general:
      cs-answer due 10:15, cs-callback due 12:00 (2 h from the first phase), ts-diagnose (30 min
      from phase activation), cs-summary (closure, no due time);
    - 10:05 waiting_customers 850; 10:20 the alerts fire: cs-answer escalated (step 1);
    - 10:22 cs-answer done, 7 min late; 10:25 ad-hoc task for customer service, due 11:00;
    - 10:30 phase activation (ts-diagnose due 11:00); 10:40 level major ("more calls": mk-notice
      and ts-restore added); 10:45 the ad-hoc task done on time; 10:50 level general ("calmer":
      mk-notice and ts-restore retired); 10:55 ts-diagnose done on time;
    - 11:00 and 11:30 progress reports; 11:40 waiting_customers 300; 12:00 phase execution.
    cs-callback is never done.
    """
    library.import_plan(ESCALATING, "admin")
    library.approve(PLAN_ID, 2, "lead")
    alerts = AlertService(database, clock)

    def task(key: str) -> int:
        return service.find_task(incident.id, key).id

    at(clock, -10)
    warning = service.warn(PLAN_ID, {"waiting_customers": 620}, "monitor")
    at(clock, 0)
    incident = service.declare(
        PLAN_ID, "system_failure", "general", "Phones down", "lead", warning_id=warning.id
    )
    at(clock, 5)
    service.record_figure(incident.id, "waiting_customers", 850, "wang.fang")
    at(clock, 20)
    assert [a.kind for a in alerts.fire().recorded if a.kind == "escalation"] == ["escalation"]
    at(clock, 22)
    service.tick(task("cs-answer"), "wang.fang")
    at(clock, 25)
    service.add_task(
        incident.id, "customer_service", "Post a notice", "lead", due_at=START + 60 * MINUTE
    )
    at(clock, 30)
    service.advance_phase(incident.id, "lead")
    at(clock, 40)
    service.change_level(incident.id, "major", "lead", "more calls")
    at(clock, 45)
    service.tick(task("adhoc-1"), "li.na")
    at(clock, 50)
    service.change_level(incident.id, "general", "lead.zhang", "calmer")
    at(clock, 55)
    service.tick(task("ts-diagnose"), "zhao.qiang")
    at(clock, 60)
    service.send_report(incident.id, "customer_service", "li.na", "12 more agents", "", "")
    at(clock, 90)
    service.send_report(incident.id, "technical_support", "zhao.qiang", "", "restarting", "")
    at(clock, 100)
    service.record_figure(incident.id, "waiting_customers", 300, "wang.fang")
    at(clock, 120)
    service.advance_phase(incident.id, "lead")
    return incident.id


def closed(service: IncidentService, clock: FakeClock, incident_id: int) -> None:
    """12:20 cs-summary done; 12:30 the response closes."""
    at(clock, 140)
    service.tick(service.find_task(incident_id, "cs-summary").id, "li.na")
    at(clock, 150)
    service.close(incident_id, "lead", "restored")


def counts(t: DepartmentTiming) -> tuple[int, int, int, int, int, int]:
    return (t.tasks, t.done, t.timed, t.on_time, t.late, t.missed)


def test_the_facts_of_a_closed_response_match_the_record(
    service: IncidentService,
    reviews: ReviewService,
    clock: FakeClock,
    responding: int,
) -> None:
    closed(service, clock, responding)
    clock.advance(days=3)  # read later: the closing time, not now, ends a closed response

    facts = reviews.facts(responding)

    assert isinstance(facts, ReviewFacts)
    assert (facts.incident.id, facts.incident.status, facts.plan.version) == (
        responding,
        "closed",
        2,
    )
    assert facts.generated_at == clock.now
    assert facts.warning_raised_at == START - 10 * MINUTE
    assert facts.time_to_activation == 10 * MINUTE
    end = START + 150 * MINUTE
    assert facts.levels == (
        LevelPeriod("general", START, START + 40 * MINUTE, "lead", None),
        LevelPeriod("major", START + 40 * MINUTE, START + 50 * MINUTE, "lead", "more calls"),
        LevelPeriod("general", START + 50 * MINUTE, end, "lead.zhang", "calmer"),
    )
    assert [(p.phase, p.started_at, p.ended_at) for p in facts.phases] == [
        ("warning", START, START + 30 * MINUTE),
        ("activation", START + 30 * MINUTE, START + 120 * MINUTE),
        ("execution", START + 120 * MINUTE, end),
    ]

    cs, ts, mk = facts.departments
    assert [d.department for d in facts.departments] == [
        "customer_service",
        "technical_support",
        "marketing",
    ]
    # customer service: cs-answer late, adhoc-1 on time, cs-callback missed, cs-summary untimed
    assert counts(cs) == (4, 3, 3, 1, 1, 1)
    assert cs.on_time_rate == pytest.approx(1 / 3)
    assert (cs.first_done_at, cs.time_to_first_response) == (START + 22 * MINUTE, 22 * MINUTE)
    # technical support: ts-diagnose on time; ts-restore retired, left out
    assert counts(ts) == (1, 1, 1, 1, 0, 0)
    assert ts.on_time_rate == 1.0
    assert ts.time_to_first_response == 55 * MINUTE
    # marketing: only mk-notice, retired
    assert counts(mk) == (0, 0, 0, 0, 0, 0)
    assert (mk.on_time_rate, mk.first_done_at, mk.time_to_first_response) == (None, None, None)
    assert facts.overall.department == ""
    assert counts(facts.overall) == (5, 4, 4, 2, 1, 1)
    assert facts.overall.on_time_rate == 0.5
    assert facts.overall.time_to_first_response == 22 * MINUTE

    assert [(late.task.key, late.late_by) for late in facts.late_tasks] == [
        ("cs-callback", 30 * MINUTE),  # never done: closing 12:30 - due 12:00
        ("cs-answer", 7 * MINUTE),  # done 10:22 - due 10:15
    ]
    assert [t.key for t in facts.tasks] == [
        "cs-answer",
        "adhoc-1",
        "cs-callback",
        "cs-summary",
        "ts-diagnose",
    ]

    (escalation,) = facts.escalations
    assert (escalation.kind, escalation.due_at, escalation.audience) == (
        "escalation",
        START + 20 * MINUTE,
        "department_head",
    )
    assert (escalation.data["task_key"], escalation.data["step"]) == ("cs-answer", 1)
    assert [(r.department, r.sent_at) for r in facts.reports] == [
        ("customer_service", START + 60 * MINUTE),
        ("technical_support", START + 90 * MINUTE),
    ]
    assert [(f.key, f.value, f.at) for f in facts.figures] == [
        ("waiting_customers", 850.0, START + 5 * MINUTE),
        ("waiting_customers", 300.0, START + 100 * MINUTE),
    ]
    kinds = [e.kind for e in facts.events]
    assert (kinds[0], kinds[-1]) == ("declared", "closed")
    assert kinds.count("task_escalated") == 1
    assert [e.at for e in facts.events] == sorted(e.at for e in facts.events)


def test_while_the_response_runs_the_facts_stand_as_of_now(
    reviews: ReviewService, clock: FakeClock, responding: int
) -> None:
    facts = reviews.facts(responding)  # 12:00: cs-callback is due now, not yet past due
    assert (facts.overall.missed, facts.departments[0].missed) == (0, 0)
    assert [late.task.key for late in facts.late_tasks] == ["cs-answer"]

    at(clock, 130)
    facts = reviews.facts(responding)  # 12:10

    assert facts.incident.status == "active"
    assert facts.generated_at == START + 130 * MINUTE
    assert counts(facts.departments[0]) == (4, 2, 3, 1, 1, 1)
    assert [(late.task.key, late.late_by) for late in facts.late_tasks] == [
        ("cs-callback", 10 * MINUTE),
        ("cs-answer", 7 * MINUTE),
    ]
    assert facts.levels[-1].ended_at is None
    assert facts.phases[-1].ended_at is None


def test_an_incident_declared_without_a_warning_has_no_time_to_activation(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = service.declare(PLAN_ID, "staff_shortage", "general", "Flu", "lead")
    clock.advance(minutes=90)

    facts = reviews.facts(incident.id)

    assert (facts.warning_raised_at, facts.time_to_activation) == (None, None)
    assert facts.levels == (LevelPeriod("general", START, None, "lead", None),)
    assert facts.escalations == ()
    assert (facts.reports, facts.figures) == ((), ())
    # cs-answer (15 min) and cs-borrow-staff (1 h) missed; cs-callback (2 h) not due yet
    assert counts(facts.departments[0]) == (4, 0, 3, 0, 0, 2)
    assert facts.overall.on_time_rate == 0.0
    assert facts.overall.time_to_first_response is None


def test_facts_of_an_unknown_incident_are_refused(reviews: ReviewService) -> None:
    with pytest.raises(IncidentNotFoundError, match="there is no incident 404"):
        reviews.facts(404)


def test_a_task_set_aside_as_not_applicable_is_listed_but_not_timed(
    service: IncidentService, reviews: ReviewService, clock: FakeClock
) -> None:
    incident = service.declare(PLAN_ID, "staff_shortage", "general", "Flu", "lead")
    borrow = service.find_task(incident.id, "cs-borrow-staff")
    service.mark_not_applicable(borrow.id, "lead", "the agency sent nobody")
    clock.advance(minutes=90)

    facts = reviews.facts(incident.id)

    # cs-answer missed; cs-borrow-staff (1 h) past due too, but set aside: not timed, not missed
    assert counts(facts.departments[0]) == (4, 0, 2, 0, 0, 1)
    assert [late.task.key for late in facts.late_tasks] == ["cs-answer"]
    assert "cs-borrow-staff" in [t.key for t in facts.tasks]
