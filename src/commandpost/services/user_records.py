"""What the user service answers and refuses with, and the checks on what people type.

Kept apart from ``services/users.py`` (the actions) so the window can import the records and
refusals without the service. Every refusal is one plain sentence; sign-in refusals say the same
for an unknown user as for a wrong password, so the answer does not tell which names exist.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from commandpost.access import SYSTEM_NAME, Identity, Role
from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.access import username_key
from commandpost.services.plans import PlanLibraryError
from commandpost.store.audit import SYSTEM_ACTOR
from commandpost.store.user_models import USERNAME, StoredUser

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
MAX_FAILED_SIGN_INS = 5
"""Consecutive wrong passwords that lock an account."""
LOCK_MINUTES = 15
"""How long a locked account stays locked (an admin's password reset unlocks it at once)."""

RESERVED_NAMES = frozenset({username_key(SYSTEM_NAME), username_key(SYSTEM_ACTOR)})
"""Names no user may take: the application's own, as the records name it."""


class SignInError(PlanLibraryError):
    """Signing in refused."""

    def __init__(self, message: Message | None = None) -> None:
        super().__init__(message or QT_TRANSLATE_NOOP("CoreUsers", "wrong user name or password"))


class AccountLockedError(SignInError):
    """Too many wrong passwords in a row: the account is locked until ``until`` (UTC)."""

    def __init__(self, username: str, until: datetime) -> None:
        self.until = until
        super().__init__(
            QT_TRANSLATE_NOOP(
                "CoreUsers",
                "the account {user} is locked after {count} wrong passwords until {at}; "
                "an admin can unlock it by resetting the password",
            ).format(user=username, count=MAX_FAILED_SIGN_INS, at=until)
        )


class AccountDisabledError(SignInError):
    """The account exists but an admin disabled it."""

    def __init__(self, username: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "CoreUsers", "the user {user} is disabled; an admin can enable it again"
            ).format(user=username)
        )


class UserError(PlanLibraryError):
    """A user change refused for what was asked: the message says what to change."""


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the window and the command line show it (never the password hash).

    ``locked_until`` is set only while the account is locked."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    departments: frozenset[str]
    disabled: bool
    locked_until: datetime | None
    created_at: datetime
    version: int

    def identity(self) -> Identity:
        return Identity(self.username, self.roles, self.departments, self.display_name)

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


def user_info(row: StoredUser, now: datetime) -> UserInfo:
    locked = row.locked_until if row.locked_until is not None and row.locked_until > now else None
    return UserInfo(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        roles=frozenset(Role(r) for r in row.roles),
        departments=frozenset(row.departments),
        disabled=row.disabled,
        locked_until=locked,
        created_at=row.created_at,
        version=row.row_version,
    )


# --- what people type --------------------------------------------------------------------------


def checked_username(username: str) -> str:
    """The name stripped, or a refusal: 1 to 64 characters, no control characters, not reserved."""
    name = (username or "").strip()
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("CoreUsers", "a user name is required"))
    if len(name) > USERNAME:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CoreUsers", "a user name has at most {most} characters; {start}… has more"
            ).format(most=USERNAME, start=name[:20])
        )
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "a user name cannot hold control characters")
        )
    if username_key(name) in RESERVED_NAMES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "CoreUsers", "the name {name} is reserved for CommandPost itself; choose another"
            ).format(name=name)
        )
    return name


def checked_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "a password needs at least {least} characters").format(
                least=MIN_PASSWORD_LENGTH
            )
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "a password has at most {most} characters").format(
                most=MAX_PASSWORD_LENGTH
            )
        )
    return password


def checked_roles(
    roles: Collection[Role | str], departments: Collection[str]
) -> tuple[frozenset[Role], frozenset[str]]:
    """Known roles, at least one; departments only for, and at least one for, a liaison."""
    chosen: set[Role] = set()
    for role in roles:
        try:
            chosen.add(Role(role))
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "CoreUsers", "there is no role {role}; the roles are {known}"
                ).format(role=repr(role), known=[r.value for r in Role])
            ) from None
    if not chosen:
        raise UserError(QT_TRANSLATE_NOOP("CoreUsers", "a user needs at least one role"))
    if isinstance(departments, str):
        departments = [departments]
    places = frozenset(d.strip() for d in departments if d.strip())
    if Role.LIAISON in chosen and not places:
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "a department liaison needs at least one department")
        )
    if places and Role.LIAISON not in chosen:
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "departments are given to a department liaison only")
        )
    return frozenset(chosen), places


def checked_display_name(display_name: str) -> str:
    name = (display_name or "").strip()
    if len(name) > 100:
        raise UserError(
            QT_TRANSLATE_NOOP("CoreUsers", "a display name has at most {most} characters").format(
                most=100
            )
        )
    return name
