"""Fixtures shared by the whole suite: a fresh database on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os

# Before anything imports Qt: with no display, Qt aborts the process unless told to go offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
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
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on; every database test runs on both."""
    return str(request.param)


class HeadTemplates:
    """One database per backend migrated to the current schema once per run, for copying.

    Migrating an empty database takes ≈ 0.2 s; copying a migrated one a fraction of that (a file
    copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL). The migrations still run, once
    here, and on empty databases in tests/store/test_schema_versions.py.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: Path | None = None
        self._postgresql: str | None = None

    def sqlite(self) -> Path:
        if self._sqlite is None:
            path = self._folder / "head.sqlite3"
            open_database(f"sqlite:///{path}").dispose()
            self._sqlite = path
        return self._sqlite

    def postgresql(self, cluster: PostgresCluster) -> str:
        if self._postgresql is None:
            name = cluster.create_database()
            open_database(cluster.url(name)).dispose()  # no connection left: it is copied
            self._postgresql = name
        return self._postgresql


@pytest.fixture(scope="session")
def head_templates(tmp_path_factory: pytest.TempPathFactory) -> HeadTemplates:
    return HeadTemplates(tmp_path_factory.mktemp("head-templates"))


@contextmanager
def _new_database(
    request: pytest.FixtureRequest, backend: str, folder: Path, templates: HeadTemplates | None
) -> Iterator[str]:
    """A new database, empty or (given the templates) at the current schema; its URL."""
    if backend == "sqlite":
        path = folder / "commandpost.sqlite3"
        if templates is not None:
            shutil.copyfile(templates.sqlite(), path)
        yield f"sqlite:///{path}"
        return
    cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
    template = templates.postgresql(cluster) if templates is not None else None
    name = cluster.create_database(template)
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database: an SQLite file, or a database on the test cluster."""
    with _new_database(request, backend, tmp_path, None) as url:
        yield url


@pytest.fixture
def database(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path, head_templates: HeadTemplates
) -> Iterator[Database]:
    """A new database at the current schema, opened, closed after the test."""
    with _new_database(request, backend, tmp_path, head_templates) as url:
        opened = open_database(url)
        try:
            yield opened
        finally:
            opened.dispose()
