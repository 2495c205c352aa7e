"""``commandpost alerts`` and ``commandpost drills …``: what stands now, acknowledging alerts, and
the drill calendar.

``alerts`` answers "what stands as of this time" without recording anything; the alerts a desktop
has recorded carry a number, which ``alerts ack`` takes. Times are printed in local time; a time
given without a zone is local time, as in ``commandpost incident …``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from datetime import datetime

    from commandpost.services.alert_records import AlertState
    from commandpost.services.plans import PlanLibrary
    from commandpost.store.engine import Database

T = TypeVar("T")

EXIT_OK = 0
LANGS = ("zh", "en")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_alerts(commands)
    _register_drills(commands)


def _register_alerts(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    alerts = commands.add_parser(
        "alerts",
        help="what stands now (reminders, overdue tasks, escalations, reports and warnings due, "
        "drills); acknowledge alerts",
        usage="%(prog)s [-h] [--incident ID] [--at ISO_TIME] [--json] [--lang {zh,en}]\n"
        "       %(prog)s ack (ALERT_ID [ALERT_ID ...] | --all [--incident ID]) [--json]",
        description="List what stands as of now (or --at), most urgent first: escalations to a "
        "department head or the command group, overdue and due tasks, warnings waiting for the "
        "command group, progress reports due, drills starting, reminders, plans due for a drill "
        "or a review. Nothing is recorded by listing. An item a desktop has recorded shows its "
        "alert number, which 'commandpost alerts ack' takes.",
    )
    alerts.add_argument("--incident", type=int, metavar="ID", help="only this incident's items")
    alerts.add_argument(
        "--at",
        metavar="ISO_TIME",
        help="as of this time (default: now); local time unless it carries a zone",
    )
    alerts.add_argument("--json", action="store_true", help="print data as JSON (times in UTC)")
    _lang(alerts)
    alerts.set_defaults(handler=list_alerts)
    actions = alerts.add_subparsers(
        dest="alerts_command",
        metavar="ACTION",
        title="actions (optional)",
        required=False,
        prog=alerts.prog,  # not the two-line usage above
    )
    ack = actions.add_parser(
        "ack",
        help="acknowledge recorded alerts",
        description="Acknowledge recorded alerts by number, or every one not acknowledged yet "
        "with --all. Acknowledging an escalation is written on the incident's timeline; it does "
        "not close the task.",
    )
    ack.add_argument(
        "alert_ids",
        nargs="*",
        type=int,
        metavar="ALERT_ID",
        help="an alert's number, as 'commandpost alerts' shows it",
    )
    ack.add_argument("--all", action="store_true", help="every alert not acknowledged yet")
    ack.add_argument(
        "--incident",
        type=int,
        metavar="ID",
        default=argparse.SUPPRESS,
        help="with --all: only this incident's alerts",
    )
    ack.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print data as JSON"
    )
    _lang(ack)
    ack.set_defaults(handler=ack_alerts)


def _register_drills(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    drills = commands.add_parser(
        "drills",
        help="drills (演练): schedule, list, cancel; which plans are overdue for one",
        description="Put drills on the calendar per plan and see whether each plan is drilled as "
        "often as it requires. The drill itself is run as an incident marked as a drill "
        "('commandpost incident declare --drill'); a scheduled drill counts as held when a drill "
        "is declared on its plan the same day.",
    )
    actions = drills.add_subparsers(dest="drills_command", metavar="ACTION", required=True)

    p = actions.add_parser("schedule", help="put a drill on the calendar")
    p.add_argument("--plan", required=True, metavar="ID", help="an approved plan")
    p.add_argument(
        "--at", required=True, metavar="ISO_TIME", help="when; local time unless it has a zone"
    )
    p.add_argument("--scenario", required=True, metavar="TEXT", help="what the drill rehearses")
    p.add_argument("--level", required=True, metavar="KEY", help="a level of the plan")
    p.add_argument(
        "--departments",
        required=True,
        metavar="KEY[,KEY…]",
        help="the plan's departments taking part, separated by commas",
    )
    p.add_argument(
        "--remind",
        default="1 d",
        metavar="DURATION",
        help="how long before it everyone is reminded (default: 1 d)",
    )
    p.add_argument("--json", action="store_true", help="print data as JSON")
    p.set_defaults(handler=schedule_drill)

    p = actions.add_parser(
        "list", help="scheduled drills, soonest first, and each plan's drill standing"
    )
    p.add_argument("--plan", metavar="ID", help="only this plan")
    p.add_argument("--json", action="store_true", help="print data as JSON")
    _lang(p)
    p.set_defaults(handler=list_drills)

    p = actions.add_parser("cancel", help="take a drill off the calendar")
    p.add_argument("drill_id", type=int, metavar="ID", help="the drill's number, as listed")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why, for the record")
    p.add_argument("--json", action="store_true", help="print data as JSON")
    p.set_defaults(handler=cancel_drill)


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        help="language of task and plan titles (default: zh)",
    )


# --- running ----------------------------------------------------------------------------------


def _with_library(args: argparse.Namespace, action: Callable[[PlanLibrary], T]) -> T:
    """Open the database (a new one gets the shipped plans, as for ``incident``), do one action,
    and release the connections."""
    from commandpost.cli import database_url
    from commandpost.services.startup import open_library

    library = open_library(database_url(args))
    try:
        return action(library)
    finally:
        library.close()


def _actor(args: argparse.Namespace) -> str:
    from commandpost.cli import actor

    return actor(args)


def _language(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or "zh")


def _check_incident(db: Database, incident_id: int | None) -> None:
    """Refuse an incident number that names no incident (rather than say that nothing stands)."""
    if incident_id is not None:
        from commandpost.services.incidents import IncidentService

        IncidentService(db).get_incident(incident_id)


# --- alerts -----------------------------------------------------------------------------------


def list_alerts(args: argparse.Namespace) -> int:
    from datetime import UTC

    from commandpost.cli import alert_text
    from commandpost.cli.incident_actions import parse_time
    from commandpost.services.alerts import AlertService

    at = parse_time(args.at, "--at").astimezone(UTC) if args.at else None

    def read(library: PlanLibrary) -> tuple[datetime, list[AlertState]]:
        _check_incident(library.database, args.incident)
        service = AlertService(library.database)
        as_of = at or service.now()
        return as_of, service.as_of(as_of, args.incident)

    as_of, states = _with_library(args, read)
    if args.json:
        print(alert_text.dumps(alert_text.alerts_json(states, as_of)))
    else:
        print(alert_text.describe_alerts(states, as_of, _language(args), args.incident))
    return EXIT_OK


def ack_alerts(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.cli.alert_text import ack_line, dumps
    from commandpost.services.alert_records import AlertInfo
    from commandpost.services.alerts import AlertService
    from commandpost.services.incident_base import IncidentNotFoundError

    if args.at:
        raise BadInput("--at goes with the list of alerts, not with ack")
    ids = list(dict.fromkeys(args.alert_ids))
    if args.all == bool(ids):
        raise BadInput("name the alerts to acknowledge by number, or give --all (not both)")
    if args.incident is not None and not args.all:
        raise BadInput("--incident goes with --all; alerts named by number need no incident")
    actor = _actor(args)

    if args.all:

        def all_of(library: PlanLibrary) -> int:
            _check_incident(library.database, args.incident)
            return AlertService(library.database).acknowledge_all(actor, None, args.incident)

        count = _with_library(args, all_of)
        scope = f" of incident {args.incident}" if args.incident is not None else ""
        alerts = "1 alert" if count == 1 else f"{count} alerts"
        text = f"{alerts}{scope} acknowledged" if count else f"no alert{scope} was waiting"
        print(dumps({"acknowledged": count}) if args.json else text)
        return EXIT_OK

    def each(library: PlanLibrary) -> tuple[list[AlertInfo], list[int]]:
        service = AlertService(library.database)
        done, unknown = [], []
        for alert_id in ids:
            try:
                done.append(service.acknowledge(alert_id, actor))
            except IncidentNotFoundError:
                unknown.append(alert_id)
        return done, unknown

    done, unknown = _with_library(args, each)
    if done:
        lang = _language(args)
        print(dumps(done) if args.json else "\n".join(ack_line(a, lang) for a in done))
    if unknown:
        if len(unknown) == 1:
            raise BadInput(f"there is no alert {unknown[0]}")
        listed = ", ".join(map(str, unknown[:-1])) + f" and {unknown[-1]}"
        raise BadInput(f"there are no alerts {listed}")
    return EXIT_OK


# --- drills -----------------------------------------------------------------------------------


def schedule_drill(args: argparse.Namespace) -> int:
    from commandpost.cli.alert_text import dumps, scheduled_line
    from commandpost.cli.incident_actions import parse_time
    from commandpost.services.drills import DrillService

    at = parse_time(args.at, "--at")
    departments = [d.strip() for d in args.departments.split(",") if d.strip()]
    drill = _with_library(
        args,
        lambda library: DrillService(library.database).schedule(
            args.plan,
            at,
            args.scenario,
            args.level,
            departments,
            _actor(args),
            remind_before=args.remind,
        ),
    )
    print(dumps(drill) if args.json else scheduled_line(drill))
    return EXIT_OK


def list_drills(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.cli.alert_text import describe_drills, dumps
    from commandpost.clock import utc_now
    from commandpost.services.alert_records import DrillInfo, DrillStanding
    from commandpost.services.drills import DrillService

    def read(library: PlanLibrary) -> tuple[list[DrillInfo], list[DrillStanding]]:
        if args.plan is not None and args.plan not in {p.plan_id for p in library.list_plans()}:
            raise BadInput(f"there is no plan {args.plan!r} in the library")
        service = DrillService(library.database)
        standings = service.standings()
        if args.plan is not None:
            standings = [s for s in standings if s.plan_id == args.plan]
        return service.drills(args.plan), standings

    drills, standings = _with_library(args, read)
    if args.json:
        print(dumps({"drills": drills, "standings": standings}))
    else:
        print(describe_drills(drills, standings, utc_now(), _language(args)))
    return EXIT_OK


def cancel_drill(args: argparse.Namespace) -> int:
    from commandpost.cli.alert_text import dumps
    from commandpost.cli.incident_text import local
    from commandpost.services.drills import DrillService

    drill = _with_library(
        args,
        lambda library: DrillService(library.database).cancel(
            args.drill_id, _actor(args), args.reason
        ),
    )
    text = (
        f"drill {drill.id} on plan {drill.plan_id} at {local(drill.scheduled_at)} cancelled: "
        f"{drill.note}"
    )
    print(dumps(drill) if args.json else text)
    return EXIT_OK
