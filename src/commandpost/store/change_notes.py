"""What a write transaction changed, noted as it goes and announced to every desktop on commit.

Each write session notes the tables it touched and, where a row belongs to an incident, the
incident's id: ORM objects after each flush, and INSERT/UPDATE/DELETE statements run through
``Session.execute``. On PostgreSQL :func:`announce` sends the note with ``pg_notify`` just before
the commit: a notification sent inside a transaction is delivered only when it commits, and is
dropped when it rolls back, so a desktop hears of exactly the changes that happened.

The payload is compact JSON: ``{"t": [tables], "i": [incident ids]}``, with ``"i": null`` when
some row's incident is not known (every incident may have changed), or ``{"all": true}`` when
the note would not fit in a notification (PostgreSQL's limit is 8000 bytes).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.orm import ORMExecuteState, Session

CHANNEL = "commandpost"
"""The one channel every desktop listens on."""

MAX_PAYLOAD_BYTES = 7900
"""Below PostgreSQL's 8000-byte limit on a notification's payload, with room to spare."""

_NOTE = "commandpost_changes"


@dataclass(frozen=True)
class Change:
    """What changed: ``tables`` touched and the ``incidents`` they belong to (None: unknown, any
    incident may have changed). ``everything`` asks for a full refresh (after a reconnect, when a
    note did not fit, or when the change cannot be told more precisely)."""

    tables: frozenset[str] = frozenset()
    incidents: frozenset[int] | None = frozenset()
    everything: bool = False


FULL_REFRESH = Change(incidents=None, everything=True)


@dataclass
class _Note:
    tables: set[str] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)
    any_incident: bool = False

    def add(self, table: str, incident: Any, known: bool) -> None:
        self.tables.add(table)
        if isinstance(incident, int):
            self.incidents.add(incident)
        elif known:
            self.any_incident = True


def watch_writes(session: Session) -> None:
    """Start noting what ``session`` changes (called for write sessions only)."""
    session.info[_NOTE] = _Note()


def note_flush(session: Session, _context: Any) -> None:
    """``after_flush``: the session still lists what it flushed, and new rows have their ids."""
    note: _Note | None = session.info.get(_NOTE)
    if note is None:
        return
    for instance in (*session.new, *session.dirty, *session.deleted):
        state = inspect(instance)
        table = state.mapper.local_table
        name = getattr(table, "name", None)
        if name is None:
            continue
        if name == "incidents":
            note.add(name, state.dict.get("id"), True)
        else:
            note.add(name, state.dict.get("incident_id"), "incident_id" in table.c)


def note_statement(state: ORMExecuteState) -> None:
    """``do_orm_execute``: an INSERT, UPDATE or DELETE statement run through the session."""
    note: _Note | None = state.session.info.get(_NOTE)
    if note is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    name = getattr(table, "name", None)
    if table is None or name is None:
        note.add("?", None, True)
        return
    key = "id" if name == "incidents" else "incident_id"
    if key not in table.c:
        note.tables.add(name)
        return
    rows: Any = state.parameters
    listed: list[Mapping[str, Any]] = (
        list(rows) if isinstance(rows, (list, tuple)) else [rows] if rows else []
    )
    if not listed and state.is_insert:
        listed = [statement.compile().params]
    if not listed or state.is_update or state.is_delete:
        note.add(name, None, True)  # the rows it hits are not known here
        return
    for row in listed:
        note.add(name, row.get(key), True)


def payload(tables: set[str], incidents: set[int] | None) -> str:
    """The JSON payload for a change, or the "everything" one when it would not fit."""
    text_ = json.dumps(
        {"t": sorted(tables), "i": None if incidents is None else sorted(incidents)},
        separators=(",", ":"),
    )
    if len(text_.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        return '{"all":true}'
    return text_


def parse(text_: str) -> Change:
    """A payload back into a :class:`Change` (anything unreadable asks for a full refresh)."""
    try:
        data = json.loads(text_)
        if data.get("all"):
            return FULL_REFRESH
        ids = data["i"]
        return Change(
            frozenset(str(t) for t in data["t"]),
            None if ids is None else frozenset(int(i) for i in ids),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return FULL_REFRESH


def announce(session: Session) -> None:
    """Before commit: flush, and notify every listener of what the transaction changed."""
    note: _Note | None = session.info.get(_NOTE)
    if note is None:
        return
    session.flush()
    if not note.tables:
        return
    message = payload(note.tables, None if note.any_incident else note.incidents)
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": message}
    )
