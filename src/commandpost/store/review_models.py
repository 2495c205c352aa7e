"""Review tables: each revision of an incident's post-incident review (复盘), and the improvement
actions it decided on (see ``docs/reviews.md``). Kept apart from the incident tables to keep each
module small; ``incident_models.py`` imports this module, so ``Base.metadata`` always holds every
table.

A revision is a draft until a lead signs it off; a signed-off revision never changes again (a new
revision is a copy, and the old one becomes superseded). Improvement actions belong to the
incident, not to a revision: they stay tracked until done. Both carry ``row_version``
(optimistic locking): several people write a review at once. Every time is UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from commandpost.store.incident_models import KEY, PERSON
from commandpost.store.models import Base, Document, UTCDateTime


class StoredReview(Base):
    """One revision of an incident's review: the five written sections and, for a drill, its
    objectives and HSEEP ratings (``[{"subject", "rating", "observations"}]``)."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("incident_id", "revision", name="review_revision"),
        CheckConstraint("status IN ('draft', 'signed_off', 'superseded')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text)
    what_happened: Mapped[str] = mapped_column(Text)
    strengths: Mapped[str] = mapped_column(Text)
    shortcomings: Mapped[str] = mapped_column(Text)
    improvements: Mapped[str] = mapped_column(Text)
    objectives: Mapped[list[str]] = mapped_column(Document)
    ratings: Mapped[list[dict[str, Any]]] = mapped_column(Document)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(PERSON))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(PERSON))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_off_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)


class StoredAction(Base):
    """An improvement action (整改措施): what to do, which department owns it, by when; open
    until done, whatever revision the review is at. ``review_revision`` is the revision that
    added it; ``plan_id``/``plan_version`` the plan version it led to, once linked."""

    __tablename__ = "improvement_actions"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'done')", name="status_known"),
        Index("ix_improvement_actions_status_department", "status", "department"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    review_revision: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(String(KEY))
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("plans.id"), nullable=True)
    plan_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(PERSON))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(PERSON))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)
