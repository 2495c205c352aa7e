"""``commandpost audit …``: check the audit trail's hash chain, list its entries, export them.

``audit verify`` exits 0 when the chain is intact and 1 at the first broken link, which it names
(sequence number, table and row, what is wrong). Times are printed in local time; ``--json`` and
the CSV export give them in UTC.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commandpost.services.audit import AuditRecord, AuditService

EXIT_OK, EXIT_BROKEN = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser(
        "audit",
        help="the audit trail: who changed what and when, chained so that tampering shows",
        description="Every change to the database is recorded in the audit trail with who, "
        "when and what, each entry hashed together with the one before it.",
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "verify",
        help="check the hash chain; exit 1 at the first broken link",
        description="Walk the audit trail in order and report OK with the number of entries, "
        "or the first broken link: an entry whose content changed, a missing entry (a gap in "
        "the sequence), or an entry whose previous hash does not match.",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=verify)

    p = actions.add_parser("list", help="audit entries, oldest first")
    p.add_argument(
        "--since", metavar="ISO_TIME", help="only from then on (local time unless zoned)"
    )
    p.add_argument("--table", metavar="T", help="only changes to this table")
    p.add_argument("--limit", type=int, metavar="N", help="only the newest N entries")
    p.add_argument("--json", action="store_true", help="print data as JSON (times in UTC)")
    p.set_defaults(handler=list_entries)

    p = actions.add_parser(
        "export", help="write the audit entries to a CSV file (UTF-8 with BOM, times in UTC)"
    )
    p.add_argument("--out", required=True, metavar="FILE.csv", help="the file to write")
    p.add_argument("--since", metavar="ISO_TIME", help="only from then on")
    p.add_argument("--until", metavar="ISO_TIME", help="only before then")
    p.set_defaults(handler=export)


def _service(args: argparse.Namespace) -> AuditService:
    from commandpost.cli import database_url
    from commandpost.services.audit import AuditService
    from commandpost.store.schema import open_database

    return AuditService(open_database(database_url(args)))


def verify(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        result = service.verify()
    finally:
        service.close()
    broken = result.broken
    if args.json:
        out: dict[str, Any] = {"ok": result.ok, "checked": result.checked}
        out["broken"] = None if broken is None else asdict(broken)
        print(json.dumps(out, ensure_ascii=False, indent=2))
    elif broken is None:
        print(f"OK: the audit trail's {result.checked} entries are intact.")
    else:
        print(
            f"BROKEN at entry {broken.seq} ({broken.table} row {broken.row_id}): "
            f"{broken.problem}: {broken.detail}. {result.checked} entries before it are intact."
        )
    return EXIT_OK if broken is None else EXIT_BROKEN


def list_entries(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput, actor
    from commandpost.cli.incident_actions import parse_time

    if args.limit is not None and args.limit < 1:
        raise BadInput("--limit must be at least 1")
    since = parse_time(args.since, "--since") if args.since else None
    service = _service(args)
    try:
        found = service.entries(since=since, table=args.table, limit=args.limit, actor=actor(args))
    finally:
        service.close()
    if args.json:
        print(json.dumps([_json(r) for r in found], ensure_ascii=False, indent=2))
    else:
        for r in found:
            at = r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            changes = json.dumps(r.changes, ensure_ascii=False, sort_keys=True)
            print(f"{r.seq:>6}  {at}  {r.actor}  {r.action} {r.table} {r.row_id}  {changes}")
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.cli.incident_actions import parse_time

    since = parse_time(args.since, "--since") if args.since else None
    until = parse_time(args.until, "--until") if args.until else None
    path = Path(args.out)
    service = _service(args)
    try:
        count = service.export(path, since=since, until=until, actor=actor(args))
    finally:
        service.close()
    print(f"Wrote {count} audit entries to {path}.")
    return EXIT_OK


def _json(r: AuditRecord) -> dict[str, Any]:
    out = asdict(r)
    out["at"] = r.at.isoformat()
    return out
