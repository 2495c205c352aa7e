"""The ``commandpost`` command: with no command it opens the window, otherwise it runs one action.

Exit codes: 0 success, 2 bad input (a bad file, an unknown plan, a refused step), 1 any other
failure (the database cannot be reached…). Errors are one plain sentence on stderr, never a
traceback (``--debug`` shows one for support). Heavy modules are imported inside the handlers, so
``commandpost --help`` and the window start fast.

Who acts: on a database that has users, :func:`execute` signs in once, before the command runs,
as ``--user`` (default: the login name) with the password from ``COMMANDPOST_PASSWORD`` or a
prompt (``cli/users.py``); :func:`actor` then answers with the signed-in user, and the services
check what that user may do. A wrong password, a locked or disabled account is one sentence and
exit 2. On a database without users nobody signs in and ``--user`` only names who acts. Commands
that need no sign-in say so with ``signs_in=False`` (``db upgrade``: it may run before anything
exists; ``users passwd``: it checks the current password itself; ``diagnostics``: it must
work when nothing else does; ``selftest``: it uses a database of its own), as do those that
use no database (``plans validate``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence

from commandpost import __version__

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """The user asked for something that cannot be done as asked (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    from commandpost.cli import (
        alerts,
        audit,
        database,
        diagnostics,
        incidents,
        plans,
        reports,
        reviews,
        sample,
        selftest,
        users,
    )

    parser = argparse.ArgumentParser(
        prog="commandpost",
        description="CommandPost (应急指挥台): run customer-service emergencies by your emergency "
        "plans. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CommandPost {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("COMMANDPOST_DB"),
        help="SQLAlchemy database URL (default: $COMMANDPOST_DB, else the connection saved with "
        "'commandpost db set', else a SQLite file in your user data folder)",
    )
    parser.add_argument(
        "--user",
        default=None,
        help="who is acting: the user to sign in as on a database with users, with the password "
        "from $COMMANDPOST_PASSWORD or a prompt (default: your login name)",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help="language of the window")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="open the window on the sample drill (practice data, rebuilt each time; your real "
        "database is not opened)",
    )
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="open the window and quit as soon as the database is open and the sign-in is "
        "ready: exit status 0 if this installation starts, else 1 and the reason",
    )
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    plans.register(commands)
    incidents.register(commands)
    alerts.register(commands)
    reviews.register(commands)
    reports.register(commands)
    audit.register(commands)
    users.register(commands)
    database.register(commands)
    diagnostics.register(commands)
    sample.register(commands)
    selftest.register(commands)
    return parser


def database_url(args: argparse.Namespace) -> str:
    """The database the command uses (``cli/database.py``: --db, $COMMANDPOST_DB, the saved
    connection, the default file), its password asked for once if needed."""
    from commandpost.cli.database import database_url as resolve

    return resolve(args)


def actor(args: argparse.Namespace) -> str:
    """Who acts: the signed-in user, else ``--user``, else the login name."""
    signed_in = getattr(args, "signed_in", None)
    if signed_in:
        return str(signed_in)
    if args.user:
        return str(args.user)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; with none, open the window (``commandpost.main`` wires that in)."""
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_usage(sys.stderr)
        return EXIT_BAD_INPUT
    return execute(handler, args)


def execute(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        _sign_in(args)
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # every failure reaches the user as one sentence
        return _report(exc, args.debug)


_NO_DATABASE = {("plans", "validate")}
"""Commands that never open a database (so nobody signs in to run them)."""


def _sign_in(args: argparse.Namespace) -> None:
    """Sign in once for the whole command, if the command uses a database that has users."""
    command = getattr(args, "command", None)
    action = getattr(args, f"{command}_command", None)
    if not getattr(args, "signs_in", True) or (command, action) in _NO_DATABASE:
        return
    if getattr(args, "signed_in", None) is not None:
        return
    from commandpost.cli.users import sign_in

    args.signed_in = sign_in(database_url(args), actor(args))


def _report(exc: Exception, debug: bool) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from commandpost.plan.loader import PlanFileError
    from commandpost.services.plans import PlanLibraryError
    from commandpost.store.errors import StorageError, describe_failure

    if isinstance(exc, PlanFileError | PlanLibraryError | BadInput):
        print(f"commandpost: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if isinstance(exc, StorageError):
        print(f"commandpost: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if isinstance(exc, SQLAlchemyError):  # the database failed mid-action (locked, connection lost)
        print(f"commandpost: the database failed: {describe_failure(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    if debug:
        raise exc
    print(
        f"commandpost: unexpected error ({type(exc).__name__}: {exc}); "
        "run again with --debug for details",
        file=sys.stderr,
    )
    return EXIT_FAILURE
