"""Fixtures for the incident and review services: a clock the test moves by hand, and a database
holding the incident test plan (``tests/data/incident-plan.yaml``) approved."""

from __future__ import annotations

import pytest

from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def library(database: Database, clock: FakeClock) -> PlanLibrary:
    return PlanLibrary(database, clock)


@pytest.fixture
def service(database: Database, clock: FakeClock, library: PlanLibrary) -> IncidentService:
    """The incident service on a database where the test plan's version 1 is approved."""
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    return IncidentService(database, clock)


@pytest.fixture
def reviews(database: Database, clock: FakeClock, service: IncidentService) -> ReviewService:
    """The review service on the same database and clock (the test plan approved)."""
    return ReviewService(database, clock)
