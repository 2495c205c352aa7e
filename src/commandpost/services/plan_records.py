"""The plan library's answers as plain frozen data: what the window, the command line and the
snapshot of the plan list hold. Kept apart from the service so that holding them costs no
database import.

The notes CommandPost itself writes into a version's history ("imported from …", "shipped with
CommandPost") are stored as English words, as every note is; :attr:`StatusChange.said` reads
them back as translatable messages, so the window and a Chinese binder show them in Chinese —
old databases included — while a person's own note is shown as they wrote it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from commandpost.messages import QT_TRANSLATE_NOOP, Message, plain, recognise

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

    @property
    def said(self) -> Message | None:
        """The note as a message: CommandPost's own notes translatable, a person's as written."""
        if not self.note:
            return None
        return recognise(self.note, HISTORY_NOTES) or plain(self.note)


SHIPPED = QT_TRANSLATE_NOOP("CoreNotes", "shipped with CommandPost")
IMPORTED = QT_TRANSLATE_NOOP("CoreNotes", "imported from {name}")
REPLACED = QT_TRANSLATE_NOOP("CoreNotes", "text replaced")
SUPERSEDED = QT_TRANSLATE_NOOP("CoreNotes", "superseded by version {version}")
HISTORY_NOTES = (SHIPPED, IMPORTED, REPLACED, SUPERSEDED)
"""The notes CommandPost writes into a plan version's history (stored as their English words)."""


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
