"""The handlers of ``commandpost incident …`` (the parser is in ``cli/incidents.py``).

Each handler opens the incident service, calls one action with ``--user`` as the acting user and
prints the result as a line of text (local time) or, with ``--json``, as data.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from commandpost.services.incident_records import IncidentSummary, TaskInfo
    from commandpost.services.incidents import IncidentService

T = TypeVar("T")

EXIT_OK = 0


# --- parsing ----------------------------------------------------------------------------------


def parse_time(text: str, what: str) -> datetime:
    """ISO 8601; without a zone it is the desktop's local time."""
    from commandpost.cli import BadInput

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            f"{what} {text!r} is not a time; write it as 2026-03-02T09:30 (local time) "
            "or with a zone, e.g. 2026-03-02T09:30+08:00"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def parse_figure(text: str) -> tuple[str, float]:
    from commandpost.cli import BadInput

    key, sep, value = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise BadInput(f"write a figure as KEY=VALUE, e.g. waiting_customers=850 (got {text!r})")
    try:
        return key, float(value)
    except ValueError:
        raise BadInput(f"the figure {key} must be a number, not {value.strip()!r}") from None


# --- handlers ---------------------------------------------------------------------------------


def _run(args: argparse.Namespace, action: Callable[[IncidentService], T]) -> T:
    """Open the incident service, do one action, and release the database connections."""
    from commandpost.cli import database_url
    from commandpost.services.startup import open_incidents

    service = open_incidents(database_url(args))
    try:
        return action(service)
    finally:
        service.dispose()


def _actor(args: argparse.Namespace) -> str:
    from commandpost.cli import actor

    return actor(args)


def _out(args: argparse.Namespace, record: Any, text: str) -> int:
    from commandpost.cli.incident_text import dumps

    print(dumps(record) if args.json else text)
    return EXIT_OK


def warn(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.cli.incident_text import warning_line

    figures: dict[str, float] = {}
    for text in args.figure:
        key, value = parse_figure(text)
        if key in figures:
            raise BadInput(f"the figure {key} is given twice")
        figures[key] = value
    warning = _run(
        args, lambda service: service.warn(args.plan, figures, _actor(args), args.note, args.drill)
    )
    return _out(args, warning, warning_line(warning))


def warnings(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import warning_line

    warnings = _run(args, lambda service: service.list_warnings(open_only=not args.all))
    return _out(args, warnings, "\n".join(warning_line(w) for w in warnings) or "no warnings")


def dismiss(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import warning_line

    warning = _run(
        args, lambda service: service.dismiss_warning(args.warning_id, _actor(args), args.reason)
    )
    return _out(args, warning, warning_line(warning))


def declare(args: argparse.Namespace) -> int:
    from commandpost.cli import BadInput
    from commandpost.cli.incident_text import drill

    at = parse_time(args.at, "--at") if args.at else None

    def declare(service: IncidentService) -> IncidentSummary:
        plan_id, is_drill = args.plan, args.drill
        if args.from_warning is not None:  # the plan and the drill mark come with the warning
            warning = service.get_warning(args.from_warning)
            plan_id = plan_id or warning.plan_id
            is_drill = is_drill or warning.is_drill
        if not plan_id:
            raise BadInput("name the plan with --plan ID (or declare --from-warning N)")
        return service.declare(
            plan_id,
            args.category,
            args.level,
            args.title,
            _actor(args),
            description=args.description,
            is_drill=is_drill,
            declared_at=at,
            warning_id=args.from_warning,
        )

    s = _run(args, declare)
    return _out(
        args,
        s,
        f"{drill(s.is_drill)}incident {s.id} declared: {s.title} — plan {s.plan_id} version "
        f"{s.plan_version}, level {s.level}, phase {s.phase}, {s.open_tasks} open tasks",
    )


def list_incidents(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import incident_line

    incidents = _run(args, lambda service: service.list_incidents(include_closed=args.all))
    return _out(args, incidents, "\n".join(map(incident_line, incidents)) or "no incidents")


def show(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import board_json, describe_board, dumps
    from commandpost.clock import utc_now

    board = _run(args, lambda service: service.board(args.incident_id, events_limit=args.events))
    print(dumps(board_json(board)) if args.json else describe_board(board, utc_now(), args.lang))
    return EXIT_OK


def tasks(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import task_line
    from commandpost.clock import utc_now

    now = utc_now()
    tasks = _run(args, lambda service: service.tasks(args.incident_id, args.department))
    if args.status == "open":
        tasks = [t for t in tasks if t.status == "open"]
    elif args.status == "overdue":
        tasks = [t for t in tasks if t.is_overdue(now)]
    return _out(args, tasks, "\n".join(task_line(t, now, args.lang) for t in tasks) or "no tasks")


def task_step(args: argparse.Namespace) -> int:
    actor, expected, step = _actor(args), args.expect_version, args.step

    def work(service: IncidentService) -> TaskInfo:
        task = service.find_task(args.incident_id, args.task)
        if step == "tick":
            return service.tick(task.id, actor, args.note, expected_version=expected)
        if step == "reopen":
            return service.reopen(task.id, actor, args.reason, expected_version=expected)
        if step == "na":
            return service.mark_not_applicable(
                task.id, actor, args.reason, expected_version=expected
            )
        if step == "assign":
            return service.assign(task.id, actor, args.person, expected_version=expected)
        return service.add_note(task.id, actor, args.text, expected_version=expected)

    done = _run(args, work)
    said = {
        "tick": "is done",
        "reopen": "is open again",
        "na": "is marked not applicable",
        "assign": f"is assigned to {done.assignee}",
        "note": "has a new note",
    }[step]
    return _out(args, done, f"task {done.key} ({done.id}) {said}")


def add_task(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import local

    title = (args.title, args.title_en) if args.title_en else args.title
    due = parse_time(args.due, "--due") if args.due else None
    task = _run(
        args,
        lambda service: service.add_task(
            args.incident_id, args.department, title, _actor(args), detail=args.detail, due_at=due
        ),
    )
    due_text = f", due {local(task.due_at)}" if task.due_at else ""
    return _out(args, task, f"task {task.key} ({task.id}) added for {task.department}{due_text}")


def level(args: argparse.Namespace) -> int:
    actor = _actor(args)
    if args.level in ("up", "down"):  # a step, whatever the plan calls its levels
        steps = 1 if args.level == "up" else -1
        change = _run(
            args, lambda service: service.shift_level(args.incident_id, steps, actor, args.reason)
        )
    else:
        change = _run(
            args,
            lambda service: service.change_level(args.incident_id, args.level, actor, args.reason),
        )
    return _out(
        args,
        change,
        f"incident {args.incident_id}: level {change.old_level} → {change.new_level}; "
        f"{change.added} tasks added, {change.restored} restored, {change.retired} retired",
    )


def phase(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import local

    period = _run(
        args, lambda service: service.advance_phase(args.incident_id, _actor(args), args.phase)
    )
    return _out(
        args,
        period,
        f"incident {args.incident_id} is now in phase {period.phase} "
        f"(started {local(period.started_at)})",
    )


def report(args: argparse.Namespace) -> int:
    report = _run(
        args,
        lambda service: service.send_report(
            args.incident_id, args.department, _actor(args), args.done, args.doing, args.needs_help
        ),
    )
    return _out(args, report, f"progress report {report.id} sent for {report.department}")


def ack_report(args: argparse.Namespace) -> int:
    report = _run(args, lambda service: service.acknowledge_report(args.report_id, _actor(args)))
    return _out(args, report, f"progress report {report.id} acknowledged")


def figure(args: argparse.Namespace) -> int:
    from commandpost.cli.incident_text import local

    key, value = parse_figure(args.figure)
    at = parse_time(args.at, "--at") if args.at else None
    figure = _run(
        args, lambda service: service.record_figure(args.incident_id, key, value, _actor(args), at)
    )
    return _out(args, figure, f"{figure.key} = {figure.value:g} at {local(figure.at)}")


def close(args: argparse.Namespace) -> int:
    s = _run(args, lambda service: service.close(args.incident_id, _actor(args), args.reason))
    still = f"; {s.open_tasks} tasks were still open" if s.open_tasks else ""
    return _out(args, s, f"incident {s.id} closed{still}")
