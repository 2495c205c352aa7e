"""Who may do what, as the services enforce it on SQLite and PostgreSQL: a liaison works their own
department's tasks only, an observer changes nothing, a command lead directs, an admin manages the
library but does not command; the application itself may do everything; and the audit trail
names the signed-in user and never holds a password hash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from commandpost.access import Role
from commandpost.reports.export import export_plan
from commandpost.services.access import PermissionDeniedError
from commandpost.services.alerts import AlertService
from commandpost.services.audit import AuditService
from commandpost.services.drills import DrillService
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.services.users import UserService
from commandpost.store.audit_models import AuditEntry
from commandpost.store.engine import Database
from commandpost.store.review_models import StoredReview
from incident_support import PLAN_ID, START, FakeClock, incident_plan

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD = "password-1"


@pytest.fixture
def users(database: Database, clock: FakeClock, service: IncidentService) -> UserService:
    """The test plan approved (before any user existed), then: root (admin), lead (command
    lead), li (liaison for customer service), wang (observer), chief (admin and command lead)."""
    users = UserService(database, clock, FAST)
    users.create_first_admin("root", PASSWORD)
    users.add("root", "lead", PASSWORD, [Role.COMMAND_LEAD])
    users.add("root", "li", PASSWORD, [Role.LIAISON], ["customer_service"])
    users.add("root", "wang", PASSWORD, [Role.OBSERVER])
    users.add("root", "chief", PASSWORD, [Role.ADMIN, Role.COMMAND_LEAD])
    return users


@pytest.fixture
def incident(service: IncidentService, users: UserService) -> IncidentSummary:
    return service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")


def test_a_liaison_works_their_department_s_tasks_and_no_other(
    service: IncidentService, incident: IncidentSummary
) -> None:
    ours = service.find_task(incident.id, "cs-answer")
    theirs = service.find_task(incident.id, "ts-diagnose")
    assert service.tick(ours.id, "li", note="on it").done_by == "li"
    with pytest.raises(PermissionDeniedError) as refused:
        service.tick(theirs.id, "li")
    assert str(refused.value) == (
        "li (department liaison: customer_service) may not tick a task of technical_support"
    )
    attempts: list[Callable[[], Any]] = [
        lambda: service.assign(theirs.id, "li", "zhang"),
        lambda: service.add_note(theirs.id, "li", "hello"),
        lambda: service.mark_not_applicable(theirs.id, "li", "no"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError, match=r"of technical_support$"):
            attempt()
    assert service.find_task(incident.id, "ts-diagnose") == theirs
    report = service.send_report(incident.id, "customer_service", "li", "answered", "", "")
    with pytest.raises(PermissionDeniedError, match="may not send a progress report of marketing"):
        service.send_report(incident.id, "marketing", "li", "done", "", "")
    service.record_figure(incident.id, "waiting_customers", 120, "li")
    with pytest.raises(PermissionDeniedError, match=r"^li \(.*\) may not acknowledge a progress"):
        service.acknowledge_report(report.id, "li")
    with pytest.raises(PermissionDeniedError, match="may not close an incident"):
        service.close(incident.id, "li", "done")


def test_an_observer_is_refused_every_change(
    database: Database,
    clock: FakeClock,
    service: IncidentService,
    incident: IncidentSummary,
    tmp_path: Path,
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    library = PlanLibrary(database, clock)
    drills = DrillService(database, clock)
    alerts = AlertService(database, clock)
    attempts: dict[str, Callable[[], Any]] = {
        "declare an incident": lambda: service.declare(
            PLAN_ID, "system_failure", "general", "t", "wang"
        ),
        "raise a warning": lambda: service.warn(PLAN_ID, {"waiting_customers": 900}, "wang"),
        "change an incident's level": lambda: service.shift_level(incident.id, 1, "wang", "r"),
        "advance an incident's phase": lambda: service.advance_phase(incident.id, "wang"),
        "add a task to an incident": lambda: service.add_task(
            incident.id, "marketing", "t", "wang"
        ),
        "tick a task of customer_service": lambda: service.tick(task.id, "wang"),
        "send a progress report of customer_service": lambda: service.send_report(
            incident.id, "customer_service", "wang", "x", "", ""
        ),
        "record a situation figure": lambda: service.record_figure(
            incident.id, "waiting_customers", 1, "wang"
        ),
        "close an incident": lambda: service.close(incident.id, "wang", "r"),
        "import plans": lambda: library.import_plan(incident_plan(2), "wang"),
        "retire plans": lambda: library.retire(PLAN_ID, 1, "wang"),
        "schedule drills": lambda: drills.schedule(
            PLAN_ID, START + timedelta(days=3), "s", "general", ["marketing"], "wang"
        ),
        "acknowledge alerts": lambda: alerts.acknowledge_all("wang"),
        "read the audit trail": lambda: AuditService(database).entries(actor="wang"),
        "export the audit trail": lambda: AuditService(database).export(
            tmp_path / "audit.csv", actor="wang"
        ),
        "export reports": lambda: export_plan(database, PLAN_ID, tmp_path / "p.pdf", actor="wang"),
    }
    with database.read() as session:
        before = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    for what, attempt in attempts.items():
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert str(refused.value) == f"wang (observer) may not {what}"
    with database.read() as session:
        after = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    assert after == before
    assert not (tmp_path / "audit.csv").exists() and not (tmp_path / "p.pdf").exists()


def test_a_command_lead_declares_an_admin_does_not_unless_also_a_command_lead(
    service: IncidentService, users: UserService
) -> None:
    assert service.declare(PLAN_ID, "system_failure", "general", "a", "lead").declared_by == "lead"
    with pytest.raises(PermissionDeniedError, match=r"^root \(admin\) may not declare a drill$"):
        service.declare(PLAN_ID, "system_failure", "general", "b", "root", is_drill=True)
    assert service.declare(PLAN_ID, "system_failure", "general", "c", "chief").title == "c"


def test_an_admin_manages_the_plan_library_and_drills_and_a_lead_does_not(
    database: Database, clock: FakeClock, users: UserService
) -> None:
    library = PlanLibrary(database, clock)
    with pytest.raises(PermissionDeniedError, match=r"^lead \(command lead\) may not import"):
        library.import_plan(incident_plan(2), "lead")
    library.import_plan(incident_plan(2), "root")
    with pytest.raises(PermissionDeniedError, match="may not approve plans"):
        library.approve(PLAN_ID, 2, "lead")
    assert library.approve(PLAN_ID, 2, "root").status == "approved"
    drills = DrillService(database, clock)
    at = START + timedelta(days=3)
    with pytest.raises(PermissionDeniedError, match="may not schedule drills"):
        drills.schedule(PLAN_ID, at, "phones down", "general", ["marketing"], "lead")
    drill = drills.schedule(PLAN_ID, at, "phones down", "general", ["marketing"], "root")
    with pytest.raises(PermissionDeniedError, match="may not cancel drills"):
        drills.cancel(drill.id, "li", "no")
    assert drills.cancel(drill.id, "root", "moved").status == "cancelled"


def test_a_liaison_acknowledging_all_leaves_other_departments_alerts(
    database: Database, clock: FakeClock, service: IncidentService, incident: IncidentSummary
) -> None:
    alerts = AlertService(database, clock)
    service.advance_phase(incident.id, "lead")  # technical support's task falls due in 30 min
    clock.advance(hours=2)
    fired = alerts.fire().recorded  # the reminder engine acts as CommandPost: always allowed
    departments = {a.department for a in fired}
    assert {"customer_service", "technical_support"} <= departments

    theirs = next(a for a in fired if a.department == "technical_support")
    with pytest.raises(PermissionDeniedError, match="may not acknowledge an alert of technical"):
        alerts.acknowledge(theirs.id, "li")
    ours = sum(a.department == "customer_service" for a in fired)
    assert alerts.acknowledge_all("li") == ours
    left = [a for a in alerts.alerts() if a.acknowledged_at is None]
    assert left and all(a.department != "customer_service" for a in left)
    assert alerts.acknowledge_all("lead") == len(left)


def test_a_disabled_user_is_refused_at_their_next_action(
    service: IncidentService, users: UserService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    users.sign_in("li", PASSWORD)  # li's window is open
    users.disable("root", "li")
    with pytest.raises(PermissionDeniedError, match=r"^the user li is disabled$"):
        service.tick(task.id, "li")
    with pytest.raises(PermissionDeniedError, match=r"^there is no user 'ghost'; sign in"):
        service.tick(task.id, "ghost")


def test_anyone_reads_a_review_and_only_a_review_writer_opens_or_writes_it(
    database: Database,
    service: IncidentService,
    reviews: ReviewService,
    incident: IncidentSummary,
) -> None:
    service.close(incident.id, "lead", "restored")
    seen = reviews.review(incident.id, "wang")
    assert (seen.id, seen.revision, seen.status, seen.summary, seen.row_version) == (
        0,
        1,
        "draft",
        "",
        0,
    )
    with database.read() as session:
        assert session.scalar(select(StoredReview.id)) is None  # reading stored nothing
    opened = reviews.review(incident.id, "lead")
    assert (opened.revision, opened.created_by) == (1, "lead")
    assert reviews.review(incident.id, "wang") == opened
    with pytest.raises(PermissionDeniedError, match=r"^root \(admin\) may not write a review$"):
        reviews.update(opened.id, "root", opened.row_version, summary="x")
    with pytest.raises(PermissionDeniedError, match="may not add an improvement action"):
        reviews.add_action(opened.id, "li", "more staff", "customer_service")
    written = reviews.update(opened.id, "lead", opened.row_version, summary="restored in 1 h")
    with pytest.raises(PermissionDeniedError, match="may not sign off a review"):
        reviews.sign_off(written.id, "wang", written.row_version)


def test_the_audit_trail_names_the_signed_in_user(
    database: Database, service: IncidentService, users: UserService, incident: IncidentSummary
) -> None:
    task = service.find_task(incident.id, "cs-answer")
    last = AuditService(database).entries(limit=1, actor="root")[0].seq
    service.tick(task.id, "LI")  # typed in another case: the trail names the user as stored
    new = [e for e in AuditService(database).entries(actor="root") if e.seq > last]
    assert {e.table for e in new} == {"incident_tasks", "incident_events"}
    assert {e.actor for e in new} == {"li"}


def test_the_audit_trail_never_holds_a_password_hash(
    database: Database, users: UserService
) -> None:
    users.reset_password("root", "li", "another-password")
    users.change_password("wang", PASSWORD, "yet-another-password")
    with pytest.raises(Exception, match="wrong user name or password"):
        users.sign_in("lead", "guess")
    with database.read() as session:
        trail = session.execute(select(AuditEntry.actor, AuditEntry.changes)).all()
        hashes = session.execute(select(AuditEntry.changes).where(AuditEntry.table_name == "users"))
        user_changes = [c for (c,) in hashes]
    assert not any("$argon2" in changes for _, changes in trail)
    assert sum('"password_hash":"(redacted)"' in c for c in user_changes) == 5  # the five added
    assert sum('"password_hash":["(redacted)","(redacted)"]' in c for c in user_changes) == 2
    entries = AuditService(database).entries(table="users", actor="root")
    assert [(e.actor, e.changes) for e in entries[-1:]] == [
        ("CommandPost", {"failed_sign_ins": [0, 1]})
    ]
    assert entries[-2].actor == "wang"  # changed their own password
    assert entries[-3].actor == "root"  # reset li's
