"""Users: the first admin, signing in (the same answer for an unknown name as for a wrong password),
lockout after repeated failures and its end, disabled accounts, and an admin managing users."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from commandpost.access import Identity, Permission, Role
from commandpost.services.access import PermissionDeniedError
from commandpost.services.incident_base import ChangedMeanwhileError
from commandpost.services.plans import NotFoundError, PlanLibrary
from commandpost.services.users import (
    LOCK_MINUTES,
    MAX_FAILED_SIGN_INS,
    AccountDisabledError,
    AccountLockedError,
    SignInError,
    UserError,
    UserService,
)
from commandpost.store.engine import Database
from commandpost.store.user_models import StoredUser
from incident_support import FakeClock, incident_plan

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Cheap hashing for tests that sign in many times (the stored hash says how it was made)."""
ROOT_PASSWORD = "root-password"
PASSWORD = "password-1"


@pytest.fixture
def users(database: Database, clock: FakeClock) -> UserService:
    service = UserService(database, clock, FAST)
    service.create_first_admin("Root", ROOT_PASSWORD, "Admin Root")
    return service


def test_a_new_database_has_no_users_and_its_first_admin_is_made_once(
    database: Database, clock: FakeClock
) -> None:
    users = UserService(database, clock, FAST)
    assert not users.has_users()
    first = users.create_first_admin("  Root ", ROOT_PASSWORD, "Admin Root")
    assert (first.username, first.display_name, first.roles) == (
        "Root",
        "Admin Root",
        frozenset({Role.ADMIN}),
    )
    assert (first.disabled, first.locked_until, first.created_at, first.version) == (
        False,
        None,
        clock.now,
        1,
    )
    assert users.has_users()
    with pytest.raises(UserError, match="already has users"):
        users.create_first_admin("other", ROOT_PASSWORD)
    assert [u.username for u in users.users()] == ["Root"]


def test_the_first_user_added_to_an_open_database_must_be_an_admin(
    database: Database, clock: FakeClock
) -> None:
    users = UserService(database, clock, FAST)
    with pytest.raises(UserError, match="first user must hold the admin role"):
        users.add("anyone", "li", PASSWORD, [Role.LIAISON], ["customer_service"])
    made = users.add("anyone", "boss", PASSWORD, [Role.ADMIN, Role.COMMAND_LEAD])
    assert made.roles == {Role.ADMIN, Role.COMMAND_LEAD}
    with pytest.raises(PermissionDeniedError, match="there is no user 'anyone'"):
        users.add("anyone", "li", PASSWORD, [Role.LIAISON], ["customer_service"])


def test_sign_in_gives_the_current_roles_and_ignores_the_case_of_the_name(
    users: UserService,
) -> None:
    users.add("root", "Li.Na", PASSWORD, [Role.LIAISON], ["customer_service"], "李娜")
    identity = users.sign_in(" li.na ", PASSWORD)
    assert identity == Identity(
        "Li.Na", frozenset({Role.LIAISON}), frozenset({"customer_service"}), "李娜"
    )
    assert identity.may(Permission.WORK_TASKS, ["customer_service"])
    assert not identity.may(Permission.WORK_TASKS, ["marketing"])
    assert users.identity("LI.NA") == identity


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(users: UserService) -> None:
    with pytest.raises(SignInError) as wrong:
        users.sign_in("root", "not-the-password")
    with pytest.raises(SignInError) as unknown:
        users.sign_in("nobody", ROOT_PASSWORD)
    assert type(wrong.value) is type(unknown.value) is SignInError
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"


def test_five_failures_in_a_row_lock_the_account_for_fifteen_minutes(
    users: UserService, clock: FakeClock
) -> None:
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError):
            users.sign_in("root", "guess")
    with pytest.raises(AccountLockedError) as locked:
        users.sign_in("root", "guess")
    until = clock.now + timedelta(minutes=LOCK_MINUTES)
    assert locked.value.until == until
    local = until.astimezone().strftime("%Y-%m-%d %H:%M")
    assert str(locked.value) == (
        f"the account Root is locked after {MAX_FAILED_SIGN_INS} wrong passwords until {local}; "
        "an admin can unlock it by resetting the password"
    )
    with pytest.raises(AccountLockedError):  # even the right password, while it lasts
        users.sign_in("root", ROOT_PASSWORD)
    assert users.users()[0].locked_until == until

    clock.advance(minutes=LOCK_MINUTES)
    assert users.sign_in("root", ROOT_PASSWORD).username == "Root"
    assert users.users()[0].locked_until is None


def test_a_success_resets_the_count_of_failures(users: UserService) -> None:
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError):
            users.sign_in("root", "guess")
    users.sign_in("root", ROOT_PASSWORD)
    for _ in range(MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError) as refused:
            users.sign_in("root", "guess")
        assert type(refused.value) is SignInError  # not locked: the count began again


def test_failures_are_counted_though_the_sign_in_is_refused(
    users: UserService, database: Database
) -> None:
    with pytest.raises(SignInError):
        users.sign_in("root", "guess")
    with database.read() as session:
        assert session.scalar(select(StoredUser.failed_sign_ins)) == 1


def test_an_admin_resetting_the_password_unlocks_the_account(users: UserService) -> None:
    users.add("root", "li", PASSWORD, [Role.LIAISON], ["customer_service"])
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            users.sign_in("li", "guess")
    with pytest.raises(AccountLockedError):
        users.sign_in("li", PASSWORD)
    reset = users.reset_password("root", "li", "a-new-password")
    assert reset.locked_until is None
    assert users.sign_in("li", "a-new-password").username == "li"
    with pytest.raises(SignInError):
        users.sign_in("li", PASSWORD)


def test_a_disabled_user_can_neither_sign_in_nor_act(users: UserService) -> None:
    users.add("root", "zhao", PASSWORD, [Role.ADMIN])
    signed_in = users.sign_in("zhao", PASSWORD)  # an open window, before the admin acts
    users.disable("root", "zhao")
    with pytest.raises(AccountDisabledError, match="the user zhao is disabled"):
        users.sign_in("zhao", PASSWORD)
    with pytest.raises(PermissionDeniedError) as refused:
        users.add(signed_in.username, "li", PASSWORD, [Role.OBSERVER])
    assert str(refused.value) == "the user zhao is disabled"
    with pytest.raises(AccountDisabledError):
        users.identity("zhao")
    users.enable("root", "zhao")
    assert users.sign_in("zhao", PASSWORD).roles == {Role.ADMIN}


def test_the_last_enabled_admin_stays_and_nobody_disables_themselves(users: UserService) -> None:
    users.add("root", "lead", PASSWORD, [Role.COMMAND_LEAD])
    with pytest.raises(UserError, match="cannot disable your own account"):
        users.disable("root", "root")
    with pytest.raises(UserError, match="Root is the last enabled admin"):
        users.update("root", "root", [Role.COMMAND_LEAD], [], "")
    users.add("root", "second", PASSWORD, [Role.ADMIN])
    users.update("root", "root", [Role.COMMAND_LEAD], [], "no longer admin")
    with pytest.raises(PermissionDeniedError, match=r"Root \(command lead\) may not"):
        users.disable("root", "second")
    with pytest.raises(UserError, match="second is the last enabled admin"):
        users.update("second", "second", [Role.OBSERVER], [], "")


def test_update_sets_roles_departments_and_name_and_refuses_a_stale_view(
    users: UserService,
) -> None:
    li = users.add("root", "li", PASSWORD, [Role.LIAISON], ["customer_service"])
    changed = users.update(
        "root",
        "li",
        [Role.LIAISON, Role.COMMAND_LEAD],
        ["customer_service", "marketing"],
        "李娜",
        expected_version=li.version,
    )
    assert (changed.roles, changed.departments, changed.display_name, changed.version) == (
        frozenset({Role.LIAISON, Role.COMMAND_LEAD}),
        frozenset({"customer_service", "marketing"}),
        "李娜",
        li.version + 1,
    )
    with pytest.raises(ChangedMeanwhileError, match="the user li was changed by root"):
        users.update("root", "li", [Role.OBSERVER], [], "", expected_version=li.version)
    assert users.identity("li").roles == {Role.LIAISON, Role.COMMAND_LEAD}


@pytest.mark.parametrize(
    ("name", "password", "roles", "departments", "refusal"),
    [
        ("", PASSWORD, [Role.OBSERVER], [], "a user name is required"),
        ("x" * 65, PASSWORD, [Role.OBSERVER], [], "at most 64 characters"),
        ("commandpost", PASSWORD, [Role.OBSERVER], [], "reserved for CommandPost"),
        ("ROOT", PASSWORD, [Role.OBSERVER], [], "there is already a user ROOT"),
        ("li", "short", [Role.OBSERVER], [], "at least 8 characters"),
        ("li", PASSWORD, [], [], "at least one role"),
        ("li", PASSWORD, ["chief"], [], "there is no role 'chief'"),
        ("li", PASSWORD, [Role.LIAISON], [], "needs at least one department"),
        ("li", PASSWORD, [Role.OBSERVER], ["marketing"], "to a department liaison only"),
    ],
)
def test_bad_input_is_refused_in_a_sentence(
    users: UserService,
    name: str,
    password: str,
    roles: list[Role],
    departments: list[str],
    refusal: str,
) -> None:
    with pytest.raises(UserError, match=refusal):
        users.add("root", name, password, roles, departments)
    assert len(users.users()) == 1


def test_change_password_needs_the_old_one(users: UserService) -> None:
    with pytest.raises(SignInError):
        users.change_password("root", "guess", "another-password")
    users.change_password("root", ROOT_PASSWORD, "another-password")
    assert users.sign_in("root", "another-password").username == "Root"


def test_a_hash_made_with_weaker_settings_is_replaced_at_sign_in(
    database: Database, clock: FakeClock
) -> None:
    UserService(database, clock, FAST).create_first_admin("root", ROOT_PASSWORD)
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    UserService(database, clock, stronger).sign_in("root", ROOT_PASSWORD)
    with database.read() as session:
        stored = session.scalar(select(StoredUser.password_hash))
    assert stored is not None and not stronger.check_needs_rehash(stored)


def test_unknown_users_and_management_by_non_admins_are_refused(users: UserService) -> None:
    users.add("root", "lead", PASSWORD, [Role.COMMAND_LEAD])
    with pytest.raises(NotFoundError, match="there is no user 'ghost'"):
        users.disable("root", "ghost")
    with pytest.raises(NotFoundError):
        users.identity("ghost")
    with pytest.raises(PermissionDeniedError, match=r"^lead \(command lead\) may not add users$"):
        users.add("lead", "li", PASSWORD, [Role.OBSERVER])
    with pytest.raises(PermissionDeniedError, match="may not reset passwords"):
        users.reset_password("lead", "root", "a-new-password")


def test_known_departments_are_those_of_the_plans_in_the_library(
    users: UserService, database: Database, clock: FakeClock
) -> None:
    assert users.known_departments() == []
    PlanLibrary(database, clock).import_plan(incident_plan(), "root")
    assert users.known_departments() == ["customer_service", "marketing", "technical_support"]
