"""The columns of every incident list: incidents, warnings, a checklist, the overdue list,
progress reports and situation figures — each a list of :class:`Column` over a plain record.

Why separate from the windows: the same task row appears in the checklist and in the board's
overdue list, and the colours of a deadline must mean the same in both. Times are read from the
injected clock at drawing time, so countdowns move without re-reading the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from commandpost.clock import Clock
from commandpost.services.incident_records import (
    IncidentSummary,
    TaskInfo,
    WarningInfo,
)
from commandpost.ui.colours import colours, readable_on
from commandpost.ui.incident_words import (
    PlanNames,
    clock_time,
    countdown_label,
    deadline_tone,
    drill_title,
    due_rule_label,
    elapsed_clock,
    figure_number,
    full_time,
    incident_status_label,
    span_label,
    task_status_label,
    tone_background,
    tone_colour,
)
from commandpost.ui.record_model import Column
from commandpost.ui.words import colon

translate = QCoreApplication.translate
NamesFor = Callable[[str, int], PlanNames | None]
"""The names of a plan version, (plan_id, version) -> PlanNames, None while not loaded."""


def drill_brush() -> QBrush:
    """The hatched blue background every drill row carries."""
    return QBrush(QColor(colours().drill_hatch), Qt.BrushStyle.BDiagPattern)


# --- the incident list ---------------------------------------------------------------------


def incident_columns(names_for: NamesFor, now: Clock) -> list[Column[IncidentSummary]]:
    def names(i: IncidentSummary) -> PlanNames | None:
        return names_for(i.plan_id, i.plan_version)

    def level(i: IncidentSummary) -> str:
        n = names(i)
        return n.level(i.level) if n else i.level

    def level_colour(i: IncidentSummary) -> str:
        n = names(i)
        return n.level_colour(i.level) if n else colours().level_fallback

    def plan(i: IncidentSummary) -> str:
        n = names(i)
        return n.title() if n else i.plan_id

    def phase(i: IncidentSummary) -> str:
        if i.status == "closed":
            return incident_status_label(i.status)
        n = names(i)
        return n.phase(i.phase) if n else i.phase

    def live(i: IncidentSummary) -> bool:
        return i.status == "active"

    def drill(i: IncidentSummary) -> QBrush | None:
        return drill_brush() if i.is_drill else None

    return [
        Column(
            translate("IncidentColumns", "Level"),
            level,
            foreground=lambda i: readable_on(level_colour(i)),
            background=lambda i: QBrush(QColor(level_colour(i))),
            bold=lambda i: True,
        ),
        Column(
            translate("IncidentColumns", "Incident"),
            lambda i: drill_title(i.title, i.is_drill),
            foreground=lambda i: colours().drill if i.is_drill else None,
            background=drill,
            bold=lambda i: i.is_drill,
            tooltip=lambda i: i.description or None,
        ),
        Column(translate("IncidentColumns", "Plan"), plan),
        Column(
            translate("IncidentColumns", "Phase"),
            phase,
            foreground=lambda i: None if live(i) else colours().muted,
        ),
        Column(
            translate("IncidentColumns", "Declared"), lambda i: clock_time(i.declared_at, now())
        ),
        Column(
            translate("IncidentColumns", "Running for"),
            lambda i: elapsed_clock(i.declared_at, i.closed_at or now()),
            align_right=True,
            live=True,
        ),
        Column(translate("IncidentColumns", "Open"), lambda i: str(i.open_tasks), align_right=True),
        Column(
            translate("IncidentColumns", "Overdue"),
            lambda i: str(i.overdue_tasks),
            foreground=lambda i: colours().overdue if i.overdue_tasks and live(i) else None,
            bold=lambda i: i.overdue_tasks > 0 and live(i),
            align_right=True,
        ),
    ]


def warning_columns(names_for: NamesFor, now: Clock) -> list[Column[WarningInfo]]:
    def plan(w: WarningInfo) -> str:
        n = names_for(w.plan_id, w.plan_version)
        return n.title() if n else w.plan_id

    def figures(w: WarningInfo) -> str:
        n = names_for(w.plan_id, w.plan_version)
        parts = []
        for key, value in w.figures.items():
            name = n.figure(key) if n else key
            unit = n.figure_unit(key) if n else ""
            separator = colon(n.lang) if n else ": "
            parts.append(f"{name}{separator}{figure_number(value)} {unit}".strip())
        return "; ".join(parts)

    return [
        Column(translate("IncidentColumns", "Raised"), lambda w: clock_time(w.raised_at, now())),
        Column(
            translate("IncidentColumns", "Plan"),
            lambda w: drill_title(plan(w), w.is_drill),
            foreground=lambda w: colours().drill if w.is_drill else None,
            background=lambda w: drill_brush() if w.is_drill else None,
            bold=lambda w: w.is_drill,
        ),
        Column(translate("IncidentColumns", "Figures"), figures, tooltip=figures),
        Column(translate("IncidentColumns", "Note"), lambda w: w.note or ""),
        Column(translate("IncidentColumns", "Raised by"), lambda w: w.raised_by),
    ]


# --- tasks ---------------------------------------------------------------------------------


def _task_tooltip(task: TaskInfo, lang: str) -> str | None:
    detail = task.detail_zh if lang == "zh" else task.detail_en
    rule = due_rule_label(task.due_rule, lang)
    return "\n\n".join(x for x in (task.title(lang), detail, rule) if x) or None


def checklist_columns(names: PlanNames, now: Clock) -> list[Column[TaskInfo]]:
    """The liaison's checklist: the tick button, the task, its phase, due time and countdown."""
    lang = names.lang

    def tone_fg(task: TaskInfo) -> str | None:
        return tone_colour(deadline_tone(task.status, task.due_at, now(), task.remind_at))

    def tone_bg(task: TaskInfo) -> str | None:
        return tone_background(deadline_tone(task.status, task.due_at, now(), task.remind_at))

    def status(task: TaskInfo) -> str:
        if task.status == "done" and task.done_at is not None:
            return translate("IncidentColumns", "done {time}").format(
                time=clock_time(task.done_at, now())
            )
        return task_status_label(task.status)

    def status_colour(task: TaskInfo) -> str | None:
        c = colours()
        return {"done": c.done, "retired": c.muted, "not_applicable": c.muted}.get(task.status)

    return [
        Column("", lambda t: "", tooltip=lambda t: None),  # painted by the tick delegate
        Column(
            translate("IncidentColumns", "Task"),
            lambda t: t.title(lang),
            tooltip=lambda t: _task_tooltip(t, lang),
            foreground=lambda t: (
                colours().muted if t.status in ("retired", "not_applicable") else None
            ),
            bold=lambda t: deadline_tone(t.status, t.due_at, now(), t.remind_at).value == "overdue",
        ),
        Column(translate("IncidentColumns", "Phase"), lambda t: names.phase(t.phase)),
        Column(
            translate("IncidentColumns", "Due"),
            lambda t: clock_time(t.due_at, now()),
            tooltip=lambda t: full_time(t.due_at) or None,
        ),
        Column(
            translate("IncidentColumns", "Countdown"),
            lambda t: countdown_label(t.status, t.due_at, now()),
            foreground=tone_fg,
            background=tone_bg,
            bold=lambda t: tone_fg(t) is not None,
            live=True,
        ),
        Column(translate("IncidentColumns", "Status"), status, foreground=status_colour),
        Column(translate("IncidentColumns", "Assigned to"), lambda t: t.assignee or ""),
    ]


def overdue_columns(names: PlanNames, now: Clock) -> list[Column[TaskInfo]]:
    """The board's overdue list: how late first, then who, then what."""
    lang = names.lang

    def late(task: TaskInfo) -> str:
        due = task.due_at
        return span_label(now() - due) if due is not None else ""

    return [
        Column(
            translate("IncidentColumns", "Overdue by"),
            late,
            foreground=lambda t: colours().overdue,
            bold=lambda t: True,
            align_right=True,
            live=True,
        ),
        Column(
            translate("IncidentColumns", "Department"), lambda t: names.department(t.department)
        ),
        Column(
            translate("IncidentColumns", "Task"),
            lambda t: t.title(lang),
            tooltip=lambda t: _task_tooltip(t, lang),
        ),
        Column(translate("IncidentColumns", "Due"), lambda t: clock_time(t.due_at, now())),
    ]
