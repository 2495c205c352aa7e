"""``commandpost diagnostics --out FILE.zip``: one archive to send to support.

What it holds is decided in :mod:`commandpost.diagnostics` (shared with the window's Help menu):
versions, the database in use without its password, the saved settings without secrets, the
recent log. Nobody signs in and no password is asked for: the command must work exactly when
the database does not, and its schema version is read only if that needs no prompt.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK = 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "diagnostics",
        help="write a .zip for support: versions, database, settings (no passwords), recent log",
        description="Write a .zip for support with the versions of CommandPost and what it "
        "uses, the database in use (without its password), the saved settings (without "
        "secrets) and the most recent lines of the log. Passwords are never included.",
    )
    p.add_argument("--out", required=True, metavar="FILE.zip", help="the file to write")
    p.set_defaults(handler=export, signs_in=False)


def export(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.diagnostics import collect, write_zip

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise BadInput(f"{out} is a folder; name the .zip file to write.")
    found = collect(getattr(args, "db", None))
    try:
        write_zip(out, found)
    except OSError as error:
        reason = error.strerror or error
        raise BadInput(f"The diagnostics cannot be written to {out} ({reason}).") from None
    print(f"Diagnostics written to {out.resolve()}.")
    database = found.summary["database"]
    problem = database.get("schema_problem") or database.get("problem")
    if problem:
        print(f"Note: {problem}")
    return EXIT_OK
