"""The alerts tab: deadline alerts recorded by the reminder engine (any desktop's), unacknowledged
first and bold, newest on top; acknowledging some or all; opening the checklist an alert is about.

A department filter chooses whose alerts are listed: all (what a command lead sees) or one
department's. It is remembered between sessions; a liaison's starts on "My departments", and they
acknowledge only their departments' alerts. The list re-reads off the GUI thread on
the incident list's cadence, when the engine reports new alerts, and after each acknowledgement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSettings, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity, Permission
from commandpost.clock import Clock, utc_now
from commandpost.services.alert_records import AlertInfo
from commandpost.ui.alert_words import AlertNames, alert_columns
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import command_button, record_table, section
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import tab_icon
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.refresher import Refresher
from commandpost.ui.roles import everyone, gate, own_departments
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.plan.model import Plan
    from commandpost.services.alerts import AlertService
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary

REFRESH_MS = 5000  # as the incident list
DEPARTMENT_SETTING = "alerts/department"
MINE = "*mine*"
"""The filter's choice of a liaison's own departments."""
PlanKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class AlertRead:
    """One read of the tab: the alerts and counts for ``departments``, and the plans met for the
    first time (each incident's, and at the first read every approved plan's)."""

    departments: frozenset[str] | None
    alerts: list[AlertInfo]
    unacknowledged: int
    overdue: int
    incident_plans: dict[int, PlanKey]
    plans: dict[PlanKey, Plan]
    approved: list[PlanKey] | None


class AlertsPanel(QWidget):
    """``alerts_shown`` fires after each read is on screen; ``counts_changed(overdue tasks,
    unacknowledged alerts)`` after each read; ``checklist_requested(incident, department)``."""

    alerts_shown = Signal()
    title_changed = Signal(str)
    counts_changed = Signal(int, int)
    checklist_requested = Signal(int, str)
    message = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._lang = lang
        self.identity = identity or everyone(actor)
        self._actor = self.identity.username
        self._mine = own_departments(self.identity)
        self._library: PlanLibrary | None = None
        self._incidents: IncidentService | None = None
        self.service: AlertService | None = None
        self.names = AlertNames(lang)
        self._incident_plans: dict[int, PlanKey] = {}
        self._plans: dict[PlanKey, PlanNames] = {}
        self._catalogued = False
        self.unacknowledged = 0
        self.overdue = 0
        saved = MINE if self._mine is not None else QSettings().value(DEPARTMENT_SETTING, "")
        self._department: str | None = str(saved) if saved else None

        self.model = RecordTableModel[AlertInfo](
            alert_columns(lambda: self.names, now), lambda a: a.id, self
        )
        self.view = record_table(self.model, "alerts", stretch=3)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.filter = QComboBox()
        self.filter.setObjectName("alertDepartment")
        self._add_general_items()
        if self._department not in (None, MINE):
            self.filter.addItem(self._department, self._department)
        self.filter.setCurrentIndex(max(self.filter.findData(self._department), 0))
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filter_label = QLabel(self.tr("Alerts for &department:"))
        filter_label.setBuddy(self.filter)
        self.status = QLabel(self.tr("Reading the alerts…"))
        self.status.setObjectName("alertStatus")
        tint(self.status, lambda c: f"color: {c.muted};")
        self.buttons: dict[str, QPushButton] = {}
        buttons = [
            self._button("checklist", self.tr("Open &checklist (Enter)"), self.open_selected),
            self._button(
                "acknowledge", self.tr("&Acknowledge (Ctrl+K)"), self.acknowledge_selected
            ),
            self._button(
                "acknowledge_all",
                self.tr("Acknowledge a&ll… (Ctrl+Shift+K)"),
                self.ask_acknowledge_all,
            ),
        ]
        self.box = section(self.tr("Alerts"), self.view, name="alertsBox", buttons=buttons)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.box, 1)

        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresher = Refresher(
            self, runner, "alertListRefresh", refresh_ms, self._read, self._show, self._read_failed
        )
        self._update_buttons()

    def _add_general_items(self) -> None:
        self.filter.addItem(self.tr("All departments"), None)
        if self._mine is not None:
            self.filter.addItem(self.tr("My departments"), MINE)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        return command_button(name, text, slot, self.buttons)

    def take_tab(self, tabs: QTabWidget, placeholder: QWidget) -> None:
        """Stand in the main window's tabs where ``placeholder`` held the place."""
        index = tabs.indexOf(placeholder)
        tabs.removeTab(index)
        tabs.insertTab(index, self, tab_icon(self, "alert"), self.tr("Alerts"))
        placeholder.deleteLater()
        self.title_changed.connect(lambda text: tabs.setTabText(tabs.indexOf(self), text))

    # --- reading -------------------------------------------------------------------------

    def set_services(
        self, library: PlanLibrary, incidents: IncidentService, alerts: AlertService
    ) -> None:
        self._library, self._incidents, self.service = library, incidents, alerts
        self.refresher.start()
        self._update_buttons()

    @Slot()
    def refresh(self) -> None:
        if self.service is not None:
            self.refresher.refresh()

    def departments(self) -> frozenset[str] | None:
        """The departments whose alerts are listed; None for every alert."""
        if self._department == MINE:
            return self._mine
        return None if self._department is None else frozenset({self._department})

    def _read(self) -> Callable[[], AlertRead]:
        library, incidents, service = self._library, self._incidents, self.service
        assert library is not None and incidents is not None and service is not None
        departments, known, catalogued = (
            self.departments(),
            set(self._incident_plans),
            self._catalogued,
        )
        have = set(self._plans)

        def read() -> AlertRead:
            alerts = service.alerts(departments)
            unacknowledged = service.unacknowledged_count(departments)
            overdue = service.overdue_tasks(departments)
            approved = None
            if not catalogued:
                approved = [
                    (p.plan_id, p.approved.version) for p in library.list_plans() if p.approved
                ]
            incident_plans = {}
            for number in {a.incident_id for a in alerts if a.incident_id is not None} - known:
                incident = incidents.get_incident(number)
                incident_plans[number] = (incident.plan_id, incident.plan_version)
            wanted = {*incident_plans.values(), *(approved or ())} - have
            plans = {key: library.get(*key).plan for key in wanted}
            return AlertRead(
                departments, alerts, unacknowledged, overdue, incident_plans, plans, approved
            )

        return read

    def _show(self, read: AlertRead) -> None:
        for key, plan in read.plans.items():
            self._plans[key] = PlanNames(plan, self._lang)
        for number, key in read.incident_plans.items():
            self._incident_plans[number] = key
            self.names.incidents[number] = self._plans[key]
        if read.approved is not None:
            self._catalogue(read.approved)
        if read.departments != self.departments():
            return  # the filter changed during the read; the next read is already asked for
        self.model.set_rows(read.alerts)
        self.unacknowledged, self.overdue = read.unacknowledged, read.overdue
        tint(self.status, lambda c: f"color: {c.muted};")
        self.status.setText(self._counts_text())
        self.status.setToolTip("")
        self._update_buttons()
        self.title_changed.emit(self.tr("Alerts ({count})").format(count=read.unacknowledged))
        self.counts_changed.emit(read.overdue, read.unacknowledged)
        self.alerts_shown.emit()

    def _counts_text(self) -> str:
        return self.tr("Not acknowledged: {alerts} · overdue tasks: {overdue}").format(
            alerts=self.unacknowledged, overdue=self.overdue
        )

    def _catalogue(self, approved: list[PlanKey]) -> None:
        """Name the plans and fill the department filter from the approved plans."""
        self._catalogued = True
        for plan_key in approved:
            names = self._plans[plan_key]
            self.names.plan_titles[plan_key[0]] = names.title()
            for department in names.plan.departments:
                self.names.departments.setdefault(department.key, names.department(department.key))
        self.filter.blockSignals(True)
        self.filter.clear()
        self._add_general_items()
        shown = sorted(self.names.departments.items(), key=lambda item: item[1])
        if self._department and self._department not in (MINE, *self.names.departments):
            shown.append((self._department, self._department))
        for department_key, name in shown:
            self.filter.addItem(name, department_key)
        self.filter.setCurrentIndex(max(self.filter.findData(self._department), 0))
        self.filter.blockSignals(False)

    def _read_failed(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        self.show_problem(
            self.tr("Could not read the alerts: {error}").format(error=describe(error))
        )

    def show_problem(self, text: str, detail: str = "") -> None:
        tint(self.status, lambda c: f"color: {c.overdue};")
        self.status.setText(text)
        self.status.setToolTip(detail)

    def _filter_chosen(self, _index: int) -> None:
        key = self.filter.currentData()
        self._department = str(key) if key else None
        QSettings().setValue(DEPARTMENT_SETTING, self._department or "")
        self.refresh()

    def choose_department(self, key: str | None) -> None:
        """Show all alerts (None) or one department's."""
        index = self.filter.findData(key)
        if index < 0:
            self.filter.addItem(key or "", key)
            index = self.filter.count() - 1
        self.filter.setCurrentIndex(index)

    # --- selection and actions -----------------------------------------------------------

    def selected_alerts(self) -> list[AlertInfo]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [a for a in (self.model.row_at(r) for r in rows) if a is not None]

    def _update_buttons(self, *_: object) -> None:
        ready = self.service is not None
        chosen = self.selected_alerts()
        waiting = [a for a in chosen if not a.acknowledged]
        allowed = not waiting or any(self.may_acknowledge(a) for a in waiting)
        gate(self.buttons["acknowledge"], allowed, ready and bool(waiting))
        scope = self.departments()
        may_all = self.identity.may(Permission.ACKNOWLEDGE, () if scope is None else scope)
        gate(self.buttons["acknowledge_all"], may_all, ready and self.unacknowledged > 0)
        self.buttons["checklist"].setEnabled(
            ready and len(chosen) == 1 and _checklist_of(chosen[0]) is not None
        )

    def may_acknowledge(self, alert: AlertInfo) -> bool:  # a liaison: their departments' only
        departments = () if alert.department is None else (alert.department,)
        return self.identity.may(Permission.ACKNOWLEDGE, departments)

    def _activated(self, index: QModelIndex) -> None:
        alert = self.model.row_at(index.row())
        if alert is not None:
            self._open(alert)

    def open_selected(self) -> None:
        chosen = self.selected_alerts()
        if len(chosen) == 1:
            self._open(chosen[0])

    def _open(self, alert: AlertInfo) -> None:
        target = _checklist_of(alert)
        if target is not None:
            self.checklist_requested.emit(*target)

    def acknowledge_selected(self) -> None:
        service, actor = self.service, self._actor
        chosen = [a for a in self.selected_alerts() if not a.acknowledged]
        ids = [a.id for a in chosen if self.may_acknowledge(a)]
        if service is None or not ids:
            return
        self._run(
            lambda: [service.acknowledge(number, actor) for number in ids],
            self.tr("Alerts acknowledged: {count}.").format(count=len(ids)),
        )

    def ask_acknowledge_all(self) -> QMessageBox | None:
        """Confirm first: every alert listed (for the department chosen) is acknowledged."""
        if not self.buttons["acknowledge_all"].isEnabled():
            return None
        scope = self.filter.currentText()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Acknowledge all alerts"),
            self.tr(
                "Acknowledge every alert not acknowledged yet ({scope})? Alerts: {count}."
            ).format(count=self.unacknowledged, scope=scope),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window(),
        )
        box.setObjectName("acknowledgeAllBox")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Acknowledge all"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def clicked(button: object) -> None:
            if button is yes:
                self.acknowledge_all()

        box.buttonClicked.connect(clicked)
        box.open()
        return box

    def acknowledge_all(self) -> None:
        service, actor, departments = self.service, self._actor, self.departments()
        if service is None:
            return
        self._run(lambda: service.acknowledge_all(actor, departments), None)

    def _run(self, work: Callable[[], Any], message: str | None) -> None:
        def done(result: Any) -> None:
            text = message
            if text is None:
                text = self.tr("Alerts acknowledged: {count}.").format(count=result)
            self.message.emit(text)
            self.refresh()

        self.runner.run(work, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self.window(), self.tr("Alerts"), describe(error))
        else:
            report_unexpected(error)
        self.refresh()

    def shutdown(self) -> None:
        self.refresher.stop()


def _checklist_of(alert: AlertInfo) -> tuple[int, str] | None:
    """The department checklist an alert is about (a task's, or a report a department owes)."""
    if alert.incident_id is None or alert.department is None:
        return None
    return alert.incident_id, alert.department
