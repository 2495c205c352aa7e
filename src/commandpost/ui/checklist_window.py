"""The department checklist, for liaisons: one department's tasks of one incident, soonest due
first, with live countdowns; tick with one click or Space, N for the next open task, and report
progress. Its keys are named actions (``key_actions``), which the shortcuts help page reads.

Like the command board it re-reads by itself off the GUI thread (``refresh`` is the one place),
skips a beat while a read is in flight, and re-reads after each of its own actions; countdowns
move every second from the injected clock without touching the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from commandpost.access import Identity, Role
from commandpost.clock import Clock, utc_now
from commandpost.services.incident_records import Board, IncidentSummary, TaskInfo
from commandpost.ui import when
from commandpost.ui.board_sections import refusal_text
from commandpost.ui.checklist_panel import ChecklistPanel
from commandpost.ui.checklist_view import TaskDetailDialog
from commandpost.ui.errors import is_expected, report_unexpected, show_message
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_dialogs import ReasonDialog, ReportDialog, TextDialog
from commandpost.ui.incident_widgets import repeating_timer
from commandpost.ui.incident_words import countdown_label
from commandpost.ui.refresher import Refresher
from commandpost.ui.roles import everyone
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.incidents import IncidentService

REFRESH_MS = 2000
Read = tuple[list[IncidentSummary], Board | None]


class ChecklistWindow(QMainWindow):
    """One liaison's view. ``checklist_shown`` fires after each read is on screen."""

    checklist_shown = Signal()
    action_finished = Signal(str)

    def __init__(
        self,
        service: IncidentService,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        incident_id: int | None = None,
        department: str | None = None,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        """``identity``: who is signed in (None: every role, named ``actor``); a liaison's
        checklist opens on their department and works only their departments' tasks."""
        super().__init__(parent)
        self.setObjectName("checklistWindow")
        self.identity = identity = identity or everyone(actor)
        if department is None and identity.roles == {Role.LIAISON} and identity.departments:
            department = min(identity.departments)
        self._service = service
        self._actor = identity.username
        self._now = now
        self.incident_id = incident_id
        self._shown_at = ""
        self.runner = TaskRunner(self)
        self.panel = ChecklistPanel(lang, now, department, identity=identity)
        self.setCentralWidget(self.panel)
        self.setWindowTitle(self.tr("Department checklist"))
        self.panel.incident_chosen.connect(self._incident_chosen)
        self.panel.tick_requested.connect(self.tick_task)
        self.panel.action_requested.connect(self._action)
        self.panel.department_changed.connect(self._update_title)
        self.key_actions = self._build_key_actions()

        self.refresher = Refresher(
            self,
            self.runner,
            "checklistRefresh",
            refresh_ms,
            self._read,
            self._show,
            self._read_failed,
        )
        self.refresh_timer = self.refresher.timer
        self.clock_timer = repeating_timer(self, "checklistClock", 1000, self.panel.touch)

    def _build_key_actions(self) -> dict[str, QAction]:
        """Space and N act on the task table only (Space elsewhere presses buttons); the others
        anywhere in the window."""
        view = self.panel.view
        actions: dict[str, QAction] = {}
        for name, text, slot, keys, holder in (
            ("tick", self.tr("Mark the selected task done"), view.tick_pressed.emit, "Space", view),
            ("next_task", self.tr("Next open task"), self.select_next_open, "N", self),
            ("report", self.tr("Send progress report…"), self.ask_report, "Ctrl+R", self),
            ("refresh", self.tr("Refresh"), self.refresh, "F5", self),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action:{name}")
            action.setShortcut(QKeySequence(keys))
            if holder is view:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            holder.addAction(action)
            actions[name] = action
        put_icons(actions)
        return actions

    # --- reading -------------------------------------------------------------------------

    def start(self) -> None:
        self.refresher.start()
        self.clock_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Re-read the incident list and the chosen incident off the GUI thread."""
        self.refresher.refresh()

    def _read(self) -> Callable[[], Read]:
        service, incident_id = self._service, self.incident_id

        def read() -> Read:
            incidents = service.list_incidents()
            chosen = incident_id
            if chosen is None and incidents:
                chosen = incidents[0].id
            board = service.board(chosen, events_limit=0) if chosen is not None else None
            return incidents, board

        return read

    def _show(self, result: Read) -> None:
        incidents, board = result
        if board is not None and self.incident_id in (None, board.incident.id):
            self.incident_id = board.incident.id
            self.panel.show_board(incidents, board)
        elif board is None:
            self.panel.show_board(incidents, None)
        self._update_title()
        self.panel.set_updated(self.tr("Updated {time}").format(time=self._stamp()))
        self.checklist_shown.emit()

    def _stamp(self) -> str:
        """The time of day the data on screen was read, kept for when a later read fails."""
        self._shown_at = when.time_of_day(self._now(), seconds=True)
        return self._shown_at

    def _read_failed(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        self.panel.set_updated(
            self.tr("Could not refresh ({error}); shown as of {time}").format(
                error=error, time=self._shown_at or "—"
            ),
            alarm=True,
        )

    def _incident_chosen(self, incident_id: int) -> None:
        if incident_id != self.incident_id:
            self.incident_id = incident_id
            self.refresh()

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(self.panel.window_title())

    # --- actions -------------------------------------------------------------------------

    @Slot()
    def select_next_open(self) -> bool:
        """Select the next open task below the selected one (from the top after the last);
        False when no task is open."""
        model, view = self.panel.model, self.panel.view
        if model is None:
            return False
        rows = model.rows()
        chosen = self.panel.selected_task()
        start = next((n + 1 for n, t in enumerate(rows) if chosen and t.id == chosen.id), 0)
        for offset in range(len(rows)):
            number = (start + offset) % len(rows)
            if rows[number].status == "open":
                view.selectRow(number)
                view.scrollTo(model.index(number, 0))
                view.setFocus()
                return True
        return False

    def _run(self, work: Callable[[], Any], message: str) -> None:
        def finished(_result: Any) -> None:
            self.statusBar().showMessage(message, 10000)
            self.refresh()
            self.action_finished.emit(message)

        def failed(error: BaseException) -> None:
            if is_expected(error):
                show_message(self, self.tr("Department checklist"), refusal_text(error))
            else:
                report_unexpected(error)
            self.refresh()

        self.runner.run(work, finished, failed)

    @Slot(object)
    def tick_task(self, task: TaskInfo) -> None:
        """Mark an open task done (one click on its check button, or Space)."""
        if task.status != "open" or not self.panel.is_active() or not self.panel.may_work(task):
            return
        service, actor = self._service, self._actor
        self._run(
            lambda: service.tick(task.id, actor, expected_version=task.row_version),
            self.tr("Done: {task}").format(task=task.title(self.panel.lang)),
        )

    def _action(self, name: str, task: TaskInfo | None) -> None:
        actions: dict[str, Callable[[TaskInfo], object]] = {
            "reopen": self.ask_reopen,
            "not_applicable": self.ask_not_applicable,
            "assign": self.ask_assign,
            "note": self.ask_note,
            "detail": self.open_detail,
        }
        if name == "report":
            self.ask_report()
        elif task is not None and name in actions:
            actions[name](task)

    def _reason(
        self, title: str, explanation: str, ok: str, on_ok: Callable[[str], None]
    ) -> ReasonDialog:
        dialog = ReasonDialog(title, explanation, ok, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: on_ok(dialog.reason()))
        dialog.open()
        return dialog

    def ask_reopen(self, task: TaskInfo) -> ReasonDialog:
        service, actor, title = self._service, self._actor, task.title(self.panel.lang)
        return self._reason(
            self.tr("Reopen task"),
            self.tr("“{task}” will be open again. Say why.").format(task=title),
            self.tr("Reopen"),
            lambda reason: self._run(
                lambda: service.reopen(task.id, actor, reason, task.row_version),
                self.tr("Reopened: {task}").format(task=title),
            ),
        )

    def ask_not_applicable(self, task: TaskInfo) -> ReasonDialog:
        service, actor, title = self._service, self._actor, task.title(self.panel.lang)
        return self._reason(
            self.tr("Not applicable"),
            self.tr(
                "“{task}” will be set aside as not applicable to this incident. Say why."
            ).format(task=title),
            self.tr("Set aside"),
            lambda reason: self._run(
                lambda: service.mark_not_applicable(task.id, actor, reason, task.row_version),
                self.tr("Not applicable: {task}").format(task=title),
            ),
        )

    def _ask_text(
        self, dialog: TextDialog, call: Callable[[str], object], message: str
    ) -> TextDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            text = dialog.text()
            self._run(lambda: call(text), message)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def ask_assign(self, task: TaskInfo) -> TextDialog:
        service, actor, title = self._service, self._actor, task.title(self.panel.lang)
        dialog = TextDialog(
            self.tr("Assign task"),
            self.tr("&Person:"),
            self.tr("Assign"),
            task.assignee or "",
            parent=self,
        )
        return self._ask_text(
            dialog,
            lambda person: service.assign(task.id, actor, person, task.row_version),
            self.tr("Assigned: {task}").format(task=title),
        )

    def ask_note(self, task: TaskInfo) -> TextDialog:
        service, actor, title = self._service, self._actor, task.title(self.panel.lang)
        dialog = TextDialog(
            self.tr("Add note"), self.tr("&Note:"), self.tr("Add note"), multiline=True, parent=self
        )
        return self._ask_text(
            dialog,
            lambda text: service.add_note(task.id, actor, text),
            self.tr("Note added: {task}").format(task=title),
        )

    def ask_report(self) -> ReportDialog | None:
        department, incident_id = self.panel.department(), self.incident_id
        if department is None or incident_id is None or not self.panel.report.isEnabled():
            return None
        dialog = ReportDialog(self.panel.department_name(department), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        service, actor = self._service, self._actor

        def send() -> None:
            done, doing, needs_help = dialog.parts()
            self._run(
                lambda: service.send_report(
                    incident_id, department, actor, done, doing, needs_help
                ),
                self.tr("Progress report sent to the command group."),
            )

        dialog.accepted.connect(send)
        dialog.open()
        return dialog

    def open_detail(self, task: TaskInfo) -> None:
        """Read the task's history off the GUI thread, then show the detail."""
        names, service, now = self.panel.names, self._service, self._now
        if names is None:
            return

        def shown(history: Any) -> None:
            countdown = countdown_label(task.status, task.due_at, now())
            dialog = TaskDetailDialog(task, names, countdown, history, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.runner.run(lambda: service.task_events(task.id), shown, self._read_failed)

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresh_timer.stop()
        self.clock_timer.stop()
        self.runner.shutdown()
        super().closeEvent(event)
