"""Drill scheduling: admins put drills on the calendar, everyone is reminded before, and a plan not
drilled within its interval is overdue for a drill until a drill incident is declared on it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commandpost.services.alerts import AlertService
from commandpost.services.drills import DrillService
from commandpost.services.incidents import ChangedMeanwhileError, IncidentError, IncidentService
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock


@pytest.fixture
def drills(database: Database, clock: FakeClock, service: IncidentService) -> DrillService:
    return DrillService(database, clock)


def test_a_scheduled_drill_reminds_a_day_before_and_at_its_start(
    drills: DrillService, database: Database, clock: FakeClock
) -> None:
    at = START + timedelta(days=10)
    drill = drills.schedule(
        PLAN_ID, at, "Hotline outage", "major", ["customer_service", "marketing"], "admin"
    )
    assert (drill.status, drill.departments, drill.remind_before) == (
        "scheduled",
        ("customer_service", "marketing"),
        "1 d",
    )
    alerts = AlertService(database, clock)
    clock.now = at - timedelta(days=1)
    assert [a.kind for a in alerts.fire().recorded] == ["drill_reminder"]
    clock.now = at
    (start,) = alerts.fire().recorded
    assert (start.kind, start.audience, start.data["scenario"]) == (
        "drill_start",
        "admin",
        "Hotline outage",
    )


def test_a_cancelled_drill_reminds_nobody_and_a_stale_cancel_is_refused(
    drills: DrillService, database: Database, clock: FakeClock
) -> None:
    drill = drills.schedule(PLAN_ID, START + timedelta(days=3), "x", "general", ["marketing"], "a")
    with pytest.raises(ChangedMeanwhileError):
        drills.cancel(drill.id, "admin", "moved", expected_version=drill.row_version + 1)
    cancelled = drills.cancel(drill.id, "admin", "moved to spring", drill.row_version)
    assert (cancelled.status, cancelled.note) == ("cancelled", "moved to spring")
    clock.now = START + timedelta(days=3)
    assert [
        a for a in AlertService(database, clock).fire().recorded if a.data.get("drill_id")
    ] == []
    with pytest.raises(IncidentError, match="already cancelled"):
        drills.cancel(drill.id, "admin", "again")


@pytest.mark.parametrize(
    ("level", "departments", "remind", "message"),
    [
        ("severe", ["marketing"], "1 d", "no level 'severe'; its levels are general, major"),
        ("major", ["press"], "1 d", "no department 'press'; its departments are customer_service"),
        ("major", [], "1 d", "at least one department"),
        ("major", ["marketing"], "one day", "the reminder time: expected a duration"),
    ],
)
def test_a_drill_the_plan_cannot_run_is_refused_naming_what_it_has(
    drills: DrillService, level: str, departments: list[str], remind: str, message: str
) -> None:
    with pytest.raises(IncidentError, match=message):
        drills.schedule(PLAN_ID, START + timedelta(days=1), "x", level, departments, "a", remind)
    assert drills.drills() == []


def test_a_drill_time_that_has_passed_is_refused(drills: DrillService) -> None:
    with pytest.raises(IncidentError, match="has passed"):
        drills.schedule(PLAN_ID, START - timedelta(hours=1), "x", "general", ["marketing"], "a")


def test_a_plan_is_overdue_for_a_drill_until_one_is_held_and_then_the_drill_counts_as_held(
    drills: DrillService, database: Database, clock: FakeClock, service: IncidentService
) -> None:
    # The plan was approved at START and must be drilled every year.
    (standing,) = drills.standings()
    assert (standing.last_drill_at, standing.overdue) == (None, False)
    assert standing.next_due_at == START.replace(year=2026)

    clock.now = START.replace(year=2026) + timedelta(days=1)
    (standing,) = drills.standings()
    assert standing.overdue
    (due,) = [a for a in AlertService(database, clock).fire().recorded if a.kind == "drill_overdue"]
    assert (due.audience, due.data["plan_id"]) == ("admin", PLAN_ID)

    drill = drills.schedule(
        PLAN_ID, clock.now + timedelta(hours=2), "Flu season", "general", ["marketing"], "a"
    )
    clock.now += timedelta(hours=2)
    incident = service.declare(
        PLAN_ID, "staff_shortage", "general", "Flu drill", "lead", is_drill=True
    )
    (standing,) = drills.standings()
    assert (standing.last_drill_at, standing.overdue) == (clock.now, False)
    assert drills.drills()[0].held_incident_id == incident.id
    assert drills.drills()[0].id == drill.id
