"""The incident review report (复盘报告): what happened, how the departments kept their time
limits, and what the command group concluded, filed as a PDF.

Contents: a cover (the incident, plan and version, level history, dates, drill or real, the
review's revision), key figures, the level and phase timeline, on-time rates per department, each
department's tasks (due, done, how late, who), escalations, progress reports, the situation
figures over time, the written review, improvement actions, the full activity log and the
sign-off.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from commandpost.reports import logs, sections
from commandpost.reports.document import Cancelled, Progress, ReportCancelled, write_pdf
from commandpost.reports.layout import gap, para, styles
from commandpost.reports.tables import fact_table
from commandpost.services.review_records import ReviewFacts, ReviewInfo

__all__ = ["ReportCancelled", "build"]


def build(
    facts: ReviewFacts,
    review: ReviewInfo,
    lang: str,
    out: Path | str,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the incident review report for ``facts`` and ``review`` to ``out`` (a PDF)."""
    ctx = sections.context(facts, review, lang)
    title_key = "drill_review_title" if facts.incident.is_drill else "review_title"
    story = cover(ctx, title_key)
    for part in (
        sections.key_figures,
        sections.timeline,
        sections.on_time,
        logs.task_tables,
        logs.escalations,
        logs.progress_reports,
        sections.figure_charts,
        sections.written,
        sections.actions,
        logs.activity_log,
        sections.sign_off,
    ):
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report was cancelled")
        story += part(ctx)
    return write_pdf(story, out, sections.page_info(ctx, title_key), progress, cancelled)


def cover(ctx: sections.Context, title_key: str) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = [
        gap(18),
        para(ctx.w(title_key), s.title),
        para(ctx.facts.incident.title, s.subtitle),
        fact_table(sections.incident_pairs(ctx), (1, 3.2)),
        gap(4),
    ]
    flow += sections.level_history(ctx)
    if ctx.review.status == "draft":
        flow += [gap(4), para(ctx.w("not_signed_off"), s.note)]
    flow.append(PageBreak())
    return flow
