"""The body of the command board: the overdue list first, each department's progress, the
latest progress reports (with Acknowledge), the latest situation figures, and the timeline.

Built once the first board has been read, because its columns speak the plan's names. It only
shows what it is given and says when a button is pressed; the window runs the actions.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity, Permission
from commandpost.clock import Clock
from commandpost.services.incident_records import (
    Board,
    DepartmentProgress,
    EventInfo,
    ReportInfo,
    TaskInfo,
)
from commandpost.ui.appearance import tint
from commandpost.ui.board_columns import FigureRow, figure_columns, latest_figures, report_columns
from commandpost.ui.board_sections import (
    fit_rows,
    record_table,
    section,
    section_style,
    wrapping,
)
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_columns import (
    overdue_columns,
)
from commandpost.ui.incident_widgets import DepartmentProgressView, ProgressRow
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.roles import everyone, gate
from commandpost.ui.timeline import timeline_columns

translate = QCoreApplication.translate
OVERDUE_ROWS = 8
"""The overdue list shows this many tasks before it scrolls; the reports get the rest."""
FIGURE_ROWS = 6


def progress_rows(
    departments: tuple[DepartmentProgress, ...], names: PlanNames
) -> list[ProgressRow]:
    """Departments with any task, each as done / open (not late) / overdue with a caption."""
    rows = []
    for d in departments:
        if d.done + d.open + d.not_applicable == 0:
            continue
        caption = (
            translate("BoardBody", "{done} done · {open} open ({overdue} overdue)")
            if d.overdue
            else translate("BoardBody", "{done} done · {open} open")
        ).format(done=d.done, open=d.open, overdue=d.overdue)
        rows.append(
            ProgressRow(
                d.department,
                names.department(d.department),
                d.done,
                d.open - d.overdue,
                d.overdue,
                caption,
            )
        )
    return rows


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    tint(label, lambda c: f"color: {c.muted}; font-style: italic;")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


def _column(*parts: tuple[QWidget, int]) -> QWidget:
    """Sections one above the other; those with stretch 0 keep their natural height."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in parts:
        layout.addWidget(widget, stretch)
    return column


class BoardBody(QWidget):
    """The board's sections; ``acknowledge_requested`` carries the report ids to acknowledge."""

    acknowledge_requested = Signal(object)
    record_figure_requested = Signal()

    def __init__(
        self,
        names: PlanNames,
        now: Clock,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity = identity or everyone("")
        self._tasks: Mapping[int, TaskInfo] = {}
        self.overdue_model = RecordTableModel[TaskInfo](
            overdue_columns(names, now), lambda t: t.id, self
        )
        self.report_model = RecordTableModel[ReportInfo](
            report_columns(names, now), lambda r: r.id, self
        )
        self.figure_model = RecordTableModel[FigureRow](
            figure_columns(names, now), lambda f: f.key, self
        )
        self.timeline_model = RecordTableModel[EventInfo](
            timeline_columns(names, lambda: self._tasks, now), lambda e: e.id, self
        )
        self._names = names

        self.overdue_view = record_table(self.overdue_model, "overdue", stretch=2)
        self.no_overdue = _placeholder(self.tr("Nothing is overdue."))
        self.overdue_box = section("", self.overdue_view, self.no_overdue, name="overdueBox")
        self.departments = DepartmentProgressView()
        self.departments.setObjectName("departments")
        legend = QLabel(self.tr("Bars: green done · grey open · red overdue"))
        tint(legend, lambda c: f"color: {c.muted};")
        departments_box = section(
            self.tr("Departments"), self.departments, legend, name="departmentsBox"
        )
        self.report_view = wrapping(
            record_table(self.report_model, "reports", stretch=2), incremental=True
        )
        self.acknowledge = _button(self.tr("&Acknowledge"), "acknowledge")
        self.acknowledge_all = _button("", "acknowledgeAll")
        self.reports_box = section(
            "",
            self.report_view,
            name="reportsBox",
            buttons=(self.acknowledge, self.acknowledge_all),
        )
        self.figure_view = record_table(self.figure_model, "figures", stretch=0)
        self.record_figure = _button(self.tr("Record &figure…"), "recordFigure")
        put_icons((self.acknowledge, self.acknowledge_all, self.record_figure))
        self.no_figures = _placeholder(self.tr("No situation figures recorded yet."))
        figures_box = section(
            self.tr("Situation figures (latest)"),
            self.figure_view,
            self.no_figures,
            name="figuresBox",
            buttons=(self.record_figure,),
        )
        self.timeline_view = wrapping(
            record_table(self.timeline_model, "timeline", stretch=2), incremental=True
        )
        timeline_box = section(
            self.tr("Timeline (newest first)"), self.timeline_view, name="timelineBox"
        )
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(_column((self.overdue_box, 0), (self.reports_box, 1)))
        columns.addWidget(_column((departments_box, 0), (figures_box, 0), (timeline_box, 1)))
        columns.setSizes([830, 640])
        columns.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(columns)

        self.acknowledge.clicked.connect(self._acknowledge_selected)
        self.acknowledge_all.clicked.connect(self._acknowledge_all)
        self.record_figure.clicked.connect(self.record_figure_requested)
        self.report_view.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- content -------------------------------------------------------------------------

    def show_board(self, board: Board) -> None:
        self._tasks = {t.id: t for t in board.tasks}
        overdue = len(board.overdue)
        self.overdue_model.set_rows(board.overdue)
        self.overdue_box.setTitle(self.tr("Overdue tasks ({count})").format(count=overdue))
        tint(self.overdue_box, lambda c: section_style(bool(overdue), c))
        fit_rows(self.overdue_view, overdue, OVERDUE_ROWS)
        self.overdue_view.setVisible(bool(overdue))
        self.no_overdue.setVisible(not overdue)
        self.departments.set_rows(progress_rows(board.departments, self._names))
        self._keep_selection(self.report_model, self.report_view, board.reports)
        waiting = sum(1 for r in board.reports if r.acknowledged_at is None)
        self.reports_box.setTitle(
            self.tr("Progress reports ({waiting} to acknowledge)").format(waiting=waiting)
        )
        self.acknowledge_all.setText(self.tr("Acknowledge a&ll ({count})").format(count=waiting))
        figures = latest_figures(board.figures)
        self.figure_model.set_rows(figures)
        fit_rows(self.figure_view, len(figures), FIGURE_ROWS)
        self.figure_view.setVisible(bool(figures))
        self.no_figures.setVisible(not figures)
        gate(
            self.record_figure,
            self.identity.may(Permission.REPORT),
            bool(self._names.plan.figures) and board.incident.status == "active",
        )
        self.timeline_model.set_rows(board.events)
        self._closed = board.incident.status == "closed"
        self._update_buttons()

    def touch(self) -> None:
        """Re-draw the time-dependent text (how long each task has been overdue)."""
        self.overdue_model.touch()

    @staticmethod
    def _keep_selection(
        model: RecordTableModel[ReportInfo], view: object, rows: tuple[ReportInfo, ...]
    ) -> None:
        from PySide6.QtWidgets import QTableView

        assert isinstance(view, QTableView)
        current = view.selectionModel().selectedRows()
        chosen = model.row_at(current[0].row()) if current else None
        if model.set_rows(rows) and chosen is not None:
            number = model.find(chosen.id)
            if number is not None:
                view.selectRow(number)

    # --- reports -------------------------------------------------------------------------

    def selected_report(self) -> ReportInfo | None:
        return self.report_model.selected_in(self.report_view)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected_report()
        closed = getattr(self, "_closed", False)
        command = self.identity.may(Permission.COMMAND)
        gate(
            self.acknowledge,
            command,
            not closed and chosen is not None and chosen.acknowledged_at is None,
        )
        waiting = [r for r in self.report_model.rows() if r.acknowledged_at is None]
        gate(self.acknowledge_all, command, not closed and bool(waiting))

    def _acknowledge_selected(self) -> None:
        chosen = self.selected_report()
        if chosen is not None and chosen.acknowledged_at is None and self.acknowledge.isEnabled():
            self.acknowledge_requested.emit([chosen.id])

    def _acknowledge_all(self) -> None:
        waiting = [r.id for r in self.report_model.rows() if r.acknowledged_at is None]
        if waiting and self.acknowledge_all.isEnabled():
            self.acknowledge_requested.emit(waiting)
