"""Asking a database whether it answers, apart from the application's connection pool.

:func:`probe` is what the window's retry loop calls during an outage: a fresh connection with a
short timeout and one trivial statement, never a pooled connection (which may be the dead one)
and never the availability gate (which is closed while probing). On SQLite it opens the file
without creating it, so a file that was moved away is missing rather than silently replaced by
an empty one.

:func:`check_connection` is what ``commandpost db test`` and the connection dialog show: the
schema version the database carries and the server's version.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.store.engine import Database, sqlite_file
from commandpost.store.errors import DatabaseUnavailableError, display_url, failure_reason

PROBE_TIMEOUT_S = 3
"""A probe that waits longer than this counts as a failure; the next one comes soon enough."""


def probe(url: str, timeout_s: float = PROBE_TIMEOUT_S) -> None:
    """Return if the database at ``url`` answers now; raise DatabaseUnavailableError if not."""
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            path = sqlite_file(parsed)
            if path is not None:
                _probe_sqlite(path, timeout_s)
        elif parsed.get_backend_name() == "postgresql":
            _probe_postgresql(url, timeout_s)
        else:
            database = Database(url)
            try:
                with database.engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            finally:
                database.dispose()
    except DatabaseUnavailableError:
        raise
    except Exception as error:  # any driver's failure, put in words
        raise DatabaseUnavailableError(url, failure_reason(error)) from error


def sqlite_uri(path: Path, mode: str = "rw") -> str:
    """A ``file:`` URI that opens ``path`` (``mode=rw``: only if it exists)."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def _probe_sqlite(path: Path, timeout_s: float) -> None:
    connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=timeout_s)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        connection.close()


def _probe_postgresql(url: str, timeout_s: float) -> None:
    import psycopg

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(
        conninfo,
        autocommit=True,
        connect_timeout=max(1, round(timeout_s)),
        application_name="CommandPost probe",
    ) as connection:
        connection.execute("SELECT 1").fetchone()


@dataclass(frozen=True)
class ConnectionCheck:
    """What a successful connection found."""

    url: str
    """The database as a person should see it (password masked)."""
    schema: str
    """The schema revision recorded in the database, or "none" (an empty database)."""
    current: bool
    """Whether that is the schema this CommandPost writes."""
    server: str
    """E.g. "PostgreSQL 15.8" or "SQLite 3.40.1"."""


def check_connection(url: str) -> ConnectionCheck:
    """Connect to ``url``, read its schema version and the server's; raise StorageError (in
    words) if it cannot be reached. Creates nothing (an SQLite file must exist)."""
    from commandpost.store.schema import HEAD_REVISION, read_state

    parsed = make_url(url)
    path = sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    if path is not None and not path.is_file():
        raise DatabaseUnavailableError(
            url,
            QT_TRANSLATE_NOOP("CoreStorage", "there is no database file at {path}").format(
                path=str(path)
            ),
        )
    database = Database(url)
    try:
        with database.read() as session:
            connection = session.connection()
            state = read_state(connection)
            if database.is_sqlite:
                version = connection.execute(text("SELECT sqlite_version()")).scalar_one()
                server = f"SQLite {version}"
            elif connection.dialect.name == "postgresql":
                version = connection.execute(text("SHOW server_version")).scalar_one()
                server = f"PostgreSQL {str(version).split()[0]}"
            else:
                server = connection.dialect.name
    except (SQLAlchemyError, OSError) as error:
        raise DatabaseUnavailableError(url, failure_reason(error)) from error
    finally:
        database.dispose()
    return ConnectionCheck(
        display_url(url), state.label, state.revisions == {HEAD_REVISION}, server
    )
