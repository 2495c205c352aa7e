"""The audit trail: every row a write transaction inserts, updates or deletes, appended to
``audit_log`` in that same transaction, each entry's hash covering its content and the previous
entry's hash, so that an entry edited or deleted afterwards breaks the chain.

:func:`keep_audit_trail` hooks a sessionmaker. Changes made through the ORM are collected after each
flush (the attribute history still shows old and new values then); a statement that bypasses the
ORM (a bulk ``INSERT`` of many rows) is reported with :func:`inserted`. Just before the commit the
collected changes are appended in one ``executemany``: on PostgreSQL under a transaction-level
advisory lock, taken only then, so appends from several desktops are serial and no transaction
waits for the lock while holding row locks another one needs; on SQLite the write transaction
(``BEGIN IMMEDIATE``) already holds the only write lock.

Who acted is the signed-in user the services named for the transaction (:func:`act_as`, called
by the permission check before every change); failing that, the row's own record of it
(``actor``, or the ``*_by`` column the change set), else the person recorded on another row of the
same transaction (an incident's level changes along with a timeline event naming who changed it),
else ``system``.

Secrets never enter the trail: a column named in :data:`SECRET_COLUMNS` (the users' password
hashes) is recorded as :data:`REDACTED`, so the entry still shows that it was set or changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select, text
from sqlalchemy.orm import LoaderCallableStatus, Session, sessionmaker

from commandpost.store.audit_models import AuditEntry

AUDIT_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]
GENESIS_HASH = "0" * 64
"""The previous hash of the first entry."""
SYSTEM_ACTOR = "system"
SECRET_COLUMNS = frozenset({"password_hash"})
"""Columns whose values the trail never holds."""
REDACTED = "(redacted)"
"""What the trail records in place of a secret column's value."""

_PG_AUDIT_LOCK_KEY = 0x436D_6441_7564  # any fixed number, the same for every CommandPost
_PENDING = "commandpost_audit_pending"
_ACTOR = "commandpost_audit_actor"
_READ_ONLY = "commandpost_read_only"  # set by Database.read (store/engine.py)


@dataclass(frozen=True)
class Change:
    """One row's change, waiting for the commit to be chained."""

    table: str
    row_id: str
    action: str
    changes: dict[str, Any]
    actor: str | None


def keep_audit_trail(sessions: sessionmaker[Session]) -> None:
    """Record every change committed by the sessions this sessionmaker makes."""
    event.listen(sessions, "after_flush", _collect)
    event.listen(sessions, "before_commit", _append)
    event.listen(sessions, "after_transaction_end", _forget)


def act_as(session: Session, actor: str) -> None:
    """Name the user who acts in this session's transaction: every entry it appends names them."""
    session.info[_ACTOR] = actor


def acting_user(session: Session) -> str | None:
    """The user named by :func:`act_as` for this session, if any."""
    actor = session.info.get(_ACTOR)
    return actor if isinstance(actor, str) and actor else None


def inserted(session: Session, table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """Record rows inserted without the ORM (pass them as stored, their ids included)."""
    pk = [c.name for c in table.primary_key.columns]
    _pending(session).extend(
        Change(
            table.name, _row_id(row[c] for c in pk), "insert", _redacted(dict(row)), _own_actor(row)
        )
        for row in rows
    )


def canonical(value: Any) -> str:
    """The one JSON text for a value: sorted keys, no spaces, UTF-8 as is, times in ISO 8601."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain
    )


def entry_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    """SHA-256 over an entry's content and the previous entry's hash: the canonical JSON of
    [prev_hash, seq, at, actor, table_name, row_id, action], a line break, then ``changes`` (the
    canonical JSON text as stored)."""
    head = [
        prev_hash,
        entry["seq"],
        entry["at"].astimezone(UTC).isoformat(),
        entry["actor"],
        entry["table_name"],
        entry["row_id"],
        entry["action"],
    ]
    content = canonical(head) + "\n" + entry["changes"]
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


# --- session events --------------------------------------------------------------------------


def _collect(session: Session, _context: Any) -> None:
    if session.info.get(_READ_ONLY):
        return
    found: list[Change] = []
    for obj in session.new:
        if isinstance(obj, AuditEntry):
            raise RuntimeError("audit entries are appended by the audit trail only")
        values = _values(obj)
        found.append(_change(obj, "insert", values, _own_actor(values)))
    for obj in session.dirty:
        if isinstance(obj, AuditEntry):
            raise RuntimeError("audit entries are never changed")
        if session.is_modified(obj):
            changed = _changed(obj)
            if changed:
                news = {k: new for k, (_old, new) in changed.items()}
                found.append(_change(obj, "update", changed, _own_actor(news)))
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise RuntimeError("audit entries are never deleted")
        found.append(_change(obj, "delete", _values(obj), None))
    _pending(session).extend(found)


def _append(session: Session) -> None:
    if session.info.get(_READ_ONLY):
        return
    session.flush()  # the commit's own flush would come after this event; collect it first
    pending: list[Change] = session.info.pop(_PENDING, [])
    if not pending:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK_KEY})
    last = connection.execute(
        select(AUDIT_TABLE.c.seq, AUDIT_TABLE.c.hash).order_by(AUDIT_TABLE.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (last.seq, last.hash) if last is not None else (0, GENESIS_HASH)
    session_actor = acting_user(session)
    default_actor = next((c.actor for c in pending if c.actor), SYSTEM_ACTOR)
    at = datetime.now(UTC)
    rows = []
    for change in pending:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "at": at,
            "actor": session_actor or change.actor or default_actor,
            "table_name": change.table,
            "row_id": change.row_id,
            "action": change.action,
            "changes": canonical(change.changes),
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(row, prev)
        rows.append(row)
    connection.execute(insert(AUDIT_TABLE), rows)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # a rolled-back change is not recorded
        session.info.pop(_PENDING, None)
        session.info.pop(_ACTOR, None)


# --- rows ------------------------------------------------------------------------------------


def _pending(session: Session) -> list[Change]:
    found: list[Change] = session.info.setdefault(_PENDING, [])
    return found


def _change(obj: Any, action: str, changes: dict[str, Any], actor: str | None) -> Change:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    table = state.mapper.persist_selectable.name
    return Change(table, _row_id(identity), action, _redacted(changes), actor)


def _redacted(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes with every secret column's value (or old and new values) replaced."""
    for name in SECRET_COLUMNS & changes.keys():
        value = changes[name]
        changes[name] = [REDACTED, REDACTED] if isinstance(value, tuple) else REDACTED
    return changes


def _row_id(parts: Iterable[Any]) -> str:
    return "/".join(str(p) for p in parts)


def _values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values = {}
    for prop in state.mapper.column_attrs:
        value = state.attrs[prop.key].loaded_value
        values[prop.columns[0].name] = None if value is LoaderCallableStatus.NO_VALUE else value
    return values


def _changed(obj: Any) -> dict[str, tuple[Any, Any]]:
    """Old and new values of the columns this flush changed (old None if it was never loaded)."""
    state = inspect(obj)
    out = {}
    for prop in state.mapper.column_attrs:
        history = state.attrs[prop.key].history
        if history.added:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0]
            if old != new or not history.deleted:
                out[prop.columns[0].name] = (old, new)
    return out


def _own_actor(values: Mapping[str, Any]) -> str | None:
    """Who a row (or the columns a change sets) says acted: ``actor``, else a ``*_by`` column
    such as ``declared_by`` or ``done_by``, else ``changed_by``."""
    names = ["actor", *(k for k in values if k.endswith("_by") and k != "changed_by")]
    names.append("changed_by")
    for name in names:
        value = values.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be recorded in the audit trail")
