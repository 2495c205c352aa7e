"""Schema versions: new databases get the schema, old ones are backed up and migrated, newer
ones are refused untouched, and an up-to-date one opens without loading Alembic."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Table, inspect, text

from commandpost.store.audit import AUDIT_TABLE
from commandpost.store.engine import Database
from commandpost.store.errors import ForeignDatabaseError, SchemaTooNewError, SchemaUpgradeError
from commandpost.store.models import Base
from commandpost.store.schema import HEAD_REVISION, alembic_config, open_database, upgrade
from commandpost.store.user_models import StoredUser

USERS_TABLE: Table = StoredUser.__table__  # type: ignore[assignment]

TABLES = {
    "plans",
    "plan_versions",
    "plan_status_changes",
    "warnings",
    "incidents",
    "incident_tasks",
    "incident_events",
    "phase_periods",
    "progress_reports",
    "figure_values",
    "alerts",
    "drills",
    "reviews",
    "improvement_actions",
    "audit_log",
    "users",
    "alembic_version",
}


def _revision(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(text("SELECT version_num FROM alembic_version")))


def test_migrations_head_is_the_revision_the_code_expects() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_new_database_is_created_at_the_head_revision(database: Database) -> None:
    assert _revision(database) == [HEAD_REVISION]
    with database.read() as session:
        assert set(inspect(session.connection()).get_table_names()) == TABLES


def test_migrated_schema_matches_the_models_exactly(database: Database) -> None:
    with database.read() as session:
        context = MigrationContext.configure(session.connection(), opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_an_up_to_date_database_does_not_load_alembic(database: Database) -> None:
    probe = (
        "import sys\n"
        "from commandpost.store.schema import open_database\n"
        f"open_database({database.url!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_upgrade_reports_an_up_to_date_database_in_one_line(database: Database) -> None:
    summary = upgrade(database.url)
    assert summary.count("\n") == 0
    assert f"already at schema {HEAD_REVISION}" in summary


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(
    database: Database, tmp_path: Path
) -> None:
    with database.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(SchemaTooNewError) as refused:
        open_database(database.url)

    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no backup, nothing left open
    message = str(refused.value)
    assert "newer CommandPost (schema 9999)" in message
    assert f"this version reads schema {HEAD_REVISION}" in message
    assert _revision(database) == ["9999"]
    database.dispose()


def _old_sqlite_file(path: Path) -> None:
    """A CommandPost file at the base revision (its version table empty) that holds data."""
    with closing(sqlite3.connect(path)) as old:
        old.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        old.execute("CREATE TABLE notes (body TEXT NOT NULL)")
        old.executemany("INSERT INTO notes VALUES (?)", [("电话中断",), ("call back",)])
        old.commit()


def test_an_sqlite_file_at_an_older_revision_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "commandpost.sqlite3"
    _old_sqlite_file(path)

    summary = upgrade(f"sqlite:///{path}")

    backups = sorted(tmp_path.glob("commandpost.before-*.sqlite3"))
    assert len(backups) == 1
    assert re.fullmatch(
        rf"commandpost\.before-{HEAD_REVISION}-\d{{8}}T\d{{6}}Z\.sqlite3", backups[0].name
    )
    assert str(backups[0]) in summary
    with closing(sqlite3.connect(backups[0])) as backup:
        assert backup.execute("SELECT body FROM notes ORDER BY body").fetchall() == [
            ("call back",),
            ("电话中断",),
        ]
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
        assert tables == {"notes", "alembic_version"}
    database = open_database(f"sqlite:///{path}")
    try:
        assert _revision(database) == [HEAD_REVISION]
        with database.read() as session:
            assert session.execute(text("SELECT count(*) FROM notes")).scalar_one() == 2
    finally:
        database.dispose()
    assert len(list(tmp_path.glob("commandpost.before-*.sqlite3"))) == 1  # no second backup


def test_a_failed_migration_rolls_back_and_names_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "commandpost.sqlite3"
    with closing(sqlite3.connect(path)) as old:  # a table in the way of the first migration
        old.execute("CREATE TABLE plans (name TEXT)")
        old.execute("INSERT INTO plans VALUES ('kept')")
        old.commit()

    with pytest.raises(SchemaUpgradeError) as failed:
        open_database(f"sqlite:///{path}")

    (backup,) = tmp_path.glob("commandpost.before-*.sqlite3")
    assert str(backup) in str(failed.value)
    assert "left as it was" in str(failed.value)
    with closing(sqlite3.connect(path)) as after:
        tables = {row[0] for row in after.execute("SELECT name FROM sqlite_master")}
        assert tables == {"plans"}
        assert after.execute("SELECT name FROM plans").fetchall() == [("kept",)]


OPEN_WHEN_TOLD = """
import sys
from commandpost.store.schema import upgrade
print("ready", flush=True)
sys.stdin.readline()
print(upgrade(sys.argv[1]), flush=True)
"""


def test_two_desktops_opening_a_new_database_at_once_both_succeed(database_url: str) -> None:
    desktops = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_WHEN_TOLD, database_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        for desktop in desktops:
            assert desktop.stdout is not None
            assert desktop.stdout.readline().strip() == "ready"
        for desktop in desktops:
            assert desktop.stdin is not None
            desktop.stdin.write("go\n")
            desktop.stdin.flush()
        outcomes = [desktop.communicate(timeout=60) for desktop in desktops]
    finally:
        for desktop in desktops:
            if desktop.poll() is None:
                desktop.kill()
                desktop.communicate(timeout=10)
    assert [desktop.returncode for desktop in desktops] == [0, 0], outcomes
    summaries = [out.strip() for out, _ in outcomes]
    assert sum(s.startswith("Created schema") for s in summaries) == 1, summaries
    assert sum("already at schema" in s for s in summaries) == 1, summaries
    database = open_database(database_url)
    try:
        assert _revision(database) == [HEAD_REVISION]
    finally:
        database.dispose()


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        other.commit()
    with pytest.raises(ForeignDatabaseError, match=r"holds other data \(tables invoices\)"):
        open_database(f"sqlite:///{path}")
    with closing(sqlite3.connect(path)) as other:
        tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}
    assert list(tmp_path.iterdir()) == [path]


def test_a_database_at_schema_0001_gains_the_incident_tables_and_keeps_its_plans(
    database_url: str,
) -> None:
    from alembic import command

    from commandpost.plan.loader import load_plan_file
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary

    config = alembic_config(database_url)
    command.upgrade(config, "0001")
    old = Database(database_url)  # what a CommandPost of schema 0001 wrote
    AUDIT_TABLE.create(old.engine)  # (today's writes are audited; 0001's were not)
    USERS_TABLE.create(old.engine)  # (and checked against the users; 0001 had none)
    try:
        library = PlanLibrary(old)
        library.import_plan(load_plan_file(Path(__file__).parent.parent / "data/minimal.yaml"), "a")
        library.approve("minimal-plan", 1, "lead")
    finally:
        USERS_TABLE.drop(old.engine)
        AUDIT_TABLE.drop(old.engine)
        old.dispose()

    database = open_database(database_url)
    try:
        assert _revision(database) == [HEAD_REVISION]
        incident = IncidentService(database).declare(
            "minimal-plan", "system_failure", "general", "After the upgrade", "lead"
        )
        assert (incident.plan_version, incident.open_tasks) == (1, 1)
    finally:
        database.dispose()

    command.downgrade(config, "0001")  # and the way back drops exactly what 0002 added
    back = Database(database_url)
    try:
        with back.read() as session:
            assert set(inspect(session.connection()).get_table_names()) == {
                "plans",
                "plan_versions",
                "plan_status_changes",
                "alembic_version",
            }
    finally:
        back.dispose()
