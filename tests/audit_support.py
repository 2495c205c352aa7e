"""What audit tests share: a database with the incident test plan approved and an incident
declared on it, and the audit entries read back."""

from __future__ import annotations

from commandpost.services.audit import AuditRecord, AuditService
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan


def declared(database: Database) -> tuple[IncidentService, int]:
    """The incident service and an incident "lead.wang" declared; the plan imported by "admin"
    and approved by "lead"."""
    clock = FakeClock(START)
    library = PlanLibrary(database, clock)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    service = IncidentService(database, clock)
    incident = service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead.wang")
    return service, incident.id


def entries(database: Database, table: str | None = None) -> list[AuditRecord]:
    return AuditService(database).entries(table=table)
