"""The audit trail on SQLite and PostgreSQL: every change made through the services is recorded
with who and what, in the same transaction; the hash chain verifies, and an entry edited,
deleted or re-hashed afterwards is named; two desktops writing at once keep one chain."""

from __future__ import annotations

import threading
from datetime import UTC

import pytest
from sqlalchemy import text

from audit_support import declared, entries
from commandpost.services.audit import AuditService
from commandpost.services.incidents import IncidentService
from commandpost.services.reviews import ReviewService
from commandpost.store.audit import entry_hash
from commandpost.store.audit_models import AuditEntry
from commandpost.store.engine import Database
from commandpost.store.incident_models import Incident, IncidentTask
from incident_support import START, FakeClock


def _raw(database: Database, sql: str, **params: object) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_a_declaration_is_recorded_with_its_actor_and_values(database: Database) -> None:
    service, incident_id = declared(database)
    board = service.board(incident_id)

    incident = [e for e in entries(database, "incidents") if e.action == "insert"]
    assert [(e.row_id, e.actor) for e in incident] == [(str(incident_id), "lead.wang")]
    assert incident[0].changes["title"] == "Phones down"
    assert incident[0].changes["declared_at"] == START.astimezone(UTC).isoformat()
    tasks = entries(database, "incident_tasks")
    assert sorted(int(e.row_id) for e in tasks) == sorted(t.id for t in board.tasks)
    assert {(e.action, e.actor) for e in tasks} == {("insert", "lead.wang")}
    assert {e.changes["key"] for e in tasks} == {t.key for t in board.tasks}
    plan = entries(database, "plan_versions")
    assert [(e.action, e.actor) for e in plan[:2]] == [("insert", "admin"), ("update", "lead")]
    assert [e.changes["status"] for e in plan[1:] if "status" in e.changes] == [
        ["draft", "in_review"],
        ["in_review", "approved"],
    ]


def test_a_tick_is_recorded_as_old_and_new_values(database: Database) -> None:
    service, incident_id = declared(database)
    task = service.board(incident_id).tasks[0]
    before = len(entries(database))

    service.tick(task.id, "cs.li", note="called back")

    new = entries(database)[before:]
    ticked = [e for e in new if e.table == "incident_tasks"]
    assert [(e.action, e.row_id, e.actor) for e in ticked] == [("update", str(task.id), "cs.li")]
    assert ticked[0].changes["status"] == ["open", "done"]
    assert ticked[0].changes["done_by"] == [None, "cs.li"]
    assert [(e.table, e.action, e.actor) for e in new if e.table != "incident_tasks"] == [
        ("incident_events", "insert", "cs.li")
    ]


def test_a_review_sign_off_is_recorded(database: Database) -> None:
    service, incident_id = declared(database)
    service.close(incident_id, "lead.wang", "restored")
    reviews = ReviewService(database, FakeClock(START))
    review = reviews.review(incident_id, "lead.wang")
    written = reviews.update(review.id, "lead.wang", review.row_version, summary="Calls answered")
    before = len(entries(database))

    reviews.sign_off(written.id, "lead.zhao", written.row_version)

    signed = [e for e in entries(database)[before:] if e.table == "reviews"]
    assert [(e.action, e.row_id, e.actor) for e in signed] == [
        ("update", str(review.id), "lead.zhao")
    ]
    assert signed[0].changes["status"] == ["draft", "signed_off"]


def test_the_incident_level_change_takes_the_actor_of_its_timeline_event(
    database: Database,
) -> None:
    service, incident_id = declared(database)
    before = len(entries(database))
    service.change_level(incident_id, "major", "lead.zhao", "more calls")

    changed = [e for e in entries(database)[before:] if e.table == "incidents"]
    assert [(e.action, e.actor) for e in changed] == [("update", "lead.zhao")]
    assert changed[0].changes["level"] == ["general", "major"]


def test_a_rolled_back_change_leaves_no_entry(database: Database) -> None:
    _service, incident_id = declared(database)
    before = entries(database)
    with pytest.raises(RuntimeError, match="changed my mind"), database.write() as session:
        row = session.get(Incident, incident_id)
        assert row is not None
        row.title = "Something else"
        session.flush()
        raise RuntimeError("changed my mind")
    assert entries(database) == before


def test_audit_entries_cannot_be_changed_through_the_store(database: Database) -> None:
    declared(database)
    with pytest.raises(RuntimeError, match="never changed"), database.write() as session:
        entry = session.get(AuditEntry, 1)
        assert entry is not None
        entry.actor = "nobody"
    with pytest.raises(RuntimeError, match="never deleted"), database.write() as session:
        session.delete(session.get(AuditEntry, 1))
    assert AuditService(database).verify().ok


def test_the_chain_verifies(database: Database) -> None:
    service, incident_id = declared(database)
    service.tick(service.board(incident_id).tasks[0].id, "cs.li")
    result = AuditService(database).verify()
    assert (result.ok, result.broken) == (True, None)
    assert result.checked == result.last_seq == len(entries(database)) > 10
    first = entries(database)[0]
    assert (first.seq, first.prev_hash) == (1, "0" * 64)


def test_an_edited_entry_is_named(database: Database) -> None:
    declared(database)
    _raw(database, 'UPDATE audit_log SET changes = \'{"title":"Fine"}\' WHERE seq = 5')
    result = AuditService(database).verify()
    assert result.broken is not None
    assert (result.broken.seq, result.broken.problem, result.checked) == (
        5,
        "content changed",
        4,
    )
    _raw(database, "UPDATE audit_log SET actor = 'x' WHERE seq = 3")
    assert AuditService(database).verify().broken.seq == 3  # type: ignore[union-attr]


def test_a_deleted_entry_is_named_as_a_gap(database: Database) -> None:
    declared(database)
    _raw(database, "DELETE FROM audit_log WHERE seq IN (7, 8)")
    broken = AuditService(database).verify().broken
    assert broken is not None
    assert (broken.seq, broken.problem) == (7, "row missing")
    assert "7–8" in broken.detail and "next one is 9" in broken.detail


def test_a_changed_hash_is_named(database: Database) -> None:
    declared(database)
    _raw(database, "UPDATE audit_log SET hash = :h WHERE seq = 6", h="f" * 64)
    broken = AuditService(database).verify().broken
    assert broken is not None
    assert (broken.seq, broken.problem) == (6, "content changed")


def test_an_entry_edited_and_hashed_again_breaks_the_next_link(database: Database) -> None:
    declared(database)
    with database.read() as session:
        entry = session.get(AuditEntry, 4)
        assert entry is not None
        row = {c.name: getattr(entry, c.key) for c in AuditEntry.__table__.columns}
    row["actor"] = "someone.else"
    _raw(
        database,
        "UPDATE audit_log SET actor = :a, hash = :h WHERE seq = 4",
        a="someone.else",
        h=entry_hash(row, row["prev_hash"]),
    )
    broken = AuditService(database).verify().broken
    assert broken is not None
    assert (broken.seq, broken.problem) == (5, "previous-hash mismatch")


def test_two_desktops_writing_at_once_keep_one_chain(database: Database) -> None:
    _service, incident_id = declared(database)
    with database.read() as session:
        task_ids = list(
            session.scalars(
                IncidentTask.__table__.select()
                .with_only_columns(IncidentTask.id)
                .where(IncidentTask.incident_id == incident_id)
            )
        )
    failures: list[BaseException] = []

    def desk(name: str) -> None:
        other = Database(database.url)
        try:
            service = IncidentService(other, FakeClock(START))
            for i in range(15):
                service.add_note(task_ids[i % len(task_ids)], name, f"note {i}")
        except BaseException as error:  # reported by the main thread
            failures.append(error)
        finally:
            other.dispose()

    threads = [threading.Thread(target=desk, args=(f"desk{n}",)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert failures == []
    found = entries(database)
    seqs = [e.seq for e in found]
    assert seqs == list(range(1, len(found) + 1))
    notes = [e for e in found if e.table == "incident_events" and e.actor.startswith("desk")]
    assert len(notes) == 30
    assert AuditService(database).verify().ok
