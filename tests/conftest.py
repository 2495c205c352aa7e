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
from head_templates import HeadTemplates
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
