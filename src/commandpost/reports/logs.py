"""The long record tables of an incident: tasks per department, escalations, progress reports and
the full activity log. Cells are plain text wrapped to their column (see ``document.py``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from reportlab.platypus import Flowable

from commandpost.reports.layout import LATE, heading, para, styles
from commandpost.reports.sections import Context
from commandpost.reports.tables import long_table
from commandpost.reports.words import short_time, span
from commandpost.services.incident_records import TaskInfo


def _when(ctx: Context, moment: Any) -> str:
    return short_time(moment) if moment is not None else ctx.w("blank")


def _who(task: TaskInfo) -> str:
    if task.status == "done" and task.done_by:
        return task.done_by
    return task.assignee or ""


def task_tables(ctx: Context, title_key: str = "task_tables") -> list[Flowable]:
    """A table per department: each task's phase, due and done times, how late, who, status."""
    late_by: dict[int, timedelta] = {lt.task.id: lt.late_by for lt in ctx.facts.late_tasks}
    by_department: dict[str, list[TaskInfo]] = defaultdict(list)
    for task in ctx.facts.tasks:
        by_department[task.department].append(task)
    order = [d.key for d in ctx.facts.plan.departments]
    order += [k for k in by_department if k not in order]
    header = [ctx.w(k) for k in ("task", "phase", "due", "done_at", "late_by", "who", "status")]
    flow: list[Flowable] = [heading(ctx.w(title_key))]
    for key in order:
        tasks = by_department.get(key, [])
        timing = next((d for d in ctx.facts.departments if d.department == key), None)
        if not tasks and (timing is None or not timing.tasks):
            continue
        flow.append(heading(ctx.names.department(key), 2))
        rows, extra = [], []
        for n, task in enumerate(tasks, start=1):
            late = late_by.get(task.id)
            title = task.title(ctx.lang) + (ctx.w("ad_hoc") if task.ad_hoc else "")
            rows.append(
                [
                    title,
                    ctx.names.phase(task.phase),
                    _when(ctx, task.due_at),
                    _when(ctx, task.done_at),
                    span(late, ctx.lang) if late is not None else "",
                    _who(task),
                    ctx.w(f"status_{task.status}"),
                ]
            )
            if late is not None:
                extra.append(("TEXTCOLOR", (4, n), (4, n), LATE))
                if task.done_at is None:
                    extra.append(("TEXTCOLOR", (6, n), (6, n), LATE))
        if rows:
            flow.append(long_table(header, rows, (4.2, 1.4, 1.35, 1.35, 1.2, 1.4, 1.1), extra))
        else:
            flow.append(para(ctx.w("no_tasks"), styles().note))
    return flow


def escalations(ctx: Context) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w("escalations"))]
    if not ctx.facts.escalations:
        return [*flow, para(ctx.w("no_escalations"), styles().note)]
    rows = []
    for alert in ctx.facts.escalations:
        to = str(alert.data.get("to") or alert.audience)
        acknowledged = ""
        if alert.acknowledged_at is not None:
            acknowledged = f"{short_time(alert.acknowledged_at)}\n{alert.acknowledged_by or ''}"
        rows.append(
            [
                short_time(alert.due_at),
                ctx.names.department(alert.department or ""),
                alert.title(ctx.lang),
                str(alert.data.get("step", "")),
                ctx.w(f"to_{to}") if to in _AUDIENCES else to,
                acknowledged.strip(),
            ]
        )
    header = [ctx.w(k) for k in ("at", "department", "task", "step", "to", "acknowledged")]
    flow.append(long_table(header, rows, (1.3, 1.8, 2.8, 0.7, 1.9, 1.5)))
    return flow


_AUDIENCES = ("department_head", "command_group", "admin", "department")


def progress_reports(ctx: Context) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w("reports"))]
    if not ctx.facts.reports:
        return [*flow, para(ctx.w("no_reports"), styles().note)]
    rows, extra = [], []
    for n, report in enumerate(ctx.facts.reports, start=1):
        acknowledged = ""
        if report.acknowledged_at is not None:
            acknowledged = f"{short_time(report.acknowledged_at)}\n{report.acknowledged_by or ''}"
        rows.append(
            [
                short_time(report.sent_at),
                f"{ctx.names.department(report.department)}\n{report.sent_by}",
                report.done,
                report.doing,
                report.needs_help,
                acknowledged.strip(),
            ]
        )
        if report.needs_help:
            extra.append(("TEXTCOLOR", (4, n), (4, n), LATE))
    header = [
        ctx.w(k)
        for k in ("at", "department", "report_done", "report_doing", "needs_help", "acknowledged")
    ]
    flow.append(long_table(header, rows, (1.5, 1.8, 2.35, 2.35, 1.9, 1.65), extra))
    return flow


def activity_log(ctx: Context, title_key: str = "activity") -> list[Flowable]:
    """Every timeline entry: time, who, what (said in words)."""
    say = ctx.activity.text
    rows = [[short_time(e.at), e.actor, say(e)] for e in ctx.facts.events]
    header = [ctx.w("time"), ctx.w("actor"), ctx.w("what")]
    flow: list[Flowable] = [heading(ctx.w(title_key))]
    if not rows:
        return [*flow, para(ctx.w("no_entries"), styles().note)]
    flow.append(long_table(header, rows, (1.25, 1.5, 7)))
    return flow
