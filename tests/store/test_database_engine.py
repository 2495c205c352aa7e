"""Database: read and write transactions, and the SQLite settings that keep desktops safe."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from commandpost.store.engine import BUSY_TIMEOUT_MS, Database
from commandpost.store.models import StoredPlan

CREATED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _plan_ids_in(session: Session) -> list[str]:
    return list(session.scalars(select(StoredPlan.id).order_by(StoredPlan.id)))


def _plan_ids(database: Database) -> list[str]:
    with database.read() as session:
        return _plan_ids_in(session)


def test_write_commits_when_the_block_succeeds(database: Database) -> None:
    with database.write() as session:
        session.add(StoredPlan(id="flood", created_at=CREATED))
    assert _plan_ids(database) == ["flood"]


def test_write_rolls_back_and_reraises_when_the_block_fails(database: Database) -> None:
    with pytest.raises(LookupError, match="operator changed their mind"), database.write() as s:
        s.add(StoredPlan(id="flood", created_at=CREATED))
        s.flush()
        raise LookupError("operator changed their mind")
    assert _plan_ids(database) == []


def test_read_refuses_to_write_anything(database: Database) -> None:
    with pytest.raises(RuntimeError, match=r"use Database\.write"), database.read() as session:
        session.add(StoredPlan(id="flood", created_at=CREATED))
        session.flush()
    assert _plan_ids(database) == []


def test_read_sees_one_snapshot_while_others_commit(database: Database) -> None:
    with database.read() as session:
        assert _plan_ids_in(session) == []
        with database.write() as other:
            other.add(StoredPlan(id="flood", created_at=CREATED))
        assert _plan_ids_in(session) == []
    assert _plan_ids(database) == ["flood"]


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "settings.sqlite3"))
    try:
        with database.read() as session:
            pragma = session.connection().exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert database.is_sqlite
    finally:
        database.dispose()


def test_opening_an_sqlite_file_creates_its_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "commandpost.sqlite3"
    database = Database(sqlite_url(path))
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        assert path.is_file()
    finally:
        database.dispose()


def _other_writer(path: Path) -> sqlite3.Connection:
    """A second process's view of the file, without any patience for locks."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    other.execute("PRAGMA busy_timeout = 0")
    return other


def test_sqlite_write_holds_the_write_lock_from_its_first_read(tmp_path: Path) -> None:
    path = tmp_path / "lock.sqlite3"
    database = Database(sqlite_url(path))
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE counter (n INTEGER)"))
        with database.write() as session:
            session.execute(select(func.count()).select_from(text("counter"))).scalar_one()
            other = _other_writer(path)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
    finally:
        database.dispose()


def test_sqlite_read_does_not_block_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "lock.sqlite3"
    database = Database(sqlite_url(path))
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE counter (n INTEGER)"))
        with database.read() as session:
            session.execute(text("SELECT count(*) FROM counter")).scalar_one()
            other = _other_writer(path)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("INSERT INTO counter VALUES (1)")
                other.execute("COMMIT")
            finally:
                other.close()
            # the read transaction keeps the snapshot it started with
            assert session.execute(text("SELECT count(*) FROM counter")).scalar_one() == 0
    finally:
        database.dispose()
