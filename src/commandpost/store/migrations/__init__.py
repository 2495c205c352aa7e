"""Alembic migrations, shipped inside the package and run in code by ``commandpost.store.schema``.

Nothing here is imported by the application: Alembic reads ``env.py`` and ``versions/*.py`` as
files. To write the next migration, bump ``schema.HEAD_REVISION`` and autogenerate against a
database at the current head::

    from alembic import command
    from commandpost.store.schema import alembic_config
    command.revision(alembic_config(url), message="what changes", autogenerate=True, rev_id="0004")

then read the generated file: autogenerate misses renames and data moves.
"""
