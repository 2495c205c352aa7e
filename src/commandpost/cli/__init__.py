"""The ``commandpost`` command: with no command it opens the window, otherwise it runs one action.

Exit codes: 0 success, 2 bad input (a bad file, an unknown plan, a refused step), 1 any other
failure (the database cannot be reached…). Errors are one plain sentence on stderr, never a
traceback (``--debug`` shows one for support). Heavy modules are imported inside the handlers, so
``commandpost --help`` and the window start fast.
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
    from commandpost.cli import alerts, audit, incidents, plans, reports, reviews

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
        help="SQLAlchemy database URL (default: $COMMANDPOST_DB, else a SQLite file in your "
        "user data folder)",
    )
    parser.add_argument(
        "--user", default=None, help="who is acting, for the record (default: your login name)"
    )
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help="language of the window")
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    plans.register(commands)
    incidents.register(commands)
    alerts.register(commands)
    reviews.register(commands)
    reports.register(commands)
    audit.register(commands)
    _register_db(commands)
    return parser


def _register_db(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="database maintenance")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser(
        "upgrade", help="create the database or bring its schema up to date"
    )
    upgrade.set_defaults(handler=_db_upgrade)


def _db_upgrade(args: argparse.Namespace) -> int:
    from commandpost.store.schema import upgrade

    print(upgrade(database_url(args)))
    return EXIT_OK


def database_url(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    from commandpost.paths import default_database_url

    return default_database_url()


def actor(args: argparse.Namespace) -> str:
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
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # every failure reaches the user as one sentence
        return _report(exc, args.debug)


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
