"""The plan library: importing plan files as versions and moving versions through their life.

Shape: one method per user action, one write transaction each, returning plain frozen data (never
ORM objects), so the window, the command line and the tests share the same rules. Every status
step is recorded in ``plan_status_changes`` with who and when, in the same transaction.

A version's life: draft → in review → approved → retired (in review may go back to draft).
Approving a version retires the plan's previously approved one, so at most one is approved;
the database enforces that too. Approved, in-review and retired text never changes.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commandpost.access import Permission
from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP, Message, Moment
from commandpost.plan.durations import add_calendar_period
from commandpost.services.access import require
from commandpost.services.errors import NotFoundError, PlanLibraryError, TransitionError
from commandpost.services.plan_records import (
    IMPORTED,
    REPLACED,
    SUPERSEDED,
    ImportResult,
    PlanInfo,
    StatusChange,
    VersionDetail,
    VersionInfo,
)
from commandpost.store.engine import Database
from commandpost.store.models import PlanStatusChange, PlanVersion, StoredPlan

__all__ = ["NotFoundError", "PlanLibrary", "PlanLibraryError", "TransitionError"]
"""The library and its refusals (defined in ``services/errors.py``, offered here too)."""

if TYPE_CHECKING:  # the plan model costs pydantic's import; listing plans does not need it
    from commandpost.plan.loader import LoadedPlan


class PlanLibrary:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def close(self) -> None:
        """Release the database connections (the window calls this when it closes)."""
        self._db.dispose()

    @property
    def database(self) -> Database:
        """The database the library works in, for services that share it."""
        return self._db

    # --- reading -------------------------------------------------------------------------

    def list_plans(self) -> list[PlanInfo]:
        with self._db.read() as session:
            rows = session.scalars(
                select(StoredPlan)
                .options(selectinload(StoredPlan.versions))
                .order_by(StoredPlan.id)
            ).all()
            return [PlanInfo(p.id, tuple(_info(v) for v in p.versions)) for p in rows if p.versions]

    def get(self, plan_id: str, version: int | None = None) -> VersionDetail:
        """A version with its plan and history; by default the approved one, else the newest."""
        from commandpost.plan.model import Plan

        with self._db.read() as session:
            row = _find(session, plan_id, version)
            return VersionDetail(
                _info(row),
                Plan.from_document(row.document),
                row.source_text,
                tuple(
                    StatusChange(c.from_status, c.to_status, c.actor, c.at, c.note)
                    for c in row.changes
                ),
            )

    def is_empty(self) -> bool:
        with self._db.read() as session:
            return session.scalar(select(StoredPlan.id).limit(1)) is None

    # --- changing ------------------------------------------------------------------------

    def import_plan(self, loaded: LoadedPlan, actor: str) -> ImportResult:
        plan = loaded.plan
        document = plan.to_document()
        digest = _digest(document)
        now = self._clock()
        with self._db.write() as session:
            _require(session, actor, QT_TRANSLATE_NOOP("CorePlans", "import plans"))
            stored = session.get(StoredPlan, plan.id)
            if stored is None:
                stored = StoredPlan(id=plan.id, created_at=now)
                session.add(stored)
            existing = session.scalar(
                select(PlanVersion).where(
                    PlanVersion.plan_id == plan.id, PlanVersion.version == plan.version
                )
            )
            if existing is not None and existing.content_hash == digest:
                return ImportResult(plan.id, plan.version, "unchanged")
            if existing is not None and existing.status != "draft":
                taken = session.scalars(
                    select(PlanVersion.version).where(PlanVersion.plan_id == plan.id)
                ).all()
                raise TransitionError(
                    QT_TRANSLATE_NOOP(
                        "CorePlans",
                        "{file}: version {version} of plan {plan!r} is {status} and its text "
                        "cannot change; give the file version {next} and import it again as a "
                        "new draft",
                    ).format(
                        file=loaded.name,
                        version=plan.version,
                        plan=plan.id,
                        status=STATUS_WORDS[existing.status],
                        next=max(taken) + 1,
                    )
                )
            fields = {
                "title_zh": plan.title.zh,
                "title_en": plan.title.en,
                "document": document,
                "source_text": loaded.text,
                "source_name": loaded.name,
                "content_hash": digest,
                "imported_at": now,
                "imported_by": actor,
            }
            if existing is not None:
                for name, value in fields.items():
                    setattr(existing, name, value)
                session.add(_change(existing, "draft", "draft", actor, now, str(REPLACED)))
                return ImportResult(plan.id, plan.version, "replaced")
            row = PlanVersion(plan_id=plan.id, version=plan.version, status="draft", **fields)
            session.add(row)
            imported = IMPORTED.format(name=loaded.name)
            session.add(_change(row, None, "draft", actor, now, str(imported)))
            return ImportResult(plan.id, plan.version, "created")

    def submit(
        self, plan_id: str, version: int, actor: str, note: str | None = None
    ) -> VersionInfo:
        return self._move(plan_id, version, actor, note, "in_review", allowed_from=("draft",))

    def return_to_draft(
        self, plan_id: str, version: int, actor: str, note: str | None = None
    ) -> VersionInfo:
        return self._move(plan_id, version, actor, note, "draft", allowed_from=("in_review",))

    def retire(
        self, plan_id: str, version: int, actor: str, note: str | None = None
    ) -> VersionInfo:
        return self._move(
            plan_id,
            version,
            actor,
            note,
            "retired",
            allowed_from=("draft", "in_review", "approved"),
        )

    def approve(
        self, plan_id: str, version: int, actor: str, note: str | None = None
    ) -> VersionInfo:
        """Approve a version (a draft passes through review); the approved one before it retires."""
        from commandpost.plan.model import Plan

        now = self._clock()
        with self._db.write() as session:
            _require(session, actor, QT_TRANSLATE_NOOP("CorePlans", "approve plans"))
            row = _find(session, plan_id, version, lock=True)
            if row.status not in ("draft", "in_review"):
                raise TransitionError(_refusal(session, row, "approved", now))
            if row.status == "draft":
                session.add(_change(row, "draft", "in_review", actor, now, note))
                row.status = "in_review"
            previous = session.scalar(
                select(PlanVersion).where(
                    PlanVersion.plan_id == plan_id, PlanVersion.status == "approved"
                )
            )
            if previous is not None:
                previous.status = "retired"
                session.add(
                    _change(
                        previous,
                        "approved",
                        "retired",
                        actor,
                        now,
                        str(SUPERSEDED.format(version=version)),
                    )
                )
                session.flush()  # the one-approved index must see the old one retired first
            plan = Plan.from_document(row.document)
            row.status = "approved"
            row.approved_at = now
            row.approved_by = actor
            row.review_due_at = add_calendar_period(now, plan.review.every)
            session.add(_change(row, "in_review", "approved", actor, now, note))
            session.flush()
            return _info(row)

    def _move(
        self,
        plan_id: str,
        version: int,
        actor: str,
        note: str | None,
        target: str,
        allowed_from: tuple[str, ...],
    ) -> VersionInfo:
        now = self._clock()
        with self._db.write() as session:
            _require(session, actor, _MOVE_WORDS[target])
            row = _find(session, plan_id, version, lock=True)
            if row.status not in allowed_from:
                raise TransitionError(_refusal(session, row, target, now))
            session.add(_change(row, row.status, target, actor, now, note))
            row.status = target
            session.flush()
            return _info(row)


_MOVE_WORDS = {
    "in_review": QT_TRANSLATE_NOOP("CorePlans", "submit plans for review"),
    "draft": QT_TRANSLATE_NOOP("CorePlans", "return plans to draft"),
    "retired": QT_TRANSLATE_NOOP("CorePlans", "retire plans"),
}


def _require(session: Session, actor: str, action: Message) -> None:
    require(session, actor, Permission.MANAGE_PLANS, action=action)


STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("CorePlans", "a draft"),
    "in_review": QT_TRANSLATE_NOOP("CorePlans", "in review"),
    "approved": QT_TRANSLATE_NOOP("CorePlans", "approved"),
    "retired": QT_TRANSLATE_NOOP("CorePlans", "retired"),
}
"""A plan version's status as a sentence says what a version is ("it is a draft")."""


def _refusal(session: Session, row: PlanVersion, target: str, now: datetime) -> Message:
    """A move the version's status does not allow, saying who gave it that status and when
    (most often another desktop, a moment ago)."""
    from commandpost.services.conflicts import PLAN_STATES

    name = QT_TRANSLATE_NOOP("CorePlans", "version {version} of plan {plan!r}").format(
        version=row.version, plan=row.plan_id
    )
    last = session.scalar(
        select(PlanStatusChange)
        .where(PlanStatusChange.plan_version_id == row.id)
        .order_by(PlanStatusChange.at.desc(), PlanStatusChange.id.desc())
        .limit(1)
    )
    if last is None or last.to_status != row.status:
        return QT_TRANSLATE_NOOP(
            "CorePlans", "{name} is {status}; it cannot become {target}"
        ).format(name=name, status=STATUS_WORDS[row.status], target=STATUS_WORDS[target])
    done = (
        QT_TRANSLATE_NOOP("CorePlans", "imported")
        if last.from_status is None
        else PLAN_STATES[row.status]
    )
    by = QT_TRANSLATE_NOOP("CorePlans", "{done} by {actor} at {at}").format(
        done=done, actor=last.actor, at=Moment(last.at, now)
    )
    if row.status == target:
        return QT_TRANSLATE_NOOP(
            "CorePlans", "{name} was already {by}; your change was not saved"
        ).format(name=name, by=by)
    return QT_TRANSLATE_NOOP(
        "CorePlans", "{name} was {by}, so it cannot be {target}; your change was not saved"
    ).format(name=name, by=by, target=PLAN_STATES[target])


def _find(session: Session, plan_id: str, version: int | None, lock: bool = False) -> PlanVersion:
    """The version (the approved one, else the newest, when ``version`` is None); ``lock``: a
    named version locked until commit, so that of two desktops moving it at once the second
    sees the first's move."""
    query = select(PlanVersion).where(PlanVersion.plan_id == plan_id)
    if version is not None:
        found = query.where(PlanVersion.version == version)
        row = session.scalar(found.with_for_update() if lock else found)
        if row is None:
            known = session.scalars(query.with_only_columns(PlanVersion.version)).all()
            if not known:
                raise NotFoundError(_no_plan(plan_id))
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "CorePlans", "plan {plan!r} has no version {version}; it has {versions}"
                ).format(plan=plan_id, version=version, versions=[str(v) for v in sorted(known)])
            )
        return row
    rows = session.scalars(query.order_by(PlanVersion.version)).all()
    if not rows:
        raise NotFoundError(_no_plan(plan_id))
    return next((r for r in rows if r.status == "approved"), rows[-1])


def _no_plan(plan_id: str) -> Message:
    return QT_TRANSLATE_NOOP("CorePlans", "there is no plan {plan!r} in the library").format(
        plan=plan_id
    )


def _change(
    row: PlanVersion, old: str | None, new: str, actor: str, at: datetime, note: str | None
) -> PlanStatusChange:
    return PlanStatusChange(
        plan_version=row, from_status=old, to_status=new, actor=actor, at=at, note=note
    )


def _info(row: PlanVersion) -> VersionInfo:
    return VersionInfo(
        plan_id=row.plan_id,
        version=row.version,
        status=row.status,
        title_zh=row.title_zh,
        title_en=row.title_en,
        source_name=row.source_name,
        imported_at=row.imported_at,
        imported_by=row.imported_by,
        approved_at=row.approved_at,
        approved_by=row.approved_by,
        review_due_at=row.review_due_at,
    )


def _digest(document: dict[str, object]) -> str:
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
