"""Fixtures shared by the whole suite: a fresh database on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import tempfile

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
from keyring_support import MemoryKeyring, no_keyring, using_keyring
from pgcluster import PostgresCluster, PostgresUnavailableError

# The user's own folders are never touched by a test run: the window's log file, its remembered
# settings, the cached plan list and the saved connection all go to a folder of the run.
_USER_FOLDERS = Path(tempfile.mkdtemp(prefix="commandpost-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_USER_FOLDERS / _name.lower())

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


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's config and data folders are the test's; no database variables set."""
    from commandpost import settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(settings.URL_ENV, raising=False)
    monkeypatch.delenv(settings.PASSWORD_ENV, raising=False)
    return tmp_path / "config"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring standing in for the platform's, in memory."""
    with using_keyring(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def without_keyring() -> Iterator[None]:
    """No keyring at all, as on a headless Linux box."""
    with using_keyring(no_keyring()):
        yield


@pytest.fixture
def server_url(pg_cluster: PostgresCluster, head_templates: HeadTemplates) -> Iterator[str]:
    """A database at the current schema on the test cluster."""
    name = pg_cluster.create_database(head_templates.postgresql(pg_cluster))
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_USER_FOLDERS, ignore_errors=True)
