"""Alembic's entry point: run the migrations on the connection CommandPost hands over.

``commandpost.store.schema`` passes a connection already inside a write transaction
(``config.attributes["connection"]``), so checking the version, backing up and migrating happen
under one lock and one transaction. Without one (a developer running an Alembic command with
``alembic_config(url)``), a Database is opened from ``sqlalchemy.url``.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from commandpost.store.models import Base


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Write app-defined column types as their plain SQL type.

    A migration must keep meaning what it meant when it was written, so it never imports
    ``models.py``; the Python-side conversion (e.g. UTC handling) is not part of the schema.
    """
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def _run(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        # Batch migrations rebuild a table by copy, drop and rename. PRAGMA foreign_keys cannot
        # change inside a transaction, so defer the checks to COMMIT, when the rebuilt table
        # holds the rows again.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # Batch operations everywhere: a migration generated against PostgreSQL must still run
        # on SQLite, which can alter a table only by rebuilding it.
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from commandpost.store.engine import Database

    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("alembic_config(url) needs a database URL to run without a connection")
    database = Database(url)
    try:
        with database.write() as session:
            _run(session.connection())
    finally:
        database.dispose()


def run_offline() -> None:
    """``--sql`` mode: print the SQL for a DBA instead of running it."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
