"""One database connection setup: an Engine, a sessionmaker, and read/write transactions.

Services open exactly one transaction per user action, through :meth:`Database.read` or
:meth:`Database.write`, so the rules for locking live here and nowhere else.

SQLite needs care to be safe with several desktops on one file. Python's sqlite3 module issues
no ``BEGIN`` before a ``SELECT``, so two processes doing read-modify-write lose updates even in
WAL mode. Following SQLAlchemy's documented recipe ("Serializable isolation / Savepoints /
Transactional DDL"), pysqlite's own transaction handling is switched off and the engine's
``begin`` event emits ``BEGIN`` itself: ``BEGIN IMMEDIATE`` for write sessions (they take the
write lock before reading, so they queue instead of colliding), a plain deferred ``BEGIN`` for
reads (readers never block anyone in WAL mode).

Both pass the database's :class:`~commandpost.store.availability.Availability` gate first: while
the window knows the database to be unreachable, they are refused at once instead of waiting for
a connection timeout, and the running job is marked as a read or a write for its task runner.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.store.audit import keep_audit_trail
from commandpost.store.availability import Availability
from commandpost.store.change_notes import announce, note_flush, note_statement, watch_writes
from commandpost.store.errors import (
    BadDatabaseUrlError,
    DatabaseUnavailableError,
    display_url,
    failure_reason,
)

BUSY_TIMEOUT_MS = 10_000
"""How long an SQLite writer waits for another desktop's write transaction before giving up."""

PG_CONNECT_TIMEOUT_S = 10
"""How long to wait for a PostgreSQL server before telling the user it cannot be reached."""

PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
"""TCP keepalives (libpq): a server that vanished without closing the connection (a cable
pulled, a VPN dropped) is noticed within about 25 s instead of the system's two hours."""

_BEGIN_OPTION = "commandpost_sqlite_begin"
_READ_ONLY = "commandpost_read_only"


class Database:
    """A database, opened from any SQLAlchemy URL; cheap to keep for the whole application run.

    Creating it does not connect (the first transaction does), but it does create the folder of
    an SQLite file, so that opening a database in a new place just works.
    """

    def __init__(self, url: str) -> None:
        self._url = url
        self.availability = Availability()
        """The gate every read and write passes: closed while the database is known to be
        unreachable (see :mod:`commandpost.store.availability`)."""
        parsed = _parse(url)
        if parsed.get_backend_name() == "sqlite":
            _create_sqlite_folder(url, parsed)
        try:
            engine = create_engine(parsed, **_engine_options(parsed))
        except NoSuchModuleError:
            raise BadDatabaseUrlError(
                url,
                QT_TRANSLATE_NOOP(
                    "CoreStorage", "no database driver is known for “{driver}”"
                ).format(driver=parsed.drivername),
            ) from None
        except ImportError as error:
            raise BadDatabaseUrlError(
                url,
                QT_TRANSLATE_NOOP(
                    "CoreStorage", "the driver it needs ({driver}) is not installed"
                ).format(driver=error.name or str(error)),
            ) from None
        except (ArgumentError, TypeError, ValueError) as error:
            raise BadDatabaseUrlError(url, str(error)) from None
        self._engine = engine
        self._read_engine: Engine = engine
        self._write_engine: Engine = engine
        if self.is_sqlite:
            event.listen(engine, "connect", _configure_sqlite_connection)
            event.listen(engine, "begin", _begin_sqlite_transaction)
            self._write_engine = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        elif engine.dialect.name == "postgresql":
            # READ COMMITTED would give each statement its own snapshot; a read transaction
            # should see one state of the data, as it does on SQLite.
            self._read_engine = engine.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        self._sessions = sessionmaker(bind=engine)
        event.listen(self._sessions, "before_flush", _refuse_flush_in_read)
        keep_audit_trail(self._sessions)  # every committed change, chained: store/audit.py
        self._announces = engine.dialect.name == "postgresql"
        if self._announces:
            event.listen(self._sessions, "after_flush", note_flush)
            event.listen(self._sessions, "do_orm_execute", note_statement)

    @property
    def url(self) -> str:
        """The URL as given (with any password): pass it on, never show it; see errors."""
        return self._url

    @property
    def engine(self) -> Engine:
        """The underlying engine (its own transactions are deferred reads on SQLite)."""
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self._engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction: sees one consistent snapshot, changes nothing, refuses to flush.

        It ends with a commit rather than a rollback: there is nothing to undo, and on PostgreSQL
        a rollback makes psycopg drop its prepared statements, so every later read would be
        planned again by the server (measured: 2.0 → 0.9 ms of server time per board re-read).
        """
        self.availability.check(change=False)
        with self._sessions(bind=self._read_engine, info={_READ_ONLY: True}) as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
            session.commit()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed if the block succeeds, rolled back if it raises.

        On SQLite the write lock is taken at the first statement (``BEGIN IMMEDIATE``), waiting
        up to :data:`BUSY_TIMEOUT_MS` for another writer, so what the block reads stays true
        until it commits.

        On PostgreSQL what the block changed is announced to every desktop just before the
        commit (see :mod:`commandpost.store.change_notes`): delivered on commit, dropped on
        rollback.
        """
        self.availability.check(change=True)
        with self._sessions(bind=self._write_engine) as session, session.begin():
            if self._announces:
                watch_writes(session)
            yield session
            if self._announces:
                announce(session)

    def dispose(self) -> None:
        """Close every pooled connection (on quit, before a file is copied or removed)."""
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"Database({display_url(self._url)!r})"


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise BadDatabaseUrlError(
            url,
            QT_TRANSLATE_NOOP(
                "CoreStorage",
                "it is not a database URL "
                "(expected e.g. sqlite:///path/to/file.sqlite3 or postgresql://user@host/dbname)",
            ),
        ) from None


def sqlite_file(parsed: URL) -> Path | None:
    """The file an SQLite URL points at, or None for an in-memory or URI-style database."""
    database = parsed.database
    if not database or database == ":memory:" or parsed.query.get("uri") == "true":
        return None
    return Path(database)


def _create_sqlite_folder(url: str, parsed: URL) -> None:
    path = sqlite_file(parsed)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailableError(
            url,
            QT_TRANSLATE_NOOP(
                "CoreStorage", "its folder {folder} cannot be created ({reason})"
            ).format(folder=str(path.parent), reason=failure_reason(error)),
        ) from None


def _engine_options(parsed: URL) -> dict[str, Any]:
    """PostgreSQL: fail in seconds rather than minutes, survive server restarts, name ourselves."""
    if parsed.get_backend_name() != "postgresql":
        return {}
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    if "application_name" not in parsed.query:
        connect_args["application_name"] = "CommandPost"
    if parsed.get_driver_name() in ("psycopg", "psycopg2"):  # libpq's parameters
        for name, value in PG_KEEPALIVES.items():
            if name not in parsed.query:
                connect_args[name] = value
    return {"connect_args": connect_args, "pool_pre_ping": True}


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # isolation_level None stops pysqlite from issuing (or skipping) BEGIN on its own;
    # _begin_sqlite_transaction issues it instead. busy_timeout comes first so that
    # switching to WAL waits for, rather than fails on, another process's lock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(cursor)
    finally:
        cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """WAL is kept in the file, so this only works once per file; but SQLite answers "locked" at
    once, without its busy handler, when another process holds the file while we switch, so the
    switch is retried until the busy timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _begin_sqlite_transaction(connection: Connection) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_flush_in_read(session: Session, _context: Any, _instances: Any) -> None:
    # A change made in a read session would be silently thrown away (and on SQLite could hit
    # "database is locked" while upgrading a deferred transaction): fail loudly instead.
    if session.info.get(_READ_ONLY):
        raise RuntimeError("changes made inside Database.read(); use Database.write()")
