"""The board's own lists: progress reports (with who acknowledged them) and the latest value of
each situation figure with its trend.

Apart from ``incident_columns`` because only the command board shows them; the colours mean the
same: red asks for the command group's attention (help needed, not yet acknowledged).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from commandpost.clock import Clock
from commandpost.services.incident_records import FigureValue, ReportInfo
from commandpost.ui.colours import colours
from commandpost.ui.incident_words import PlanNames, clock_time, figure_number, full_time
from commandpost.ui.record_model import Column

translate = QCoreApplication.translate


def report_columns(names: PlanNames, now: Clock) -> list[Column[ReportInfo]]:
    def progress(r: ReportInfo) -> str:
        parts = [
            translate("IncidentColumns", "Done: {text}").format(text=r.done) if r.done else "",
            translate("IncidentColumns", "Doing: {text}").format(text=r.doing) if r.doing else "",
        ]
        return "\n".join(p for p in parts if p)

    def acknowledged(r: ReportInfo) -> str:
        if r.acknowledged_at is None:
            return translate("IncidentColumns", "not acknowledged")
        return translate("IncidentColumns", "✓ {time} {who}").format(
            time=clock_time(r.acknowledged_at, now()), who=r.acknowledged_by or ""
        )

    return [
        Column(translate("IncidentColumns", "Sent"), lambda r: clock_time(r.sent_at, now())),
        Column(
            translate("IncidentColumns", "Department"),
            lambda r: names.department(r.department),
            tooltip=lambda r: r.sent_by,
        ),
        Column(translate("IncidentColumns", "Done / doing"), progress, tooltip=progress),
        Column(
            translate("IncidentColumns", "Needs help"),
            lambda r: r.needs_help,
            foreground=lambda r: colours().overdue,
            bold=lambda r: bool(r.needs_help),
            tooltip=lambda r: r.needs_help or None,
        ),
        Column(
            translate("IncidentColumns", "Acknowledged"),
            acknowledged,
            foreground=lambda r: colours().done if r.acknowledged_at else colours().overdue,
            bold=lambda r: r.acknowledged_at is None,
        ),
    ]


@dataclass(frozen=True, slots=True)
class FigureRow:
    """The latest value of one situation figure, with the one before it for the trend."""

    key: str
    value: float
    previous: float | None
    at: datetime
    recorded_by: str


def latest_figures(values: Sequence[FigureValue]) -> list[FigureRow]:
    """One row per figure, in the order first recorded; ``values`` are oldest first."""
    latest: dict[str, FigureRow] = {}
    for value in values:
        before = latest.get(value.key)
        latest[value.key] = FigureRow(
            value.key, value.value, before.value if before else None, value.at, value.recorded_by
        )
    return list(latest.values())


def figure_columns(names: PlanNames, now: Clock) -> list[Column[FigureRow]]:
    def trend(row: FigureRow) -> str:
        if row.previous is None or row.previous == row.value:
            return ""
        arrow = "▲" if row.value > row.previous else "▼"
        return f"{arrow} {figure_number(abs(row.value - row.previous))}"

    return [
        Column(translate("IncidentColumns", "Figure"), lambda r: names.figure(r.key)),
        Column(
            translate("IncidentColumns", "Value"),
            lambda r: f"{figure_number(r.value)} {names.figure_unit(r.key)}".strip(),
            bold=lambda r: True,
            align_right=True,
        ),
        Column(translate("IncidentColumns", "Change"), trend, align_right=True),
        Column(
            translate("IncidentColumns", "At"),
            lambda r: clock_time(r.at, now()),
            tooltip=lambda r: f"{full_time(r.at)} · {r.recorded_by}",
        ),
    ]
