"""``commandpost incident …``: run an incident from the command line or a script.

Every action calls the same service as the window, with ``--user`` as the acting user. Times are
printed in local time; a time given without a zone (``--at 2026-03-02T09:30``) is local time.
A task is named by its plan key (``cs-add-agents``, ``adhoc-1``) or its number.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from commandpost.cli import incident_actions as act


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    incident = commands.add_parser(
        "incident", help="incidents and drills: warn, declare, work the checklists, close"
    )
    actions = incident.add_subparsers(dest="incident_command", metavar="ACTION", required=True)

    def action(name: str, text: str, handler: Any) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=text)
        parser.add_argument("--json", action="store_true", help="print data as JSON")
        parser.set_defaults(handler=handler)
        return parser

    _register_declaring(action)
    _register_task_work(action)
    _register_running(action)


Action = Callable[[str, str, Any], argparse.ArgumentParser]


def _register_declaring(action: Action) -> None:
    p = action("warn", "raise a warning on a plan (e.g. from a monitoring script)", act.warn)
    p.add_argument("--plan", required=True, metavar="ID")
    p.add_argument("--figure", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--note")
    p.add_argument("--drill", action="store_true", help="a warning for a drill")

    p = action("warnings", "list warnings waiting for a decision", act.warnings)
    p.add_argument("--all", action="store_true", help="also activated and dismissed ones")

    p = action("dismiss", "dismiss a warning", act.dismiss)
    p.add_argument("warning_id", type=int, metavar="WARNING_ID")
    p.add_argument("--reason", required=True)

    p = action("declare", "declare an incident (or a drill) on an approved plan", act.declare)
    p.add_argument("--plan", metavar="ID", help="default with --from-warning: the warning's plan")
    p.add_argument("--category", required=True)
    p.add_argument("--level", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--description", default="")
    p.add_argument("--drill", action="store_true", help="a drill, not a real incident")
    p.add_argument("--at", metavar="ISO_TIME", help="when it was declared (default: now)")
    p.add_argument("--from-warning", type=int, metavar="N", help="activate this warning")

    p = action("list", "list active incidents and drills", act.list_incidents)
    p.add_argument("--all", action="store_true", help="closed ones too")

    p = action("show", "the command board of an incident", act.show)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("--events", type=int, default=20, metavar="N", help="timeline entries")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")


def _register_task_work(action: Action) -> None:
    p = action("tasks", "an incident's checklist, soonest due first", act.tasks)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("--department", metavar="D")
    p.add_argument("--status", choices=("open", "overdue", "all"), default="all")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")

    for name, text, extra in (
        ("tick", "mark a task done", "--note"),
        ("reopen", "open a done or not-applicable task again", "--reason"),
        ("na", "mark a task not applicable", "--reason"),
    ):
        p = action(name, text, act.task_step)
        p.add_argument("incident_id", type=int, metavar="ID")
        p.add_argument("task", metavar="TASK", help="plan task key or task number")
        p.add_argument(extra, required=extra == "--reason")
        p.add_argument("--expect-version", type=int, metavar="V", help="refuse if changed since")
        p.set_defaults(step=name)

    p = action("assign", "name the person who does a task", act.task_step)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("task", metavar="TASK")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("--expect-version", type=int, metavar="V")
    p.set_defaults(step="assign")

    p = action("note", "add a note to a task", act.task_step)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("task", metavar="TASK")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--expect-version", type=int, metavar="V")
    p.set_defaults(step="note")

    p = action("add-task", "add an ad-hoc task for a department", act.add_task)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("--department", required=True)
    p.add_argument("--title", required=True, help="used for both languages unless --title-en")
    p.add_argument("--title-en", help="the English title, when --title is Chinese")
    p.add_argument("--detail")
    p.add_argument("--due", metavar="ISO_TIME")


def _register_running(action: Action) -> None:
    p = action("level", "raise or lower the level (a level key, or up / down)", act.level)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("level", metavar="LEVEL")
    p.add_argument("--reason", required=True)

    p = action("phase", "start the next phase, or jump forward to a named one", act.phase)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("phase", nargs="?", metavar="PHASE")

    p = action("report", "send a department's progress report", act.report)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("--department", required=True)
    p.add_argument("--done", default="")
    p.add_argument("--doing", default="")
    p.add_argument("--needs-help", default="")

    p = action("ack-report", "acknowledge a progress report", act.ack_report)
    p.add_argument("report_id", type=int, metavar="REPORT_ID")

    p = action("figure", "record a situation figure", act.figure)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("figure", metavar="KEY=VALUE")
    p.add_argument("--at", metavar="ISO_TIME", help="when it was measured (default: now)")

    p = action("close", "end the response", act.close)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("--reason", required=True)
