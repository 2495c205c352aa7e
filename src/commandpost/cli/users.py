"""``commandpost users …``: add, list, disable and enable users, reset a password, change your own;
and signing in for every other command (:func:`sign_in`, called once by ``cli.execute``).

Passwords never appear on the command line (where other users of the machine could see them):
the password to sign in comes from ``COMMANDPOST_PASSWORD`` or a prompt; a new password from
``COMMANDPOST_NEW_PASSWORD`` or a prompt asked twice. Without a terminal and without the
variable, the command is refused with a sentence naming the variable to set.

On a database with no users (a new install) nobody signs in, and ``users add`` makes the first
user, who must be an admin.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commandpost.access import Role
    from commandpost.services.users import UserInfo, UserService

EXIT_OK = 0
PASSWORD_VARIABLE = "COMMANDPOST_PASSWORD"
NEW_PASSWORD_VARIABLE = "COMMANDPOST_NEW_PASSWORD"
ROLE_NAMES = ("admin", "command-lead", "liaison", "observer")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = commands.add_parser(
        "users",
        help="who may sign in, and with which roles",
        description="Users sign in with a password; their roles say what they may do "
        "(admin, command-lead, liaison for some departments, observer). "
        f"New passwords come from ${NEW_PASSWORD_VARIABLE} or are asked for twice.",
    )
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "add",
        help="add a user (on a database with no users: the first admin)",
        description="Add a user with one or more roles; a liaison needs one or more "
        "departments (plan department keys).",
    )
    p.add_argument("name", help="the user name they sign in with")
    p.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        metavar="ROLE",
        help=f"one of {', '.join(ROLE_NAMES)}; repeat for several",
    )
    p.add_argument(
        "--department",
        dest="departments",
        action="append",
        default=[],
        metavar="D",
        help="a department a liaison works for (a plan department key); repeat for several",
    )
    p.add_argument("--display-name", default="", metavar="T", help="the name shown to others")
    p.set_defaults(handler=add)

    p = actions.add_parser("list", help="every user, their roles and state")
    p.add_argument("--json", action="store_true", help="print data as JSON (times in UTC)")
    p.set_defaults(handler=list_users)

    for name, text, handler in (
        ("disable", "stop a user signing in or acting", disable),
        ("enable", "let a disabled user sign in again", enable),
        ("reset-password", "give a user a new password (also unlocks the account)", reset),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("name", help="the user name")
        p.set_defaults(handler=handler)

    p = actions.add_parser(
        "passwd",
        help="change your own password",
        description=f"Change the password of --user (default: your login name): the current one "
        f"from ${PASSWORD_VARIABLE} or a prompt, the new one from ${NEW_PASSWORD_VARIABLE} "
        "or a prompt asked twice.",
    )
    p.set_defaults(handler=passwd, signs_in=False)


# --- signing in ----------------------------------------------------------------------------------


def sign_in(url: str, username: str) -> str | None:
    """Sign in to the database at ``url`` as ``username`` if it has users: the name as stored.
    None for a database without users (nobody signs in there)."""
    from commandpost.services.users import UserService
    from commandpost.store.schema import open_database

    service = UserService(open_database(url))
    try:
        if not service.has_users():
            return None
        password = _secret(
            PASSWORD_VARIABLE,
            f"Password for {username}: ",
            f"this database has users: to sign in as {username}, set {PASSWORD_VARIABLE} "
            "to the password (or run the command in a terminal to be asked for it)",
        )
        return service.sign_in(username, password).username
    finally:
        service.dispose()


# --- the actions ---------------------------------------------------------------------------------


def add(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.services.user_records import checked_roles, checked_username

    roles = [parse_role(r) for r in args.roles]
    checked_username(args.name)  # refused before the password is asked for
    checked_roles(roles, args.departments)
    password = new_password(f"Password for the new user {args.name}: ")
    service = _service(args)
    try:
        user = service.add(
            actor(args), args.name, password, roles, args.departments, args.display_name
        )
    finally:
        service.dispose()
    print(f"Added {user.username} ({_roles(user)}).")
    return EXIT_OK


def list_users(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        users = service.users()
    finally:
        service.dispose()
    if args.json:
        print(json.dumps([_json(u) for u in users], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not users:
        print("No users: the database is open to everyone until `commandpost users add` adds one.")
        return EXIT_OK
    width = max(len(u.username) for u in users)
    states = {u.username: _state(u) for u in users}
    state_width = max(len(s) for s in states.values())
    for user in users:
        shown = f"  {user.display_name}" if user.display_name else ""
        state = states[user.username]
        print(f"{user.username:<{width}}  {state:<{state_width}}  {_roles(user)}{shown}")
    return EXIT_OK


def disable(args: argparse.Namespace) -> int:
    from commandpost.cli import actor

    service = _service(args)
    try:
        user = service.disable(actor(args), args.name)
    finally:
        service.dispose()
    print(f"Disabled {user.username}: they can no longer sign in or act.")
    return EXIT_OK


def enable(args: argparse.Namespace) -> int:
    from commandpost.cli import actor

    service = _service(args)
    try:
        user = service.enable(actor(args), args.name)
    finally:
        service.dispose()
    print(f"Enabled {user.username}.")
    return EXIT_OK


def reset(args: argparse.Namespace) -> int:
    from commandpost.cli import actor

    password = new_password(f"New password for {args.name}: ")
    service = _service(args)
    try:
        user = service.reset_password(actor(args), args.name, password)
    finally:
        service.dispose()
    print(f"Set a new password for {user.username}; the account is unlocked.")
    return EXIT_OK


def passwd(args: argparse.Namespace) -> int:
    from commandpost.cli import actor

    name = actor(args)
    old = _secret(
        PASSWORD_VARIABLE,
        f"Current password for {name}: ",
        f"set {PASSWORD_VARIABLE} to the current password of {name} "
        "(or run the command in a terminal to be asked for it)",
    )
    password = new_password(f"New password for {name}: ")
    service = _service(args)
    try:
        service.change_password(name, old, password)
    finally:
        service.dispose()
    print(f"Changed the password of {name}.")
    return EXIT_OK


# --- parts ---------------------------------------------------------------------------------------


def parse_role(text: str) -> Role:
    """A role as typed on the command line: ``command-lead`` (or ``command_lead``) and the rest."""
    from commandpost.access import Role
    from commandpost.cli import BadInput

    key = text.strip().lower().replace("-", "_")
    try:
        return Role(key)
    except ValueError:
        raise BadInput(
            f"there is no role {text!r}; the roles are {', '.join(ROLE_NAMES)}"
        ) from None


def new_password(prompt: str) -> str:
    """A new password from the variable, or asked twice at the terminal."""
    from commandpost.cli import BadInput

    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given:
        return given
    first = _secret(
        None,
        prompt,
        f"set {NEW_PASSWORD_VARIABLE} to the new password "
        "(or run the command in a terminal to be asked for it)",
    )
    if getpass.getpass("Again, to be sure: ") != first:
        raise BadInput("the two passwords typed differ; nothing was changed")
    return first


def _secret(variable: str | None, prompt: str, refusal: str) -> str:
    from commandpost.cli import BadInput

    given = os.environ.get(variable) if variable else None
    if given:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise BadInput(refusal)
    return getpass.getpass(prompt)


def _service(args: argparse.Namespace) -> UserService:
    from commandpost.cli import database_url
    from commandpost.services.users import UserService
    from commandpost.store.schema import open_database

    return UserService(open_database(database_url(args)))


def role_name(role: Role) -> str:
    return role.value.replace("_", "-")


def _roles(user: UserInfo) -> str:
    from commandpost.access import Role

    names = [
        role_name(r) + (f": {', '.join(sorted(user.departments))}" if r == Role.LIAISON else "")
        for r in sorted(user.roles, key=list(Role).index)
    ]
    return ", ".join(names)


def _state(user: UserInfo) -> str:
    if user.disabled:
        return "disabled"
    if user.locked_until is not None:
        return f"locked until {user.locked_until.astimezone().strftime('%Y-%m-%d %H:%M')}"
    return "enabled"


def _json(user: UserInfo) -> dict[str, Any]:
    from commandpost.access import Role

    return {
        "username": user.username,
        "display_name": user.display_name,
        "roles": [role_name(r) for r in sorted(user.roles, key=list(Role).index)],
        "departments": sorted(user.departments),
        "disabled": user.disabled,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        "created_at": user.created_at.isoformat(),
        "version": user.version,
    }
