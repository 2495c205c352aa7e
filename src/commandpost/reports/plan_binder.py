"""The plan binder: an approved plan version printed for the offline binder kept at every desk.

Contents: a title page (the plan, its version and status, who approved it and when, when its
review is due, its status history), scope and source, the organisation with its 24-hour contacts
(the command group, then each department with its head and contacts; a name or phone not filled
in is printed as a line to write on), event categories, levels with their colour and criteria,
phases, each department's checklist (tick box, phase, task and detail, time limit, escalation,
levels), escalation rules, situation figures, standards and shifts, drill and review cycles, and
the other provisions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak

from commandpost.reports.catalogue import say
from commandpost.reports.document import (
    Cancelled,
    PageInfo,
    Progress,
    ReportCancelled,
    write_pdf,
)
from commandpost.reports.fonts import register, text_width
from commandpost.reports.layout import CELL_PAD, CELL_SIZE, cell_text, gap, heading, para, styles
from commandpost.reports.names import Names
from commandpost.reports.tables import column_widths, fact_table, long_table
from commandpost.reports.words import check_lang, day, local_time, word
from commandpost.services.plan_records import VersionDetail, VersionInfo

if TYPE_CHECKING:
    from commandpost.plan.model import Contact, Plan, Text

__all__ = ["ReportCancelled", "build"]

BLANK_LINE = "_" * 40  # cut to the column: a line to write a name or number on by hand
TICK_BOX = "□"


def build(
    plan: Plan,
    version: VersionDetail | VersionInfo,
    lang: str,
    out: Path | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    generated_at: datetime | None = None,
) -> Path:
    """Write the binder of ``plan`` (the text of ``version``) to ``out`` (a PDF)."""
    names = Names(plan, check_lang(lang))
    detail = version if isinstance(version, VersionDetail) else None
    info = version.info if isinstance(version, VersionDetail) else version
    parts: list[Callable[[], list[Flowable]]] = [
        lambda: title_page(names, info, detail),
        lambda: scope(names),
        lambda: organisation(names),
        lambda: categories(names),
        lambda: levels(names),
        lambda: phases(names),
        lambda: checklists(names),
        lambda: escalation_rules(names),
        lambda: figures_and_standards(names),
        lambda: cycles(names),
        lambda: provisions(names),
    ]
    story: list[Flowable] = []
    for part in parts:
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report was cancelled")
        story += part()
    title = plan.title.get(lang)
    page = PageInfo(
        subject=word(lang, "plan_subject", title=title, version=info.version),
        lang=lang,
        generated_at=generated_at or datetime.now().astimezone(),
        title=f"{word(lang, 'binder_title')} — {title}",
    )
    return write_pdf(story, out, page, progress, cancelled)


def _w(names: Names, key: str, **values: object) -> str:
    return word(names.lang, key, **values)


def _text(value: Text | None, lang: str) -> str:
    return value.get(lang) if value is not None else ""


def title_page(names: Names, info: VersionInfo, detail: VersionDetail | None) -> list[Flowable]:
    s, plan, lang = styles(), names.plan, names.lang
    other = plan.title.en if lang == "zh" else plan.title.zh
    status = _w(names, f"plan_{info.status}")
    approved_by = info.approved_by or _w(names, "not_approved")
    pairs = [
        (_w(names, "plan_id"), plan.id),
        (_w(names, "version"), str(info.version)),
        (_w(names, "version_status"), status),
        (_w(names, "approved_by"), approved_by),
        (_w(names, "approved_at"), local_time(info.approved_at, lang)),
        (_w(names, "review_due"), day(info.review_due_at, lang)),
        (_w(names, "source"), plan.source.document),
        (_w(names, "drills_every"), plan.drills.every.label(lang)),
        (_w(names, "review_every"), plan.review.every.label(lang)),
    ]
    flow: list[Flowable] = [
        gap(30),
        para(_w(names, "binder_title"), s.subtitle),
        para(plan.title.get(lang), s.title),
        para(other, s.subtitle),
        fact_table(pairs, (1, 3)),
    ]
    if detail is not None and detail.history:
        rows = [
            [
                local_time(c.at),
                (_w(names, f"plan_{c.from_status}") + " → " if c.from_status else "")
                + _w(names, f"plan_{c.to_status}"),
                c.actor,
                say(c.said, lang) if c.said else "",
            ]
            for c in detail.history
        ]
        header = [_w(names, k) for k in ("time", "status", "actor", "reason")]
        flow += [gap(6), long_table(header, rows, (1.4, 1.6, 1.2, 3))]
    flow.append(PageBreak())
    return flow


def scope(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    source = plan.source
    pairs = [(_w(names, "source"), source.document), (_w(names, "title"), source.title.get(lang))]
    if source.note is not None:
        pairs.append((_w(names, "description"), source.note.get(lang)))
    return [
        heading(_w(names, "scope_source")),
        heading(_w(names, "scope"), 2),
        para(plan.scope.get(lang)),
        heading(_w(names, "source"), 2),
        fact_table(pairs, (1, 4)),
    ]


def _contact_rows(contacts: Sequence[Contact], lang: str, head: Contact | None) -> list[list[str]]:
    rows = []
    if head is not None:
        role = head.role.get(lang) + ("（负责人）" if lang == "zh" else " (head)")
        rows.append(
            [role, head.name or BLANK_LINE, head.phone or BLANK_LINE, _text(head.hours, lang)]
        )
    for c in contacts:
        rows.append(
            [c.role.get(lang), c.name or BLANK_LINE, c.phone or BLANK_LINE, _text(c.hours, lang)]
        )
    return rows


def _contacts_table(names: Names, rows: list[list[str]]) -> Flowable:
    header = [_w(names, k) for k in ("role", "name", "phone", "hours")]
    fractions = (3, 2, 2, 1.2)
    widths = column_widths(fractions)
    rows = [
        [_cut_line(cell, width) for cell, width in zip(row, widths, strict=True)] for row in rows
    ]
    roomy: list[tuple[Any, ...]] = [
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("TEXTCOLOR", (1, 1), (2, -1), colors.HexColor("#444444")),
    ]
    return long_table(header, rows, fractions, roomy)


def _cut_line(cell: str, width: float) -> str:
    """The blank line shortened to fit its column (the rest of the text is left alone)."""
    if cell != BLANK_LINE:
        return cell
    line = BLANK_LINE
    while len(line) > 4 and text_width(line, CELL_SIZE) > width - 2 * CELL_PAD - 2:
        line = line[:-1]
    return line


def _responsibilities(items: Sequence[Text], lang: str) -> list[Flowable]:
    return [para(f"{n}. {item.get(lang)}") for n, item in enumerate(items, start=1)]


def organisation(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    group = plan.command_group
    flow: list[Flowable] = [
        PageBreak(),
        heading(_w(names, "organisation")),
        heading(group.name.get(lang), 2),
        *_responsibilities(group.responsibilities, lang),
        gap(2),
    ]
    if group.contacts:
        flow.append(_contacts_table(names, _contact_rows(group.contacts, lang, None)))
    for department in plan.departments:
        flow += [heading(department.name.get(lang), 2)]
        flow += _responsibilities(department.responsibilities, lang)
        flow += [
            gap(2),
            _contacts_table(names, _contact_rows(department.contacts, lang, department.head)),
        ]
    return flow


def categories(names: Names) -> list[Flowable]:
    lang = names.lang
    separator = "、" if lang == "zh" else ", "
    rows = [
        [
            c.name.get(lang),
            _text(c.description, lang),
            separator.join(names.department(k) for k in c.departments),
        ]
        for c in names.plan.categories
    ]
    header = [_w(names, k) for k in ("category", "description", "involved")]
    return [heading(_w(names, "categories")), long_table(header, rows, (1.6, 3.5, 2.2))]


def levels(names: Names) -> list[Flowable]:
    lang = names.lang
    rows, extra = [], []
    for n, level in enumerate(names.plan.levels, start=1):
        every = level.report_every
        report = _w(names, "every", duration=every.label(lang)) if every is not None else ""
        rows.append(["", level.name.get(lang), level.criteria.get(lang), report])
        extra.append(("BACKGROUND", (0, n), (0, n), colors.HexColor(level.colour)))
    header = [_w(names, k) for k in ("colour", "level", "criteria", "report_every")]
    return [heading(_w(names, "levels")), long_table(header, rows, (0.7, 1.1, 6, 1.3), extra)]


def phases(names: Names) -> list[Flowable]:
    lang = names.lang
    rows = [
        [str(n), p.name.get(lang), _text(p.description, lang)]
        for n, p in enumerate(names.plan.phases, start=1)
    ]
    header = ["#", _w(names, "phase"), _w(names, "description")]
    return [heading(_w(names, "phases")), long_table(header, rows, (0.35, 1.5, 7))]


def checklists(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    flow: list[Flowable] = [PageBreak(), heading(_w(names, "checklists"))]
    header = [
        _w(names, k)
        for k in ("tick", "phase", "task", "time_limit", "escalation", "levels_applying")
    ]
    for department in plan.departments:
        tasks = plan.tasks_for(department.key)
        flow.append(heading(department.name.get(lang), 2))
        if not tasks:
            flow.append(para(_w(names, "no_tasks"), styles().note))
            continue
        rows = []
        for task in tasks:
            text = cell_text(task.title.get(lang), _text(task.detail, lang))
            applies = names.task_levels(task)
            only = names.task_categories(task)
            rows.append(
                [
                    TICK_BOX,
                    names.phase(task.phase),
                    text,
                    names.due(task.due),
                    names.task_escalation(task),
                    applies + (f"\n{only}" if only else ""),
                ]
            )
        tick = [("FONT", (0, 1), (0, -1), register(), 12, 12), ("ALIGN", (0, 0), (0, -1), "CENTER")]
        flow.append(long_table(header, rows, (0.6, 1.0, 4.3, 1.3, 1.5, 1.8), tick))
    return flow


def escalation_rules(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    if not plan.escalation:
        return []
    rows = [
        [
            rule.name.get(lang)
            + (_w(names, "default_rule") if rule.key == plan.default_escalation else ""),
            names.rule_steps(rule),
        ]
        for rule in plan.escalation
    ]
    header = [_w(names, "rule"), _w(names, "steps")]
    return [heading(_w(names, "escalation_rules")), long_table(header, rows, (3, 4))]


def figures_and_standards(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    flow: list[Flowable] = [heading(_w(names, "figures_standards"))]
    if plan.figures:
        rows = [
            [
                f.name.get(lang),
                f.unit.get(lang),
                "" if f.warning_at is None else f"{f.warning_at:g}",
            ]
            for f in plan.figures
        ]
        header = [_w(names, k) for k in ("figure", "unit", "warning_line_header")]
        flow += [heading(_w(names, "figures"), 2), long_table(header, rows, (3, 1.5, 1.5))]
    if plan.standards:
        rows = [
            [
                s.name.get(lang),
                names.standard_kind(s),
                names.standard_value(s),
                _text(s.condition, lang),
            ]
            for s in plan.standards
        ]
        header = [_w(names, k) for k in ("standard", "kind", "value", "condition")]
        flow += [heading(_w(names, "standards"), 2), long_table(header, rows, (3, 1, 1.3, 3))]
    if plan.shifts:
        rows = [
            [s.name.get(lang), f"{s.start}–{s.end}", _text(s.staffing, lang)] for s in plan.shifts
        ]
        header = [_w(names, k) for k in ("shift", "hours", "staffing")]
        flow += [heading(_w(names, "shifts"), 2), long_table(header, rows, (2, 1.3, 5))]
    if len(flow) == 1:
        flow.append(para(_w(names, "no_entries"), styles().note))
    return flow


def cycles(names: Names) -> list[Flowable]:
    plan, lang = names.plan, names.lang
    pairs = []
    for key, cycle in (("drills_every", plan.drills), ("review_every", plan.review)):
        note = _text(cycle.note, lang)
        pairs.append((_w(names, key), cycle.every.label(lang) + (f"\n{note}" if note else "")))
    return [heading(_w(names, "cycles")), fact_table(pairs, (1, 4))]


def provisions(names: Names) -> list[Flowable]:
    lang = names.lang
    if not names.plan.provisions:
        return []
    flow: list[Flowable] = [heading(_w(names, "provisions"))]
    for provision in names.plan.provisions:
        flow += [heading(provision.title.get(lang), 2), para(provision.text.get(lang))]
    return flow
