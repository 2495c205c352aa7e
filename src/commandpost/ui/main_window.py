"""The main window: the plan library (plans on the left, the plan viewer on the right), the
incidents (active incidents and open warnings, from which boards and checklists open) and the
deadline alerts; the last two, with the reminder engine and the tray, are kept by
:class:`IncidentDesk`, and the menus are built in :mod:`commandpost.ui.main_menus`.

Every library call goes through the :class:`TaskRunner` (one worker thread), so the window is
shown before SQLAlchemy is even imported and stays responsive on a slow shared database. The
window never holds a global: it is given a way to open the library and who is acting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity
from commandpost.clock import Clock, utc_now
from commandpost.services.plan_records import PlanInfo, VersionInfo
from commandpost.ui.account import Account
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import tab_icon
from commandpost.ui.incident_desk import IncidentDesk
from commandpost.ui.library_panel import LibraryPanel
from commandpost.ui.library_snapshot import load_snapshot, save_snapshot
from commandpost.ui.main_menus import WAIT_FOR_LIBRARY, build_menus
from commandpost.ui.plan_steps import PlanSteps
from commandpost.ui.plan_viewer import PlanViewer
from commandpost.ui.roles import everyone
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.words import masked_url

if TYPE_CHECKING:
    from commandpost.services.alerts import AlertService
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plan_records import VersionDetail
    from commandpost.services.plans import PlanLibrary
    from commandpost.store.engine import Database
    from commandpost.ui.alerts_panel import AlertsPanel
    from commandpost.ui.dialogs import TransitionDialog
    from commandpost.ui.incidents_panel import IncidentsPanel
    from commandpost.ui.outage import ConnectionWatch
    from commandpost.ui.outage_banner import OutageBanner
    from commandpost.ui.walkthrough import Walkthrough

Opened = tuple["PlanLibrary", list[PlanInfo], "IncidentService", "AlertService"]
"""What the worker hands over once the library is open."""


class MainWindow(QMainWindow):
    """CommandPost's first window. ``library_loaded`` fires after each (re)load of the list;
    ``desk_ready`` once, when the incident and alert tabs are built (the library is open)."""

    library_loaded = Signal()
    desk_ready = Signal()
    snapshot_shown = Signal()
    open_failed = Signal(str)

    def __init__(
        self,
        open_library: Callable[[], PlanLibrary],
        database_url: str,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        parent: QWidget | None = None,
        snapshot: Path | None = None,
        reminders: bool = True,
        identity: Identity | None = None,
    ) -> None:
        """``reminders=False`` lists the alerts without running the reminder engine; ``identity``
        is who signed in (None: every role, named ``actor``), whose name every change records."""
        super().__init__(parent)
        self._open_library = open_library
        self._snapshot = snapshot
        self._library: PlanLibrary | None = None
        self._lang = lang
        self.identity = identity or everyone(actor)
        self._actor = actor = self.identity.username
        self._detail_request = 0
        self._now = now
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("CommandPost — Emergency command desk"))
        self.panel = LibraryPanel(lang, now)
        self.viewer = PlanViewer(lang, now)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([520, 880])
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, tab_icon(splitter, "plan_binder"), self.tr("Plan library"))
        # The incidents and alerts tabs, built once the library is open.
        self.desk = IncidentDesk(
            self, self.tabs, self.runner, lang, actor, now, reminders, self.identity
        )
        self.desk.overdue_changed.connect(self._show_overdue)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 4, 6, 0)
        central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._central_layout = central_layout
        self.connection: ConnectionWatch | None = None
        """Watches the database once the library is open; its banner goes above the tabs."""
        self.outage_banner: OutageBanner | None = None
        self.database_label = QLabel(
            self.tr("Database: {url}").format(url=masked_url(database_url))
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self.account = Account(self, self.identity, lang, self.runner, now)
        self.menu_actions: dict[str, QAction] = {}
        self.plan_steps = PlanSteps(self)
        build_menus(self)
        self.panel.version_selected.connect(self._version_selected)
        self._update_actions(None)

    # --- start-up ------------------------------------------------------------------------

    def start(self) -> None:
        """Open the library on the worker, then list the plans (the window is already shown).

        Meanwhile the list as last seen, if there is one, is shown from the snapshot."""
        cached = load_snapshot(self._snapshot) if self._snapshot is not None else None
        if cached:
            self.panel.set_plans(cached)
            self.panel.set_status(self.tr("Plans as last seen; opening the plan library…"))
            self.snapshot_shown.emit()
        self.runner.run(self._open_and_list, self._library_opened, self._open_error)

    def _open_and_list(self) -> Opened:
        from commandpost.services.alerts import AlertService
        from commandpost.services.incidents import IncidentService

        library = self._open_library()
        # The incident and alert windows' modules are imported here, off the GUI thread and
        # after the window is shown, so they cost the start-up nothing.
        import commandpost.ui.alert_bridge
        import commandpost.ui.alert_tray
        import commandpost.ui.alerts_panel
        import commandpost.ui.drills_panel
        import commandpost.ui.incidents_panel  # noqa: F401

        database = library.database
        return (
            library,
            library.list_plans(),
            IncidentService(database, self._now),
            AlertService(database, self._now),
        )

    def _library_opened(self, result: Opened) -> None:
        self._library, plans, service, alert_service = result
        for name in WAIT_FOR_LIBRARY:
            self.menu_actions[name].setEnabled(True)
        self.account.library_opened(self._library)  # then turns off what the role may not do
        self._show_plans(plans)
        self.desk.open(self._library, service, alert_service)
        self._watch_connection(self._library.database)
        self.panel.plan_view.setFocus()
        self.desk_ready.emit()

    def _watch_connection(self, database: Database) -> None:
        """Outages: a banner, changes held or refused, a full refresh when the database is back
        (see :mod:`commandpost.ui.outage`)."""
        from commandpost.ui.outage_banner import watch_connection

        watch, banner = watch_connection(
            self, self._central_layout, database, self.desk.live, self._now
        )
        watch.restored.connect(self.refresh_all)
        watch.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.connection, self.outage_banner = watch, banner

    def _open_error(self, error: BaseException) -> None:
        self.panel.set_status(self.tr("The plan library could not be opened."))
        if is_expected(error):
            self.open_failed.emit(describe(error))
        else:
            report_unexpected(error)

    # --- the library list ----------------------------------------------------------------

    @Slot()
    def refresh(self, select: tuple[str, int] | None = None) -> None:
        library = self._library
        if library is None:
            return
        self.runner.run(
            library.list_plans, lambda plans: self._show_plans(plans, select), self.failed
        )

    def _show_plans(self, plans: list[PlanInfo], select: tuple[str, int] | None = None) -> None:
        rows = [p for p in plans]
        self.panel.set_plans(rows, select)
        if self._snapshot is not None:
            save_snapshot(self._snapshot, rows)
        self.statusBar().showMessage(
            self.tr("{count} plans in the library").format(count=len(plans)), 5000
        )
        self.library_loaded.emit()

    @Slot(object)
    def _version_selected(self, row: VersionInfo | None) -> None:
        self._update_actions(row)
        self._detail_request += 1
        library = self._library
        if row is None or library is None:
            self.viewer.show_placeholder()
            return
        request = self._detail_request
        plan_id, version = row.plan_id, row.version

        def shown(detail: VersionDetail) -> None:
            if request == self._detail_request:  # only the last choice is shown
                self.viewer.show_detail(detail)

        self.runner.run(lambda: library.get(plan_id, version), shown, self.failed)

    @property
    def library(self) -> PlanLibrary | None:
        """The plan library, once open (None before, and after the window closed)."""
        return self._library

    @property
    def lang(self) -> str:
        return self._lang

    def _update_actions(self, row: VersionInfo | None) -> None:
        self.plan_steps.update_actions(row)

    # --- plan steps (``ui/plan_steps.py``) -------------------------------------------------

    def ask_transition(self, action: str) -> TransitionDialog | None:
        """Open the confirmation for ``action`` on the selected version; the step runs on OK."""
        return self.plan_steps.ask_transition(action)

    @Slot()
    def choose_import_file(self) -> QFileDialog | None:
        return self.plan_steps.choose_import_file()

    @Slot(str)
    def import_file(self, path: str) -> None:
        """Validate and import a plan file as a draft; its problems are listed if it is bad."""
        self.plan_steps.import_file(path)

    # --- incidents and alerts -----------------------------------------------------------

    @property
    def incidents(self) -> IncidentsPanel:
        """The incidents tab (there once the library is open; the menu waits for it)."""
        assert self.desk.incidents is not None, "the library is not open yet"
        return self.desk.incidents

    @property
    def alerts(self) -> AlertsPanel:
        """The alerts tab (there once the plan list is on screen)."""
        assert self.desk.alerts is not None, "the alerts are not open yet"
        return self.desk.alerts

    def open_checklist(self) -> None:
        self.incidents.open_checklist()

    def show_incidents(self) -> None:
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.incident_view.setFocus()

    def declare(self) -> None:
        """Ctrl+D: show the incidents and open the declaration."""
        self.tabs.setCurrentWidget(self.incidents)
        self.incidents.ask_declare()

    def refresh_all(self) -> None:
        """F5: the plan list, the incidents and the alerts, and the deadlines checked now."""
        self.refresh()
        self.desk.refresh()

    def _show_overdue(self, count: int) -> None:
        if count:
            self.setWindowTitle(self.tr("CommandPost — {count} overdue").format(count=count))
        else:
            self.setWindowTitle(self.tr("CommandPost — Emergency command desk"))

    # --- getting started ----------------------------------------------------------------

    def show_tour(self) -> Walkthrough:
        """Help → Getting started…: the walkthrough (``ui/walkthrough.py``)."""
        from commandpost.ui.walkthrough import open_walkthrough

        return open_walkthrough(self)

    def open_sample_drill(self) -> bool:
        """Help → Open the sample drill: a window of its own on practice data
        (``ui/sample_drill.py``); this window and its database are left alone."""
        from commandpost.ui.sample_drill import open_sample_drill

        return open_sample_drill(self, self._lang)

    # --- failures and closing ------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        """A step failed: a refusal in one sentence, an outage in the status bar."""
        from commandpost.store.availability import DatabaseOfflineError

        if isinstance(error, DatabaseOfflineError) and not error.change:
            self.statusBar().showMessage(describe(error), 10000)  # a read: the banner says the rest
        elif is_expected(error):
            show_message(self, self.tr("CommandPost"), describe(error))
        else:
            report_unexpected(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.desk.may_close():  # a review with unsaved changes asks first
            event.ignore()
            return
        if self.connection is not None:
            from commandpost.ui.outage_banner import ask_before_closing

            if not ask_before_closing(self, self.connection):  # changes waiting to be saved
                event.ignore()
                return
            self.connection.close()
        self.account.close_dialogs()
        self.desk.close_windows()  # boards and checklists first: same database
        self.runner.shutdown()
        self.desk.stop_engine()
        if self._library is not None:  # the worker is stopped: nothing uses the connections now
            self._library.close()
            self._library = None
        super().closeEvent(event)
