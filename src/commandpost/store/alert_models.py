"""Alert and drill tables (see ``docs/alerts.md``). Kept apart from the incident tables to keep each
module small; ``models.py`` imports this module, so ``Base.metadata`` always holds every table.

``alerts`` records each reminder, due notice, overdue notice and escalation once: its ``key`` names
the moment it stands for (``task:12:escalation:1:<due time>``), and the unique index on it is what
makes two desktops firing the same moment record it once. Every time is UTC.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commandpost.store.incident_models import KEY, PERSON
from commandpost.store.models import Base, Document, UTCDateTime

ALERT_KINDS = (
    "reminder",
    "due",
    "overdue",
    "escalation",
    "report_due",
    "warning",
    "drill_reminder",
    "drill_start",
    "plan_review",
    "drill_overdue",
)
AUDIENCES = ("department", "department_head", "command_group", "admin")


class StoredAlert(Base):
    """One alert as recorded when its moment came: what, for whom, about which incident and task."""

    __tablename__ = "alerts"
    __table_args__ = (
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in ALERT_KINDS) + ")", name="kind_known"
        ),
        CheckConstraint(
            "audience IN (" + ", ".join(f"'{a}'" for a in AUDIENCES) + ")", name="audience_known"
        ),
        Index("ix_alerts_key", "key", unique=True),
        Index("ix_alerts_acknowledged_at", "acknowledged_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    audience: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id"), nullable=True, index=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident_tasks.id"), nullable=True, index=True
    )
    department: Mapped[str | None] = mapped_column(String(KEY), nullable=True)
    # What the alert is about, as the panel shows it: titles in both languages and small facts.
    data: Mapped[dict[str, Any]] = mapped_column(Document)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(PERSON), nullable=True)


class StoredDrill(Base):
    """A drill (演练) scheduled on a plan: when, what scenario, at which level, who takes part."""

    __tablename__ = "drills"
    __table_args__ = (CheckConstraint("status IN ('scheduled', 'cancelled')", name="status_known"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"), index=True)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    scenario: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(KEY))
    departments: Mapped[list[str]] = mapped_column(Document)
    remind_before: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(PERSON))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(PERSON))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)
