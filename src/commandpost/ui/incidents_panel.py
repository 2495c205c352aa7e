"""The main window's way into incidents: active incidents (closed ones too when asked) and open
warnings, declaring, deciding on a warning, and opening a command board, a department checklist
or the review of a closed incident.

It owns the board and checklist windows it opens (one board per incident: asking again brings
the open one forward) and closes them when the main window closes, so their timers and workers
stop before the database is released. It re-reads its lists on a timer through ``refresh``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from commandpost.access import Identity, Permission
from commandpost.clock import Clock, utc_now
from commandpost.services.incident_records import IncidentSummary, WarningInfo
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import command_button, record_table, section
from commandpost.ui.declare_dialog import Declaration, DeclareDialog
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import tab_icon
from commandpost.ui.incident_columns import incident_columns, warning_columns
from commandpost.ui.incident_dialogs import ReasonDialog
from commandpost.ui.incident_widgets import repeating_timer
from commandpost.ui.incident_windows import IncidentWindows
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.roles import everyone, gate
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.plan.model import Plan
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService
    from commandpost.ui.board_window import CommandBoard
    from commandpost.ui.checklist_window import ChecklistWindow
    from commandpost.ui.review_window import ReviewWindow

REFRESH_MS = 5000
Lists = tuple[list[IncidentSummary], list[WarningInfo], dict[tuple[str, int], "Plan"]]


class IncidentsPanel(QWidget):
    """``incidents_shown`` fires after each list read; ``title_changed`` gives the tab's title
    with the counts, so the main window shows them even while another tab is open; ``changed``
    after each change made here or in a board or checklist opened from here."""

    incidents_shown = Signal()
    title_changed = Signal(str)
    changed = Signal()

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
        self.identity = identity or everyone(actor)  # who acts: self.identity.username
        self._now = now
        self.library: PlanLibrary | None = None
        self.service: IncidentService | None = None
        self.reviews: ReviewService | None = None
        self._names: dict[tuple[str, int], PlanNames] = {}
        self._reading = False
        self._again = False  # asked again while reading (the closed ones shown or hidden)
        self._closed_read = False
        self.windows = IncidentWindows(lang, actor, now, self, self.identity)
        self.windows.changed.connect(self.changed)

        def names_for(plan_id: str, version: int) -> PlanNames | None:
            return self._names.get((plan_id, version))

        self.incident_model = RecordTableModel[IncidentSummary](
            incident_columns(names_for, now), lambda i: i.id, self
        )
        self.warning_model = RecordTableModel[WarningInfo](
            warning_columns(names_for, now), lambda w: w.id, self
        )
        self.incident_view = record_table(self.incident_model, "incidents", stretch=1)
        self.warning_view = record_table(self.warning_model, "warnings", stretch=2)
        self.status = QLabel(self.tr("Opening the incident list…"))
        self.status.setObjectName("incidentStatus")
        tint(self.status, lambda c: f"color: {c.muted};")
        self.buttons: dict[str, QPushButton] = {}
        incident_buttons = self._make_buttons(
            ("declare", self.tr("&Declare incident… (Ctrl+D)"), self.ask_declare),
            ("board", self.tr("Open command &board (Enter)"), self.open_selected_board),
            ("checklist", self.tr("Open department &checklist"), self.open_selected_checklist),
            ("review", self.tr("Open &review…"), self.open_selected_review),
        )
        self.show_closed = QCheckBox(self.tr("Show c&losed incidents"))
        self.show_closed.setObjectName("showClosed")
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        warning_buttons = self._make_buttons(
            ("activate", self.tr("&Activate warning…"), self.ask_activate),
            ("dismiss", self.tr("Di&smiss warning…"), self.ask_dismiss),
        )
        self.incidents_box = section(
            self.tr("Active incidents"),
            self.incident_view,
            name="incidentsBox",
            buttons=incident_buttons,
            leading=[self.show_closed],
        )
        self.warnings_box = section(
            self.tr("Open warnings"), self.warning_view, name="warningsBox", buttons=warning_buttons
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.incidents_box, 3)
        layout.addWidget(self.warnings_box, 2)

        self.incident_view.activated.connect(self._incident_activated)
        self.warning_view.activated.connect(lambda _index: self.ask_activate())
        self.incident_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.warning_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_timer = repeating_timer(
            self, "incidentListRefresh", refresh_ms, self._timed_refresh
        )
        self.live_timer = repeating_timer(
            self, "incidentListClock", 1000, self.incident_model.touch
        )
        self._update_buttons()

    def take_tab(self, tabs: QTabWidget, placeholder: QWidget) -> None:
        """Stand in the main window's tabs where ``placeholder`` held the place while the library
        was opening; the tab's title then follows the counts."""
        index = tabs.indexOf(placeholder)
        tabs.removeTab(index)
        tabs.insertTab(index, self, tab_icon(self, "incidents"), self.tr("Incidents"))
        placeholder.deleteLater()
        self.title_changed.connect(lambda text: tabs.setTabText(tabs.indexOf(self), text))

    def _make_buttons(self, *buttons: tuple[str, str, Any]) -> list[QPushButton]:
        return [command_button(name, text, slot, self.buttons) for name, text, slot in buttons]

    # --- reading -------------------------------------------------------------------------

    def set_services(
        self, library: PlanLibrary, service: IncidentService, reviews: ReviewService | None = None
    ) -> None:
        """The library and services are open: list the incidents, and keep the list fresh."""
        if reviews is None:
            from commandpost.services.reviews import ReviewService

            reviews = ReviewService(library.database, self._now)
        self.library, self.service, self.reviews = library, service, reviews
        self.windows.set_review_services(reviews, library)
        self.refresh()
        self.refresh_timer.start()
        self.live_timer.start()

    @Slot()
    def refresh(self) -> None:
        library, service, known = self.library, self.service, set(self._names)
        if library is None or service is None or self.runner.closed:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._closed_read = closed = self.show_closed.isChecked()

        def read() -> Lists:
            incidents = service.list_incidents(include_closed=closed)
            warnings = service.list_warnings()
            wanted = {(i.plan_id, i.plan_version) for i in incidents}
            wanted |= {(w.plan_id, w.plan_version) for w in warnings}
            plans = {key: library.get(*key).plan for key in wanted - known}
            return incidents, warnings, plans

        self.runner.run(read, self._show, self._read_failed)

    def _timed_refresh(self) -> None:
        if not self._reading:
            self.refresh()

    def _show(self, lists: Lists) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
        incidents, warnings, plans = lists
        for key, plan in plans.items():
            self._names[key] = PlanNames(plan, self._lang)
        self.incident_model.set_rows(incidents)
        self.warning_model.set_rows(warnings)
        active = sum(i.status == "active" for i in incidents)
        if self._closed_read:
            self.incidents_box.setTitle(
                self.tr("Incidents ({active} active, {closed} closed)").format(
                    active=active, closed=len(incidents) - active
                )
            )
        else:
            self.incidents_box.setTitle(self.tr("Active incidents ({count})").format(count=active))
        self.warnings_box.setTitle(self.tr("Open warnings ({count})").format(count=len(warnings)))
        self.status.setVisible(False)
        self._update_buttons()
        self.title_changed.emit(
            self.tr("Incidents (active: {incidents} · warnings: {warnings})").format(
                incidents=active, warnings=len(warnings)
            )
        )
        self.incidents_shown.emit()

    def _read_failed(self, error: BaseException) -> None:
        self._reading = False
        self._again = False
        if not is_expected(error):
            report_unexpected(error)
        self.status.setText(
            self.tr("Could not read the incidents: {error}").format(error=describe(error))
        )
        self.status.setVisible(True)

    # --- selection -----------------------------------------------------------------------

    def selected_incident(self) -> IncidentSummary | None:
        return self.incident_model.selected_in(self.incident_view)

    def selected_warning(self) -> WarningInfo | None:
        return self.warning_model.selected_in(self.warning_view)

    def _update_buttons(self, *_: object) -> None:
        ready, incident = self.service is not None, self.selected_incident()
        warning, command = self.selected_warning(), self.identity.may(Permission.COMMAND)
        self.buttons["review"].setEnabled(incident is not None and incident.status == "closed")
        self.buttons["board"].setEnabled(ready and self.selected_incident() is not None)
        self.buttons["checklist"].setEnabled(ready)
        for name, state in (("declare", ready), ("activate", ready), ("dismiss", ready)):
            gate(self.buttons[name], command, state and (name == "declare" or bool(warning)))

    def _incident_activated(self, index: QModelIndex) -> None:
        incident = self.incident_model.row_at(index.row())
        if incident is not None:
            self.open_board(incident.id)

    # --- declaring and deciding ----------------------------------------------------------

    def ask_declare(self, warning: WarningInfo | None = None) -> None:
        """Read the approved plans off the GUI thread, then open the declaration dialog."""
        library = self.library
        if library is None or self.service is None or not self.identity.may(Permission.COMMAND):
            return

        def approved() -> list[Plan]:
            return [
                library.get(p.plan_id, p.approved.version).plan
                for p in library.list_plans()
                if p.approved is not None
            ]

        def show(plans: list[Plan]) -> None:
            self._open_declare(plans, warning)

        self.runner.run(approved, show, self._failed)

    def ask_activate(self) -> None:
        warning = self.selected_warning()
        if warning is not None:
            self.ask_declare(warning)

    def _open_declare(self, plans: list[Plan], warning: WarningInfo | None) -> DeclareDialog:
        dialog = DeclareDialog(
            plans,
            self._lang,
            self._now,
            fixed_plan=warning.plan_id if warning is not None else None,
            is_drill=warning.is_drill if warning is not None else False,
            title=warning.note or "" if warning is not None else "",
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        warning_id = warning.id if warning is not None else None
        dialog.accepted.connect(lambda: self.declare(dialog.declaration(), warning_id))
        dialog.open()
        return dialog

    def declare(self, declaration: Declaration, warning_id: int | None = None) -> None:
        service, actor, d = self.service, self.identity.username, declaration
        if service is None:
            return

        def declared(incident: IncidentSummary) -> None:
            self.changed.emit()
            self.refresh()
            self.open_board(incident.id)

        self.runner.run(
            lambda: service.declare(
                d.plan_id,
                d.category,
                d.level,
                d.title,
                actor,
                d.description,
                d.is_drill,
                d.declared_at,
                warning_id,
            ),
            declared,
            self._failed,
        )

    def ask_dismiss(self) -> ReasonDialog | None:
        warning, service, actor = self.selected_warning(), self.service, self.identity.username
        if warning is None or service is None or not self.buttons["dismiss"].isEnabled():
            return None
        dialog = ReasonDialog(
            self.tr("Dismiss warning"),
            self.tr("The warning will be dismissed without declaring an incident."),
            self.tr("Dismiss"),
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def dismissed(_warning: WarningInfo) -> None:
            self.changed.emit()
            self.refresh()

        def dismiss() -> None:
            reason = dialog.reason()
            self.runner.run(
                lambda: service.dismiss_warning(warning.id, actor, reason), dismissed, self._failed
            )

        dialog.accepted.connect(dismiss)
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self.window(), self.tr("Incidents"), describe(error))
        else:
            report_unexpected(error)
        self.refresh()

    # --- the windows ---------------------------------------------------------------------

    def open_selected_board(self) -> CommandBoard | None:
        incident = self.selected_incident()
        return self.open_board(incident.id) if incident is not None else None

    def open_board(self, incident_id: int) -> CommandBoard | None:
        """The incident's board, opened once and brought forward when asked again."""
        if self.service is None:
            return None
        return self.windows.open_board(self.service, incident_id)

    def open_selected_checklist(self) -> ChecklistWindow | None:
        incident = self.selected_incident()
        return self.open_checklist(incident.id if incident is not None else None)

    def open_checklist(
        self, incident_id: int | None = None, department: str | None = None
    ) -> ChecklistWindow | None:
        if self.service is None:
            return None
        return self.windows.open_checklist(self.service, incident_id, department)

    def open_selected_review(self) -> ReviewWindow | None:
        """The selected closed incident's review; with none selected, the closed ones listed."""
        incident = self.selected_incident()
        if incident is None or incident.status != "closed":
            self.show_closed.setChecked(True)
            self.incident_view.setFocus()
            return None
        return self.open_review(incident.id)

    def open_review(self, incident_id: int) -> ReviewWindow | None:
        """The review of a closed incident or drill, opened once and brought forward."""
        if self.reviews is None or self.library is None:
            return None
        return self.windows.open_review(self.reviews, self.library, incident_id)

    @property
    def boards(self) -> dict[int, CommandBoard]:
        return self.windows.boards

    def shutdown(self) -> None:
        """Stop the timers and close every board and checklist (their workers stop too)."""
        self.refresh_timer.stop()
        self.live_timer.stop()
        self.windows.close_all()
