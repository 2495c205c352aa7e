"""The permission check every service runs before it changes anything.

Shape: each changing service method calls :func:`require` inside its own write transaction,
before it changes a row, with the acting user's name as the window or the command line passed it.
The check reads the user from the same transaction, so a user disabled or stripped of a role a
moment ago is refused at their very next action, whatever their window still shows. The rules
themselves are pure (``commandpost.access``); this module only finds the user they apply to.

Three cases pass without a user row: the application itself (``SYSTEM_NAME``: reminders,
escalations, the shipped plans); and every actor on an *open* database, one that has no users at
all yet: a new install, where anyone at the machine could create the first admin anyway.

``require`` also names the actor for the audit trail (``store.audit.act_as``), so every entry the
transaction appends names the person the permission was checked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import SYSTEM_NAME, Identity, Permission, Role
from commandpost.messages import QT_TRANSLATE_NOOP, Both, Message
from commandpost.services.errors import PlanLibraryError
from commandpost.store import audit
from commandpost.store.engine import Database
from commandpost.store.user_models import StoredUser

__all__ = [
    "PermissionDeniedError",
    "allowed",
    "check",
    "identity_of",
    "require",
    "username_key",
]


class PermissionDeniedError(PlanLibraryError):
    """The acting user may not do this; the message names them, the action and the department."""


_ACTIONS: dict[Permission, Message] = {
    Permission.MANAGE_PLANS: QT_TRANSLATE_NOOP("CoreAccess", "change the plan library"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("CoreAccess", "manage users"),
    Permission.MANAGE_DRILLS: QT_TRANSLATE_NOOP("CoreAccess", "schedule or cancel drills"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("CoreAccess", "export reports"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("CoreAccess", "read the audit trail"),
    Permission.COMMAND: QT_TRANSLATE_NOOP("CoreAccess", "direct an incident"),
    Permission.REVIEW: QT_TRANSLATE_NOOP("CoreAccess", "write a review"),
    Permission.WORK_TASKS: QT_TRANSLATE_NOOP("CoreAccess", "work a task"),
    Permission.REPORT: QT_TRANSLATE_NOOP("CoreAccess", "report for a department"),
    Permission.ACKNOWLEDGE: QT_TRANSLATE_NOOP("CoreAccess", "acknowledge an alert"),
}
"""The default words for each permission; callers name the precise action where they can."""

ROLE_WORDS: dict[Role, Message] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("CoreAccess", "admin"),
    Role.COMMAND_LEAD: QT_TRANSLATE_NOOP("CoreAccess", "command lead"),
    Role.LIAISON: QT_TRANSLATE_NOOP("CoreAccess", "department liaison"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("CoreAccess", "observer"),
}
"""Each role as a sentence names it."""


def username_key(username: str) -> str:
    """The form user names are compared in: stripped, lower case."""
    return username.strip().casefold()


def identity_of(session: Session, actor: str) -> Identity | None:
    """Who ``actor`` is, as the rules see them; None on an open database (no users at all).

    The application itself (``SYSTEM_NAME``) is :meth:`Identity.system`. On a database with
    users, an actor who is not a user, or whose account is disabled, is refused with
    :class:`PermissionDeniedError`.
    """
    if actor == SYSTEM_NAME:
        return Identity.system()
    row = session.scalar(select(StoredUser).where(StoredUser.username_key == username_key(actor)))
    if row is None:
        if session.scalar(select(StoredUser.id).limit(1)) is None:
            return None
        if not actor.strip():
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("CoreAccess", "nobody is signed in; sign in first")
            )
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("CoreAccess", "there is no user {user!r}; sign in as a user").format(
                user=actor.strip()
            )
        )
    if row.disabled:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("CoreAccess", "the user {user} is disabled").format(user=row.username)
        )
    return stored_identity(row)


def stored_identity(row: StoredUser) -> Identity:
    """The rules' view of a stored user."""
    return Identity(
        row.username,
        frozenset(Role(r) for r in row.roles),
        frozenset(row.departments),
        row.display_name,
    )


def require(
    session: Session,
    actor: str,
    permission: Permission,
    departments: Iterable[str] | None = None,
    action: Message | None = None,
    names: Callable[[str], Both | str] | None = None,
) -> None:
    """Refuse unless ``actor`` may do ``permission`` (for ``departments``, if departmental).

    Call it inside the write transaction, before changing anything. ``action`` names what is
    being done for the refusal ("tick a task"); the permission's own words are used otherwise.
    ``names`` gives a department key's name in the plan at hand, for a refusal in Chinese (it is
    asked only when refusing). The actor is also named to the audit trail for this transaction.
    """
    audit.act_as(session, actor)
    if isinstance(departments, str):  # one department, not its characters
        departments = [departments]
    wanted = None if departments is None else sorted(set(departments))
    identity = identity_of(session, actor)
    if identity is None:
        return
    audit.act_as(session, identity.username)  # as stored, whatever case it was typed in
    if identity.may(permission, wanted):
        return
    raise PermissionDeniedError(_refusal(identity, permission, wanted, action, names))


def check(
    db: Database,
    actor: str,
    permission: Permission,
    departments: Iterable[str] | None = None,
    action: Message | None = None,
) -> None:
    """:func:`require` in a read transaction of its own, for work that writes no rows (a PDF
    export): refused before any of it is done."""
    with db.read() as session:
        require(session, actor, permission, departments, action)


def allowed(
    session: Session, actor: str, permission: Permission, departments: Iterable[str] | None = None
) -> bool:
    """Whether ``actor`` may do ``permission`` now (False for an unknown or disabled user), for a
    read that offers more to those who may change things; changes call :func:`require`."""
    try:
        identity = identity_of(session, actor)
    except PermissionDeniedError:
        return False
    return identity is None or identity.may(permission, departments)


def _refusal(
    identity: Identity,
    permission: Permission,
    departments: list[str] | None,
    action: Message | None,
    names: Callable[[str], Both | str] | None = None,
) -> Message:
    def named(keys: Iterable[str]) -> list[Both | str]:
        return [names(k) if names is not None else k for k in keys]

    roles: list[Message] = []
    for role in sorted(identity.roles, key=list(Role).index):
        if role is Role.LIAISON and identity.departments:
            roles.append(
                QT_TRANSLATE_NOOP("CoreAccess", "{role}: {departments}").format(
                    role=ROLE_WORDS[role], departments=named(sorted(identity.departments))
                )
            )
        else:
            roles.append(ROLE_WORDS[role])
    who = QT_TRANSLATE_NOOP("CoreAccess", "{user} ({roles})").format(
        user=identity.username, roles=roles or QT_TRANSLATE_NOOP("CoreAccess", "no role")
    )
    what = action or _ACTIONS[permission]
    if departments:
        return QT_TRANSLATE_NOOP("CoreAccess", "{who} may not {what} of {departments}").format(
            who=who, what=what, departments=named(departments)
        )
    return QT_TRANSLATE_NOOP("CoreAccess", "{who} may not {what}").format(who=who, what=what)
