"""What the department checklist shows: which incident and department, the incident's level and
phase, the filter (open / overdue / all), the task table and the buttons for the selected task.

It holds no service: it shows a :class:`Board` and says, by signals, what the liaison asked for;
the window runs it. The selection follows the task (by id) across the refreshes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity, Permission
from commandpost.clock import Clock
from commandpost.services.incident_records import Board, IncidentSummary, TaskInfo
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import DrillBanner
from commandpost.ui.checklist_choosers import ChecklistChoosers
from commandpost.ui.checklist_view import ChecklistView, TaskPane, TickDelegate
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_columns import checklist_columns
from commandpost.ui.incident_widgets import Badge, drill_badge
from commandpost.ui.incident_words import PlanNames, drill_title
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.roles import everyone, gate


def _placeholder() -> QLabel:
    """Said in place of the table when it has no rows, so an empty list never looks broken."""
    label = QLabel()
    label.setObjectName("empty")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    tint(label, lambda c: f"color: {c.muted}; font-style: italic; padding: 24px;")
    label.hide()
    return label


class ChecklistPanel(QWidget):
    incident_chosen = Signal(int)
    department_changed = Signal()
    tick_requested = Signal(object)  # TaskInfo
    action_requested = Signal(str, object)  # action name, TaskInfo or None

    def __init__(
        self,
        lang: str,
        now: Clock,
        department: str | None = None,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity = identity or everyone("")
        self.lang = lang
        self._now = now
        self.names: PlanNames | None = None
        self.board: Board | None = None
        self.model: RecordTableModel[TaskInfo] | None = None
        self._shown_incident: int | None = None

        self.choosers = ChecklistChoosers(department)
        self.incident = self.choosers.incident
        self.department_box = self.choosers.department_box
        self.filter_buttons = self.choosers.filter_buttons
        self.drill_banner = DrillBanner()
        self.level = Badge()
        self.level.setObjectName("levelBadge")
        self.drill = drill_badge()
        for hidden in (self.drill_banner, self.drill):
            hidden.hide()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-weight: bold; font-size: 15pt;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.phase = QLabel()
        self.phase.setObjectName("phase")
        self.report = QPushButton(self.tr("Send progress &report…"))
        self.report.setObjectName("sendReport")
        put_icons((self.report,))
        self.view = ChecklistView()
        self.delegate = TickDelegate(self.view)
        self.delegate.may_tick = self.may_work
        self.pane = TaskPane()
        self.empty = _placeholder()
        self.buttons: dict[str, QPushButton] = {}
        self.updated = QLabel()
        self.updated.setObjectName("updated")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.choosers)
        layout.addWidget(self.drill_banner)
        layout.addLayout(self._heading())
        layout.addWidget(self._table_and_pane(), 1)
        layout.addLayout(self._task_buttons())

        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        self.choosers.incident_chosen.connect(self.incident_chosen)
        self.choosers.department_changed.connect(self._department_changed)
        self.choosers.filter_changed.connect(self._show_tasks)
        self.report.clicked.connect(lambda: self.action_requested.emit("report", None))
        self.delegate.tick_clicked.connect(self.tick_requested)
        self.view.tick_pressed.connect(lambda: self._button("tick"))
        self.view.open_pressed.connect(lambda: self._button("detail"))

    def _table_and_pane(self) -> QSplitter:
        tasks = QWidget()
        tasks_layout = QVBoxLayout(tasks)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(self.view, 1)
        tasks_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tasks)
        splitter.addWidget(self.pane)
        splitter.setSizes([1000, 460])
        splitter.setChildrenCollapsible(False)
        return splitter

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.level)
        row.addWidget(self.drill)
        row.addWidget(self.title, 1)
        row.addWidget(self.phase)
        row.addSpacing(12)
        row.addWidget(self.report)
        return row

    def _task_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text in (
            ("tick", self.tr("✓ &Done (Space)")),
            ("reopen", self.tr("Re&open…")),
            ("not_applicable", self.tr("Not a&pplicable…")),
            ("assign", self.tr("&Assign…")),
            ("note", self.tr("Add &note…")),
            ("detail", self.tr("D&etails (Enter)")),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, n=name: self._button(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.updated)
        return row

    # --- what is chosen ------------------------------------------------------------------

    def department(self) -> str | None:
        return self.choosers.department()

    def department_name(self, key: str) -> str:
        return self.names.department(key) if self.names is not None else key

    def set_filter(self, name: str) -> None:
        self.choosers.set_filter(name)

    def may_work(self, task: TaskInfo) -> bool:
        """Whether the signed-in user may work this task (their department's, or any for a lead)."""
        return self.identity.may(Permission.WORK_TASKS, (task.department,))

    def is_active(self) -> bool:
        return self.board is not None and self.board.incident.status == "active"

    def selected_task(self) -> TaskInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.model is not None else []
        return self.model.row_at(rows[0].row()) if rows and self.model is not None else None

    def select_task(self, task_id: int) -> bool:
        number = self.model.find(task_id) if self.model is not None else None
        if number is None:
            return False
        self.view.selectRow(number)
        return True

    def window_title(self) -> str:
        board, department = self.board, self.department()
        if board is None or department is None:
            return self.tr("Department checklist")
        incident = board.incident
        return self.tr("{department} — {title} — Department checklist").format(
            department=self.department_name(department),
            title=drill_title(incident.title, incident.is_drill),
        )

    # --- showing -------------------------------------------------------------------------

    def show_board(self, incidents: Sequence[IncidentSummary], board: Board | None) -> None:
        self.board = board
        self.choosers.fill_incidents(incidents, board)
        if board is None:
            self.title.setText(self.tr("No incident is running."))
            self.level.hide()
            self.drill.hide()
            self.drill_banner.hide()
            self.phase.clear()
            self._show_tasks()
            return
        new_incident = self._shown_incident != board.incident.id
        self._shown_incident = board.incident.id
        if self.names is None or self.names.plan is not board.plan:
            self.names = PlanNames(board.plan, self.lang)
            if self.model is not None:
                self.model.deleteLater()
            self.model = RecordTableModel[TaskInfo](
                checklist_columns(self.names, self._now), lambda t: t.id, self
            )
            self.view.setModel(self.model)
            self.view.setItemDelegateForColumn(0, self.delegate)
            self.view.selectionModel().selectionChanged.connect(self._update_buttons)
            header = self.view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            # A header sized to its contents measures again on a change, not on an insert: the
            # rows "All" adds ("done 09:03", "retired") must widen the column, not read "do…".
            self.model.rowsInserted.connect(lambda *_: header.resizeSections())
            self.view.verticalHeader().setDefaultSectionSize(34)
        if new_incident:
            self.choosers.fill_departments(board, self.names)
        incident = board.incident
        names = self.names
        self.level.set_badge(names.level(incident.level), names.level_colour(incident.level))
        self.level.show()
        self.drill.setVisible(incident.is_drill)
        self.drill_banner.setVisible(incident.is_drill)
        self.title.setText(incident.title)
        phase = self.tr("Phase: {phase}").format(phase=names.phase(incident.phase))
        if incident.status == "closed":
            phase = self.tr("Closed")
        self.phase.setText(phase)
        self._show_tasks()

    def touch(self) -> None:
        """Move the countdowns (called every second)."""
        if self.model is not None:
            self.model.touch()
        self._show_pane()

    def _show_pane(self) -> None:
        self.pane.show_task(self.selected_task(), self.names, self._now())

    def set_updated(self, text: str, alarm: bool = False) -> None:
        """The line saying when the list was read; red and bold when it could not be."""
        self.updated.setText(text)
        tint(self.updated, (lambda c: f"color: {c.overdue}; font-weight: bold;") if alarm else "")

    def _show_tasks(self) -> None:
        board, model, department = self.board, self.model, self.department()
        mine = [t for t in board.tasks if t.department == department] if board else []
        now = self._now()
        chosen = {
            "open": [t for t in mine if t.status == "open"],
            "overdue": [t for t in mine if t.is_overdue(now)],
            "all": mine,
        }
        self.choosers.set_counts({name: len(rows) for name, rows in chosen.items()})
        rows = chosen[self.choosers.current_filter()]
        if model is not None:
            before = self.selected_task()
            if model.set_rows(rows) and before is not None:
                self.select_task(before.id)
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No incident is running.")
            if board is None
            else self.tr("Nothing to show here: choose another filter.")
        )
        self._update_buttons()

    # --- reactions -----------------------------------------------------------------------

    def _department_changed(self) -> None:
        self._show_tasks()
        self.department_changed.emit()

    def _update_buttons(self, *_: object) -> None:
        self._show_pane()
        task, active, department = self.selected_task(), self.is_active(), self.department()
        status = task.status if task is not None else None
        may = self.identity.may
        work = task is None or self.may_work(task)
        gate(self.buttons["tick"], work, active and status == "open")
        gate(self.buttons["reopen"], work, active and status in ("done", "not_applicable"))
        gate(self.buttons["not_applicable"], work, active and status == "open")
        gate(self.buttons["assign"], work, active and status in ("open", "done"))
        gate(self.buttons["note"], work, active and task is not None)
        self.buttons["detail"].setEnabled(task is not None)
        report = department is None or may(Permission.REPORT, (department,))
        others = department is not None and not may(Permission.WORK_TASKS, (department,))
        self.pane.set_read_only(others)
        gate(self.report, report, active and department is not None)

    def _button(self, name: str) -> None:
        task = self.selected_task()
        if name == "tick":
            ready = task is not None and task.status == "open" and self.is_active()
            if ready and task is not None and self.may_work(task):
                self.tick_requested.emit(task)
            return
        if self.buttons[name].isEnabled():
            self.action_requested.emit(name, task)
