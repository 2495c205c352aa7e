"""The audit trail's table: one row per inserted, updated or deleted row, chained by hashes.

Rows are only ever appended (see :mod:`commandpost.store.audit`); nothing in CommandPost updates
or deletes them, and ``commandpost audit verify`` finds any row that was.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commandpost.store.models import Base, UTCDateTime

AUDIT_ACTIONS = ("insert", "update", "delete")


class AuditEntry(Base):
    """One change to one row: who, when, which row, what (as JSON) and the chain's two hashes."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
        Index("ix_audit_log_table_row", "table_name", "row_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(8))
    changes: Mapped[str] = mapped_column(Text)
    """Canonical JSON: the row's values (insert, delete) or ``[old, new]`` per changed column."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
