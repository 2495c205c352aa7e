"""``commandpost db``: the database this computer uses, and its schema.

    commandpost db set URL [--password-prompt] [--no-test]   # save it (password to the keyring)
    commandpost db show [--json]                              # which database, from where
    commandpost db test                                       # connect; schema and server
    commandpost db forget                                     # back to the default SQLite file
    commandpost db upgrade                                    # create or migrate the schema

Which database a command uses is decided once, in :func:`database_url`, by
:func:`commandpost.settings.resolve` (the window uses the same function): ``--db`` >
``COMMANDPOST_DB`` > the saved connection > the default SQLite file. A password that is needed and
not found is read from ``COMMANDPOST_DB_PASSWORD`` or asked for on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commandpost.settings import Resolved

EXIT_OK = 0


_RESOLVED = "_commandpost_database_url"
"""Where the URL, once resolved (and its password once asked for), is kept on the arguments."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser(
        "db",
        help="which database this computer uses; its schema",
        description="Which database this computer uses (saved without its password, which goes "
        "to the system keyring), and its schema.",
    )
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    saving = actions.add_parser(
        "set",
        help="save the database this computer uses",
        description="Save the database URL this computer uses (the window at its next start, "
        "and commands without --db). A password in the URL or typed at --password-prompt goes "
        "to the system keyring, never to a file.",
    )
    saving.add_argument("url", metavar="URL", help="e.g. postgresql+psycopg://user@host/db")
    saving.add_argument(
        "--password-prompt", action="store_true", help="ask for the database password"
    )
    saving.add_argument("--no-test", action="store_true", help="save without connecting first")
    saving.set_defaults(handler=_db_set, signs_in=False)
    show = actions.add_parser("show", help="which database is used, from where; its schema")
    show.add_argument("--json", action="store_true", help="as JSON")
    show.set_defaults(handler=_db_show, signs_in=False)
    test = actions.add_parser("test", help="connect; show the schema and server versions")
    test.set_defaults(handler=_db_test, signs_in=False)
    forget = actions.add_parser(
        "forget", help="remove the saved connection (and its kept password)"
    )
    forget.set_defaults(handler=_db_forget, signs_in=False)
    upgrade = actions.add_parser(
        "upgrade", help="create the database or bring its schema up to date"
    )
    upgrade.set_defaults(handler=_db_upgrade, signs_in=False)


def resolved(args: argparse.Namespace) -> Resolved:
    from commandpost.settings import resolve

    return resolve(getattr(args, "db", None))


def database_url(args: argparse.Namespace) -> str:
    """The URL a command connects with, password included (asked for once, if needed)."""
    known: str | None = getattr(args, _RESOLVED, None)
    if known is not None:
        return known
    chosen = resolved(args)
    url = chosen.full_url(ask_password(chosen.url) if chosen.needs_password else None)
    setattr(args, _RESOLVED, url)
    return url


def ask_password(url: str) -> str:
    from commandpost.settings import PASSWORD_ENV, SettingsError
    from commandpost.store.errors import display_url

    if not sys.stdin.isatty():
        raise SettingsError(
            f"The database {display_url(url)} needs a password: set {PASSWORD_ENV} or run the "
            "command in a terminal to be asked for it."
        )
    try:
        return getpass.getpass(f"Password for {display_url(url)}: ")
    except EOFError:
        raise SettingsError("No password was given.") from None


def _db_upgrade(args: argparse.Namespace) -> int:
    from commandpost.store.schema import upgrade

    print(upgrade(database_url(args)))
    return EXIT_OK


def _db_set(args: argparse.Namespace) -> int:
    from commandpost import settings
    from commandpost.store.errors import display_url
    from commandpost.store.probe import check_connection

    bare, in_url = settings.split_password(args.url)
    password = in_url
    if args.password_prompt:
        if not settings.takes_password(bare):
            from commandpost.cli import BadInput

            raise BadInput("An SQLite file has no password; leave out --password-prompt.")
        password = ask_password(bare)
    missing = _missing_sqlite_file(bare)
    if missing is not None:
        print(f"No database file at {missing} yet: it is made when CommandPost first opens it.")
    elif not args.no_test:
        found = check_connection(settings.with_password(bare, password) if password else bare)
        print(f"Connected: {display_url(bare)}, schema {found.schema}, {found.server}.")
    saved = settings.save(bare, password)
    kept = {
        settings.PasswordPlace.KEYRING: " (password in the system keyring)",
        settings.PasswordPlace.ASK: "",
        settings.PasswordPlace.NONE: "",
    }[saved.password]
    print(f"Saved: {display_url(saved.url)}{kept}.")
    if saved.password == settings.PasswordPlace.ASK:
        print(settings.NO_KEYRING)
    print(
        "The window uses it from its next start; commands use it unless --db or "
        f"{settings.URL_ENV} names another database."
    )
    return EXIT_OK


def _missing_sqlite_file(url: str) -> str | None:
    """The path of an SQLite URL whose file does not exist yet, else None."""
    from sqlalchemy.engine import make_url

    from commandpost.store.engine import sqlite_file

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    path = sqlite_file(parsed)
    return None if path is None or path.exists() else str(path)


_SOURCES = {
    "option": "--db",
    "environment": "the COMMANDPOST_DB environment variable",
    "saved": "the saved connection",
    "default": "the default database file",
}
_PLACES = {
    "keyring": "in the system keyring",
    "ask": "asked for at start (no keyring on this computer)",
    "none": "none needed",
    "url": "in the URL given",
    "environment": "from COMMANDPOST_DB_PASSWORD",
}


def _db_show(args: argparse.Namespace) -> int:
    from commandpost.settings import config_file
    from commandpost.store.errors import StorageError, display_url
    from commandpost.store.probe import check_connection

    chosen = resolved(args)
    schema: str | None = None
    server: str | None = None
    problem: str | None = None
    if chosen.needs_password:
        problem = "the password is needed to read the schema (see: commandpost db test)"
    else:
        try:
            found = check_connection(chosen.full_url())
            schema, server = found.schema, found.server
        except StorageError as error:
            problem = str(error)
    place = str(chosen.place)
    if args.json:
        json.dump(
            {
                "url": display_url(chosen.url),
                "source": chosen.source,
                "saved_in": str(config_file()) if chosen.source == "saved" else None,
                "password": place,
                "schema": schema,
                "server": server,
                "problem": problem,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return EXIT_OK
    where = f" ({config_file()})" if chosen.source == "saved" else ""
    print(f"Database: {display_url(chosen.url)}")
    print(f"From:     {_SOURCES[chosen.source]}{where}")
    print(f"Password: {_PLACES[place]}")
    if schema is not None:
        print(f"Schema:   {schema}")
        print(f"Server:   {server}")
    else:
        print(f"Schema:   unknown: {problem}")
    return EXIT_OK


def _db_test(args: argparse.Namespace) -> int:
    from commandpost.store.probe import check_connection
    from commandpost.store.schema import HEAD_REVISION

    found = check_connection(database_url(args))
    state = "current" if found.current else f"this CommandPost writes {HEAD_REVISION}"
    print(f"Connected: {found.url}")
    print(f"Schema:    {found.schema} ({state})")
    print(f"Server:    {found.server}")
    return EXIT_OK


def _db_forget(_args: argparse.Namespace) -> int:
    from commandpost.settings import config_file, forget

    if forget():
        print(f"The saved connection ({config_file()}) was removed.")
    else:
        print("No connection was saved.")
    return EXIT_OK
