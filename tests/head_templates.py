"""Databases migrated to the current schema once per run, for tests to copy."""

from __future__ import annotations

from pathlib import Path

from commandpost.store.schema import open_database
from pgcluster import PostgresCluster


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
