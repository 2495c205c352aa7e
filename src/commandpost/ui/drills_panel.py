"""The drills tab: whether each approved plan is drilled as often as it requires, the drills on
the calendar, and scheduling or cancelling a drill.

Everything is read off the GUI thread through the window's task runner, on start, on a timer and
after each change (one read in flight at a time). The plans' names (levels, departments) are read
once per plan version and kept, so a refresh parses no plan text unless a plan changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity, Permission
from commandpost.clock import Clock, utc_now
from commandpost.services.alert_records import DrillInfo, DrillStanding
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import fit_rows, record_table, section, section_style
from commandpost.ui.drill_columns import drill_columns, drill_state, standing_columns
from commandpost.ui.drill_dialog import CancelDrillDialog, DrillRequest, ScheduleDrillDialog, short
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_widgets import drill_badge
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.refresher import Refresher
from commandpost.ui.roles import everyone, gate
from commandpost.ui.tasks import TaskRunner
from commandpost.ui.words import time_label

if TYPE_CHECKING:
    from commandpost.plan.model import Plan
    from commandpost.services.drills import DrillService
    from commandpost.services.plans import PlanLibrary

REFRESH_MS = 30_000
SCHEDULE_KEYS = "Ctrl+Shift+D"
MOST_STANDING_ROWS = 8
"""The standing table grows with the plans up to this many rows, then scrolls."""
Read = tuple[list[DrillStanding], list[DrillInfo], dict[str, "Plan"]]


class DrillsPanel(QWidget):
    """``drills_shown`` fires after each read; ``title_changed`` gives a tab title with the number
    of plans overdue for a drill."""

    drills_shown = Signal()
    title_changed = Signal(str)

    def __init__(
        self,
        drills: DrillService,
        library: PlanLibrary,
        runner: TaskRunner,
        actor: str,
        lang: str,
        now: Clock = utc_now,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drillsPanel")
        self.runner = runner
        self._drills = drills
        self._library = library
        self.identity = identity or everyone(actor)
        self._actor = self.identity.username
        self._lang = lang
        self._now = now
        self._names: dict[str, PlanNames] = {}
        self._select_next: int | None = None
        self._opening = False  # the plans are being read for the scheduling dialog
        self.schedule_dialog: ScheduleDrillDialog | None = None  # the one open, if any
        self.standing_model = RecordTableModel[DrillStanding](
            standing_columns(lang), lambda s: s.plan_id, self
        )
        self.drill_model = RecordTableModel[DrillInfo](
            drill_columns(self._names.get, now, lang), lambda d: d.id, self
        )
        self.standing_view = record_table(self.standing_model, "standings")
        self.drill_view = record_table(self.drill_model, "drills", stretch=4)
        self.drill_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for view in (self.standing_view, self.drill_view):  # headers over their text
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        self.status = QLabel(self.tr("Reading the drills…"))
        self.status.setObjectName("drillStatus")
        tint(self.status, lambda c: f"color: {c.muted};")
        self.schedule_action = self._make_action()
        self.buttons = self._make_buttons()
        self._may = self.identity.may(Permission.MANAGE_DRILLS)
        gate(self.schedule_action, self._may)
        gate(self.buttons["schedule"], self._may)
        self.standings_box = section(
            self.tr("Drill standing by plan"), self.standing_view, name="standingsBox"
        )
        self.drills_box = section(
            self.tr("Scheduled drills"),
            self.drill_view,
            name="drillsBox",
            buttons=list(self.buttons.values()),
        )
        top = QHBoxLayout()
        top.addWidget(drill_badge(), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._intro(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.standings_box)
        layout.addWidget(self.drills_box, 1)
        fit_rows(self.standing_view, 0, MOST_STANDING_ROWS)

        self.refresher = Refresher(
            self,
            runner,
            "drillListRefresh",
            refresh_ms,
            self._prepare,
            self._show,
            self._failed_read,
        )
        self.standing_view.activated.connect(self._standing_activated)
        self.drill_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _intro(self) -> QLabel:
        intro = QLabel(
            self.tr(
                "A drill is run as an incident marked as a drill. A plan is overdue for a drill "
                "when none was declared within its required interval of the last one (or of its "
                "first approval)."
            )
        )
        intro.setWordWrap(True)
        tint(intro, lambda c: f"color: {c.muted};")
        return intro

    def _make_action(self) -> QAction:
        """Ctrl+Shift+D while the panel has the focus; the window may put it in a menu."""
        action = QAction(self.tr("&Schedule drill…"), self)
        action.setObjectName("action:schedule_drill")
        action.setShortcut(QKeySequence(SCHEDULE_KEYS))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self.ask_schedule())
        self.addAction(action)
        return action

    def _make_buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for name, text, slot in (
            ("schedule", self.tr("&Schedule drill… (Ctrl+Shift+D)"), self.ask_schedule),
            ("cancel", self.tr("Ca&ncel drill…"), self.ask_cancel),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons[name] = button
        put_icons(buttons)
        return buttons

    # --- reading -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the drills, and keep re-reading them on the timer."""
        self.refresher.start()

    @Slot()
    def refresh(self) -> None:
        self.refresher.refresh()

    def shutdown(self) -> None:
        """Stop the timer (the window closes; the runner is its to shut down)."""
        self.refresher.stop()

    def _prepare(self) -> Callable[[], Read]:
        drills, library = self._drills, self._library
        known = {plan_id: names.plan.version for plan_id, names in self._names.items()}

        def read() -> Read:
            standings, rows = drills.standings(), drills.drills()
            current = {p.plan_id: p.current.version for p in library.list_plans()}
            wanted = {s.plan_id for s in standings} | {d.plan_id for d in rows}
            plans = {
                plan_id: library.get(plan_id, current[plan_id]).plan
                for plan_id in wanted
                if plan_id in current and known.get(plan_id) != current[plan_id]
            }
            return standings, rows, plans

        return read

    def _show(self, read: Read) -> None:
        standings, rows, plans = read
        for plan_id, plan in plans.items():
            self._names[plan_id] = PlanNames(plan, self._lang)
        chosen = self._select_next
        if chosen is None:
            selected = self.selected_drill()
            chosen = selected.id if selected is not None else None
        self._select_next = None
        self.standing_model.set_rows(standings)
        self.drill_model.set_rows(self._in_order(rows))
        self.standing_model.touch()
        self.drill_model.touch()  # names read meanwhile, and drills passed since
        row = self.drill_model.find(chosen) if chosen is not None else None
        if row is not None and self.selected_drill() is None:
            self.drill_view.selectRow(row)
        fit_rows(self.standing_view, len(standings), MOST_STANDING_ROWS)
        overdue = sum(s.overdue for s in standings)
        upcoming = sum(d.status == "scheduled" and d.scheduled_at > self._now() for d in rows)
        if overdue:
            standing_title = self.tr("Drill standing by plan ({count} overdue)")
        else:
            standing_title = self.tr("Drill standing by plan")
        self.standings_box.setTitle(standing_title.format(count=overdue))
        tint(self.standings_box, lambda c: section_style(bool(overdue), c))
        self.drills_box.setTitle(
            self.tr("Scheduled drills ({count} upcoming)").format(count=upcoming)
        )
        self.status.setVisible(False)
        self._update_buttons()
        if overdue:
            title = self.tr("Drills (overdue: {count})").format(count=overdue)
        else:
            title = self.tr("Drills")
        self.title_changed.emit(title)
        self.drills_shown.emit()

    def _in_order(self, rows: list[DrillInfo]) -> list[DrillInfo]:
        """Coming drills first, soonest first; then past ones, the latest first."""
        now = self._now()
        coming = [d for d in rows if d.scheduled_at > now]
        past = [d for d in rows if d.scheduled_at <= now]
        return sorted(coming, key=lambda d: (d.scheduled_at, d.id)) + sorted(
            past, key=lambda d: (d.scheduled_at, d.id), reverse=True
        )

    def _failed_read(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        self.status.setText(
            self.tr("Could not read the drills: {error}").format(error=describe(error))
        )
        self.status.setVisible(True)

    # --- selection -----------------------------------------------------------------------

    def selected_drill(self) -> DrillInfo | None:
        return self.drill_model.selected_in(self.drill_view)

    def selected_standing(self) -> DrillStanding | None:
        return self.standing_model.selected_in(self.standing_view)

    def _update_buttons(self, *_: object) -> None:
        drill = self.selected_drill()
        cancellable = drill is not None and drill_state(drill, self._now()) == "scheduled"
        gate(self.buttons["cancel"], self._may, cancellable)

    def _standing_activated(self, index: QModelIndex) -> None:
        standing = self.standing_model.row_at(index.row())
        if standing is not None:
            self.ask_schedule(standing.plan_id)

    # --- scheduling ----------------------------------------------------------------------

    def ask_schedule(self, plan_id: str | None = None) -> None:
        """Read the approved plans off the GUI thread, then open the scheduling dialog on
        ``plan_id`` (by default the plan selected in the standing table). Asked again while
        the dialog is open, the open one is brought forward."""
        library, open_dialog = self._library, self.schedule_dialog
        if not self._may:
            return
        if open_dialog is not None:
            open_dialog.raise_()
            open_dialog.activateWindow()
            return
        if self._opening:
            return
        self._opening = True
        if plan_id is None:
            standing = self.selected_standing()
            plan_id = standing.plan_id if standing is not None else None

        def approved() -> list[Plan]:
            return [
                library.get(p.plan_id, p.approved.version).plan
                for p in library.list_plans()
                if p.approved is not None
            ]

        def show(plans: list[Plan]) -> None:
            self._opening = False
            self._open_schedule(plans, plan_id)

        def failed(error: BaseException) -> None:
            self._opening = False
            self._failed(error)

        self.runner.run(approved, show, failed)

    def _open_schedule(self, plans: list[Plan], plan_id: str | None) -> ScheduleDrillDialog:
        dialog = ScheduleDrillDialog(plans, self._lang, self._now, plan_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda request: self._schedule(dialog, request))
        dialog.finished.connect(lambda _result: setattr(self, "schedule_dialog", None))
        self.schedule_dialog = dialog
        dialog.open()
        return dialog

    def _schedule(self, dialog: ScheduleDrillDialog, request: DrillRequest) -> None:
        service, actor, r = self._drills, self._actor, request

        def scheduled(info: DrillInfo) -> None:
            dialog.finish()
            self._select_next = info.id
            self.refresh()

        def refused(error: BaseException) -> None:
            if not is_expected(error):
                report_unexpected(error)
            dialog.refuse(describe(error) or type(error).__name__)

        self.runner.run(
            lambda: service.schedule(
                r.plan_id, r.at, r.scenario, r.level, r.departments, actor, r.remind_before
            ),
            scheduled,
            refused,
        )

    # --- cancelling ----------------------------------------------------------------------

    def ask_cancel(self) -> CancelDrillDialog | None:
        """Confirm cancelling the selected drill and ask why. The drill as it was shown is
        cancelled: one changed meanwhile is refused with the service's sentence."""
        drill, service, actor = self.selected_drill(), self._drills, self._actor
        if drill is None or drill_state(drill, self._now()) != "scheduled" or not self._may:
            return None
        names = self._names.get(drill.plan_id)
        dialog = CancelDrillDialog(
            self.tr(
                "The drill of “{plan}” on {time} ({scenario}) will be cancelled, and no one will "
                "be reminded of it any more."
            ).format(
                plan=names.title() if names is not None else drill.plan_id,
                time=time_label(drill.scheduled_at),
                scenario=short(drill.scenario),
            ),
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def cancel() -> None:
            reason = dialog.reason()
            self.runner.run(
                lambda: service.cancel(drill.id, actor, reason, drill.row_version),
                lambda _info: self.refresh(),
                self._failed,
            )

        dialog.accepted.connect(cancel)
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self.window(), self.tr("Drills"), describe(error))
        else:
            report_unexpected(error)
        self.refresh()
