"""The plan library's answers as plain frozen data: what the window, the command line and the
snapshot of the plan list hold. Kept apart from the service so that holding them costs no
database import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commandpost.plan.model import Plan


@dataclass(frozen=True, slots=True)
class VersionInfo:
    plan_id: str
    version: int
    status: str
    title_zh: str
    title_en: str
    source_name: str
    imported_at: datetime
    imported_by: str
    approved_at: datetime | None
    approved_by: str | None
    review_due_at: datetime | None

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def review_overdue(self, now: datetime) -> bool:
        return (
            self.status == "approved"
            and self.review_due_at is not None
            and now >= self.review_due_at
        )


@dataclass(frozen=True, slots=True)
class PlanInfo:
    plan_id: str
    versions: tuple[VersionInfo, ...]

    @property
    def approved(self) -> VersionInfo | None:
        return next((v for v in self.versions if v.status == "approved"), None)

    @property
    def current(self) -> VersionInfo:
        """The version people work from: the approved one, else the newest."""
        return self.approved or self.versions[-1]


@dataclass(frozen=True, slots=True)
class StatusChange:
    from_status: str | None
    to_status: str
    actor: str
    at: datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class VersionDetail:
    info: VersionInfo
    plan: Plan
    source_text: str
    history: tuple[StatusChange, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    plan_id: str
    version: int
    outcome: str  # "created", "replaced" (a draft's text) or "unchanged"
