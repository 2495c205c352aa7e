"""The sample drill: a practice database built by the real services, with a drill under way that
shows everything a new user should see (work done and overdue, a level raised, phases advanced,
alerts raised), in its own file, never over an existing one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from commandpost.access import Role
from commandpost.services.alerts import AlertService
from commandpost.services.incidents import IncidentService
from commandpost.services.sample import (
    PLAN,
    STARTED_BEFORE,
    SampleDrill,
    SampleError,
    build_sample,
    lead_identity,
)
from commandpost.services.users import UserService
from commandpost.store.schema import open_database

NOW = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)  # Monday 1 June 2026, 10:00 in Beijing


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SampleDrill:
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite", "zh", lambda: NOW)


@pytest.fixture
def service(built: SampleDrill) -> Iterator[IncidentService]:
    opened = IncidentService(open_database(built.url), lambda: NOW)
    yield opened
    opened.dispose()


def test_the_drill_is_under_way_on_the_customer_service_plan(
    built: SampleDrill, service: IncidentService
) -> None:
    [incident] = service.list_incidents()
    assert incident.id == built.incident_id
    assert incident.is_drill and incident.status == "active"
    assert incident.plan_id == PLAN
    assert incident.declared_at == NOW - STARTED_BEFORE
    assert incident.level == "major"  # raised from general during the drill
    assert incident.phase == "execution"
    assert "示例" in incident.title


def test_it_shows_work_done_open_and_overdue_with_a_timeline(
    built: SampleDrill, service: IncidentService
) -> None:
    board = service.board(built.incident_id)
    departments = {d.department for d in board.departments if d.done + d.open}
    assert len(departments) >= 3
    done = [t for t in board.tasks if t.status == "done"]
    still_open = [t for t in board.tasks if t.status == "open"]
    assert len(done) >= 5 and len(still_open) >= 5
    assert {t.done_by for t in done} >= {"李娜", "张伟"}, "ticked by the department liaisons"
    assert 1 <= len(board.overdue) <= 2
    assert all(t.due_at is not None and t.due_at < NOW for t in board.overdue)
    ahead = [t for t in still_open if t.due_at is not None and t.due_at > NOW]
    assert ahead, "a deadline still to come, so a reminder is next"
    kinds = [e.kind for e in board.events]
    assert kinds[-1] == "declared"
    assert "level_raised" in kinds and kinds.count("phase_started") == 2
    assert "task_note" in kinds and "report_acknowledged" in kinds
    notes = [e for e in board.events if e.kind == "task_done" and e.data.get("note")]
    assert len(notes) >= 3, "ticks carry the liaisons' notes"
    waiting = [r for r in board.reports if r.acknowledged_at is None]
    assert len(waiting) == 1 and len(board.reports) == 2
    assert board.figures


def test_the_overdue_tasks_have_raised_their_alerts(built: SampleDrill) -> None:
    database = open_database(built.url)
    try:
        alerts = AlertService(database, lambda: NOW).alerts()
    finally:
        database.dispose()
    overdue = [a for a in alerts if a.kind == "overdue"]
    assert len(overdue) == 2
    assert all(a.acknowledged_at is None for a in overdue)


def test_the_sample_people_are_users_and_the_window_acts_as_the_lead(built: SampleDrill) -> None:
    database = open_database(built.url)
    try:
        users = UserService(database, lambda: NOW)
        names = {u.username for u in users.users()}
        stored = users.identity(built.lead.username)
    finally:
        database.dispose()
    assert names == {"王敏", "李娜", "张伟", "陈静", "刘洋"}
    assert stored == built.lead == lead_identity("zh")
    assert Role.COMMAND_LEAD in stored.roles


def test_english_sample_speaks_english(tmp_path: Path) -> None:
    made = build_sample(tmp_path / "en.sqlite", "en", lambda: NOW)
    service = IncidentService(open_database(made.url), lambda: NOW)
    try:
        incident = service.get_incident(made.incident_id)
        board = service.board(made.incident_id)
    finally:
        service.dispose()
    assert incident.title == "Ticket system down, hotline queue building (sample)"
    assert made.lead.username == "Wang Min"
    assert {t.done_by for t in board.tasks if t.done_by} >= {"Li Na", "Zhang Wei"}


def test_an_existing_file_is_never_overwritten_unless_it_is_the_sample(tmp_path: Path) -> None:
    precious = tmp_path / "commandpost.sqlite3"
    precious.write_bytes(b"real incidents")
    with pytest.raises(SampleError, match="already exists"):
        build_sample(precious, "en", lambda: NOW)
    assert precious.read_bytes() == b"real incidents"
    with pytest.raises(SampleError, match="is a folder"):
        build_sample(tmp_path, "en", lambda: NOW)


def test_rebuilding_replaces_the_old_sample_with_a_fresh_drill(tmp_path: Path) -> None:
    path = tmp_path / "sample.sqlite"
    first = build_sample(path, "en", lambda: NOW)
    later = NOW + timedelta(days=3)
    again = build_sample(path, "en", lambda: later, replace=True)
    service = IncidentService(open_database(again.url), lambda: later)
    try:
        [incident] = service.list_incidents()
    finally:
        service.dispose()
    assert first.path == again.path
    assert incident.declared_at == later - STARTED_BEFORE, "one drill, declared before the new now"
