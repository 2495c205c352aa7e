"""Reading the audit trail: verify its hash chain, list its entries, export them as CSV.

Verification walks the entries in sequence order and stops at the first broken link: a sequence
number missing (an entry deleted), an entry whose hash is not the hash of its content and of the
previous hash (an entry edited, or its hash), or an entry whose previous hash is not the hash of
the entry before it (an entry edited and hashed again).

Listing and exporting the entries show who did what: they need ``Permission.VIEW_AUDIT`` (the
acting user is a keyword parameter; none given passes only on a database without users).
Verifying shows no content and changes nothing: anyone may run it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Select, select

from commandpost.access import Permission
from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.services.access import require
from commandpost.store.audit import GENESIS_HASH, entry_hash
from commandpost.store.audit_models import AuditEntry
from commandpost.store.engine import Database

Problem = Literal["content changed", "row missing", "previous-hash mismatch"]
_PAGE = 2000
CSV_COLUMNS = ("seq", "at", "actor", "table", "row_id", "action", "changes", "prev_hash", "hash")


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry as stored; ``changes`` parsed from its JSON."""

    seq: int
    at: datetime
    actor: str
    table: str
    row_id: str
    action: str
    changes: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class BrokenLink:
    """Where the chain breaks: the sequence number, the entry found there (for a missing one,
    the entry that follows the gap) and what is wrong."""

    seq: int
    table: str
    row_id: str
    problem: Problem
    detail: str


@dataclass(frozen=True)
class Verification:
    """The chain's state: how many entries were checked and the first broken link, if any."""

    checked: int
    last_seq: int
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


class AuditService:
    """The audit trail of one database, read only."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def close(self) -> None:
        self._db.dispose()

    def verify(self) -> Verification:
        checked, seq, prev = 0, 0, GENESIS_HASH
        for row in self._walk():
            broken = _check(row, seq + 1, prev)
            if broken is not None:
                return Verification(checked, seq, broken)
            checked, seq, prev = checked + 1, row.seq, row.hash
        return Verification(checked, seq, None)

    def entries(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        table: str | None = None,
        limit: int | None = None,
        *,
        actor: str = "",
    ) -> list[AuditRecord]:
        """Entries in sequence order; with a limit, the newest ``limit`` of them."""
        query = _filtered(since, until, table)
        if limit is not None:
            query = query.order_by(AuditEntry.seq.desc()).limit(limit)
        with self._db.read() as session:
            require(
                session,
                actor,
                Permission.VIEW_AUDIT,
                action=QT_TRANSLATE_NOOP("CoreAccess", "read the audit trail"),
            )
            rows = [_record(r) for r in session.scalars(query)]
        return sorted(rows, key=lambda r: r.seq)

    def export(
        self,
        path: Path,
        since: datetime | None = None,
        until: datetime | None = None,
        *,
        actor: str = "",
    ) -> int:
        """Write the entries to a CSV file (UTF-8 with a BOM, for spreadsheets); their count."""
        with self._db.read() as session:
            require(
                session,
                actor,
                Permission.VIEW_AUDIT,
                action=QT_TRANSLATE_NOOP("CoreAccess", "export the audit trail"),
            )
        count = 0
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(CSV_COLUMNS)
            for r in self._walk(_filtered(since, until, None)):
                row = (r.seq, r.at.isoformat(), r.actor, r.table_name, r.row_id, r.action)
                writer.writerow((*row, r.changes, r.prev_hash, r.hash))
                count += 1
        return count

    def _walk(self, query: Select[AuditEntry] | None = None) -> Iterator[AuditEntry]:
        """Every entry in sequence order, read a page at a time (each page its own snapshot;
        entries are only appended, so the pages join up)."""
        base = select(AuditEntry) if query is None else query
        after = 0
        while True:
            with self._db.read() as session:
                page = list(
                    session.scalars(
                        base.where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(_PAGE)
                    )
                )
                session.expunge_all()
            yield from page
            if len(page) < _PAGE:
                return
            after = page[-1].seq


def _filtered(
    since: datetime | None, until: datetime | None, table: str | None
) -> Select[AuditEntry]:
    query = select(AuditEntry)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    return query


def _check(row: AuditEntry, expected: int, prev: str) -> BrokenLink | None:
    def broken(problem: Problem, detail: str, seq: int = row.seq) -> BrokenLink:
        return BrokenLink(seq, row.table_name, row.row_id, problem, detail)

    if row.seq != expected:
        missing = f"{expected}" if row.seq == expected + 1 else f"{expected}–{row.seq - 1}"
        return broken(
            "row missing", f"entries {missing} are gone; the next one is {row.seq}", expected
        )
    stored = {c.name: getattr(row, c.key) for c in AuditEntry.__table__.columns}
    if entry_hash(stored, row.prev_hash) != row.hash:
        return broken("content changed", "its hash is not the hash of what it holds")
    if row.prev_hash != prev:
        return broken(
            "previous-hash mismatch", "its previous hash is not the hash of the entry before it"
        )
    return None


def _record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(
        row.seq,
        row.at,
        row.actor,
        row.table_name,
        row.row_id,
        row.action,
        json.loads(row.changes),
        row.prev_hash,
        row.hash,
    )
