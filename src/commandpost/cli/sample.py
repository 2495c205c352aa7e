"""``commandpost sample --out FILE``: write the sample drill to a new SQLite file.

The same practice database the window opens with ``commandpost --sample`` (see
:mod:`commandpost.services.sample`), written where the user says, to look at with the other
commands (``commandpost --db sqlite:///FILE --user sample-lead incident show 1``, with the lead's
random password, which is printed). It never touches the database in use: nobody signs in to
write it, and an existing file is refused rather than overwritten.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

EXIT_OK = 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser(
        "sample",
        help="write the sample drill (practice data) to a new SQLite file",
        description="Write a new SQLite database holding the shipped plans and one sample "
        "drill on the customer-service emergency plan, declared 40 minutes ago, with tasks "
        "done and overdue, a level raised and alerts. Practice data, never your real incidents.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the new database file to write")
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of the sample's texts (default: zh)",
    )
    p.set_defaults(handler=write, signs_in=False)


def write(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.services.sample import SampleError, build_sample

    try:
        built = build_sample(Path(args.out), args.lang)
    except SampleError as error:
        raise BadInput(f"{error}.") from None
    print(f"Sample drill written to {built.path.resolve()} (incident {built.incident_id}).")
    user, url = shlex.quote(built.lead.username), shlex.quote(built.url)
    print(f"Sign in as {built.lead.username} with the password {built.lead_password}, e.g.:")
    print(f"  commandpost --db {url} --user {user} incident show {built.incident_id}")
    return EXIT_OK
