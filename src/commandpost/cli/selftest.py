"""``commandpost selftest [--out DIR]``: does this installation work? One line per check.

The checks are :mod:`commandpost.selftest` (a throw-away database, the shipped plans, a drill and
its PDF, the PostgreSQL driver, the keyring, the time zones) and, when the program's entry point
hands them in as ``args.window_checks``, the window's (``ui/selftest.py``: Qt offscreen, the font,
the translations, the icon, the main window). The command line cannot import the window itself
(the layers keep them apart), so ``commandpost.main`` wires it in as it wires in the window.

Nothing of the user's is touched: no database but the self-test's own, no sign-in, no settings.
With ``--out`` the database and the PDF are kept there for a closer look; else a temporary
folder is removed afterwards. Exit 0 only if every check passed, else 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from commandpost import __version__
from commandpost.selftest import DATABASE_FILE, Check, database_url, run_checks

EXIT_OK, EXIT_FAILURE = 0, 1

WindowChecks = Callable[[str], Iterable[Check]]
"""Given the self-test database's URL, the window's checks (``ui.selftest.check_window``)."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "selftest",
        help="check that this installation works (database, plans, PDF, window); for support",
        description="Check that this installation of CommandPost works: create a throw-away "
        "database, import the shipped plans, run a drill and print its report as a PDF, load "
        "the PostgreSQL driver, the keyring and the time zones, then start the window offscreen "
        "on that database. One line per check; exit status 0 only if all passed. Your own "
        "database and settings are not touched.",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        help="keep the self-test's database and PDF in this folder (default: a temporary "
        "folder, removed afterwards)",
    )
    p.set_defaults(handler=run, signs_in=False, window_checks=None)


def run(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput

    window: WindowChecks | None = args.window_checks
    print(f"CommandPost {__version__} self-test ({sys.platform})", flush=True)
    checks: list[Check] = []
    try:
        with _folder(args.out) as folder:
            for check in run_checks(folder):
                checks.append(_show(check))
            if window is None:
                _show(Check("window", True, "not checked: only the command line was asked"))
            elif all(c.passed for c in checks if c.name == "plans"):
                checks.extend(_show(found) for found in window(database_url(folder)))
            else:
                checks.append(_show(Check("window", False, "not run: it needs the plans check")))
    except OSError as error:
        raise BadInput(f"the self-test folder cannot be used ({error.strerror or error})") from None
    failed = [c for c in checks if not c.passed]
    if failed:
        print(f"{len(failed)} of {len(checks)} checks failed: this installation does not work.")
        return EXIT_FAILURE
    print(f"All {len(checks)} checks passed.")
    return EXIT_OK


def _show(check: Check) -> Check:
    mark = "ok    " if check.passed else "FAILED"
    print(f"{mark}  {check.name:<12} {check.detail}", flush=True)
    return check


@contextmanager
def _folder(out: str | None) -> Iterator[Path]:
    if out is None:
        with tempfile.TemporaryDirectory(prefix="commandpost-selftest-") as temp:
            yield Path(temp)
        return
    from commandpost.cli import BadInput

    folder = Path(out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder} is not a folder; name a folder for the self-test's files")
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob(f"{DATABASE_FILE}*"):  # an earlier run's: the checks need a new one
        leftover.unlink()
    yield folder
