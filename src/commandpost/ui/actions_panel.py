"""The improvement actions tab: every open action across incidents and drills, the overdue ones
in red, so the work a review decided on is seen until it is done.

It re-reads off the GUI thread on a slow timer and after any change made in the window (a review
window's steps included). Enter opens the review the action belongs to; an action can be marked
done from here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from commandpost.access import Identity, Permission
from commandpost.clock import Clock, utc_now
from commandpost.services.review_records import ImprovementAction
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import record_table, section, section_style, wrapping
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import tab_icon
from commandpost.ui.incident_words import PlanNames, drill_title
from commandpost.ui.record_model import RecordTableModel
from commandpost.ui.refresher import Refresher
from commandpost.ui.review_actions import action_columns
from commandpost.ui.review_words import overdue
from commandpost.ui.roles import everyone, gate
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.plan.model import Plan
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService

REFRESH_MS = 30_000
PlanKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class ActionsRead:
    actions: list[ImprovementAction]
    incidents: dict[int, tuple[str, PlanKey]]  # incident -> (title with the drill mark, plan)
    plans: dict[PlanKey, Plan]  # the plans met for the first time


class ActionsPanel(QWidget):
    """``actions_shown`` after each read; ``title_changed`` gives the tab title with the counts;
    ``review_requested(incident)`` asks for the review an action belongs to."""

    actions_shown = Signal()
    title_changed = Signal(str)
    review_requested = Signal(int)

    def __init__(
        self,
        reviews: ReviewService,
        service: IncidentService,
        library: PlanLibrary,
        runner: TaskRunner,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionsPanel")
        self.identity = identity or everyone(actor)
        self._reviews = reviews
        self._service = service
        self._library = library
        self.runner = runner
        self._lang = lang
        self._actor = self.identity.username
        self._now = now
        self._names: dict[PlanKey, PlanNames] = {}
        self._incidents: dict[int, tuple[str, PlanKey]] = {}

        def names(a: ImprovementAction) -> PlanNames | None:
            incident = self._incidents.get(a.incident_id)
            return self._names.get(incident[1]) if incident is not None else None

        def department(a: ImprovementAction) -> str:
            n = names(a)
            return n.department(a.department) if n is not None else a.department

        def plan_title(plan_id: str) -> str:
            return next((n.title() for k, n in self._names.items() if k[0] == plan_id), plan_id)

        def incident(a: ImprovementAction) -> str:
            known = self._incidents.get(a.incident_id)
            return f"#{a.incident_id} {known[0]}" if known is not None else f"#{a.incident_id}"

        self.model = RecordTableModel[ImprovementAction](
            action_columns(department, plan_title, now, incident), lambda a: a.id, self
        )
        self.view = wrapping(record_table(self.model, "openActions", stretch=1))
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("review", self.tr("Open &review (Enter)"), self.open_selected_review),
            ("done", self.tr("Mark d&one"), self.mark_selected_done),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
        self.status = QLabel(self.tr("Reading the improvement actions…"))
        self.status.setObjectName("actionsStatus")
        tint(self.status, lambda c: f"color: {c.muted};")
        intro = QLabel(
            self.tr(
                "What post-incident reviews decided to improve, open until done; those past "
                "their due date are red. Add, reopen and link actions in the review."
            )
        )
        intro.setWordWrap(True)
        tint(intro, lambda c: f"color: {c.muted};")
        self.box = section(
            self.tr("Open improvement actions"),
            self.view,
            name="openActionsBox",
            buttons=list(self.buttons.values()),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.box, 1)
        self.refresher = Refresher(
            self, runner, "actionsRefresh", refresh_ms, self._prepare, self._show, self._read_failed
        )
        self._update_buttons()

    def take_tab(self, tabs: QTabWidget, placeholder: QWidget) -> None:
        index = tabs.indexOf(placeholder)
        tabs.removeTab(index)
        tabs.insertTab(index, self, tab_icon(self, "improvement"), self.tr("Improvement actions"))
        placeholder.deleteLater()
        self.title_changed.connect(lambda text: tabs.setTabText(tabs.indexOf(self), text))

    # --- reading -------------------------------------------------------------------------

    def start(self) -> None:
        self.refresher.start()

    @Slot()
    def refresh(self) -> None:
        self.refresher.refresh()

    def shutdown(self) -> None:
        self.refresher.stop()

    def _prepare(self) -> Callable[[], ActionsRead]:
        reviews, service, library = self._reviews, self._service, self._library
        known_incidents, known_plans = dict(self._incidents), set(self._names)

        def read() -> ActionsRead:
            actions = reviews.open_actions()
            incidents = {}
            for incident_id in {a.incident_id for a in actions} - set(known_incidents):
                summary = service.get_incident(incident_id)
                incidents[incident_id] = (
                    drill_title(summary.title, summary.is_drill),
                    (summary.plan_id, summary.plan_version),
                )
            wanted = {key for _title, key in incidents.values()} - known_plans
            plans = {key: library.get(*key).plan for key in wanted}
            return ActionsRead(actions, incidents, plans)

        return read

    def _show(self, read: ActionsRead) -> None:
        self._incidents.update(read.incidents)
        for key, plan in read.plans.items():
            self._names[key] = PlanNames(plan, self._lang)
        today = self._now().astimezone().date()
        rows = sorted(read.actions, key=lambda a: (a.due_date is None, a.due_date, a.id))
        self.model.set_rows(rows)
        self.model.touch()
        late = sum(overdue(a.due_date, a.status, today) for a in rows)
        self.box.setTitle(
            self.tr("Open improvement actions ({count}, overdue: {late})").format(
                count=len(rows), late=late
            )
            if late
            else self.tr("Open improvement actions ({count})").format(count=len(rows))
        )
        tint(self.box, lambda c: section_style(bool(late), c))
        self.status.setVisible(False)
        self._update_buttons()
        self.title_changed.emit(
            self.tr("Improvement actions (open: {count} · overdue: {late})").format(
                count=len(rows), late=late
            )
            if late
            else self.tr("Improvement actions (open: {count})").format(count=len(rows))
        )
        self.actions_shown.emit()

    def _read_failed(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        self.status.setText(
            self.tr("Could not read the improvement actions: {error}").format(error=describe(error))
        )
        self.status.setVisible(True)

    # --- acting --------------------------------------------------------------------------

    def selected_action(self) -> ImprovementAction | None:
        return self.model.selected_in(self.view)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected_action() is not None
        self.buttons["review"].setEnabled(chosen)
        gate(self.buttons["done"], self.identity.may(Permission.REVIEW), chosen)

    def _activated(self, index: QModelIndex) -> None:
        action = self.model.row_at(index.row())
        if action is not None:
            self.review_requested.emit(action.incident_id)

    def open_selected_review(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.review_requested.emit(action.incident_id)

    def mark_selected_done(self) -> None:
        action, reviews, actor = self.selected_action(), self._reviews, self._actor
        if action is None or not self.buttons["done"].isEnabled():
            return

        def failed(error: BaseException) -> None:
            if is_expected(error):
                show_message(self.window(), self.tr("Improvement actions"), describe(error))
            else:
                report_unexpected(error)
            self.refresh()

        self.runner.run(
            lambda: reviews.complete_action(action.id, actor, action.row_version),
            lambda _done: self.refresh(),
            failed,
        )
