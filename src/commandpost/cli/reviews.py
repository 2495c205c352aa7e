"""``commandpost review …``: an incident's review as the command line shows it, and the improvement
actions still open across incidents.

``review show`` prints the facts read from the incident's own record (levels, phases, time to
activation, how each department kept its time limits, late tasks, escalations, reports and
figures), then what the command group wrote. A closed incident's review opens (revision 1, a
draft, in ``--user``'s name) the first time anyone asks for it; an active incident has no review
yet and shows its facts as of now. Times are printed in local time; ``--json`` gives them in UTC
and durations in seconds.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from commandpost.services.review_records import ImprovementAction, ReviewFacts, ReviewInfo
    from commandpost.services.reviews import ReviewService

T = TypeVar("T")

EXIT_OK = 0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser(
        "review",
        help="post-incident reviews (复盘): an incident's facts and written review; open "
        "improvement actions",
        description="The review of a closed incident or drill: the facts read from its record, "
        "then the summary, what happened, strengths, shortcomings and improvements the command "
        "group wrote (for a drill also its objectives and HSEEP ratings), and the improvement "
        "actions it decided on.",
    )
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "show",
        help="an incident's review: the facts from its record, then what was written",
        description="Show an incident's review. A closed incident's review opens (revision 1, "
        "a draft) the first time it is asked for; an active incident shows its facts as of now, "
        "and its review opens when the response closes.",
    )
    p.add_argument("incident_id", type=int, metavar="ID", help="the incident's number")
    p.add_argument(
        "--json",
        action="store_true",
        help="print data as JSON (times in UTC, durations in seconds)",
    )
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=argparse.SUPPRESS,
        help="language of the plan's names and task titles (default: zh)",
    )
    p.set_defaults(handler=show)

    p = actions.add_parser(
        "actions",
        help="improvement actions not done yet, across incidents, soonest due first",
        description="List the improvement actions not done yet, across every incident and "
        "drill: soonest due first (those past their due date marked OVERDUE), those without a "
        "due date last.",
    )
    p.add_argument(
        "--department", metavar="D", help="only this department's (its key in the plans)"
    )
    p.add_argument("--json", action="store_true", help="print data as JSON")
    p.set_defaults(handler=list_actions)


def _run(args: argparse.Namespace, action: Callable[[ReviewService], T]) -> T:
    """Open the review service (a new database gets the shipped plans, as for ``incident``),
    do one action, and release the connections."""
    from commandpost.cli import database_url
    from commandpost.services.reviews import ReviewService
    from commandpost.services.startup import open_library

    library = open_library(database_url(args))
    try:
        return action(ReviewService(library.database))
    finally:
        library.close()


def show(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.cli.review_text import describe_review, dumps, review_json

    def read(service: ReviewService) -> tuple[ReviewFacts, ReviewInfo | None]:
        facts = service.facts(args.incident_id)
        if facts.incident.status != "closed":
            return facts, None
        return facts, service.review(args.incident_id, actor(args))

    facts, review = _run(args, read)
    if args.json:
        print(dumps(review_json(facts, review)))
    else:
        print(describe_review(facts, review, str(getattr(args, "lang", None) or "zh")))
    return EXIT_OK


def list_actions(args: argparse.Namespace) -> int:
    from commandpost.cli.review_text import describe_actions, dumps

    found: list[ImprovementAction] = _run(
        args, lambda service: service.open_actions(args.department)
    )
    print(dumps(found) if args.json else describe_actions(found, args.department))
    return EXIT_OK
