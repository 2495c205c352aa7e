"""Schema versions: open a database only if this CommandPost can read it, migrating it if needed.

The common case, a database already at :data:`HEAD_REVISION`, costs one read transaction and
never imports Alembic (half a second of start-up). Anything else is decided again inside one
write transaction that holds the schema lock (SQLite's write lock, a PostgreSQL advisory lock),
so two desktops starting together cannot migrate the same database twice; the SQLite backup
and the migration happen inside that same transaction, and a failed migration rolls back whole.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.store.engine import Database, sqlite_file
from commandpost.store.errors import (
    DatabaseUnavailableError,
    ForeignDatabaseError,
    SchemaTooNewError,
    SchemaUpgradeError,
    StorageError,
    display_url,
    failure_reason,
)
from commandpost.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

HEAD_REVISION = "0006"
"""The newest migration in ``migrations/versions``; a test keeps the two equal."""

SCRIPT_LOCATION = "commandpost.store:migrations"
VERSION_TABLE = "alembic_version"
_PG_SCHEMA_LOCK_KEY = 0x436D_6450_5363  # any fixed number, the same for every CommandPost

_OUR_TABLES = frozenset(Base.metadata.tables) | {VERSION_TABLE}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: any tables at all, and the Alembic revision(s) recorded."""

    tables: frozenset[str]
    revisions: frozenset[str]

    @property
    def has_tables(self) -> bool:
        return bool(self.tables)

    @property
    def label(self) -> str:
        return ", ".join(sorted(self.revisions)) or "none"


@dataclass(frozen=True)
class UpgradeResult:
    """What opening did to the schema, for the CLI's one-line answer and for the log."""

    url: str
    action: Literal["current", "created", "upgraded"]
    before: str
    backup: Path | None = None

    def summary(self) -> str:
        if self.action == "current":
            return f"{self.url} is already at schema {HEAD_REVISION}; nothing to do."
        if self.action == "created":
            return f"Created schema {HEAD_REVISION} in the empty database {self.url}."
        before = "no recorded schema" if self.before == "none" else f"schema {self.before}"
        kept = f"; the previous file is kept as {self.backup}" if self.backup else ""
        return f"Upgraded {self.url} from {before} to schema {HEAD_REVISION}{kept}."


def open_database(url: str) -> Database:
    """Open the database at ``url``, ready for this CommandPost's schema, or raise StorageError.

    An empty database gets the schema; an older one is backed up (SQLite) and migrated; one
    written by a newer CommandPost is refused, untouched.
    """
    database = Database(url)
    try:
        result = _bring_to_head(database)
    except BaseException:
        database.dispose()
        raise
    if result.action != "current":
        log.info("%s", result.summary())
    return database


def upgrade(url: str) -> str:
    """Bring the database at ``url`` to this CommandPost's schema; say what was done, in a line."""
    database = Database(url)
    try:
        return _bring_to_head(database).summary()
    finally:
        database.dispose()


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration, made in code: the migrations ship inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def read_state(connection: Connection) -> SchemaState:
    """Which tables and which recorded revision the database has, without importing Alembic."""
    tables = frozenset(inspect(connection).get_table_names())
    if VERSION_TABLE not in tables:
        return SchemaState(tables, frozenset())
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    return SchemaState(tables, frozenset(rows))


def _bring_to_head(database: Database) -> UpgradeResult:
    url = display_url(database.url)
    with _unavailable_on_failure(database), database.read() as session:
        state = read_state(session.connection())
    if state.revisions == {HEAD_REVISION}:
        return UpgradeResult(url, "current", HEAD_REVISION)
    _refuse_unknown(database.url, state)
    return _migrate(database)


def _migrate(database: Database) -> UpgradeResult:
    url = display_url(database.url)
    backup: Path | None = None
    try:
        with database.write() as session:
            connection = session.connection()
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_SCHEMA_LOCK_KEY}
                )
            state = read_state(connection)  # again: another desktop may have migrated it
            if state.revisions == {HEAD_REVISION}:
                return UpgradeResult(url, "current", HEAD_REVISION)
            _refuse_unknown(database.url, state)
            if state.has_tables and database.is_sqlite:
                backup = _backup_sqlite(database, HEAD_REVISION)
            _run_migrations(connection)
            reached = read_state(connection)
            if reached.revisions != {HEAD_REVISION}:
                raise SchemaUpgradeError(
                    database.url,
                    QT_TRANSLATE_NOOP(
                        "CoreStorage",
                        "the migrations end at schema {reached}, "
                        "but this CommandPost reads schema {head}",
                    ).format(reached=reached.label, head=HEAD_REVISION),
                    str(backup) if backup else None,
                )
    except StorageError:
        raise
    except Exception as error:  # any failure inside the transaction: it was rolled back
        raise SchemaUpgradeError(
            database.url, failure_reason(error), str(backup) if backup else None
        ) from error
    action: Literal["created", "upgraded"] = "upgraded" if state.has_tables else "created"
    return UpgradeResult(url, action, state.label, backup)


def _refuse_unknown(url: str, state: SchemaState) -> None:
    if state.has_tables and not state.revisions and not state.tables & _OUR_TABLES:
        raise ForeignDatabaseError(url, sorted(state.tables))
    unknown = state.revisions - _known_revisions()
    if unknown:
        raise SchemaTooNewError(url, ", ".join(sorted(unknown)), HEAD_REVISION)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def _run_migrations(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _backup_sqlite(database: Database, before: str) -> Path | None:
    """Copy the file with SQLite's online backup API (consistent even while others read it)."""
    path = sqlite_file(database.engine.url)
    if path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-{before}-{stamp}.sqlite3")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.before-{before}-{stamp}-{counter}.sqlite3")
        counter += 1
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    log.info("Backed up %s to %s before migrating it", path, target)
    return target


@contextmanager
def _unavailable_on_failure(database: Database) -> Iterator[None]:
    """Turn whatever the driver raises while connecting or reading into a readable error."""
    driver_error = getattr(database.engine.dialect.loaded_dbapi, "Error", SQLAlchemyError)
    try:
        yield
    except (SQLAlchemyError, OSError, driver_error) as error:
        raise DatabaseUnavailableError(database.url, failure_reason(error)) from error
