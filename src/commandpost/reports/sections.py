"""Sections the incident review and the drill report share: what the incident was, its key
figures, the charts, the written review, improvement actions and the sign-off.

Each function returns flowables for one section from a :class:`Context` (the facts, the review,
the language and the plan's names).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from commandpost.reports import charts
from commandpost.reports.activity import Activity
from commandpost.reports.document import PageInfo
from commandpost.reports.fonts import register
from commandpost.reports.layout import CELL_SIZE, WIDTH, gap, heading, para, styles
from commandpost.reports.names import Names
from commandpost.reports.tables import fact_table, long_table
from commandpost.reports.words import check_lang, day, local_time, number, rate, span, word
from commandpost.services.review_records import ReviewFacts, ReviewInfo


@dataclass(frozen=True, slots=True)
class Context:
    facts: ReviewFacts
    review: ReviewInfo
    lang: str
    names: Names
    activity: Activity

    @property
    def end(self) -> datetime:
        """Where the incident's time axis ends: its closing, else when the facts were read."""
        return self.facts.incident.closed_at or self.facts.generated_at

    def w(self, key: str, **values: object) -> str:
        return word(self.lang, key, **values)


def context(facts: ReviewFacts, review: ReviewInfo, lang: str) -> Context:
    names = Names(facts.plan, check_lang(lang))
    return Context(facts, review, lang, names, Activity(names, {t.id: t for t in facts.tasks}))


def page_info(ctx: Context, title_key: str) -> PageInfo:
    incident = ctx.facts.incident
    subject_key = "drill_subject" if incident.is_drill else "incident_subject"
    subject = ctx.w(subject_key, id=incident.id, title=incident.title)
    return PageInfo(
        subject=f"{subject} · {ctx.w(title_key)}",
        lang=ctx.lang,
        generated_at=ctx.facts.generated_at,
        title=f"{ctx.w(title_key)} — {subject}",
    )


def plan_line(ctx: Context) -> str:
    incident = ctx.facts.incident
    return ctx.w(
        "plan_version",
        title=ctx.names.plan_title(),
        id=incident.plan_id,
        version=incident.plan_version,
    )


def level_path(ctx: Context) -> str:
    keys = [p.level for p in ctx.facts.levels] or [ctx.facts.incident.level]
    return " → ".join(ctx.names.level(k) for k in keys)


def review_status(ctx: Context) -> str:
    review = ctx.review
    return ctx.w(
        "revision_status", revision=review.revision, status=ctx.w(f"review_{review.status}")
    )


def incident_pairs(ctx: Context) -> list[tuple[str, str]]:
    """What the incident was, as label–value rows for a cover or an overview."""
    incident = ctx.facts.incident
    pairs = [
        (ctx.w("incident_no"), f"#{incident.id}"),
        (ctx.w("kind"), ctx.w("drill" if incident.is_drill else "real")),
        (ctx.w("title"), incident.title),
    ]
    if incident.description:
        pairs.append((ctx.w("description"), incident.description))
    pairs += [
        (ctx.w("category"), ctx.names.category(incident.category)),
        (ctx.w("plan"), plan_line(ctx)),
        (ctx.w("level_history"), level_path(ctx)),
        (ctx.w("declared"), f"{local_time(incident.declared_at)}  ({incident.declared_by})"),
    ]
    if ctx.facts.warning_raised_at is not None:
        pairs.append(
            (
                ctx.w("warning_raised"),
                f"{local_time(ctx.facts.warning_raised_at)}  "
                f"({ctx.w('time_to_activation')} {span(ctx.facts.time_to_activation, ctx.lang)})",
            )
        )
    closed = local_time(incident.closed_at, ctx.lang)
    if incident.closed_by:
        closed += f"  ({incident.closed_by})"
    pairs.append((ctx.w("closed"), closed))
    if incident.close_reason:
        pairs.append((ctx.w("close_reason"), incident.close_reason))
    pairs += [
        (ctx.w("duration"), span(ctx.end - incident.declared_at, ctx.lang)),
        (ctx.w("review_revision"), review_status(ctx)),
    ]
    return pairs


def level_history(ctx: Context) -> list[Flowable]:
    rows = [
        [
            ctx.names.level(p.level),
            local_time(p.started_at),
            local_time(p.ended_at) if p.ended_at else ctx.w("still_running"),
            p.changed_by,
            p.reason or "",
        ]
        for p in ctx.facts.levels
    ]
    header = [ctx.w(k) for k in ("level", "from", "until", "changed_by", "reason")]
    return [heading(ctx.w("level_history"), 2), long_table(header, rows, (1.1, 1.4, 1.4, 1, 2.4))]


def phase_history(ctx: Context) -> list[Flowable]:
    rows = [
        [
            ctx.names.phase(p.phase),
            local_time(p.started_at),
            local_time(p.ended_at) if p.ended_at else ctx.w("still_running"),
            p.started_by,
        ]
        for p in ctx.facts.phases
    ]
    header = [ctx.w(k) for k in ("phase", "from", "until", "started_by")]
    return [heading(ctx.w("phase_history"), 2), long_table(header, rows, (1.6, 1.4, 1.4, 1.2))]


def key_figures(ctx: Context) -> list[Flowable]:
    facts = ctx.facts
    overall = facts.overall
    on_time = rate(overall.on_time_rate, ctx.lang)
    if overall.timed:
        on_time += "  (" + ctx.w("count_of", a=overall.on_time, b=overall.timed) + ")"
    open_actions = sum(1 for a in ctx.review.actions if a.status == "open")
    pairs = [
        (ctx.w("tasks_total"), str(overall.tasks)),
        (ctx.w("tasks_done"), str(overall.done)),
        (ctx.w("tasks_timed"), str(overall.timed)),
        (ctx.w("on_time_rate"), on_time),
        (ctx.w("tasks_on_time"), str(overall.on_time)),
        (ctx.w("tasks_late"), str(overall.late)),
        (ctx.w("tasks_missed"), str(overall.missed)),
        (ctx.w("first_response"), span(overall.time_to_first_response, ctx.lang)),
        (ctx.w("duration"), span(ctx.end - facts.incident.declared_at, ctx.lang)),
        (ctx.w("time_to_activation"), span(facts.time_to_activation, ctx.lang)),
        (ctx.w("escalation_count"), str(len(facts.escalations))),
        (ctx.w("report_count"), str(len(facts.reports))),
        (ctx.w("figure_count"), str(len(facts.figures))),
        (ctx.w("action_count"), f"{len(ctx.review.actions)} ({open_actions})"),
    ]
    half = (len(pairs) + 1) // 2
    column = WIDTH / 2 - 2 * mm
    pair = Table(
        [[fact_table(pairs[:half], (1.3, 1), column), fact_table(pairs[half:], (1.3, 1), column)]],
        colWidths=[WIDTH / 2, WIDTH / 2],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register(), CELL_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        ),
    )
    return [heading(ctx.w("key_figures")), pair]


def timeline(ctx: Context) -> list[Flowable]:
    facts, names = ctx.facts, ctx.names
    end = ctx.end
    levels = [
        charts.Band(
            p.started_at, p.ended_at or end, names.level(p.level), names.level_colour(p.level)
        )
        for p in facts.levels
    ]
    phases = [
        charts.Band(
            p.started_at,
            p.ended_at or end,
            names.phase(p.phase),
            charts.PHASE_FILLS[i % len(charts.PHASE_FILLS)],
        )
        for i, p in enumerate(facts.phases)
    ]
    seen = dict.fromkeys(p.level for p in facts.levels)
    legend = [(names.level(k), names.level_colour(k)) for k in seen]
    drawing = charts.timeline_chart(
        facts.incident.declared_at,
        end,
        [(ctx.w("level"), levels), (ctx.w("phase"), phases)],
        legend,
    )
    return [heading(ctx.w("chart_timeline")), drawing, *phase_history(ctx)]


def on_time(ctx: Context) -> list[Flowable]:
    bars = []
    for d in ctx.facts.departments:
        if d.timed:
            text = f"{rate(d.on_time_rate, ctx.lang)} ({d.on_time}/{d.timed})"
        else:
            text = ctx.w("no_timed_tasks")
        bars.append(charts.RateBar(ctx.names.department(d.department), d.on_time_rate, text))
    rows = [
        [
            ctx.names.department(d.department),
            str(d.tasks),
            str(d.done),
            str(d.on_time),
            str(d.late),
            str(d.missed),
            rate(d.on_time_rate, ctx.lang),
            span(d.time_to_first_response, ctx.lang),
        ]
        for d in (*ctx.facts.departments, ctx.facts.overall)
    ]
    rows[-1][0] = "合计" if ctx.lang == "zh" else "All departments"
    header = [
        ctx.w(k)
        for k in (
            "department",
            "col_tasks",
            "col_done",
            "col_on_time",
            "col_late",
            "col_missed",
            "on_time_rate",
            "first_response",
        )
    ]
    flow: list[Flowable] = [heading(ctx.w("chart_on_time"))]
    if bars:
        flow.append(charts.rate_chart(bars))
    flow += [gap(2), long_table(header, rows, (2.6, 0.9, 0.9, 0.9, 1.05, 1.2, 1.3, 1.6))]
    return flow


def figure_charts(ctx: Context) -> list[Flowable]:
    title = heading(ctx.w("chart_figures"))
    if not ctx.facts.figures:
        return [title, para(ctx.w("no_figures"), styles().note)]
    flow: list[Flowable] = []
    by_key: dict[str, list[tuple[datetime, float, str]]] = defaultdict(list)
    for f in ctx.facts.figures:
        by_key[f.key].append((f.at, f.value, f.recorded_by))
    order = [f.key for f in ctx.facts.plan.figures if f.key in by_key]
    order += [k for k in by_key if k not in order]
    start, end = ctx.facts.incident.declared_at, ctx.end
    for key in order:
        values = by_key[key]
        unit = ctx.names.figure_unit(key)
        limit = ctx.names.figure_warning(key)
        warning = (limit, ctx.w("warning_line", value=number(limit))) if limit is not None else None
        points = [(at, value) for at, value, _ in values]
        chart = charts.line_chart(
            points, min(start, values[0][0]), max(end, values[-1][0]), unit, warning
        )
        peak = max(values, key=lambda v: v[1])
        summary = (
            f"{ctx.w('figure_count')}{'：' if ctx.lang == 'zh' else ': '}{len(values)}  ·  "
            + _figure_point(ctx, "first", values[0], unit)
            + "  ·  "
            + _figure_point(ctx, "peak", peak, unit)
            + "  ·  "
            + _figure_point(ctx, "last", values[-1], unit)
        )
        name = ctx.names.figure(key) + (f" ({unit})" if unit else "")
        group = [heading(name, 2), chart, para(summary, styles().small)]
        flow.append(KeepTogether([title, *group] if not flow else group))
    return flow


_POINT_WORDS = {
    "first": ("首次", "first"),
    "peak": ("最高", "highest"),
    "last": ("最后", "last"),
}


def _figure_point(ctx: Context, which: str, point: tuple[datetime, float, str], unit: str) -> str:
    label = _POINT_WORDS[which][0 if ctx.lang == "zh" else 1]
    value = f"{number(point[1])} {unit}".strip()
    return f"{label} {value} ({local_time(point[0])})"


WRITTEN = ("summary", "what_happened", "strengths", "shortcomings", "improvements")


def written(
    ctx: Context, keys: Sequence[str] = WRITTEN, title_key: str = "written"
) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w(title_key))] if title_key else []
    for key in keys:
        text = str(getattr(ctx.review, key)).strip()
        flow.append(heading(ctx.w(key), 2))
        flow.append(para(text) if text else para(ctx.w("not_written"), styles().note))
    return flow


def actions(ctx: Context, title_key: str = "actions") -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w(title_key))]
    if not ctx.review.actions:
        return [*flow, para(ctx.w("no_actions"), styles().note)]
    rows = []
    for n, a in enumerate(ctx.review.actions, start=1):
        status = ctx.w(f"action_{a.status}")
        if a.status == "done" and a.done_at is not None:
            status += f"\n{day(a.done_at)}"
        linked = f"{a.plan_id} v{a.plan_version}" if a.plan_id else ""
        rows.append(
            [
                str(n),
                a.description + "\n" + ctx.w("added_in", revision=a.review_revision),
                ctx.names.department(a.department),
                day(a.due_date, ctx.lang),
                status,
                linked,
            ]
        )
    header = [
        "#",
        ctx.w("action"),
        ctx.w("department"),
        ctx.w("due_date"),
        ctx.w("status"),
        ctx.w("linked_plan"),
    ]
    flow.append(long_table(header, rows, (0.35, 4, 1.8, 1.1, 1, 1.3)))
    return flow


def sign_off(ctx: Context) -> list[Flowable]:
    review = ctx.review
    flow: list[Flowable] = [heading(ctx.w("sign_off"))]
    if review.signed_off_at is not None and review.signed_off_by:
        text = ctx.w(
            "signed_off",
            revision=review.revision,
            who=review.signed_off_by,
            at=local_time(review.signed_off_at),
        )
        flow.append(para(text))
        if review.status == "superseded":
            flow.append(para(ctx.w("review_superseded"), styles().note))
    else:
        flow += [para(ctx.w("not_signed_off")), para(ctx.w("draft_note"), styles().note)]
    prepared = ctx.w("prepared_by", who=review.changed_by, at=local_time(review.changed_at))
    flow.append(para(prepared, styles().small))
    return flow
