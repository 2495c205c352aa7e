"""The timeline as sentences: each event the service records, said in the UI language with the
plan's own names for departments, levels, phases and figures.

Why its own module: the event kinds are the service's vocabulary (``docs/incidents.md``); when a
later issue adds kinds (escalations), they are added here and nowhere else. An unknown kind is
still shown, by its name, so the timeline never hides an entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from commandpost.clock import Clock
from commandpost.services.incident_records import EventInfo, TaskInfo
from commandpost.ui.colours import colours
from commandpost.ui.incident_words import PlanNames, clock_time, figure_number, full_time
from commandpost.ui.record_model import Column
from commandpost.ui.words import colon

translate = QCoreApplication.translate
TasksById = Callable[[], Mapping[int, TaskInfo]]


def _task(event: EventInfo, names: PlanNames, tasks: Mapping[int, TaskInfo]) -> str:
    task = tasks.get(event.task_id) if event.task_id is not None else None
    if task is not None:
        return task.title(names.lang)
    return str(event.data.get("key", ""))


def _with(text: str, extra: Any) -> str:
    """``text — extra`` when there is an extra (a note, a reason)."""
    return f"{text} — {extra}" if extra else text


def event_text(event: EventInfo, names: PlanNames, tasks: Mapping[int, TaskInfo]) -> str:
    """One timeline entry as a sentence."""
    d, kind = event.data, event.kind
    task = _task(event, names, tasks)
    if kind == "declared":
        text = translate("Timeline", "Declared at level {level}; tasks: {tasks}").format(
            level=names.level(str(d.get("level", ""))), tasks=d.get("tasks", 0)
        )
        return text + (" — " + translate("Timeline", "drill") if d.get("is_drill") else "")
    if kind == "closed":
        text = translate("Timeline", "Response closed; tasks still open: {open}").format(
            open=d.get("open_tasks", 0)
        )
        return _with(text, d.get("reason"))
    if kind in ("level_raised", "level_lowered"):
        template = (
            translate("Timeline", "Level raised from {old} to {new}; tasks added: {added}")
            if kind == "level_raised"
            else translate("Timeline", "Level lowered from {old} to {new}; tasks added: {added}")
        )
        added = len(d.get("added") or ()) + len(d.get("restored") or ())
        text = template.format(
            old=names.level(str(d.get("old_level", ""))),
            new=names.level(str(d.get("new_level", ""))),
            added=added,
        )
        retired = len(d.get("retired") or ())
        if retired:
            text += translate("Timeline", ", retired: {retired}").format(retired=retired)
        return _with(text, d.get("reason"))
    if kind == "phase_started":
        return translate("Timeline", "Phase {phase} started").format(
            phase=names.phase(str(d.get("phase", "")))
        )
    if kind == "task_done":
        return _with(translate("Timeline", "Done: {task}").format(task=task), d.get("note"))
    if kind == "task_reopened":
        return _with(translate("Timeline", "Reopened: {task}").format(task=task), d.get("reason"))
    if kind == "task_not_applicable":
        text = translate("Timeline", "Not applicable: {task}").format(task=task)
        return _with(text, d.get("reason"))
    if kind == "task_assigned":
        return translate("Timeline", "{task} assigned to {person}").format(
            task=task, person=d.get("person", "")
        )
    if kind == "task_note":
        return _with(translate("Timeline", "Note on {task}").format(task=task), d.get("text"))
    if kind == "task_added":
        title = d.get("title_zh") if names.lang == "zh" else d.get("title_en")
        return translate("Timeline", "Task added for {department}: {task}").format(
            department=names.department(str(d.get("department", ""))), task=title or task
        )
    if kind == "report_sent":
        text = translate("Timeline", "Progress report from {department}").format(
            department=names.department(str(d.get("department", "")))
        )
        help_text = d.get("needs_help")
        if help_text:
            text += " — " + translate("Timeline", "needs help: {text}").format(text=help_text)
        return text
    if kind == "report_acknowledged":
        return translate("Timeline", "Progress report from {department} acknowledged").format(
            department=names.department(str(d.get("department", "")))
        )
    if kind == "task_escalated":
        template = (
            translate("Timeline", "Escalated to the command group (step {step}): {task}")
            if d.get("to") == "command_group"
            else translate("Timeline", "Escalated to the department head (step {step}): {task}")
        )
        return template.format(step=d.get("step", ""), task=task)
    if kind == "escalation_acknowledged":
        return translate("Timeline", "Escalation acknowledged: {task}").format(task=task)
    if kind == "figure_recorded":
        key = str(d.get("key", ""))
        value = d.get("value")
        number = figure_number(float(value)) if isinstance(value, int | float) else str(value)
        return f"{names.figure(key)}{colon(names.lang)}{number} {names.figure_unit(key)}".strip()
    if kind in REVIEW_KINDS:
        return _review_text(event, names)
    return kind.replace("_", " ")


REVIEW_KINDS = (
    "review_changed",
    "review_signed_off",
    "review_revised",
    "action_added",
    "action_done",
    "action_reopened",
    "action_linked",
)


def _review_text(event: EventInfo, names: PlanNames) -> str:
    """The review's entries on a closed incident's timeline (``docs/reviews.md``)."""
    d, kind = event.data, event.kind
    revision, text = d.get("revision", ""), d.get("description", "")
    if kind == "review_changed":
        return translate("Timeline", "Review revision {n} changed").format(n=revision)
    if kind == "review_signed_off":
        return translate("Timeline", "Review revision {n} signed off").format(n=revision)
    if kind == "review_revised":
        started = translate("Timeline", "Review revision {n} started").format(n=revision)
        return _with(started, d.get("reason"))
    if kind == "action_added":
        return translate("Timeline", "Improvement action added for {department}: {text}").format(
            department=names.department(str(d.get("department", ""))), text=text
        )
    if kind == "action_done":
        return translate("Timeline", "Improvement action done: {text}").format(text=text)
    if kind == "action_reopened":
        reopened = translate("Timeline", "Improvement action reopened: {text}").format(text=text)
        return _with(reopened, d.get("reason"))
    return translate(
        "Timeline", "Improvement action linked to plan {plan} version {version}: {text}"
    ).format(plan=d.get("plan_id", ""), version=d.get("plan_version", ""), text=text)


def _colour(event: EventInfo) -> str | None:
    if event.kind in ("level_raised", "closed", "task_escalated") or (
        event.kind == "report_sent" and event.data.get("needs_help")
    ):
        return colours().overdue
    if event.kind == "task_done":
        return colours().done
    return None


def timeline_columns(names: PlanNames, tasks: TasksById, now: Clock) -> list[Column[EventInfo]]:
    def what(event: EventInfo) -> str:
        return event_text(event, names, tasks())

    return [
        Column(
            translate("Timeline", "Time"),
            lambda e: clock_time(e.at, now()),
            tooltip=lambda e: full_time(e.at),
        ),
        Column(translate("Timeline", "Who"), lambda e: e.actor),
        Column(
            translate("Timeline", "What"),
            what,
            tooltip=what,
            foreground=_colour,
            bold=lambda e: e.kind in ("declared", "level_raised", "level_lowered", "closed"),
        ),
    ]
