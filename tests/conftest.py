"""Fixtures shared by the whole suite: a fresh database on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os

# Before anything imports Qt: with no display, Qt aborts the process unless told to go offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from commandpost.store.engine import Database
from commandpost.store.schema import open_database
from pgcluster import PostgresCluster, PostgresUnavailableError

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """One PostgreSQL 15 cluster for the run, started only if a PostgreSQL test is selected."""
    problem = ""
    try:
        cluster = PostgresCluster.start()
    except PostgresUnavailableError as error:
        problem = str(error)  # failed below, outside the handler, to keep the report short
    if problem:
        pytest.fail(problem, pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database: an SQLite file, or a database on the test cluster."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'commandpost.sqlite3'}"
        return
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database()
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """The empty database opened (so at the current schema), closed after the test."""
    opened = open_database(database_url)
    try:
        yield opened
    finally:
        opened.dispose()
