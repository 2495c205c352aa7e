"""Incident tables: warnings, incidents, their tasks, timeline, phase periods, progress reports and
situation figures (see ``docs/incidents.md``). Kept apart from ``models.py`` to keep each module
small; ``models.py`` imports this module, so ``Base.metadata`` always holds every table.

Every time is UTC. ``incidents`` and ``incident_tasks`` carry ``row_version`` (optimistic
locking): several desktops work one incident at once. The timeline is append-only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from commandpost.store.models import Base, Document, UTCDateTime

KEY = 64  # plan keys (departments, levels, phases, tasks, figures) are at most 64 characters
PERSON = 100  # user names, as in plan_status_changes.actor


class StoredWarning(Base):
    """A warning (预警) raised by hand or by a script, waiting for the command group to decide."""

    __tablename__ = "warnings"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'activated', 'dismissed')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    raised_by: Mapped[str] = mapped_column(String(PERSON))
    figures: Mapped[dict[str, Any]] = mapped_column(Document)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_drill: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    decision_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id"), nullable=True, index=True
    )


class Incident(Base):
    """An incident or drill, pinned to the approved plan version it was declared on."""

    __tablename__ = "incidents"
    __table_args__ = (CheckConstraint("status IN ('active', 'closed')", name="status_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(KEY))
    level: Mapped[str] = mapped_column(String(KEY))
    phase: Mapped[str] = mapped_column(String(KEY))
    is_drill: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16), index=True)
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime())
    declared_by: Mapped[str] = mapped_column(String(PERSON))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    close_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)


class IncidentTask(Base):
    """One checklist item of an incident: a copy of a plan task, or an ad-hoc one.

    ``due_within``/``due_from`` keep the plan's limit as written, so a due time can be computed
    again when its phase starts or the level brings the task back. ``seq`` is the plan's order.
    """

    __tablename__ = "incident_tasks"
    __table_args__ = (
        UniqueConstraint("incident_id", "key", name="incident_task_key"),
        CheckConstraint(
            "status IN ('open', 'done', 'not_applicable', 'retired')", name="status_known"
        ),
        CheckConstraint("due_from IN ('declaration', 'phase')", name="due_from_known"),
        Index("ix_incident_tasks_incident_department", "incident_id", "department"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    key: Mapped[str] = mapped_column(String(KEY))
    seq: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(KEY))
    phase: Mapped[str] = mapped_column(String(KEY))
    title_zh: Mapped[str] = mapped_column(Text)
    title_en: Mapped[str] = mapped_column(Text)
    detail_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    detail_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    due_within: Mapped[str | None] = mapped_column(String(32), nullable=True)
    due_from: Mapped[str | None] = mapped_column(String(16), nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # The plan's ``due.remind_before``, if it gives one (migration 0003)
    remind_before: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    assignee: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)
    ad_hoc: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(PERSON))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)


class IncidentEvent(Base):
    """One timeline entry: when it happened, who did it, what kind, and a small JSON payload.

    Append-only: rows are inserted by the action they record and never changed.
    """

    __tablename__ = "incident_events"
    __table_args__ = (Index("ix_incident_events_incident_at", "incident_id", "at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(PERSON))
    kind: Mapped[str] = mapped_column(String(32))
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident_tasks.id"), nullable=True, index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(Document)


class StoredPhasePeriod(Base):
    """When a phase of an incident started and ended, and who started it."""

    __tablename__ = "phase_periods"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    phase: Mapped[str] = mapped_column(String(KEY))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by: Mapped[str] = mapped_column(String(PERSON))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class StoredReport(Base):
    """A department's progress report (进展报告): done, doing, needs help; then acknowledged."""

    __tablename__ = "progress_reports"
    __table_args__ = (Index("ix_progress_reports_incident_sent", "incident_id", "sent_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    department: Mapped[str] = mapped_column(String(KEY))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_by: Mapped[str] = mapped_column(String(PERSON))
    done: Mapped[str] = mapped_column(Text)
    doing: Mapped[str] = mapped_column(Text)
    needs_help: Mapped[str] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)


class StoredFigure(Base):
    """One reading of a situation figure (态势数据) named by the plan."""

    __tablename__ = "figure_values"
    __table_args__ = (Index("ix_figure_values_incident_at", "incident_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"))
    key: Mapped[str] = mapped_column(String(KEY))
    value: Mapped[float] = mapped_column(Double)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(PERSON))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


# Last, as the alert and review tables take KEY and PERSON from here: whichever of the model
# modules is imported first, each finds what it needs already defined.
from commandpost.store import alert_models, review_models  # noqa: E402, F401
