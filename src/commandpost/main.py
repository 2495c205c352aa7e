"""The ``commandpost`` program: the window when no command is given, else the command line."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from commandpost.cli import build_parser, execute

    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return execute(handler, args)
    from commandpost.ui.app import run_window

    # --db as given (the window resolves the rest as the command line does); --user: filled in
    return run_window(args.db, args.lang, args.user)
