"""Opening the library a user works in: the database, migrated, and on first start the shipped
plans imported and approved, so a new user sees them at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commandpost.assets import shipped_plan_files
from commandpost.clock import Clock, utc_now
from commandpost.services.plan_records import SHIPPED, ImportResult
from commandpost.services.plans import PlanLibrary
from commandpost.store.schema import open_database

if TYPE_CHECKING:
    from commandpost.services.incidents import IncidentService

SYSTEM_ACTOR = "CommandPost"


def open_library(url: str, clock: Clock = utc_now) -> PlanLibrary:
    """The plan library on ``url``, created and stocked with the shipped plans if new."""
    library = PlanLibrary(open_database(url), clock)
    if library.is_empty():
        install_shipped_plans(library)
    return library


def open_incidents(url: str, clock: Clock = utc_now) -> IncidentService:
    """The incident service on ``url``; a new database gets the shipped plans first, as with
    :func:`open_library`, so an incident can be declared on a fresh install."""
    from commandpost.services.incidents import IncidentService

    library = open_library(url, clock)
    return IncidentService(library.database, clock)


def install_shipped_plans(library: PlanLibrary) -> list[ImportResult]:
    """Import every plan shipped with the application and approve it."""
    from commandpost.plan.loader import load_plan_text

    results = []
    for file in shipped_plan_files():
        loaded = load_plan_text(file.read_text(encoding="utf-8"), file.name)
        result = library.import_plan(loaded, SYSTEM_ACTOR)
        if result.outcome != "unchanged":
            library.approve(result.plan_id, result.version, SYSTEM_ACTOR, str(SHIPPED))
        results.append(result)
    return results
