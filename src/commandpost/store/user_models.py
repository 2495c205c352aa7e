"""The users table: who may sign in, with which roles and (for a liaison) which departments.

One row per person. ``username`` keeps the name as it was typed; ``username_key`` is its
lower-case form, unique, so "Li" and "li" are one user. Roles and departments are small sets,
kept as sorted JSON lists in the row itself (they are read whole with the user and never
queried inside). Only an Argon2 hash of the password is stored, and the audit trail records
"(redacted)" in its place (``store/audit.py``). ``failed_sign_ins`` and ``locked_until`` carry
the lockout after repeated wrong passwords. ``row_version`` is optimistic locking, as on the
other tables people edit. Every time is UTC.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from commandpost.store.models import Base, Document, UTCDateTime

USERNAME = 64
"""The longest user name."""
PERSON = 100  # who changed a row, as in the other tables


class StoredUser(Base):
    """A person who signs in to CommandPost."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(USERNAME))
    username_key: Mapped[str] = mapped_column(String(USERNAME), unique=True)
    display_name: Mapped[str] = mapped_column(String(PERSON))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(Document)
    departments: Mapped[list[str]] = mapped_column(Document)
    disabled: Mapped[bool] = mapped_column(Boolean)
    failed_sign_ins: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(PERSON))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    changed_by: Mapped[str] = mapped_column(String(PERSON))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 (SQLAlchemy reads it)
