"""The ``commandpost`` program: the window when no command is given, else the command line.

The window may be given a plan file (``commandpost plan.yaml``, as a file manager's "Open with"
passes it): a first argument that is no command and names a ``.yaml``/``.yml`` or existing file
is that file, offered for import after the sign-in. ``selftest`` gets the window's checks here,
as the command line may not import the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

_VALUED_OPTIONS = frozenset({"--db", "--user", "--lang"})
"""Options of the program (before any command) that take the next argument as their value."""


def main(argv: Sequence[str] | None = None) -> int:
    from commandpost.cli import build_parser, execute

    parser = build_parser()
    plan_file, rest = plan_file_argument(parser, list(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(rest)
    handler = getattr(args, "handler", None)
    if handler is not None:
        if plan_file is not None:
            parser.error(f"give either a plan file or a command, not both ({plan_file})")
        if args.command == "selftest":
            from commandpost.ui.selftest import check_window

            args.window_checks = check_window
        return execute(handler, args)
    if args.sample:  # practice data in a window of its own; the real database is never opened
        from commandpost.ui.sample_drill import run_sample_window

        return run_sample_window(args.lang)
    from commandpost.ui.app import run_window

    # --db as given (the window resolves the rest as the command line does); --user: filled in
    return run_window(args.db, args.lang, args.user, plan_file, args.check_start)


def plan_file_argument(
    parser: argparse.ArgumentParser, argv: list[str]
) -> tuple[str | None, list[str]]:
    """The plan file among the arguments, if the first positional one is a file and no command;
    and the arguments without it."""
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    skip = False
    for n, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            break
        elif arg.startswith("-"):
            skip = arg in _VALUED_OPTIONS
        elif arg in commands:
            break
        elif arg.lower().endswith((".yaml", ".yml")) or Path(arg).is_file():
            return arg, argv[:n] + argv[n + 1 :]
        else:
            break
    return None, argv
