"""``commandpost plans …``: validate, import, list, show and move plan versions."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plans = commands.add_parser("plans", help="the plan library")
    actions = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True)

    validate = actions.add_parser("validate", help="check plan files (no database needed)")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(handler=_validate)

    import_ = actions.add_parser("import", help="import plan files as versions")
    import_.add_argument("files", nargs="+", metavar="FILE")
    import_.set_defaults(handler=_import)

    list_ = actions.add_parser("list", help="list plans and their versions")
    list_.add_argument("--json", action="store_true", help="print data as JSON")
    list_.set_defaults(handler=_list)

    show = actions.add_parser("show", help="show a plan version")
    show.add_argument("plan_id", metavar="ID")
    show.add_argument("--version", type=int, help="default: the approved version, else the newest")
    show.add_argument("--json", action="store_true", help="print data as JSON")
    show.add_argument("--lang", choices=("zh", "en"), default="zh")
    show.set_defaults(handler=_show)

    for name, text in (
        ("submit", "send a draft for review"),
        ("approve", "approve a version (the approved one before it is retired)"),
        ("return", "send a version in review back to draft"),
        ("retire", "retire a version"),
    ):
        step = actions.add_parser(name, help=text)
        step.add_argument("plan_id", metavar="ID")
        step.add_argument("--version", type=int, required=True)
        step.add_argument("--note", help="why, for the record")
        step.set_defaults(handler=_step, step=name)


def _validate(args: argparse.Namespace) -> int:
    from commandpost.plan.loader import PlanFileError, load_plan_file

    failed = False
    seen: dict[str, str] = {}
    for name in args.files:
        try:
            loaded = load_plan_file(name)
        except PlanFileError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        plan = loaded.plan
        if plan.id in seen:
            failed = True
            line = loaded.key_lines.get("id", 1)
            print(
                f"{name}:{line}: id: plan {plan.id!r} is also defined in {seen[plan.id]}",
                file=sys.stderr,
            )
            continue
        seen[plan.id] = name
        print(
            f"{name}: ok — {plan.id} version {plan.version}, "
            f"{len(plan.departments)} departments, {len(plan.tasks)} tasks"
        )
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _library(args: argparse.Namespace) -> Any:
    from commandpost.cli import database_url
    from commandpost.services.startup import open_library

    return open_library(database_url(args))


def _import(args: argparse.Namespace) -> int:
    from commandpost.cli import actor
    from commandpost.plan.loader import PlanFileError, load_plan_file

    loaded_files = []
    problems = []
    for name in args.files:
        try:
            loaded_files.append(load_plan_file(name))
        except PlanFileError as exc:
            problems.extend(exc.problems)
    if problems:  # nothing is imported unless every file is valid
        for problem in problems:
            print(problem, file=sys.stderr)
        print("nothing imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    library = _library(args)
    for loaded in loaded_files:
        result = library.import_plan(loaded, actor(args))
        print(f"{loaded.name}: {result.plan_id} version {result.version} {result.outcome}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from commandpost.clock import utc_now

    library = _library(args)
    now = utc_now()
    plans = library.list_plans()
    if args.json:
        data = [
            {
                "id": p.plan_id,
                "title": {"zh": p.current.title_zh, "en": p.current.title_en},
                "approved_version": p.approved.version if p.approved else None,
                "review_overdue": bool(p.approved and p.approved.review_overdue(now)),
                "versions": [_version_json(v) for v in p.versions],
            }
            for p in plans
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for p in plans:
        flag = "  REVIEW OVERDUE" if p.approved and p.approved.review_overdue(now) else ""
        print(f"{p.plan_id}  {p.current.title_zh} / {p.current.title_en}{flag}")
        for v in p.versions:
            print(
                f"    version {v.version}  {v.status:<9}  "
                f"imported {_local(v.imported_at)} by {v.imported_by}"
            )
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from commandpost.cli.plan_text import describe

    detail = _library(args).get(args.plan_id, args.version)
    if args.json:
        data = {
            **_version_json(detail.info),
            "history": [
                {
                    "from": c.from_status,
                    "to": c.to_status,
                    "by": c.actor,
                    "at": c.at.isoformat(),
                    "note": c.note,
                }
                for c in detail.history
            ],
            "plan": detail.plan.to_document(),
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(describe(detail, args.lang))
    return EXIT_OK


def _step(args: argparse.Namespace) -> int:
    from commandpost.cli import actor

    library = _library(args)
    method = {
        "submit": library.submit,
        "approve": library.approve,
        "return": library.return_to_draft,
        "retire": library.retire,
    }[args.step]
    info = method(args.plan_id, args.version, actor(args), args.note)
    print(f"{info.plan_id} version {info.version} is now {info.status.replace('_', ' ')}")
    return EXIT_OK


def _version_json(v: Any) -> dict[str, Any]:
    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment else None

    return {
        "plan_id": v.plan_id,
        "version": v.version,
        "status": v.status,
        "title": {"zh": v.title_zh, "en": v.title_en},
        "source": v.source_name,
        "imported_at": iso(v.imported_at),
        "imported_by": v.imported_by,
        "approved_at": iso(v.approved_at),
        "approved_by": v.approved_by,
        "review_due_at": iso(v.review_due_at),
    }


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
