"""The main window's incident side: the incidents tab, the alerts tab, the drills tab, the open
improvement actions tab, the PDF exports, the reminder engine, the tray icon and the overdue
count the window title shows.

Both tabs hold a placeholder until the library is open. The alerts tab, the engine and the tray
come one event-loop turn after the plan list is on screen, and the engine starts on the worker
(its scheduler's import is not cheap), so none of it delays the start-up. New alerts from the
engine refresh both lists, and those the department filter lets through are notified. After the
window's own changes (declaring, dismissing a warning, any action in a board or checklist) the
engine is asked for a pass at once.

Changes committed by any desktop are heard through one :class:`~commandpost.ui.live.LiveSync`
on the window's database: each tab and each board, checklist and review re-reads when a change
it shows is heard, and the engine is asked for a pass when a change moves deadlines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from commandpost.access import Identity
from commandpost.clock import Clock
from commandpost.ui.errors import describe, is_expected, report_unexpected
from commandpost.ui.exports import Exports
from commandpost.ui.icons import tab_icon
from commandpost.ui.roles import everyone
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.alert_records import AlertInfo
    from commandpost.services.alerts import AlertService
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService
    from commandpost.ui.actions_panel import ActionsPanel
    from commandpost.ui.alert_bridge import AlertBridge
    from commandpost.ui.alert_tray import AlertTray
    from commandpost.ui.alerts_panel import AlertsPanel
    from commandpost.ui.drills_panel import DrillsPanel
    from commandpost.ui.incidents_panel import IncidentsPanel
    from commandpost.ui.live import LiveSync


translate = QCoreApplication.translate


def _placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class IncidentDesk(QObject):
    """``overdue_changed(count)``: open tasks past due (for the alerts' department filter);
    ``alerts_ready``: the alerts tab is built and reading."""

    overdue_changed = Signal(int)
    alerts_ready = Signal()

    def __init__(
        self,
        window: QMainWindow,
        tabs: QTabWidget,
        runner: TaskRunner,
        lang: str,
        actor: str,
        now: Clock,
        reminders: bool = True,
        identity: Identity | None = None,
    ) -> None:
        """``identity``: who is signed in (None: every role, named ``actor``); every tab and
        window opened from here turns off what their role does not allow."""
        super().__init__(window)
        self._window = window
        self._tabs = tabs
        self._runner = runner
        self._lang = lang
        self.identity = identity or everyone(actor)
        self._actor = actor = self.identity.username
        self._now = now
        self._reminders = reminders
        self._closed = False
        self._reported = False
        self.incidents: IncidentsPanel | None = None
        self.alerts: AlertsPanel | None = None
        self.drills: DrillsPanel | None = None
        self.actions: ActionsPanel | None = None
        self.exports = Exports(window, lang, actor, now)
        self.bridge: AlertBridge | None = None
        self.live: LiveSync | None = None
        self.tray: AlertTray | None = None
        # Said by the main window, as before these tabs had a keeper of their own.
        self._incidents_placeholder = _placeholder(
            translate("MainWindow", "Opening the incident list…")
        )
        self._alerts_placeholder = _placeholder(translate("MainWindow", "Opening the alerts…"))
        self._drills_placeholder = _placeholder(translate("MainWindow", "Opening the drills…"))
        self._actions_placeholder = _placeholder(
            translate("MainWindow", "Opening the improvement actions…")
        )
        for page, name, text in (
            (self._incidents_placeholder, "incidents", translate("MainWindow", "Incidents")),
            (self._alerts_placeholder, "alert", translate("MainWindow", "Alerts")),
            (self._drills_placeholder, "drill", translate("MainWindow", "Drills")),
            (
                self._actions_placeholder,
                "improvement",
                translate("MainWindow", "Improvement actions"),
            ),
        ):
            tabs.addTab(page, tab_icon(page, name), text)

    def open(
        self, library: PlanLibrary, service: IncidentService, alert_service: AlertService
    ) -> None:
        """The library is open: the incidents tab now, the alerts and reminders right after."""
        from commandpost.services.reviews import ReviewService
        from commandpost.ui.incidents_panel import IncidentsPanel
        from commandpost.ui.live import INCIDENT_TABLES, LiveSync, follow, touches

        reviews = ReviewService(library.database, self._now)
        incidents = IncidentsPanel(
            self._runner, self._lang, self._actor, self._now, identity=self.identity
        )
        incidents.take_tab(self._tabs, self._incidents_placeholder)
        incidents.set_services(library, service, reviews)
        self.incidents = incidents
        self.live = live = LiveSync.for_database(library.database, self)
        incidents.windows.live = live
        follow(
            live,
            touches(INCIDENT_TABLES | {"warnings"}),
            incidents.refresh,
            incidents.refresh_timer,
        )
        self.exports.set_services(library, service, reviews)
        QTimer.singleShot(0, self, lambda: self._open_alerts(library, service, alert_service))
        QTimer.singleShot(0, self, lambda: self._open_actions(library, service, reviews))

    def _open_alerts(
        self, library: PlanLibrary, service: IncidentService, alert_service: AlertService
    ) -> None:
        from commandpost.ui.alert_bridge import AlertBridge
        from commandpost.ui.alert_tray import AlertTray
        from commandpost.ui.alerts_panel import AlertsPanel
        from commandpost.ui.live import touches

        if self._closed or self.incidents is None:
            return
        if self.live is not None:  # connecting may take a moment: not before the list is shown
            self.live.start()
        panel = AlertsPanel(
            self._runner, self._lang, self._actor, self._now, identity=self.identity
        )
        panel.take_tab(self._tabs, self._alerts_placeholder)
        panel.counts_changed.connect(self._counts)
        panel.checklist_requested.connect(self._open_checklist)
        panel.message.connect(lambda text: self._window.statusBar().showMessage(text, 10000))
        self.alerts = panel
        if AlertTray.available():
            self.tray = AlertTray(self._window)
            self.tray.show_window.connect(self.bring_forward)
        bridge = AlertBridge(self._runner, self)
        bridge.alerts_arrived.connect(self._arrived)
        bridge.failed.connect(self._engine_failed)
        self.incidents.changed.connect(bridge.rebuild)
        self.bridge = bridge
        if self.live is not None:
            self.live.changed.connect(self._heard)
            self.live.refresh_all.connect(bridge.rebuild)
        panel.set_services(library, service, alert_service)
        panel.refresher.follow(self.live, touches({"alerts", "incidents", "incident_tasks"}))
        if self._reminders:
            bridge.start(alert_service)
        self._open_drills(library)
        self.alerts_ready.emit()

    def _open_drills(self, library: PlanLibrary) -> None:
        from commandpost.services.drills import DrillService
        from commandpost.ui.drills_panel import DrillsPanel
        from commandpost.ui.live import touches

        drills = DrillsPanel(
            DrillService(library.database, self._now),
            library,
            self._runner,
            self._actor,
            self._lang,
            self._now,
            identity=self.identity,
        )
        tabs = self._tabs
        index = tabs.indexOf(self._drills_placeholder)
        tabs.removeTab(index)
        tabs.insertTab(index, drills, tab_icon(drills, "drill"), translate("MainWindow", "Drills"))
        self._drills_placeholder.deleteLater()
        drills.title_changed.connect(lambda text: tabs.setTabText(tabs.indexOf(drills), text))
        self.drills = drills
        drills.refresher.follow(self.live, touches({"drills", "incidents", "plan_versions"}))
        drills.start()

    def _open_actions(
        self, library: PlanLibrary, service: IncidentService, reviews: ReviewService
    ) -> None:
        from commandpost.ui.actions_panel import ActionsPanel
        from commandpost.ui.live import touches

        if self._closed or self.incidents is None:
            return
        incidents = self.incidents
        panel = ActionsPanel(
            reviews,
            service,
            library,
            self._runner,
            self._lang,
            self._actor,
            self._now,
            identity=self.identity,
        )
        panel.take_tab(self._tabs, self._actions_placeholder)
        panel.review_requested.connect(incidents.open_review)
        incidents.changed.connect(panel.refresh)
        self.actions = panel
        wanted = touches({"improvement_actions", "reviews", "incidents"})
        panel.refresher.follow(self.live, wanted)
        panel.start()

    # --- what the engine and the reads say -----------------------------------------------

    def _arrived(self, alerts: list[AlertInfo]) -> None:
        from commandpost.ui.alert_words import passes

        panel = self.alerts
        if panel is None or self._closed:
            return
        panel.refresh()
        if self.incidents is not None:
            self.incidents.refresh()
        departments = panel.departments()
        wanted = [a for a in alerts if passes(a, departments)]
        if not wanted:
            return
        if self.tray is not None:
            self.tray.notify(wanted, panel.names)
        QApplication.alert(self._window)

    def _heard(self, tables: frozenset[str], _incidents: frozenset[int] | None) -> None:
        """A change that moves deadlines (a task ticked, a level changed, a plan approved):
        the engine checks now rather than at its next poll."""
        from commandpost.ui.live import ENGINE_TABLES

        if self.bridge is not None and tables & ENGINE_TABLES:
            self.bridge.rebuild()

    def _engine_failed(self, error: BaseException) -> None:
        """A database outage is said on the tab (the engine keeps trying); a bug is reported
        once, through the usual error dialog."""
        if self._closed:
            return
        database = type(error).__module__.startswith("sqlalchemy")
        if not (database or is_expected(error)) and not self._reported:
            self._reported = True
            report_unexpected(error)
        if self.alerts is not None:
            self.alerts.show_problem(
                self.tr("Deadline checks cannot reach the database just now; trying again."),
                describe(error).splitlines()[0] if str(error) else "",
            )

    def _counts(self, overdue: int, unacknowledged: int) -> None:
        if self.tray is not None:
            self.tray.show_counts(overdue, unacknowledged)
        self.overdue_changed.emit(overdue)

    def _open_checklist(self, incident_id: int, department: str) -> None:
        if self.incidents is not None:
            self.incidents.open_checklist(incident_id, department)

    # --- the window's commands -----------------------------------------------------------

    def refresh(self) -> None:
        """F5: re-read both lists and check the deadlines now."""
        if self.incidents is not None:
            self.incidents.refresh()
        if self.alerts is not None:
            self.alerts.refresh()
        if self.actions is not None:
            self.actions.refresh()
        if self.bridge is not None:
            self.bridge.pass_now()

    def show_alerts(self) -> AlertsPanel | None:
        if self.alerts is not None:
            self._tabs.setCurrentWidget(self.alerts)
            self.alerts.view.setFocus()
        return self.alerts

    def acknowledge_selected(self) -> None:
        if self.alerts is not None and self._tabs.currentWidget() is self.alerts:
            self.alerts.acknowledge_selected()
        else:
            self.show_alerts()

    def ask_acknowledge_all(self) -> None:
        panel = self.show_alerts()
        if panel is not None:
            panel.ask_acknowledge_all()

    def bring_forward(self) -> None:
        window: QWidget = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.show_alerts()

    # --- closing -------------------------------------------------------------------------

    def may_close(self) -> bool:
        """False (and the review asks what to do) while a review has unsaved changes."""
        return self.incidents is None or self.incidents.windows.unsaved_review() is None

    def close_windows(self) -> None:
        """Stop the timers and the exports, close every board, checklist and review, take the
        tray icon away."""
        self._closed = True
        self.exports.stop()
        if self.live is not None:
            self.live.stop()
        if self.actions is not None:
            self.actions.shutdown()
        if self.incidents is not None:
            self.incidents.shutdown()
        if self.alerts is not None:
            self.alerts.shutdown()
        if self.drills is not None:
            self.drills.shutdown()
        if self.tray is not None:
            self.tray.hide()

    def stop_engine(self) -> None:
        """After the worker has stopped (an engine start in flight has finished by then)."""
        if self.bridge is not None:
            self.bridge.stop()
