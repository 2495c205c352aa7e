"""The overview page of a plan: scope, source, levels, phases, categories, escalation, cycles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from commandpost.ui.widgets import (
    colour_swatch,
    heading,
    muted_label,
    page,
    text_label,
)
from commandpost.ui.words import colon, escalation_step_label, every_label

if TYPE_CHECKING:
    from commandpost.plan.model import Plan


def overview_page(plan: Plan, lang: str) -> QWidget:
    source = plan.source
    source_text = f"{source.document} — {source.title.get(lang)}"
    if source.note is not None:
        source_text += f"\n{source.note.get(lang)}"
    sections: list[QWidget] = [
        heading(QCoreApplication.translate("OverviewPage", "Scope")),
        text_label(plan.scope.get(lang)),
        heading(QCoreApplication.translate("OverviewPage", "Source document")),
        text_label(source_text),
        heading(QCoreApplication.translate("OverviewPage", "Levels")),
        _levels(plan, lang),
        heading(QCoreApplication.translate("OverviewPage", "Phases")),
        text_label(_phases(plan, lang)),
        heading(QCoreApplication.translate("OverviewPage", "Incident categories")),
        text_label(_categories(plan, lang)),
    ]
    if plan.escalation:
        sections += [
            heading(QCoreApplication.translate("OverviewPage", "Escalation")),
            text_label(_escalation(plan, lang)),
        ]
    sections += [
        heading(QCoreApplication.translate("OverviewPage", "Drills and review")),
        text_label(_cycles(plan, lang)),
    ]
    return page(*sections)


def _levels(plan: Plan, lang: str) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(12)
    grid.setColumnStretch(2, 1)
    for row, level in enumerate(plan.levels):
        grid.addWidget(colour_swatch(level.colour), row, 0, Qt.AlignmentFlag.AlignTop)
        name = text_label(level.name.get(lang), bold=True)
        name.setObjectName("levelName")
        grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text_label(level.criteria.get(lang)), row, 2)
        if level.report_every is not None:
            cadence = text_label(
                QCoreApplication.translate(
                    "OverviewPage", "progress report every {duration}"
                ).format(duration=level.report_every.label(lang))
            )
        else:
            cadence = muted_label(
                QCoreApplication.translate("OverviewPage", "no progress-report cadence")
            )
        cadence.setWordWrap(False)
        grid.addWidget(cadence, row, 3, Qt.AlignmentFlag.AlignTop)
    return box


def _phases(plan: Plan, lang: str) -> str:
    lines = []
    for number, phase in enumerate(plan.phases, start=1):
        line = f"{number}. {phase.name.get(lang)}"
        if phase.description is not None:
            line += f" — {phase.description.get(lang)}"
        lines.append(line)
    return "\n".join(lines)


def _categories(plan: Plan, lang: str) -> str:
    separator = "、" if lang == "zh" else ", "
    lines = []
    for category in plan.categories:
        line = f"• {category.name.get(lang)}"
        if category.description is not None:
            line += f" — {category.description.get(lang)}"
        if category.departments:
            names = separator.join(plan.department(k).name.get(lang) for k in category.departments)
            line += "\n   " + QCoreApplication.translate(
                "OverviewPage", "handled by: {departments}"
            ).format(departments=names)
        lines.append(line)
    return "\n".join(lines)


def _escalation(plan: Plan, lang: str) -> str:
    lines = []
    for rule in plan.escalation:
        steps = ("；" if lang == "zh" else "; ").join(
            escalation_step_label(step, lang) for step in rule.steps
        )
        line = f"• {rule.name.get(lang)}{colon(lang)}{steps}"
        if rule.key == plan.default_escalation:
            line += " " + QCoreApplication.translate(
                "OverviewPage", "(used by tasks that name no rule)"
            )
        lines.append(line)
    return "\n".join(lines)


def _cycles(plan: Plan, lang: str) -> str:
    drills = QCoreApplication.translate("OverviewPage", "Drill: {every}").format(
        every=every_label(plan.drills.every, lang)
    )
    if plan.drills.note is not None:
        drills += f" — {plan.drills.note.get(lang)}"
    review = QCoreApplication.translate("OverviewPage", "Review cycle: {every}").format(
        every=every_label(plan.review.every, lang)
    )
    if plan.review.note is not None:
        review += f" — {plan.review.note.get(lang)}"
    return f"{drills}\n{review}"
