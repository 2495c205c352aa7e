"""Users: the first admin, signing in with lockout, and an admin managing the others.

Shape: one method per user action, one transaction each, plain frozen records back
(``user_records``). Changes go through :func:`services.access.require` like every other change
(``Permission.MANAGE_USERS``), so they are checked against the stored user and recorded in the
audit trail under the acting user's name.

Passwords are hashed with Argon2 (argon2-cffi); hashing takes a noticeable fraction of a second by
design, so it is done outside any write transaction, never holding the database's write lock.
Signing in reads the user, verifies outside a transaction, then records the outcome in a
transaction of its own that commits even though the sign-in is refused: that is how failures
count. An unknown user costs the same verification (against a fixed hash) and gets the same
answer as a wrong password. :data:`MAX_FAILED_SIGN_INS` consecutive failures lock the account for
:data:`LOCK_MINUTES` (by the injected clock); a success, or an admin resetting the password,
clears the count. A stored hash made with weaker settings than today's is replaced at sign-in.

A database with no users is open (see ``services/access.py``): its first user is made either by
:meth:`UserService.create_first_admin` or by :meth:`UserService.add`, and must be an admin.
"""

from __future__ import annotations

from collections.abc import Collection
from contextlib import AbstractContextManager
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from commandpost.access import SYSTEM_NAME, Identity, Permission, Role
from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.access import require, stored_identity, username_key
from commandpost.services.incident_base import (
    THE_CLOCK,
    aware,
    write_refusing_stale,
)
from commandpost.services.user_records import (
    LOCK_MINUTES,
    MAX_FAILED_SIGN_INS,
    MIN_PASSWORD_LENGTH,
    AccountDisabledError,
    AccountLockedError,
    SignInError,
    UserError,
    UserInfo,
    checked_display_name,
    checked_password,
    checked_roles,
    checked_username,
    user_info,
)
from commandpost.services.user_rows import (
    all_for_change,
    among,
    check_version,
    find_user,
    keep_an_admin,
)
from commandpost.store import audit
from commandpost.store.engine import Database
from commandpost.store.models import PlanVersion
from commandpost.store.user_models import StoredUser

__all__ = [
    "LOCK_MINUTES",
    "MAX_FAILED_SIGN_INS",
    "MIN_PASSWORD_LENGTH",
    "AccountDisabledError",
    "AccountLockedError",
    "SignInError",
    "UserError",
    "UserInfo",
    "UserService",
]

_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$gyNLZCIwxHAPz2mPCY5qiA"
    "$n+tOLcLH2RvaJaJkYYPgK2nk7HqympdOC8lXrz+JIBY"
)
"""The hash of a random password nobody knows, verified for an unknown user so that the answer
takes as long as for a known one."""


class UserService:
    def __init__(
        self, db: Database, clock: Clock = utc_now, hasher: PasswordHasher | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._hasher = hasher or PasswordHasher()

    def dispose(self) -> None:
        self._db.dispose()

    # --- reading -------------------------------------------------------------------------------

    def has_users(self) -> bool:
        """Whether any user exists; a database without users is open to everyone."""
        with self._db.read() as session:
            return session.scalar(select(StoredUser.id).limit(1)) is not None

    def users(self) -> list[UserInfo]:
        now = self._now()
        with self._db.read() as session:
            rows = session.scalars(select(StoredUser).order_by(StoredUser.username_key))
            return [user_info(r, now) for r in rows]

    def identity(self, username: str) -> Identity:
        """The user's current roles and departments (the window re-reads them after changes);
        NotFoundError for no such user, AccountDisabledError for a disabled one."""
        with self._db.read() as session:
            row = find_user(session, username)
            if row.disabled:
                raise AccountDisabledError(row.username)
            return stored_identity(row)

    def known_departments(self) -> list[str]:
        """The department keys named by the plans in the library, for choosing a liaison's."""
        with self._db.read() as session:
            documents = session.scalars(select(PlanVersion.document))
            return sorted(
                {
                    str(d["key"])
                    for document in documents
                    for d in document.get("departments", ())
                    if isinstance(d, dict) and d.get("key")
                }
            )

    # --- signing in ----------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> Identity:
        """The user's identity if the password is theirs; SignInError (or its locked and disabled
        kinds) otherwise. A failure is counted and committed before the refusal is raised."""
        now = self._now()
        with self._db.read() as session:
            row = session.scalar(
                select(StoredUser).where(StoredUser.username_key == username_key(username))
            )
            found, clean = None, False
            if row is not None:
                found = (row.id, row.password_hash, row.locked_until, stored_identity(row))
                clean = not row.disabled and not row.failed_sign_ins and row.locked_until is None
        if found is None:
            self._verify(_DUMMY_HASH, password)
            raise SignInError
        user_id, stored_hash, locked_until, identity = found
        if locked_until is not None and locked_until > now:
            raise AccountLockedError(identity.username, locked_until)
        right = self._verify(stored_hash, password)
        fresh_hash = (
            self._hasher.hash(password)
            if right and self._hasher.check_needs_rehash(stored_hash)
            else None
        )
        if right and clean and fresh_hash is None:
            return identity  # the common case: nothing to record
        refusal: SignInError | None = None
        with self._db.write() as session:
            audit.act_as(session, SYSTEM_NAME)
            row = session.scalar(
                select(StoredUser).where(StoredUser.id == user_id).with_for_update()
            )
            if row is None:  # removed in between: as if it never existed
                raise SignInError
            if not right:
                row.failed_sign_ins += 1
                refusal = SignInError()
                if row.failed_sign_ins >= MAX_FAILED_SIGN_INS:
                    row.failed_sign_ins = 0
                    row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    refusal = AccountLockedError(row.username, row.locked_until)
            elif row.disabled:
                refusal = AccountDisabledError(row.username)
            else:
                if row.failed_sign_ins or row.locked_until is not None:
                    row.failed_sign_ins, row.locked_until = 0, None
                if fresh_hash is not None:
                    row.password_hash = fresh_hash
            identity = stored_identity(row)
        if refusal is not None:
            raise refusal
        return identity

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """A user changing their own password: the old one must be right (a wrong one counts
        as a failed sign-in)."""
        checked_password(new_password)
        identity = self.sign_in(username, old_password)
        if new_password == old_password:
            raise UserError(
                QT_TRANSLATE_NOOP("CoreUsers", "the new password is the same as the old one")
            )
        new_hash = self._hasher.hash(new_password)
        with self._write() as session:
            audit.act_as(session, identity.username)
            row = find_user(session, identity.username)
            row.password_hash = new_hash
            self._stamp(row, identity.username)

    # --- managing ------------------------------------------------------------------------------

    def create_first_admin(self, username: str, password: str, display_name: str = "") -> UserInfo:
        """The first user of a new database, an admin; refused once any user exists."""
        name = checked_username(username)
        new_hash = self._hasher.hash(checked_password(password))
        shown = checked_display_name(display_name)
        with self._write() as session:
            audit.act_as(session, name)
            if session.scalar(select(StoredUser.id).limit(1)) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "CoreUsers",
                        "this database already has users; an admin adds new ones after signing in",
                    )
                )
            return self._insert(session, name, new_hash, {Role.ADMIN}, set(), shown, name)

    def add(
        self,
        actor: str,
        username: str,
        password: str,
        roles: Collection[Role],
        departments: Collection[str] = (),
        display_name: str = "",
    ) -> UserInfo:
        """A new user. On a database with no users this makes the first one: an admin."""
        name = checked_username(username)
        chosen, places = checked_roles(roles, departments)
        shown = checked_display_name(display_name)
        new_hash = self._hasher.hash(checked_password(password))
        with self._write() as session:
            _manage(session, actor, QT_TRANSLATE_NOOP("CoreUsers", "add users"))
            first = session.scalar(select(StoredUser.id).limit(1)) is None
            if first and Role.ADMIN not in chosen:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "CoreUsers",
                        "the first user must hold the admin role, so that someone can manage users",
                    )
                )
            if session.scalar(
                select(StoredUser.username).where(StoredUser.username_key == username_key(name))
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP("CoreUsers", "there is already a user {user}").format(
                        user=name
                    )
                )
            return self._insert(session, name, new_hash, chosen, places, shown, actor)

    def update(
        self,
        actor: str,
        username: str,
        roles: Collection[Role],
        departments: Collection[str],
        display_name: str,
        expected_version: int | None = None,
    ) -> UserInfo:
        """Set a user's roles, departments and display name."""
        chosen, places = checked_roles(roles, departments)
        shown = checked_display_name(display_name)
        with self._write() as session:
            _manage(session, actor, QT_TRANSLATE_NOOP("CoreUsers", "change users"))
            rows = all_for_change(session)
            row = among(rows, username)
            check_version(row, expected_version)
            if Role.ADMIN.value in row.roles and Role.ADMIN not in chosen:
                keep_an_admin(rows, row, QT_TRANSLATE_NOOP("CoreUsers", "take the admin role from"))
            row.roles = sorted(r.value for r in chosen)
            row.departments = sorted(places)
            row.display_name = shown
            self._stamp(row, actor)
            session.flush()
            return user_info(row, self._now())

    def disable(self, actor: str, username: str) -> UserInfo:
        """Stop a user signing in or acting; not yourself, nor the last enabled admin."""
        with self._write() as session:
            _manage(session, actor, QT_TRANSLATE_NOOP("CoreUsers", "disable users"))
            rows = all_for_change(session)
            row = among(rows, username)
            if row.username_key == username_key(actor):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "CoreUsers", "you cannot disable your own account; another admin can"
                    )
                )
            if row.disabled:
                raise UserError(
                    QT_TRANSLATE_NOOP("CoreUsers", "the user {user} is already disabled").format(
                        user=row.username
                    )
                )
            if Role.ADMIN.value in row.roles:
                keep_an_admin(rows, row, QT_TRANSLATE_NOOP("CoreUsers", "disable"))
            row.disabled = True
            self._stamp(row, actor)
            session.flush()
            return user_info(row, self._now())

    def enable(self, actor: str, username: str) -> UserInfo:
        with self._write() as session:
            _manage(session, actor, QT_TRANSLATE_NOOP("CoreUsers", "enable users"))
            row = find_user(session, username, for_update=True)
            if not row.disabled:
                raise UserError(
                    QT_TRANSLATE_NOOP("CoreUsers", "the user {user} is not disabled").format(
                        user=row.username
                    )
                )
            row.disabled = False
            self._stamp(row, actor)
            session.flush()
            return user_info(row, self._now())

    def reset_password(self, actor: str, username: str, new_password: str) -> UserInfo:
        """Give a user a new password (they forgot theirs); this also unlocks the account."""
        new_hash = self._hasher.hash(checked_password(new_password))
        with self._write() as session:
            _manage(session, actor, QT_TRANSLATE_NOOP("CoreUsers", "reset passwords"))
            row = find_user(session, username, for_update=True)
            row.password_hash = new_hash
            row.failed_sign_ins, row.locked_until = 0, None
            self._stamp(row, actor)
            session.flush()
            return user_info(row, self._now())

    # --- inside ----------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return aware(self._clock(), THE_CLOCK)

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _write(self) -> AbstractContextManager[Session]:
        return write_refusing_stale(
            self._db,
            QT_TRANSLATE_NOOP(
                "CoreUsers",
                "someone else changed this user at the same moment; look again and retry",
            ),
        )

    def _stamp(self, row: StoredUser, actor: str) -> None:
        row.changed_at, row.changed_by = self._now(), actor

    def _insert(
        self,
        session: Session,
        name: str,
        password_hash: str,
        roles: Collection[Role],
        departments: Collection[str],
        display_name: str,
        actor: str,
    ) -> UserInfo:
        now = self._now()
        row = StoredUser(
            username=name,
            username_key=username_key(name),
            display_name=display_name,
            password_hash=password_hash,
            roles=sorted(Role(r).value for r in roles),
            departments=sorted(departments),
            disabled=False,
            failed_sign_ins=0,
            locked_until=None,
            created_at=now,
            created_by=actor,
            changed_at=now,
            changed_by=actor,
        )
        session.add(row)
        session.flush()
        return user_info(row, now)


def _manage(session: Session, actor: str, action: Message) -> None:
    """Refuse unless ``actor`` may manage users (``action``: what they are doing)."""
    require(session, actor, Permission.MANAGE_USERS, action=action)
