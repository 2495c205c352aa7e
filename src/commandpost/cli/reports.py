"""``commandpost report …``: printed reports as PDF files, for filing.

``report incident`` prints an incident's review (a drill's as the after-action report),
``report drill`` a drill's after-action report and improvement plan, ``report plan`` a plan
version's binder, ``report batch`` every incident and drill closed in a period into a folder with
an ``index.csv``. Reading a closed incident's review opens its first revision (a draft, in
``--user``'s name) if nobody has yet. Progress goes to stderr; the path written to stdout.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commandpost.reports.export import Services

EXIT_OK, EXIT_FAILURE = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="printed reports as PDF: incident reviews, drill reports, plan binders",
        description="Write a report as a PDF file (Chinese by default, --lang en for English), "
        "with the bundled Chinese font embedded, for filing or printing.",
    )
    kinds = report.add_subparsers(dest="report_command", metavar="KIND", required=True)

    p = kinds.add_parser(
        "incident",
        help="the review report of a closed incident (a drill gets its after-action report)",
    )
    p.add_argument("incident_id", type=int, metavar="ID", help="the incident's number")
    _out_and_lang(p)
    p.set_defaults(handler=incident, kind=None)

    p = kinds.add_parser(
        "drill", help="a closed drill's after-action report and improvement plan (AAR/IP)"
    )
    p.add_argument("incident_id", type=int, metavar="ID", help="the drill's incident number")
    _out_and_lang(p)
    p.set_defaults(handler=incident, kind="drill")

    p = kinds.add_parser("plan", help="a plan version printed for the offline binder")
    p.add_argument("plan_id", metavar="ID", help="the plan's id, as 'commandpost plans list' shows")
    p.add_argument(
        "--version",
        type=int,
        metavar="N",
        help="which version (default: the approved one, else the newest)",
    )
    _out_and_lang(p)
    p.set_defaults(handler=plan)

    p = kinds.add_parser(
        "batch",
        help="every incident and drill closed in a period: one PDF each and index.csv",
        description="Write the review of every incident and drill whose response closed between "
        "--since and --until (local dates, both included) into a folder, one PDF each, with "
        "index.csv listing them (UTF-8, opens in Excel).",
    )
    p.add_argument("--since", required=True, metavar="DATE", help="first day, e.g. 2026-01-01")
    p.add_argument("--until", required=True, metavar="DATE", help="last day, e.g. 2026-03-31")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    _lang(p)
    p.set_defaults(handler=batch)


def _out_and_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    _lang(parser)


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=argparse.SUPPRESS,
        help="language of the report (default: zh)",
    )


def _language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "zh")


def _pdf(text: str) -> Path:
    from commandpost.cli import BadInput

    out = Path(text).expanduser()
    if out.is_dir():
        raise BadInput(f"{out} is a folder; give the name of the PDF file to write")
    if out.suffix.lower() != ".pdf":
        raise BadInput(f"{out} does not end in .pdf; name the file to write, e.g. report.pdf")
    return out


def _day(text: str, what: str) -> date:
    from commandpost.cli import BadInput

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(f"{what} {text!r} is not a date; write it as 2026-03-02") from None


class _Steps:
    """Progress lines on stderr: one at each tenth of the way."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != self.shown:
            self.shown = tenth
            print(f"{self.label}: {tenth * 10}%", file=sys.stderr, flush=True)


def _written(path: Path) -> int:
    print(path)
    return EXIT_OK


def _cannot_write(error: OSError) -> int:
    where = f" {error.filename}" if error.filename else ""
    print(f"commandpost: cannot write{where}: {error.strerror or error}", file=sys.stderr)
    return EXIT_FAILURE


def _open(args: argparse.Namespace) -> Services:
    """The services on the database (a new one gets the shipped plans, as for ``incident``)."""
    from commandpost.cli import database_url
    from commandpost.reports.export import Services
    from commandpost.services.reviews import ReviewService
    from commandpost.services.startup import open_library

    library = open_library(database_url(args))
    return Services(ReviewService(library.database), library)


def incident(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.reports.export import export_incident

    out = _pdf(args.out)
    services = _open(args)
    try:
        label = f"{'drill' if args.kind == 'drill' else 'incident'} {args.incident_id}"
        path = export_incident(
            services,
            args.incident_id,
            out,
            _language(args),
            _Steps(label),
            kind=args.kind,
            actor=actor(args),
        )
    except OSError as error:
        return _cannot_write(error)
    finally:
        services.library.close()
    return _written(path)


def plan(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.reports.export import export_plan

    out = _pdf(args.out)
    services = _open(args)
    try:
        path = export_plan(
            services,
            args.plan_id,
            out,
            _language(args),
            _Steps(f"plan {args.plan_id}"),
            version=args.version,
            actor=actor(args),
        )
    except OSError as error:
        return _cannot_write(error)
    finally:
        services.library.close()
    return _written(path)


def batch(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput, actor
    from commandpost.reports.export import export_batch

    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    if until < since:
        raise BadInput(f"--until {until} comes before --since {since}")
    folder = Path(args.out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"{folder} is a file; give the folder to write the reports into")
    services = _open(args)
    try:
        result = export_batch(
            services,
            since,
            until,
            folder,
            _language(args),
            _Steps("batch"),
            actor=actor(args),
            written=lambda path: print(f"wrote {path}", file=sys.stderr, flush=True),
        )
    except OSError as error:
        return _cannot_write(error)
    finally:
        services.library.close()
    count = len(result.files)
    reports = "1 report" if count == 1 else f"{count} reports"
    print(f"{reports} and {result.index.name} in {result.folder}")
    return EXIT_OK
