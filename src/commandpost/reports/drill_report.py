"""The drill report, in the shape of an after-action report and improvement plan (AAR/IP).

Contents: the exercise overview (scenario from the drill's title and description, date, plan and
version, level, participating departments, the level and phase timeline), the executive summary,
the objectives, the analysis of capabilities (each rating on the HSEEP scale, P/S/M/U with its
full meaning, and the observations; on-time rates per department), strengths, areas for
improvement, the improvement plan (action, department, due date, status), the sign-off, and the
appendices: the exercise timeline and the tasks by department.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from commandpost.reports import logs, sections
from commandpost.reports.charts import FAIR, GOOD, POOR
from commandpost.reports.document import Cancelled, Progress, ReportCancelled, write_pdf
from commandpost.reports.layout import gap, heading, para, styles
from commandpost.reports.tables import fact_table, long_table
from commandpost.reports.words import day, local_time, span
from commandpost.services.review_records import HSEEP_RATINGS, ReviewFacts, ReviewInfo

__all__ = ["ReportCancelled", "build"]

TITLE = "aar_title"
RATING_COLOURS = {"P": GOOD, "S": FAIR, "M": FAIR, "U": POOR}


def build(
    facts: ReviewFacts,
    review: ReviewInfo,
    lang: str,
    out: Path | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the drill's after-action report and improvement plan to ``out`` (a PDF)."""
    ctx = sections.context(facts, review, lang)
    story: list[Flowable] = []
    for part in (
        overview,
        executive_summary,
        objectives,
        capabilities,
        strengths,
        areas_for_improvement,
        improvement_plan,
        sections.sign_off,
        appendices,
    ):
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report was cancelled")
        story += part(ctx)
    return write_pdf(story, out, sections.page_info(ctx, TITLE), progress, cancelled)


def participants(ctx: sections.Context) -> list[str]:
    """The departments that had tasks in the drill, in the plan's order."""
    return [ctx.names.department(d.department) for d in ctx.facts.departments if d.tasks]


def overview(ctx: sections.Context) -> list[Flowable]:
    s, incident = styles(), ctx.facts.incident
    scenario = incident.title + (f"\n{incident.description}" if incident.description else "")
    started = local_time(incident.declared_at)
    ended = local_time(incident.closed_at, ctx.lang)
    separator = "、" if ctx.lang == "zh" else ", "
    pairs = [
        (ctx.w("exercise_name"), incident.title),
        (ctx.w("scenario"), scenario),
        (ctx.w("exercise_date"), f"{day(incident.declared_at)}  ({started} – {ended})"),
        (ctx.w("duration"), span(ctx.end - incident.declared_at, ctx.lang)),
        (ctx.w("plan"), sections.plan_line(ctx)),
        (ctx.w("category"), ctx.names.category(incident.category)),
        (ctx.w("level"), sections.level_path(ctx)),
        (ctx.w("participants"), separator.join(participants(ctx)) or ctx.w("none")),
        (ctx.w("declared_by"), incident.declared_by),
        (ctx.w("review_revision"), sections.review_status(ctx)),
    ]
    flow: list[Flowable] = [
        gap(12),
        para(ctx.w(TITLE), s.title),
        para(f"{ctx.w('drill')} #{incident.id}  {incident.title}", s.subtitle),
        heading(ctx.w("exercise_overview")),
        fact_table(pairs, (1, 3.2)),
    ]
    if ctx.review.status == "draft":
        flow += [gap(3), para(ctx.w("not_signed_off"), s.note)]
    flow.append(PageBreak())
    flow += sections.timeline(ctx)[:2]  # the chart; the phase table is in the appendix
    flow += sections.key_figures(ctx)
    return flow


def executive_summary(ctx: sections.Context) -> list[Flowable]:
    return sections.written(ctx, ("summary", "what_happened"), "executive_summary")


def objectives(ctx: sections.Context) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w("objectives"))]
    if not ctx.review.objectives:
        return [*flow, para(ctx.w("no_objectives"), styles().note)]
    rows = [[str(n), text] for n, text in enumerate(ctx.review.objectives, start=1)]
    flow.append(long_table(["#", ctx.w("objectives")], rows, (0.35, 9.5)))
    return flow


def rating_text(ctx: sections.Context, rating: str) -> str:
    key = f"rating_{rating}"
    return ctx.w(key) if rating in HSEEP_RATINGS else rating


def capabilities(ctx: sections.Context) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx.w("capabilities"))]
    scale = [
        [r, rating_text(ctx, r).split("：" if ctx.lang == "zh" else ": ", 1)[-1]]
        for r in HSEEP_RATINGS
    ]
    flow += [
        heading(ctx.w("hseep_scale"), 2),
        long_table([ctx.w("rating"), ctx.w("description")], scale, (0.8, 9)),
        gap(3),
    ]
    if not ctx.review.ratings:
        flow += [heading(ctx.w("ratings"), 2), para(ctx.w("no_ratings"), styles().note)]
    else:
        rows, extra = [], []
        for n, r in enumerate(ctx.review.ratings, start=1):
            subject = (
                ctx.names.department(r.subject) if ctx.names.is_department(r.subject) else r.subject
            )
            rows.append([subject, rating_text(ctx, r.rating), r.observations])
            colour = RATING_COLOURS.get(r.rating)
            if colour is not None:
                extra.append(("TEXTCOLOR", (1, n), (1, n), colour))
        header = [ctx.w("subject"), ctx.w("rating"), ctx.w("observations")]
        flow += [heading(ctx.w("ratings"), 2), long_table(header, rows, (2.2, 3.2, 4.4), extra)]
    flow += sections.on_time(ctx)
    return flow


def strengths(ctx: sections.Context) -> list[Flowable]:
    return _section(ctx, "strengths", ctx.review.strengths)


def areas_for_improvement(ctx: sections.Context) -> list[Flowable]:
    flow = _section(ctx, "areas_for_improvement", ctx.review.shortcomings)
    if ctx.review.improvements.strip():
        flow += [heading(ctx.w("improvements"), 2), para(ctx.review.improvements.strip())]
    return flow


def _section(ctx: sections.Context, key: str, text: str) -> list[Flowable]:
    body = para(text.strip()) if text.strip() else para(ctx.w("not_written"), styles().note)
    return [heading(ctx.w(key)), body]


def improvement_plan(ctx: sections.Context) -> list[Flowable]:
    return sections.actions(ctx, "improvement_plan")


def appendices(ctx: sections.Context) -> list[Flowable]:
    return [
        PageBreak(),
        *logs.activity_log(ctx, "appendix_timeline"),
        *sections.phase_history(ctx),
        *logs.task_tables(ctx, "appendix_tasks"),
    ]
