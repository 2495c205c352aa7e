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

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import SYSTEM_NAME, Identity, Permission, Role
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


_ACTIONS: dict[Permission, str] = {
    Permission.MANAGE_PLANS: "change the plan library",
    Permission.MANAGE_USERS: "manage users",
    Permission.MANAGE_DRILLS: "schedule or cancel drills",
    Permission.EXPORT: "export reports",
    Permission.VIEW_AUDIT: "read the audit trail",
    Permission.COMMAND: "direct an incident",
    Permission.REVIEW: "write a review",
    Permission.WORK_TASKS: "work a task",
    Permission.REPORT: "report for a department",
    Permission.ACKNOWLEDGE: "acknowledge an alert",
}
"""The default words for each permission; callers name the precise action where they can."""

ROLE_WORDS: dict[Role, str] = {
    Role.ADMIN: "admin",
    Role.COMMAND_LEAD: "command lead",
    Role.LIAISON: "department liaison",
    Role.OBSERVER: "observer",
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
            raise PermissionDeniedError("nobody is signed in; sign in first")
        raise PermissionDeniedError(f"there is no user {actor.strip()!r}; sign in as a user")
    if row.disabled:
        raise PermissionDeniedError(f"the user {row.username} is disabled")
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
    action: str | None = None,
) -> None:
    """Refuse unless ``actor`` may do ``permission`` (for ``departments``, if departmental).

    Call it inside the write transaction, before changing anything. ``action`` names what is
    being done for the refusal ("tick a task"); the permission's own words are used otherwise.
    The actor is also named to the audit trail for this transaction.
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
    raise PermissionDeniedError(_refusal(identity, permission, wanted, action))


def check(
    db: Database,
    actor: str,
    permission: Permission,
    departments: Iterable[str] | None = None,
    action: str | None = None,
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
    identity: Identity, permission: Permission, departments: list[str] | None, action: str | None
) -> str:
    roles = ", ".join(ROLE_WORDS[r] for r in sorted(identity.roles, key=list(Role).index))
    if Role.LIAISON in identity.roles and identity.departments:
        roles = roles.replace(
            ROLE_WORDS[Role.LIAISON],
            f"{ROLE_WORDS[Role.LIAISON]}: {', '.join(sorted(identity.departments))}",
        )
    who = f"{identity.username} ({roles or 'no role'})"
    what = action or _ACTIONS[permission]
    if departments:
        return f"{who} may not {what} of {', '.join(departments)}"
    return f"{who} may not {what}"
