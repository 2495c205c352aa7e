"""The top row of the department checklist: which incident, which department, and the filter
(open / overdue / all, each with its count).

Kept apart from the panel because it has its own rule: the lists are refilled every couple of
seconds without moving the liaison's choice, and a closed incident the liaison is looking at
stays in the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from commandpost.services.incident_records import Board, IncidentSummary
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_words import PlanNames, drill_title

FILTERS = ("open", "overdue", "all")


class ChecklistChoosers(QWidget):
    """``incident_chosen`` (id) when the liaison picks an incident; the others say a change."""

    incident_chosen = Signal(int)
    department_changed = Signal()
    filter_changed = Signal()

    def __init__(self, department: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted_department = department
        self.incident = QComboBox()
        self.incident.setObjectName("incident")
        self.incident.setMinimumContentsLength(30)
        self.department_box = QComboBox()
        self.department_box.setObjectName("department")
        self.department_box.setMinimumContentsLength(16)
        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Incident:")))
        row.addWidget(self.incident, 2)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Department:")))
        row.addWidget(self.department_box, 1)
        row.addSpacing(12)
        for name in FILTERS:
            button = QPushButton()
            button.setObjectName(f"filter:{name}")
            button.setCheckable(True)
            self.filters.addButton(button)
            self.filter_buttons[name] = button
            row.addWidget(button)
        put_icons(self.filter_buttons)  # the overdue filter carries the alarm clock
        self.filter_buttons["open"].setChecked(True)
        self.incident.activated.connect(self._incident_activated)
        self.department_box.currentIndexChanged.connect(self._department_changed)
        self.filters.buttonClicked.connect(lambda _b: self.filter_changed.emit())

    def department(self) -> str | None:
        data = self.department_box.currentData()
        return str(data) if data is not None else None

    def current_filter(self) -> str:
        return next(n for n, b in self.filter_buttons.items() if b.isChecked())

    def set_filter(self, name: str) -> None:
        self.filter_buttons[name].setChecked(True)
        self.filter_changed.emit()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        labels = {
            "open": self.tr("Open ({count})"),
            "overdue": self.tr("Overdue ({count})"),
            "all": self.tr("All ({count})"),
        }
        for name, button in self.filter_buttons.items():
            button.setText(labels[name].format(count=counts.get(name, 0)))

    def fill_incidents(self, incidents: Sequence[IncidentSummary], board: Board | None) -> None:
        shown = list(incidents)
        if board is not None and all(i.id != board.incident.id for i in shown):
            shown.append(board.incident)  # closed meanwhile: keep showing it
        items = [(drill_title(i.title, i.is_drill), i.id) for i in shown]
        current = [
            (self.incident.itemText(n), self.incident.itemData(n))
            for n in range(self.incident.count())
        ]
        if items != current:
            self.incident.blockSignals(True)
            self.incident.clear()
            for text, incident_id in items:
                self.incident.addItem(text, incident_id)
            self.incident.blockSignals(False)
        if board is not None:
            self.incident.setCurrentIndex(self.incident.findData(board.incident.id))

    def fill_departments(self, board: Board, names: PlanNames) -> None:
        """Every department of the plan (a level change can give any of them tasks); the one
        asked for stays chosen, else the first that has tasks."""
        with_tasks = [
            d.key for d in board.plan.departments if any(t.department == d.key for t in board.tasks)
        ]
        chosen = self.department() or self._wanted_department
        if chosen is None and with_tasks:
            chosen = with_tasks[0]
        self.department_box.blockSignals(True)
        self.department_box.clear()
        for d in board.plan.departments:
            self.department_box.addItem(names.department(d.key), d.key)
        index = self.department_box.findData(chosen) if chosen else -1
        self.department_box.setCurrentIndex(max(index, 0))
        self.department_box.blockSignals(False)
        self.department_changed.emit()

    def _incident_activated(self, index: int) -> None:
        data = self.incident.itemData(index)
        if data is not None:
            self.incident_chosen.emit(int(data))

    def _department_changed(self, *_: object) -> None:
        self._wanted_department = self.department()
        self.department_changed.emit()
