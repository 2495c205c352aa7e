"""Finding and locking stored users for a change, and the refusals about them (no such user,
changed meanwhile, the last enabled admin). Kept apart from ``services/users.py`` (the actions)
so that the service reads as its actions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import Role
from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.access import username_key
from commandpost.services.errors import NotFoundError
from commandpost.services.incident_base import ChangedMeanwhileError
from commandpost.services.user_records import UserError
from commandpost.store.user_models import StoredUser


def find_user(session: Session, username: str, for_update: bool = False) -> StoredUser:
    query = select(StoredUser).where(StoredUser.username_key == username_key(username))
    row = session.scalar(query.with_for_update() if for_update else query)
    if row is None:
        raise NotFoundError(_nofind_user(username))
    return row


def all_for_change(session: Session) -> list[StoredUser]:
    """Every user, locked: the last-admin rule reads them all, and two admins disabling each
    other at once must take turns (the table is small)."""
    return list(session.scalars(select(StoredUser).order_by(StoredUser.id).with_for_update()))


def among(rows: list[StoredUser], username: str) -> StoredUser:
    key = username_key(username)
    for row in rows:
        if row.username_key == key:
            return row
    raise NotFoundError(_nofind_user(username))


def _nofind_user(username: str) -> Message:
    return QT_TRANSLATE_NOOP("CoreUsers", "there is no user {user!r}").format(user=username.strip())


def check_version(row: StoredUser, expected_version: int | None) -> None:
    if expected_version is not None and row.row_version != expected_version:
        raise ChangedMeanwhileError(
            QT_TRANSLATE_NOOP(
                "CoreUsers",
                "the user {user} was changed by {actor} at {at} since you last looked; "
                "look again and retry",
            ).format(user=row.username, actor=row.changed_by, at=row.changed_at)
        )


def keep_an_admin(rows: list[StoredUser], row: StoredUser, verb: Message) -> None:
    others = [r for r in rows if r is not row and not r.disabled and Role.ADMIN.value in r.roles]
    if not row.disabled and not others:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CoreUsers",
                "{user} is the last enabled admin; you cannot {verb} them: "
                "make another user an admin first",
            ).format(user=row.username, verb=verb)
        )
