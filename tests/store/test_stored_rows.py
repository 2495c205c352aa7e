"""What the tables guarantee on both backends: UTC timestamps, one approved version per plan,
and optimistic locking between two people editing the same row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from commandpost.store.engine import Database
from commandpost.store.models import PlanVersion, StoredPlan

BEIJING = timezone(timedelta(hours=8))
IMPORTED = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=BEIJING)


def _version(plan_id: str, version: int, status: str, **changes: Any) -> PlanVersion:
    fields: dict[str, Any] = {
        "plan_id": plan_id,
        "version": version,
        "status": status,
        "title_zh": "客户激增分流预案",
        "title_en": "Customer surge diversion",
        "document": {"id": plan_id, "levels": ["I", "II"]},
        "source_text": "id: x\n",
        "source_name": "x.yaml",
        "content_hash": f"{version:064d}",
        "imported_at": IMPORTED,
        "imported_by": "admin.li",
    }
    fields.update(changes)
    return PlanVersion(**fields)


def _add_plan(database: Database, *versions: PlanVersion) -> None:
    with database.write() as session:
        session.add(StoredPlan(id=versions[0].plan_id, created_at=IMPORTED))
        session.add_all(versions)


def test_timestamps_come_back_as_the_same_instant_in_utc(database: Database) -> None:
    _add_plan(database, _version("surge", 1, "draft", review_due_at=None))
    with database.read() as session:
        stored = session.scalars(select(PlanVersion)).one()
        assert stored.imported_at == IMPORTED
        assert stored.imported_at.utcoffset() == timedelta(0)
        assert stored.imported_at.tzinfo is UTC
        assert stored.imported_at.isoformat() == "2026-03-02T01:30:15.123456+00:00"
        assert stored.review_due_at is None


def test_a_timestamp_without_time_zone_is_refused(database: Database) -> None:
    naive = _version("surge", 1, "draft", imported_at=IMPORTED.replace(tzinfo=None))
    with pytest.raises(StatementError, match="time zone"), database.write() as session:
        session.add(StoredPlan(id="surge", created_at=IMPORTED))
        session.add(naive)


def test_a_plan_can_have_only_one_approved_version(database: Database) -> None:
    _add_plan(database, _version("surge", 1, "approved"), _version("surge", 2, "draft"))
    _add_plan(database, _version("flood", 1, "approved"))  # another plan's approval is fine

    with pytest.raises(IntegrityError), database.write() as session:
        second = session.scalars(select(PlanVersion).filter_by(plan_id="surge", version=2)).one()
        second.status = "approved"

    with database.write() as session:  # drafts and retired versions are not limited
        session.add(_version("surge", 3, "draft"))
        session.add(_version("surge", 4, "retired"))
    with database.read() as session:
        approved = session.scalars(
            select(PlanVersion.version).filter_by(plan_id="surge", status="approved")
        ).all()
        assert approved == [1]


def test_the_second_writer_of_a_row_gets_stale_data_error(database: Database) -> None:
    _add_plan(database, _version("surge", 1, "draft"))
    with database.read() as session:  # the second editor loads the row, keeps it
        held = session.scalars(select(PlanVersion)).one()
        session.expunge(held)
    assert held.row_version == 1

    with database.write() as session:  # the first editor saves in the meantime
        first = session.scalars(select(PlanVersion)).one()
        first.title_en = "Edited first"

    with pytest.raises(StaleDataError), database.write() as session:
        session.add(held)
        held.title_en = "Edited second"

    with database.read() as session:
        stored = session.scalars(select(PlanVersion)).one()
        assert (stored.title_en, stored.row_version) == ("Edited first", 2)
