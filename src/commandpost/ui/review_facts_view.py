"""The facts of a review, read-only: filled in from the incident's own record, never typed.

Key figures (time to activation, on-time rate, escalations, reports, figures), the level and
phase history, every department's timing, and the tasks done late or never done with how late.
Each table is as tall as its rows, in one scrolling column, so nothing hides behind a scroll bar
of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QTableView, QVBoxLayout, QWidget

from commandpost.services.incident_records import PhasePeriod
from commandpost.services.review_records import DepartmentTiming, LateTask, LevelPeriod, ReviewFacts
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import fit_rows, record_table, section, wrapping
from commandpost.ui.colours import colours
from commandpost.ui.incident_words import PlanNames, span_label
from commandpost.ui.record_model import Column, RecordTableModel
from commandpost.ui.review_words import NONE_YET, optional_span, rate_label, stamp
from commandpost.ui.widgets import scrolling

translate = QCoreApplication.translate
MOST_ROWS = 30
"""A facts table grows up to this many rows (the column scrolls as a whole)."""


def level_columns(names: PlanNames) -> list[Column[LevelPeriod]]:
    return [
        Column(
            translate("ReviewFacts", "Level"),
            lambda p: names.level(p.level),
            bold=lambda p: True,
        ),
        Column(translate("ReviewFacts", "From"), lambda p: stamp(p.started_at)),
        Column(
            translate("ReviewFacts", "Until"),
            lambda p: stamp(p.ended_at) if p.ended_at else translate("ReviewFacts", "the end"),
        ),
        Column(translate("ReviewFacts", "By"), lambda p: p.changed_by),
        Column(translate("ReviewFacts", "Reason"), lambda p: p.reason or ""),
    ]


def phase_columns(names: PlanNames) -> list[Column[PhasePeriod]]:
    return [
        Column(translate("ReviewFacts", "Phase"), lambda p: names.phase(p.phase)),
        Column(translate("ReviewFacts", "Started"), lambda p: stamp(p.started_at)),
        Column(translate("ReviewFacts", "Ended"), lambda p: stamp(p.ended_at) or NONE_YET),
        Column(translate("ReviewFacts", "Started by"), lambda p: p.started_by),
    ]


def department_columns(names: PlanNames) -> list[Column[DepartmentTiming]]:
    def red_if(count: int) -> str | None:
        return colours().overdue if count else None

    return [
        Column(
            translate("ReviewFacts", "Department"),
            lambda d: (
                names.department(d.department)
                if d.department
                else translate("ReviewFacts", "All departments")
            ),
            bold=lambda d: not d.department,
        ),
        Column(translate("ReviewFacts", "Tasks"), lambda d: str(d.tasks), align_right=True),
        Column(translate("ReviewFacts", "Timed"), lambda d: str(d.timed), align_right=True),
        Column(translate("ReviewFacts", "On time"), lambda d: str(d.on_time), align_right=True),
        Column(
            translate("ReviewFacts", "Late"),
            lambda d: str(d.late),
            foreground=lambda d: red_if(d.late),
            align_right=True,
        ),
        Column(
            translate("ReviewFacts", "Missed"),
            lambda d: str(d.missed),
            foreground=lambda d: red_if(d.missed),
            bold=lambda d: d.missed > 0,
            align_right=True,
        ),
        Column(
            translate("ReviewFacts", "On-time rate"),
            lambda d: rate_label(d.on_time_rate),
            align_right=True,
        ),
        Column(
            translate("ReviewFacts", "First response"),
            lambda d: optional_span(d.time_to_first_response),
            tooltip=lambda d: stamp(d.first_done_at) or None,
            align_right=True,
        ),
    ]


def late_columns(names: PlanNames) -> list[Column[LateTask]]:
    return [
        Column(translate("ReviewFacts", "Task"), lambda t: t.task.title(names.lang)),
        Column(
            translate("ReviewFacts", "Department"), lambda t: names.department(t.task.department)
        ),
        Column(translate("ReviewFacts", "Due"), lambda t: stamp(t.task.due_at)),
        Column(
            translate("ReviewFacts", "Done"),
            lambda t: stamp(t.task.done_at) or translate("ReviewFacts", "never done"),
            foreground=lambda t: None if t.task.done_at else colours().overdue,
        ),
        Column(
            translate("ReviewFacts", "Late by"),
            lambda t: span_label(t.late_by),
            foreground=lambda t: colours().overdue,
            bold=lambda t: True,
            align_right=True,
        ),
    ]


class FactsView(QWidget):
    """Shows one :class:`ReviewFacts`; every value is read-only."""

    def __init__(self, names: PlanNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFacts")
        self.names = names
        self.values: dict[str, QLabel] = {}
        self.activation_note = QLabel()
        figures = self._key_figures()

        self.level_model = RecordTableModel[LevelPeriod](
            level_columns(names), lambda p: p.started_at, self
        )
        self.phase_model = RecordTableModel[PhasePeriod](
            phase_columns(names), lambda p: p.started_at, self
        )
        self.department_model = RecordTableModel[DepartmentTiming](
            department_columns(names), lambda d: d.department, self
        )
        self.late_model = RecordTableModel[LateTask](late_columns(names), lambda t: t.task.id, self)
        self.level_view = _wrapping(record_table(self.level_model, "levelHistory", stretch=4))
        self.phase_view = record_table(self.phase_model, "phaseHistory", stretch=3)
        self.department_view = record_table(self.department_model, "departmentTiming", stretch=0)
        self.late_view = _wrapping(record_table(self.late_model, "lateTasks", stretch=0))
        self._tables: list[tuple[QTableView, QAbstractItemModel]] = [
            (self.level_view, self.level_model),
            (self.phase_view, self.phase_model),
            (self.department_view, self.department_model),
            (self.late_view, self.late_model),
        ]
        self._fitting = QTimer(self)
        self._fitting.setSingleShot(True)
        self._fitting.setInterval(0)
        self._fitting.timeout.connect(self.fit)
        for view in (self.level_view, self.late_view):  # wrapped rows grow as columns narrow
            view.horizontalHeader().sectionResized.connect(lambda *_: self._fitting.start())
        self.late_box = section(
            translate("ReviewFacts", "Late and missed tasks"), self.late_view, name="lateBox"
        )
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(section(translate("ReviewFacts", "Key figures"), figures, name="keyBox"))
        layout.addWidget(
            section(translate("ReviewFacts", "Departments"), self.department_view, name="deptBox")
        )
        layout.addWidget(self.late_box)
        layout.addWidget(
            section(translate("ReviewFacts", "Level history"), self.level_view, name="levelBox")
        )
        layout.addWidget(
            section(translate("ReviewFacts", "Phase history"), self.phase_view, name="phaseBox")
        )
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

    def _key_figures(self) -> QWidget:
        """Two columns of captions and values, and the note on time to activation."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for number, (name, caption) in enumerate(
            (
                ("declared", translate("ReviewFacts", "Declared:")),
                ("closed", translate("ReviewFacts", "Closed:")),
                ("duration", translate("ReviewFacts", "Response lasted:")),
                ("activation", translate("ReviewFacts", "Time to activation:")),
                ("on_time", translate("ReviewFacts", "On-time rate:")),
                ("late", translate("ReviewFacts", "Late or missed tasks:")),
                ("escalations", translate("ReviewFacts", "Escalations:")),
                ("reports", translate("ReviewFacts", "Progress reports:")),
                ("figures", translate("ReviewFacts", "Figures recorded:")),
                ("levels", translate("ReviewFacts", "Level changes:")),
            )
        ):
            label = QLabel(caption)
            tint(label, lambda c: f"color: {c.muted};")
            value = QLabel()
            value.setObjectName(f"fact:{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            row, column = divmod(number, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
            self.values[name] = value
        self.activation_note.setObjectName("activationNote")
        self.activation_note.setWordWrap(True)
        tint(self.activation_note, lambda c: f"color: {c.muted};")
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(grid)
        figures_layout.addWidget(self.activation_note)

        return figures

    def show_facts(self, facts: ReviewFacts) -> None:
        incident, overall = facts.incident, facts.overall
        levels_changed = max(len(facts.levels) - 1, 0)
        missed = overall.late + overall.missed
        values = {
            "declared": stamp(incident.declared_at),
            "closed": stamp(incident.closed_at) or NONE_YET,
            "duration": span_label(
                (incident.closed_at or facts.generated_at) - incident.declared_at
            ),
            "activation": optional_span(facts.time_to_activation),
            "on_time": translate("ReviewFacts", "{rate} ({on_time} of {timed} timed tasks)").format(
                rate=rate_label(overall.on_time_rate), on_time=overall.on_time, timed=overall.timed
            ),
            "late": translate("ReviewFacts", "{late} late · {missed} never done").format(
                late=overall.late, missed=overall.missed
            ),
            "escalations": str(len(facts.escalations)),
            "reports": str(len(facts.reports)),
            "figures": str(len(facts.figures)),
            "levels": str(levels_changed),
        }
        for name, text in values.items():
            self.values[name].setText(text)
        tint(self.values["late"], (lambda c: f"color: {c.overdue};") if missed else "")
        if facts.warning_raised_at is not None:
            note = translate(
                "ReviewFacts", "Declared from the warning raised {time}; activation runs from it."
            ).format(time=stamp(facts.warning_raised_at))
        else:
            note = translate(
                "ReviewFacts", "Declared without a warning: there is no time to activation."
            )
        self.activation_note.setText(note)
        self.department_model.set_rows([*facts.departments, overall])
        self.late_model.set_rows(facts.late_tasks)
        self.level_model.set_rows(facts.levels)
        self.phase_model.set_rows(facts.phases)
        self.fit()
        self.late_box.setTitle(
            translate("ReviewFacts", "Late and missed tasks ({count})").format(
                count=len(facts.late_tasks)
            )
        )

    def fit(self) -> None:
        """Every table exactly as tall as its rows (the column scrolls as a whole)."""
        for view, model in self._tables:
            fit_rows(view, model.rowCount(), MOST_ROWS)


def _wrapping(view: QTableView) -> QTableView:
    """Long text wraps onto more lines; a row is never lower than a one-line row elsewhere."""
    header = wrapping(view).verticalHeader()
    header.setMinimumSectionSize(header.defaultSectionSize())
    return view
