"""The command board: one window per incident, for the command group.

It re-reads the whole board off the GUI thread every couple of seconds (skipped while a read is
in flight) and after each of its own actions, all through :meth:`CommandBoard.refresh` — the one
place a later push notification replaces the timer. The incident clock ticks every second from
the injected clock without touching the database. Closing the window stops both timers and its
worker, so nothing reaches a closed database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from commandpost.access import Identity
from commandpost.clock import Clock, utc_now
from commandpost.services.incident_records import Board
from commandpost.ui import when
from commandpost.ui.appearance import tint
from commandpost.ui.board_body import BoardBody
from commandpost.ui.board_commands import BoardCommands, allowed_actions, role_allows
from commandpost.ui.board_sections import BoardHeader, refusal_text
from commandpost.ui.errors import is_expected, report_unexpected, show_message
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_widgets import repeating_timer
from commandpost.ui.incident_words import PlanNames, drill_title
from commandpost.ui.refresher import Refresher
from commandpost.ui.roles import everyone, gate
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.incidents import IncidentService

REFRESH_MS = 2000


class CommandBoard(QMainWindow):
    """The board of one incident. ``board_shown`` fires after each read is on screen;
    ``review_requested(incident)`` asks its keeper for the review of a closed incident."""

    board_shown = Signal()
    action_finished = Signal(str)
    review_requested = Signal(int)

    def __init__(
        self,
        service: IncidentService,
        incident_id: int,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        """``identity``: who is signed in (None: every role, named ``actor``)."""
        super().__init__(parent)
        self.setObjectName("commandBoard")
        self.incident_id = incident_id
        self.identity = identity = identity or everyone(actor)
        self._service = service
        self._lang = lang
        self._actor = actor = identity.username
        self._now = now
        self.board: Board | None = None
        self._names: PlanNames | None = None
        self.body: BoardBody | None = None
        self._shown_at = ""
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Command board — incident {id}").format(id=incident_id))

        self.header = BoardHeader()
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Reading the board…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.statusBar().addPermanentWidget(self.updated)

        self.commands = BoardCommands(
            self,
            service,
            incident_id,
            actor,
            now,
            lambda: (self.board, self._names),
            self._run,
            identity,
        )
        self.board_actions = self._build_toolbar()
        self._update_actions()
        self.refresher = Refresher(
            self, self.runner, "boardRefresh", refresh_ms, self._read, self._show, self._read_failed
        )
        self.refresh_timer = self.refresher.timer
        self.clock_timer = repeating_timer(self, "boardClock", 1000, self.tick)

    def _build_toolbar(self) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}
        commands = self.commands
        toolbar = self.addToolBar(self.tr("Actions"))
        toolbar.setObjectName("boardActions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name, text, slot, keys in (
            ("raise", self.tr("Raise level…"), lambda: commands.ask_level(+1), "Ctrl+Up"),
            ("lower", self.tr("Lower level…"), lambda: commands.ask_level(-1), "Ctrl+Down"),
            ("phase", self.tr("Advance phase…"), commands.ask_advance_phase, "Ctrl+P"),
            ("add_task", self.tr("Add task…"), commands.ask_add_task, "Ctrl+N"),
            ("figure", self.tr("Record figure…"), commands.ask_figure, "Ctrl+F"),
            ("close_incident", self.tr("Close incident…"), commands.ask_close, ""),
            ("review", self.tr("Open review…"), self._ask_review, "Ctrl+R"),
            ("refresh", self.tr("Refresh"), self.refresh, "F5"),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action:{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            toolbar.addAction(action)
            actions[name] = action
            if name in ("figure", "review"):
                toolbar.addSeparator()
        put_icons(actions)
        return actions

    def _ask_review(self) -> None:
        if self.board is not None and self.board.incident.status == "closed":
            self.review_requested.emit(self.incident_id)

    # --- reading -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the board now, then keep it fresh and the clock running."""
        self.refresher.start()
        self.clock_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Re-read the board off the GUI thread (see ``Refresher``)."""
        self.refresher.refresh()

    def _read(self) -> Callable[[], Board]:
        """The read to run off the GUI thread: the board, reading only the timeline entries
        added since the board on screen."""
        service, incident_id, shown = self._service, self.incident_id, self.board
        return lambda: service.board(incident_id, previous=shown)

    def _show(self, board: Board) -> None:
        if self._names is None or self._names.plan is not board.plan:
            self._names = PlanNames(board.plan, self._lang)
        if self.body is None:
            self.body = BoardBody(self._names, self._now, identity=self.identity)
            self.body.acknowledge_requested.connect(self.commands.acknowledge)
            self.body.record_figure_requested.connect(self.commands.ask_figure)
            self.stack.addWidget(self.body)
            self.stack.setCurrentWidget(self.body)
            self.body.overdue_view.setFocus()  # the keyboard starts where the attention goes
        self.board = board
        incident = board.incident
        self.setWindowTitle(
            self.tr("{title} — Command board").format(
                title=drill_title(incident.title, incident.is_drill)
            )
        )
        self.header.show_board(board, self._names)
        self.body.show_board(board)
        self.tick()
        tint(self.updated, "")
        self.updated.setText(self.tr("Updated {time}").format(time=self._stamp()))
        if incident.status == "closed":
            self.refresh_timer.stop()
        self._update_actions()
        self.board_shown.emit()

    def _stamp(self) -> str:
        """The time of day the data on screen was read, kept for when a later read fails."""
        self._shown_at = when.time_of_day(self._now(), seconds=True)
        return self._shown_at

    def _read_failed(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        # Shown in place, not as a box every two seconds; the last board stays on screen.
        tint(self.updated, lambda c: f"color: {c.overdue}; font-weight: bold;")
        self.updated.setText(
            self.tr("Could not refresh ({error}); shown as of {time}").format(
                error=error, time=self._shown_at or "—"
            )
        )

    @Slot()
    def tick(self) -> None:
        """Once a second: the incident clock and the time-dependent texts."""
        if self.board is not None:
            self.header.show_clock(self.board.incident, self._now())
        if self.body is not None:
            self.body.touch()

    # --- actions -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        for name, allowed in allowed_actions(self.board).items():
            gate(self.board_actions[name], role_allows(self.identity, name), allowed)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run one service call; report it, then re-read the board whatever the outcome."""

        def finished(result: Any) -> None:
            message = done(result)
            self.statusBar().showMessage(message, 10000)
            self.refresh()
            self.action_finished.emit(message)

        def failed(error: BaseException) -> None:
            if is_expected(error):
                show_message(self, self.tr("Command board"), refusal_text(error))
            else:
                report_unexpected(error)
            self.refresh()

        self.runner.run(work, finished, failed)

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresh_timer.stop()
        self.clock_timer.stop()
        self.runner.shutdown()
        super().closeEvent(event)
