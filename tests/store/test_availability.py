"""Telling an unreachable database from a refusal, the gate that refuses at once while it is
known to be unreachable, and the probe that asks whether it answers again."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from commandpost.store.availability import Availability, DatabaseOfflineError, attempt
from commandpost.store.engine import Database
from commandpost.store.errors import DatabaseUnavailableError, is_connection_failure
from commandpost.store.models import StoredPlan
from commandpost.store.probe import check_connection, probe
from commandpost.store.schema import HEAD_REVISION
from incident_support import START
from pgcluster import PostgresCluster, free_port


def failure_of(database: Database) -> BaseException:
    with pytest.raises(Exception) as failed, database.read() as session:
        session.execute(text("SELECT 1"))
    return failed.value


def test_a_server_that_does_not_answer_is_a_connection_failure() -> None:
    database = Database(f"postgresql+psycopg://cp@127.0.0.1:{free_port()}/cp")
    error = failure_of(database)
    assert isinstance(error, OperationalError)
    assert is_connection_failure(error)
    assert error.orig is not None
    assert is_connection_failure(error.orig)  # the driver's own error too


def test_a_login_refused_is_not_a_connection_failure(pg_cluster: PostgresCluster) -> None:
    database = Database(pg_cluster.url("postgres").replace("postgres@", "nobody@"))
    assert not is_connection_failure(failure_of(database))  # retrying will not help


def test_an_sqlite_file_that_cannot_be_opened_is_a_connection_failure(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    database = Database(f"sqlite:///{folder / 'cp.sqlite3'}")
    folder.rmdir()  # the share went away after the folder was made
    assert is_connection_failure(failure_of(database))
    database.dispose()


def test_refusals_and_bugs_are_not_connection_failures() -> None:
    assert not is_connection_failure(sqlite3.OperationalError("database is locked"))
    assert not is_connection_failure(IntegrityError("INSERT", {}, Exception("UNIQUE failed")))
    assert not is_connection_failure(ValueError("a bug"))
    assert not is_connection_failure(DatabaseUnavailableError("sqlite://", "no file"))


def test_the_gate_closes_only_for_a_listener_and_then_refuses_at_once(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'cp.sqlite3'}")
    gate = database.availability
    assert not gate.lose(START)  # nobody would open it again: it stays open
    heard: list[str] = []
    stop = gate.subscribe(lambda: heard.append("lost"))
    assert gate.lose(START)
    assert heard == ["lost"]
    assert not gate.lose()  # already lost
    with attempt() as tried:
        started = time.monotonic()
        with pytest.raises(DatabaseOfflineError) as refused, database.write() as session:
            session.add(StoredPlan(id="flood", created_at=START))
        assert time.monotonic() - started < 0.5
    assert refused.value.change
    assert refused.value.since == START
    assert "Not saved: the database cannot be reached" in str(refused.value)
    assert (tried.availability, tried.change) == (gate, True)
    with attempt() as tried, pytest.raises(DatabaseOfflineError), database.read():
        pass
    assert (tried.availability, tried.change) == (gate, False)
    gate.restore()
    with database.read() as session:
        session.execute(text("SELECT 1"))
    gate.lose(START)
    stop()  # the last listener goes: the gate opens
    assert gate.since is None
    database.dispose()


def test_a_job_asked_before_the_outage_is_told_apart_from_one_asked_after() -> None:
    gate = Availability()
    gate.subscribe(lambda: None)
    before = time.monotonic()
    gate.lose(START)
    after = time.monotonic()
    assert gate.lost_after(before)
    assert not gate.lost_after(after + 1)


def test_the_probe_says_whether_a_server_answers(pg_cluster: PostgresCluster) -> None:
    probe(pg_cluster.url("postgres"))
    with pytest.raises(DatabaseUnavailableError) as refused:
        probe(f"postgresql+psycopg://cp:secret@127.0.0.1:{free_port()}/cp")
    assert "nothing answered at that address" in str(refused.value)
    assert "secret" not in str(refused.value)


def test_the_probe_never_makes_an_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "moved.sqlite3"
    with pytest.raises(DatabaseUnavailableError):
        probe(f"sqlite:///{path}")
    assert not path.exists()
    sqlite3.connect(path).close()
    probe(f"sqlite:///{path}")


def test_check_connection_reads_schema_and_server(
    pg_cluster: PostgresCluster, tmp_path: Path
) -> None:
    found = check_connection(pg_cluster.url("postgres"))
    assert (found.schema, found.current) == ("none", False)
    assert found.server.startswith("PostgreSQL 15.")
    with pytest.raises(DatabaseUnavailableError, match="there is no database file"):
        check_connection(f"sqlite:///{tmp_path / 'none.sqlite3'}")
    from commandpost.store.schema import open_database

    open_database(f"sqlite:///{tmp_path / 'cp.sqlite3'}").dispose()
    found = check_connection(f"sqlite:///{tmp_path / 'cp.sqlite3'}")
    assert (found.schema, found.current) == (HEAD_REVISION, True)
    assert found.server.startswith("SQLite 3.")
