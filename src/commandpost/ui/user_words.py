"""Translated words for users and roles: the role names, who is signed in, an account's state,
why a sign-in was refused, and the one sentence a disabled action says.

Kept in one place so the status bar, the users dialog, the sign-in dialog and every disabled
button name a role the same way (管理员 / 指挥长 / 联络员 / 观察员, the glossary's words).
Department names come from the plans (a mapping key → name); a key no plan names is shown as is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from commandpost.access import Identity, Role
from commandpost.ui import when
from commandpost.ui.core_words import describe

translate = QCoreApplication.translate

ROLE_ORDER = (Role.ADMIN, Role.COMMAND_LEAD, Role.LIAISON, Role.OBSERVER)


def role_label(role: Role) -> str:
    """管理员 / 指挥长 / 联络员 / 观察员 — admin / command lead / department liaison / observer."""
    labels = {
        Role.ADMIN: translate("UserWords", "admin"),
        Role.COMMAND_LEAD: translate("UserWords", "command lead"),
        Role.LIAISON: translate("UserWords", "department liaison"),
        Role.OBSERVER: translate("UserWords", "observer"),
    }
    return labels[role]


def listing(items: Iterable[str]) -> str:
    """Items one after another: "a, b" in English, "a、b" in Chinese."""
    return translate("UserWords", ", ").join(items)


def roles_text(roles: Iterable[Role]) -> str:
    chosen = set(roles)
    return listing(role_label(r) for r in ROLE_ORDER if r in chosen) or translate(
        "UserWords", "no role"
    )


def departments_text(departments: Iterable[str], names: Mapping[str, str]) -> str:
    return listing(sorted(names.get(d, d) for d in departments))


def identity_text(identity: Identity, names: Mapping[str, str]) -> str:
    """王五 (department liaison · 客服部): the name shown, the roles, a liaison's departments."""
    parts = [roles_text(identity.roles)]
    if identity.departments:
        parts.append(departments_text(identity.departments, names))
    return translate("UserWords", "{name} ({roles})").format(
        name=identity.shown_name, roles=" · ".join(parts)
    )


def signed_in_text(identity: Identity, names: Mapping[str, str]) -> str:
    return translate("UserWords", "Signed in: {who}").format(who=identity_text(identity, names))


def not_allowed() -> str:
    """The tooltip of every action a role does not allow."""
    return translate("UserWords", "Your role does not allow this.")


def local_time(moment: datetime) -> str:
    """A stored UTC time as the user's local time of day and date (minutes)."""
    return when.date_time(moment)


def account_state(disabled: bool, locked_until: datetime | None, now: datetime) -> str:
    """active / disabled / locked until …"""
    if disabled:
        return translate("UserWords", "disabled")
    if locked_until is not None and locked_until > now:
        return translate("UserWords", "locked until {time}").format(time=local_time(locked_until))
    return translate("UserWords", "active")


def sign_in_refusal(error: BaseException) -> str:
    """Why a sign-in was refused, in one sentence; a refusal we do not know keeps its own."""
    from commandpost.services.users import (
        AccountDisabledError,
        AccountLockedError,
        SignInError,
    )

    if isinstance(error, AccountLockedError):
        return translate(
            "UserWords", "Too many wrong passwords: this account is locked until {time}."
        ).format(time=local_time(error.until))
    if isinstance(error, AccountDisabledError):
        return translate("UserWords", "This account is disabled. Ask an administrator.")
    if isinstance(error, SignInError):
        return translate("UserWords", "The user name or the password is not right.")
    return describe(error)
