"""Re-reading a command board from the one read before: which parts changed, and which timeline
entries are new.

Every desktop re-reads the board of an incident at every change to it, and a change touches one
or two parts (a tick: the tasks and the timeline). One query reads the *marks* of the parts —
row versions and counts that every change to a part moves — and only the parts whose marks
moved are read again (``Reads.board``). The timeline is read by what is new: entries are never
changed or removed, so the entries numbered above the newest known one are read, and a count of
the entries ranking above the oldest shown one tells whether any other arrived (a transaction
that took its number earlier and committed later): then the newest entries are read whole. That
count covers the entries shown, not the incident's whole timeline, so its cost does not grow
with the timeline.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, func, select, true, tuple_

from commandpost.services.incident_records import EventInfo
from commandpost.services.incident_rows import read_events
from commandpost.store.incident_models import (
    Incident,
    IncidentEvent,
    IncidentTask,
    StoredFigure,
    StoredPhasePeriod,
    StoredReport,
)
from commandpost.store.models import UTCDateTime

_INCIDENT = bindparam("incident_id", type_=Integer)
E = IncidentEvent


def _counts(*columns: Any, where: Any) -> Any:
    return select(*columns).where(where).subquery()


_TASKS = _counts(
    func.count().label("n"),
    func.coalesce(func.sum(IncidentTask.row_version), 0).label("versions"),
    where=IncidentTask.incident_id == _INCIDENT,
)
_PHASES = _counts(
    func.count().label("n"),
    func.count(StoredPhasePeriod.ended_at).label("ended"),
    where=StoredPhasePeriod.incident_id == _INCIDENT,
)
_REPORTS = _counts(
    func.count().label("n"),
    func.count(StoredReport.acknowledged_at).label("acknowledged"),
    where=StoredReport.incident_id == _INCIDENT,
)
_FIGURES = _counts(func.count().label("n"), where=StoredFigure.incident_id == _INCIDENT)
_MARKS = (
    select(
        Incident.row_version,
        _TASKS.c.n,
        _TASKS.c.versions,
        _PHASES.c.n,
        _PHASES.c.ended,
        _REPORTS.c.n,
        _REPORTS.c.acknowledged,
        _FIGURES.c.n,
    )
    .select_from(Incident.__table__)
    .join(_TASKS, true())
    .join(_PHASES, true())
    .join(_REPORTS, true())
    .join(_FIGURES, true())
    .where(Incident.id == _INCIDENT)
)
MARKED_PARTS = {
    "incident": slice(0, 1),
    "tasks": slice(1, 3),
    "phases": slice(3, 5),
    "reports": slice(5, 7),
    "figures": slice(7, 8),
}
"""Which of the marks tell whether each part of a board changed."""


def read_marks(connection: Connection, incident_id: int) -> tuple[int, ...] | None:
    """The marks of an incident's board, in one round trip (None: no such incident): the
    incident's row version; its tasks' count and the sum of their row versions; how many phase
    periods it has and how many have ended; how many progress reports and how many are
    acknowledged; how many figures.

    A part whose marks are the same has not changed, because every change to these rows moves
    them: incidents and tasks are changed only through the ORM, which raises their row version;
    tasks and figures are never removed; a phase period ends, and a report is acknowledged, once.
    A way of changing these rows that moves none of these breaks that, and the board's tests
    (boards re-read from the one before against boards read whole) say so.
    """
    row = connection.execute(_MARKS, {"incident_id": incident_id}).one_or_none()
    return None if row is None else tuple(int(value) for value in row)


_ABOVE = (
    select(func.count().label("n"))
    .where(
        E.incident_id == _INCIDENT,
        tuple_(E.at, E.id)
        > tuple_(
            bindparam("oldest_at", type_=UTCDateTime()), bindparam("oldest_id", type_=Integer)
        ),
    )
    .subquery()
)
_NEWER = (
    select(_ABOVE.c.n, E.id, E.at, E.actor, E.kind, E.task_id, E.data)
    .select_from(
        _ABOVE.outerjoin(
            E, (E.incident_id == _INCIDENT) & (E.id > bindparam("newest_id", type_=Integer))
        )
    )
    .order_by(E.at.desc(), E.id.desc())
    .limit(bindparam("limit", type_=Integer))
)
"""How many entries rank above the oldest one shown, and the entries numbered above the newest
one shown (a row of nulls beside the count when there are none), in one round trip."""

_BEFORE_ALL = datetime(1, 1, 2, tzinfo=UTC)
"""Ranks below every timeline entry."""


def read_newest_events(
    connection: Connection, incident_id: int, limit: int, known: tuple[EventInfo, ...]
) -> tuple[EventInfo, ...]:
    """The newest ``limit`` timeline entries, newest first (by time, then number).

    ``known``: the newest entries read before with this same limit (None: none). When the
    entries numbered above them are all the entries that now rank above the oldest of them
    (besides the known ones), they are merged in; otherwise the newest entries are read whole.
    When fewer than ``limit`` were known, they were all the incident had, and all are counted.
    """
    if limit <= 0:
        return ()
    if not known:
        return read_events(connection, incident_id, limit)
    full = len(known) >= limit
    oldest = known[-1] if full else None
    rows = connection.execute(
        _NEWER,
        {
            "incident_id": incident_id,
            "oldest_at": oldest.at if oldest is not None else _BEFORE_ALL,
            "oldest_id": oldest.id if oldest is not None else 0,
            "newest_id": max(e.id for e in known),
            "limit": limit,
        },
    ).all()
    found = [
        EventInfo(id_, at, actor, kind, task, dict(data))
        for _n, id_, at, actor, kind, task, data in rows
        if id_ is not None
    ]
    above = int(rows[0][0]) if rows else 0
    kept = len(known) - 1 if full else len(known)
    new_above = sum(1 for e in found if oldest is None or (e.at, e.id) > (oldest.at, oldest.id))
    if len(found) >= limit or above != kept + new_above:
        return read_events(connection, incident_id, limit)
    merged = sorted((*found, *known), key=lambda e: (e.at, e.id), reverse=True)
    return tuple(merged[:limit])
