"""The plan library on a real database, SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from commandpost.plan.loader import LoadedPlan, load_plan_text
from commandpost.services.plans import NotFoundError, PlanLibrary, TransitionError
from commandpost.services.startup import install_shipped_plans
from commandpost.store.engine import Database

MINIMAL = (Path(__file__).parent.parent / "data" / "minimal.yaml").read_text(encoding="utf-8")
START = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _plan(version: int = 1, title: str = "Minimal plan") -> LoadedPlan:
    text = MINIMAL.replace("version: 1", f"version: {version}", 1)
    text = text.replace("en: Minimal plan", f"en: {title}", 1)
    return load_plan_text(text, f"minimal-v{version}.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def library(database: Database, clock: FakeClock) -> PlanLibrary:
    return PlanLibrary(database, clock)


def test_importing_a_file_creates_a_draft_version_with_its_history(library: PlanLibrary) -> None:
    result = library.import_plan(_plan(), "admin.li")
    assert (result.plan_id, result.version, result.outcome) == ("minimal-plan", 1, "created")
    detail = library.get("minimal-plan")
    assert detail.info.status == "draft"
    assert detail.info.imported_by == "admin.li"
    assert detail.info.imported_at == START
    assert detail.plan.title.en == "Minimal plan"
    assert [(c.from_status, c.to_status, c.actor) for c in detail.history] == [
        (None, "draft", "admin.li")
    ]


def test_reimporting_the_same_text_changes_nothing(library: PlanLibrary) -> None:
    library.import_plan(_plan(), "admin")
    assert library.import_plan(_plan(), "admin").outcome == "unchanged"
    assert len(library.get("minimal-plan").history) == 1


def test_a_draft_can_be_replaced_by_changed_text(library: PlanLibrary) -> None:
    library.import_plan(_plan(), "admin")
    result = library.import_plan(_plan(title="Minimal plan (corrected)"), "admin")
    assert result.outcome == "replaced"
    assert library.get("minimal-plan").plan.title.en == "Minimal plan (corrected)"


def test_approved_text_never_changes_and_the_refusal_names_the_next_version(
    library: PlanLibrary,
) -> None:
    library.import_plan(_plan(), "admin")
    library.approve("minimal-plan", 1, "lead.wang")
    with pytest.raises(TransitionError, match="give the file version 2"):
        library.import_plan(_plan(title="Changed"), "admin")
    assert library.get("minimal-plan", 1).plan.title.en == "Minimal plan"


def test_versions_move_draft_review_approved_retired_recording_who_and_when(
    library: PlanLibrary, clock: FakeClock
) -> None:
    library.import_plan(_plan(), "admin")
    clock.now = START + timedelta(hours=1)
    library.submit("minimal-plan", 1, "admin", "ready")
    clock.now = START + timedelta(hours=2)
    info = library.approve("minimal-plan", 1, "lead.wang", "approved at the meeting")
    assert info.status == "approved"
    assert info.approved_by == "lead.wang"
    assert info.approved_at == START + timedelta(hours=2)
    clock.now = START + timedelta(days=3)
    library.retire("minimal-plan", 1, "admin", "superseded on paper")
    history = library.get("minimal-plan", 1).history
    assert [(c.from_status, c.to_status) for c in history] == [
        (None, "draft"),
        ("draft", "in_review"),
        ("in_review", "approved"),
        ("approved", "retired"),
    ]
    assert [c.at for c in history][1:] == [
        START + timedelta(hours=1),
        START + timedelta(hours=2),
        START + timedelta(days=3),
    ]
    assert history[2].note == "approved at the meeting"


def test_approving_a_new_version_retires_the_old_one(library: PlanLibrary) -> None:
    library.import_plan(_plan(1), "admin")
    library.approve("minimal-plan", 1, "lead")
    library.import_plan(_plan(2, "Minimal plan v2"), "admin")
    library.approve("minimal-plan", 2, "lead")
    [info] = library.list_plans()
    assert [(v.version, v.status) for v in info.versions] == [(1, "retired"), (2, "approved")]
    assert info.current.version == 2
    old = library.get("minimal-plan", 1).history[-1]
    assert (old.to_status, old.note) == ("retired", "superseded by version 2")


def test_retired_versions_cannot_come_back(library: PlanLibrary) -> None:
    library.import_plan(_plan(), "admin")
    library.retire("minimal-plan", 1, "admin")
    with pytest.raises(
        TransitionError,
        match=r"version 1 of plan 'minimal-plan' was retired by admin at .*, "
        "so it cannot be approved; your change was not saved",
    ):
        library.approve("minimal-plan", 1, "lead")
    with pytest.raises(TransitionError):
        library.submit("minimal-plan", 1, "admin")


def test_unknown_plan_or_version_is_named_in_the_error(library: PlanLibrary) -> None:
    library.import_plan(_plan(), "admin")
    with pytest.raises(NotFoundError, match="no plan 'nope'"):
        library.get("nope")
    with pytest.raises(NotFoundError, match="has no version 7; it has 1"):
        library.approve("minimal-plan", 7, "lead")


def test_a_plan_is_flagged_once_its_review_date_passes(
    library: PlanLibrary, clock: FakeClock
) -> None:
    library.import_plan(_plan(), "admin")
    info = library.approve("minimal-plan", 1, "lead")  # the minimal plan's review cycle is 1 y
    assert info.review_due_at == START.replace(year=2027)
    assert not info.review_overdue(START.replace(year=2027) - timedelta(seconds=1))
    assert info.review_overdue(START.replace(year=2027))


def test_default_version_is_the_approved_one_else_the_newest(library: PlanLibrary) -> None:
    library.import_plan(_plan(1), "admin")
    library.approve("minimal-plan", 1, "lead")
    library.import_plan(_plan(2, "Draft two"), "admin")
    assert library.get("minimal-plan").info.version == 1
    library.retire("minimal-plan", 1, "admin")
    assert library.get("minimal-plan").info.version == 2


def test_shipped_plans_are_installed_approved(library: PlanLibrary) -> None:
    assert library.is_empty()
    results = install_shipped_plans(library)
    assert len(results) == 5
    plans = library.list_plans()
    assert len(plans) == 5
    assert all(p.approved is not None for p in plans)
    assert all(p.approved and p.approved.approved_by == "CommandPost" for p in plans)
