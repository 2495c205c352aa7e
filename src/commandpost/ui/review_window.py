"""The post-incident review of one closed incident or drill: the facts read from its record, the
sections the command group writes, a drill's objectives and ratings, and the improvement actions.

Every read and change runs off the GUI thread through the window's own runner. The review is
re-read on a slow timer and after each step; while something typed is unsaved, a re-read leaves
the editors (and the revision they were typed on) alone. Saving sends the changed sections with
the revision's ``row_version``: a review changed meanwhile is refused with the service's
sentence, the window re-reads, and what was typed stays in the editors to be saved again.
Closing with unsaved changes asks Save / Discard / Cancel. A user whose role does not write
reviews (a liaison, an observer) reads it: the editors are read-only and the steps disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from commandpost.access import Identity, Permission
from commandpost.clock import Clock, utc_now
from commandpost.services.review_records import ImprovementAction, ReviewFacts, ReviewInfo
from commandpost.ui import when
from commandpost.ui.appearance import tint
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_words import PlanNames, drill_title
from commandpost.ui.refresher import Refresher
from commandpost.ui.review_body import ACTION_BUTTONS, ReviewBody, ReviewHeader
from commandpost.ui.review_commands import ReviewCommands
from commandpost.ui.roles import everyone, gate
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService

REFRESH_MS = 30_000
Read = tuple[ReviewFacts, ReviewInfo]


class ReviewWindow(QMainWindow):
    """``review_shown`` fires after each read is on screen; ``action_finished(message)`` after
    each step taken here (saving included)."""

    review_shown = Signal()
    action_finished = Signal(str)

    def __init__(
        self,
        reviews: ReviewService,
        library: PlanLibrary,
        incident_id: int,
        lang: str,
        actor: str,
        now: Clock = utc_now,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.incident_id = incident_id
        self._reviews = reviews
        self._lang = lang
        self.identity = identity or everyone(actor)
        self._actor = actor = self.identity.username
        self._now = now
        self.facts: ReviewFacts | None = None
        self.review: ReviewInfo | None = None  # the latest revision as last read
        self.base: ReviewInfo | None = None  # the revision the editors' text was typed on
        self.names: PlanNames | None = None
        self.body: ReviewBody | None = None
        self.close_box: QMessageBox | None = None
        self._reload_editors = False
        self._discard = False
        self._saving = False
        self._close_after_save = False
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Review — incident {id}").format(id=incident_id) + "[*]")
        self.header = ReviewHeader()
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Reading the review…"))
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
        self.commands = ReviewCommands(
            self, self, reviews, library, lang, actor, now, self.run, self.read
        )
        self.review_actions = self._build_actions()
        self.refresher = Refresher(
            self, self.runner, "reviewRefresh", refresh_ms, self._read, self._show, self._failed
        )
        self._update_actions()

    def _build_actions(self) -> dict[str, QAction]:
        c = self.commands
        review_menu = self.menuBar().addMenu(self.tr("&Review"))
        action_menu = self.menuBar().addMenu(self.tr("&Actions"))
        toolbar = self.addToolBar(self.tr("Review"))
        toolbar.setObjectName("reviewToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions: dict[str, QAction] = {}
        for name, text, slot, keys, menu in (
            ("save", self.tr("&Save"), self.save, "Ctrl+S", review_menu),
            ("sign_off", self.tr("Sign &off…"), c.ask_sign_off, "", review_menu),
            ("new_revision", self.tr("&New revision…"), c.ask_new_revision, "", review_menu),
            ("capability", self.tr("Rate a ca&pability…"), self._ask_capability, "", review_menu),
            ("export", self.tr("&Export PDF…"), c.ask_export, "Ctrl+E", review_menu),
            ("refresh", self.tr("Re&fresh"), self.refresh, "F5", review_menu),
            ("close", self.tr("&Close"), self.close, "Ctrl+W", review_menu),
            ("add_action", self.tr("&Add action…"), c.ask_add_action, "Ctrl+N", action_menu),
            ("mark_done", self.tr("Mark &done"), c.mark_done, "Ctrl+D", action_menu),
            ("reopen_action", self.tr("&Reopen…"), c.ask_reopen, "", action_menu),
            ("link_action", self.tr("&Link to plan version…"), c.ask_link, "", action_menu),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action:{name}")
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            menu.addAction(action)
            if name in ("save", "sign_off", "new_revision", "export", "refresh"):
                toolbar.addAction(action)
            if name in ("new_revision", "refresh"):
                toolbar.addSeparator()
            if name in ("capability", "refresh"):
                review_menu.addSeparator()
            actions[name] = action
        put_icons(actions)
        return actions

    # --- reading -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the review now (revision 1 opens on the first asking), then keep it fresh."""
        self.refresher.start()

    @Slot()
    def refresh(self) -> None:
        self.refresher.refresh()

    def _read(self) -> Callable[[], Read]:
        reviews, incident_id, actor = self._reviews, self.incident_id, self._actor
        return lambda: (reviews.facts(incident_id), reviews.review(incident_id, actor))

    def _show(self, read: Read) -> None:
        facts, review = read
        if self.names is None or self.names.plan is not facts.plan:
            self.names = PlanNames(facts.plan, self._lang)
        if self.body is None:
            self.body = self._make_body(self.names, facts.incident.is_drill)
        body = self.body
        self.facts, self.review = facts, review
        if self._reload_editors or not self.dirty():
            self._show_editors(review, keep_typed=self._reload_editors)
            self._reload_editors = False
        self.header.show_review(facts, review, self.names)
        body.facts_view.show_facts(facts)
        body.show_actions(review)
        body.set_read_only(review.read_only or not self.identity.may(Permission.REVIEW))
        incident = facts.incident
        title = drill_title(incident.title, incident.is_drill)
        self.setWindowTitle(
            self.tr("Review of {title} — incident {id}").format(title=title, id=incident.id) + "[*]"
        )
        tint(self.updated, "")
        updated = when.time_of_day(self._now(), seconds=True)
        self.updated.setText(self.tr("Updated {time}").format(time=updated))
        self._update_actions()
        self.review_shown.emit()

    def _make_body(self, names: PlanNames, is_drill: bool) -> ReviewBody:
        body = ReviewBody(names, is_drill, self._now)
        body.sections.edited.connect(self._edited)
        if body.evaluation is not None:
            body.evaluation.edited.connect(self._edited)
            body.evaluation.capability_requested.connect(self._ask_capability)
        for name in ACTION_BUTTONS:
            body.buttons[name].clicked.connect(self.review_actions[name].trigger)
        body.action_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.stack.addWidget(body)
        self.stack.setCurrentWidget(body)
        body.sections.editors["summary"].setFocus()
        return body

    def _show_editors(self, review: ReviewInfo, keep_typed: bool) -> None:
        body, facts = self.body, self.facts
        assert body is not None and facts is not None
        self.base = review
        body.sections.show_review(review, keep_typed)
        if body.evaluation is not None:
            taking_part = [d.department for d in facts.departments if d.tasks]
            body.evaluation.show_review(review, taking_part, keep_typed)
        self._edited()

    def _failed(self, error: BaseException) -> None:
        if not is_expected(error):
            report_unexpected(error)
        elif self.review is None:  # nothing on screen yet: say why in its place
            self.loading.setText(describe(error))
        tint(self.updated, lambda c: f"color: {c.overdue}; font-weight: bold;")
        self.updated.setText(
            self.tr("Could not read the review: {error}").format(error=describe(error))
        )

    # --- the state of the editors --------------------------------------------------------

    def dirty(self) -> bool:
        """Something typed is not saved yet."""
        return self.body is not None and self.body.dirty()

    def selected_action(self) -> ImprovementAction | None:
        return self.body.selected_action() if self.body is not None else None

    def _edited(self) -> None:
        self.setWindowModified(self.dirty())
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        review, action = self.review, self.selected_action()
        draft = review is not None and not review.read_only
        allowed = {
            "save": draft and self.dirty() and not self._saving,
            "sign_off": draft,
            "new_revision": review is not None and review.status == "signed_off",
            "export": review is not None,
            "add_action": draft,
            "mark_done": action is not None and action.status == "open",
            "reopen_action": action is not None and action.status == "done",
            "link_action": action is not None,
            "capability": draft and self.facts is not None and self.facts.incident.is_drill,
        }
        is_drill = self.facts is not None and self.facts.incident.is_drill
        self.review_actions["capability"].setVisible(is_drill)
        for name, on in allowed.items():
            may = self.identity.may(Permission.EXPORT if name == "export" else Permission.REVIEW)
            gate(self.review_actions[name], may, on)
            if self.body is not None and name in self.body.buttons:
                gate(self.body.buttons[name], may, on)

    def _ask_capability(self) -> None:
        body = self.body
        if (
            body is not None
            and body.evaluation is not None
            and self.review_actions["capability"].isEnabled()
        ):
            self.commands.ask_capability(body.evaluation.add_capability)

    # --- saving --------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Save what was changed on the revision it was typed on; False if nothing was sent."""
        body, base = self.body, self.base
        if body is None or base is None or base.read_only or self._saving or not self.dirty():
            return False
        changes: dict[str, Any] = dict(body.sections.changes())
        if body.evaluation is not None and body.evaluation.changed():
            if body.evaluation.check():
                body.tabs.setCurrentWidget(body.evaluation)
                return False
            changes["objectives"], changes["ratings"] = body.evaluation.values()
        reviews, actor = self._reviews, self._actor
        self._saving = True
        self._update_actions()

        def saved(review: ReviewInfo) -> None:
            self._saving = False
            self._show_editors(review, keep_typed=True)
            message = self.tr("Revision {revision} saved.").format(revision=review.revision)
            self.statusBar().showMessage(message, 10000)
            self.action_finished.emit(message)
            if self._close_after_save and not self.dirty():
                self._discard = True
                self.close()
            self.refresh()

        def refused(error: BaseException) -> None:
            self._saving = False
            self._close_after_save = False
            self._failed_step(error)
            self._reload_editors = True  # the typed text stays; the rest shows what is there
            self.refresh()

        self.runner.run(
            lambda: reviews.update(base.id, actor, base.row_version, **changes), saved, refused
        )
        return True

    # --- steps ---------------------------------------------------------------------------

    def run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run one service call; say what it did, then re-read whatever the outcome."""

        def finished(result: Any) -> None:
            message = done(result)
            self.statusBar().showMessage(message, 10000)
            self.refresh()
            self.action_finished.emit(message)

        def failed(error: BaseException) -> None:
            self._failed_step(error)
            self.refresh()

        self.runner.run(work, finished, failed)

    def read(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Read something for a dialog off the GUI thread."""
        self.runner.run(work, done, self._failed_step)

    def _failed_step(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self, self.tr("Review"), describe(error))
        else:
            report_unexpected(error)

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty() and not self._discard:
            event.ignore()
            self.ask_to_close()
            return
        self.refresher.stop()
        self.commands.stop_exports()
        self.runner.shutdown()
        super().closeEvent(event)

    def ask_to_close(self) -> QMessageBox:
        """Unsaved changes: Save (then close), Discard (close), or Cancel (stay)."""
        if self.close_box is not None:
            self.close_box.raise_()
            return self.close_box
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The review has changes that are not saved. Save them before closing?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            self,
        )
        box.setObjectName("unsavedBox")
        box.setDefaultButton(buttons.Save)

        def answered(button: int) -> None:
            self.close_box = None
            if button == buttons.Save:
                self._close_after_save = self.save()
            elif button == buttons.Discard:
                self.discard_and_close()

        box.finished.connect(lambda _r: answered(box.standardButton(box.clickedButton())))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close_box = box
        box.open()
        return box

    def discard_and_close(self) -> None:
        """Close without saving (the user chose Discard, or the application is quitting)."""
        self._discard = True
        self.close()
