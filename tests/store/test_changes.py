"""Hearing of other desktops' changes: NOTIFY on commit on PostgreSQL, data_version on SQLite."""

from __future__ import annotations

import json
import select
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.change_notes import MAX_PAYLOAD_BYTES, parse, payload
from commandpost.store.changes import FULL_REFRESH, Change, PostgresListener, SqliteWatcher, listen
from commandpost.store.engine import Database
from commandpost.store.models import StoredPlan
from commandpost.store.schema import open_database
from head_templates import HeadTemplates
from incident_support import PLAN_ID, START, FakeClock, incident_plan
from pgcluster import PostgresCluster

CREATED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def wait_for(listener: PostgresListener, enough: Callable[[list[Change]], bool]) -> list[Change]:
    """Read until ``enough`` says so, waiting on the socket (never sleeping); 10 s at most."""
    heard: list[Change] = []
    for _ in range(100):
        heard += listener.drain()
        if enough(heard):
            return heard
        fileno = listener.fileno()
        if fileno is not None:
            select.select([fileno], [], [], 0.1)
    return heard


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster, head_templates: HeadTemplates) -> Iterator[str]:
    name = pg_cluster.create_database(head_templates.postgresql(pg_cluster))
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def desktops(pg_url: str) -> Iterator[tuple[Database, Database]]:
    first, second = open_database(pg_url), open_database(pg_url)
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


@pytest.fixture
def listener(desktops: tuple[Database, Database]) -> Iterator[PostgresListener]:
    source = listen(desktops[1])
    assert isinstance(source, PostgresListener)
    assert source.connect()
    yield source
    source.close()


def test_a_commit_on_one_desktop_is_heard_on_another_with_its_tables_and_incident(
    desktops: tuple[Database, Database], listener: PostgresListener
) -> None:
    clock = FakeClock(START)
    library = PlanLibrary(desktops[0], clock)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    service = IncidentService(desktops[0], clock)
    incident = service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    declared = wait_for(listener, lambda h: any(incident.id in (c.incidents or ()) for c in h))
    assert any({"incidents", "incident_tasks"} <= c.tables for c in declared), declared

    task = service.tasks(incident.id)[0]
    listener.drain()
    service.tick(task.id, "lead")
    (ticked,) = wait_for(listener, bool)
    assert "incident_tasks" in ticked.tables
    assert ticked.incidents == frozenset({incident.id})
    assert not ticked.everything


def test_a_rolled_back_transaction_sends_nothing(
    desktops: tuple[Database, Database], listener: PostgresListener
) -> None:
    with pytest.raises(LookupError), desktops[0].write() as session:
        session.add(StoredPlan(id="flood", created_at=CREATED))
        session.flush()
        raise LookupError("changed their mind")
    with desktops[0].write() as session:  # a later commit is heard, and only it
        session.add(StoredPlan(id="storm", created_at=CREATED))
    heard = wait_for(listener, bool)
    assert heard == [Change(frozenset({"plans"}), frozenset())]


def test_a_read_or_an_empty_write_sends_nothing(
    desktops: tuple[Database, Database], listener: PostgresListener
) -> None:
    with desktops[0].read() as session:
        session.get(StoredPlan, "flood")
    with desktops[0].write():
        pass
    with desktops[0].write() as session:
        session.add(StoredPlan(id="storm", created_at=CREATED))
    assert wait_for(listener, bool) == [Change(frozenset({"plans"}), frozenset())]


def test_after_a_server_restart_the_listener_is_lost_and_hears_again_once_reconnected(
    pg_cluster: PostgresCluster, desktops: tuple[Database, Database], listener: PostgresListener
) -> None:
    pg_cluster.restart()
    assert wait_for(listener, lambda _h: not listener.connected) == []
    assert listener.fileno() is None
    assert listener.drain() == []  # draining never connects: its owner does, off its GUI thread
    assert listener.connect()  # connected and listening again
    with desktops[0].write() as session:
        session.add(StoredPlan(id="storm", created_at=CREATED))
    assert wait_for(listener, bool) == [Change(frozenset({"plans"}), frozenset())]


def test_a_note_too_big_for_a_notification_asks_for_everything() -> None:
    small = payload({"incident_tasks"}, {1, 2})
    assert json.loads(small) == {"t": ["incident_tasks"], "i": [1, 2]}
    assert parse(small) == Change(frozenset({"incident_tasks"}), frozenset({1, 2}))
    big = payload({"incident_tasks"}, set(range(5000)))
    assert len(big) < MAX_PAYLOAD_BYTES
    assert parse(big) == FULL_REFRESH
    assert parse(payload({"alerts"}, None)).incidents is None
    assert parse("not json") == FULL_REFRESH


def test_sqlite_hears_a_commit_made_by_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        watcher = listen(database)
        assert isinstance(watcher, SqliteWatcher)
        assert watcher.connect()
        assert watcher.drain() == []
        other = sqlite3.connect(path)
        other.execute("INSERT INTO plans (id, created_at) VALUES ('flood', '2026-03-02')")
        other.commit()
        other.close()
        assert watcher.drain() == [FULL_REFRESH]
        assert watcher.drain() == []
        with database.write() as session:  # this desktop's own writes use other connections
            session.add(StoredPlan(id="storm", created_at=CREATED))
        assert watcher.drain() == [FULL_REFRESH]
        watcher.close()
    finally:
        database.dispose()


def test_an_in_memory_sqlite_database_cannot_be_heard() -> None:
    assert listen(Database("sqlite://")) is None


def test_sqlite_watcher_is_lost_when_the_file_is_moved_away_and_never_creates_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "share"
    path = folder / "t.sqlite3"
    database = open_database(f"sqlite:///{path}")
    watcher = listen(database)
    assert isinstance(watcher, SqliteWatcher)
    try:
        assert watcher.connect()
        folder.rename(tmp_path / "elsewhere")
        folder.mkdir()
        assert watcher.drain() == []
        assert not watcher.connected  # the open connection would hear nothing of a new file
        assert not watcher.connect()
        assert not path.exists()  # no empty database was made in its place
        folder.rmdir()
        (tmp_path / "elsewhere").rename(folder)
        assert watcher.connect()
        assert watcher.drain() == []
    finally:
        watcher.close()
        database.dispose()
