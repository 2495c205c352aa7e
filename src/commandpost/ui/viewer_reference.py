"""Reference pages of a plan: situation figures, standards and shifts; other provisions; history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from commandpost.ui.core_words import say
from commandpost.ui.widgets import heading, muted_label, page, table, text_label
from commandpost.ui.words import (
    standard_kind_label,
    standard_value_label,
    status_label,
    time_label,
)

if TYPE_CHECKING:
    from commandpost.plan.model import Plan
    from commandpost.services.plan_records import StatusChange


def figures_page(plan: Plan, lang: str) -> QWidget:
    """Situation figures (态势数据) departments report, service standards and the shift plan."""
    sections: list[QWidget] = [
        heading(QCoreApplication.translate("FiguresPage", "Situation figures"))
    ]
    if plan.figures:
        sections.append(
            table(
                [
                    QCoreApplication.translate("FiguresPage", "Figure"),
                    QCoreApplication.translate("FiguresPage", "Unit"),
                    QCoreApplication.translate("FiguresPage", "Warning line"),
                ],
                [
                    [
                        f.name.get(lang),
                        f.unit.get(lang),
                        "" if f.warning_at is None else f"{f.warning_at:g}",
                    ]
                    for f in plan.figures
                ],
                stretch=0,
            )
        )
    else:
        sections.append(
            muted_label(
                QCoreApplication.translate("FiguresPage", "This plan defines no situation figures.")
            )
        )
    sections.append(heading(QCoreApplication.translate("FiguresPage", "Standards")))
    if plan.standards:
        sections.append(
            table(
                [
                    QCoreApplication.translate("FiguresPage", "Standard"),
                    QCoreApplication.translate("FiguresPage", "Kind"),
                    QCoreApplication.translate("FiguresPage", "Value"),
                    QCoreApplication.translate("FiguresPage", "Condition"),
                ],
                [
                    [
                        s.name.get(lang),
                        standard_kind_label(s.kind),
                        standard_value_label(s, lang),
                        s.condition.get(lang) if s.condition is not None else "",
                    ]
                    for s in plan.standards
                ],
                stretch=3,
            )
        )
    else:
        sections.append(
            muted_label(
                QCoreApplication.translate("FiguresPage", "This plan defines no standards.")
            )
        )
    sections.append(heading(QCoreApplication.translate("FiguresPage", "Shifts")))
    if plan.shifts:
        sections.append(
            table(
                [
                    QCoreApplication.translate("FiguresPage", "Shift"),
                    QCoreApplication.translate("FiguresPage", "Hours"),
                    QCoreApplication.translate("FiguresPage", "Staffing"),
                ],
                [
                    [
                        s.name.get(lang),
                        f"{s.start}–{s.end}",
                        s.staffing.get(lang) if s.staffing is not None else "",
                    ]
                    for s in plan.shifts
                ],
                stretch=2,
            )
        )
    else:
        sections.append(
            muted_label(QCoreApplication.translate("FiguresPage", "This plan defines no shifts."))
        )
    return page(*sections)


def provisions_page(plan: Plan, lang: str) -> QWidget:
    """Other sections kept from the source document (safeguards, training…)."""
    sections: list[QWidget] = []
    for provision in plan.provisions:
        sections += [
            heading(provision.title.get(lang), level=2),
            text_label(provision.text.get(lang)),
        ]
    if not sections:
        sections.append(
            muted_label(
                QCoreApplication.translate("ProvisionsPage", "This plan has no other provisions.")
            )
        )
    return page(*sections)


def history_page(history: Sequence[StatusChange]) -> QWidget:
    """Who moved this version from one status to another, and when."""
    rows = [
        [
            time_label(change.at),
            (status_label(change.from_status) + " → " if change.from_status else "")
            + status_label(change.to_status),
            change.actor,
            say(change.said) if change.said else "",
        ]
        for change in history
    ]
    return page(
        table(
            [
                QCoreApplication.translate("HistoryPage", "When"),
                QCoreApplication.translate("HistoryPage", "Status"),
                QCoreApplication.translate("HistoryPage", "By"),
                QCoreApplication.translate("HistoryPage", "Note"),
            ],
            rows,
            stretch=3,
        )
    )
