"""The review window's steps beyond typing: signing off, starting a new revision, adding an
improvement action, marking one done, reopening it, linking it to a plan version, naming a
capability to rate, and exporting the review as a PDF.

Each asks in a dialog where the step needs it (saying what will happen) and then runs exactly one
service call through the window's runner; the window re-reads afterwards. Kept apart from the
window so the window holds the reading, the editors and saving.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from commandpost.clock import Clock
from commandpost.services.review_records import ImprovementAction, ReviewFacts, ReviewInfo
from commandpost.ui.errors import show_message
from commandpost.ui.export_dialogs import ExportDialog, remember_folder
from commandpost.ui.export_jobs import Cancelled, ExportJob, Progress
from commandpost.ui.incident_dialogs import FormDialog, ReasonDialog, TextDialog
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.review_actions import AddActionDialog, LinkPlanDialog, PlanChoice
from commandpost.ui.review_words import stamp

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService

Run = Callable[[Callable[[], Any], Callable[[Any], str]], None]
"""Run one service call, then say in a sentence what it did (the window's ``run``)."""
Read = Callable[[Callable[[], Any], Callable[[Any], None]], None]
"""Read something off the GUI thread for a dialog (the window's ``read``)."""


class ReviewShown(Protocol):
    """What the commands read from the window: the review on screen and its state."""

    facts: ReviewFacts | None
    review: ReviewInfo | None
    names: PlanNames | None

    def dirty(self) -> bool: ...
    def selected_action(self) -> ImprovementAction | None: ...


class ReviewCommands(QObject):
    """Opens each step's dialog over ``window`` and runs the call when it is accepted.
    ``export_started(job)`` fires for each export just before its worker starts."""

    export_started = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        shown: ReviewShown,
        reviews: ReviewService,
        library: PlanLibrary,
        lang: str,
        actor: str,
        now: Clock,
        run: Run,
        read: Read,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._shown = shown
        self._reviews = reviews
        self._library = library
        self._lang = lang
        self._actor = actor
        self._now = now
        self._run = run
        self._read = read
        self.exports: list[ExportJob] = []

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _draft(self) -> ReviewInfo | None:
        review = self._shown.review
        return review if review is not None and not review.read_only else None

    # --- the review ----------------------------------------------------------------------

    def ask_sign_off(self) -> QDialog | QMessageBox | None:
        review = self._draft()
        if review is None:
            return None
        if self._shown.dirty():
            return show_message(
                self._window,
                self.tr("Sign off"),
                self.tr("Save your changes (Ctrl+S) before signing the review off."),
            )
        dialog = FormDialog(
            self.tr("Sign off the review"),
            self.tr(
                "Revision {revision} will be signed off by {who}. Its sections, objectives and "
                "ratings can then no longer be changed, nor actions added; marking actions done "
                "and linking them to plan versions stays possible. A later change needs a new "
                "revision."
            ).format(revision=review.revision, who=self._actor),
            self.tr("Sign off"),
            self._window,
        )
        dialog.setObjectName("signOffDialog")
        reviews, actor = self._reviews, self._actor
        return self._open(
            dialog,
            lambda: self._run(
                lambda: reviews.sign_off(review.id, actor, review.row_version),
                lambda signed: self.tr("Revision {revision} signed off.").format(
                    revision=signed.revision
                ),
            ),
        )

    def ask_new_revision(self) -> ReasonDialog | None:
        review = self._shown.review
        if review is None or review.status != "signed_off":
            return None
        dialog = ReasonDialog(
            self.tr("New revision"),
            self.tr(
                "Revision {revision} stays as it was signed off (superseded); revision {next} "
                "starts as a draft copy of it. Say why it is revised."
            ).format(revision=review.revision, next=review.revision + 1),
            self.tr("Start revision {next}").format(next=review.revision + 1),
            parent=self._window,
        )
        reviews, actor = self._reviews, self._actor

        def accepted() -> None:
            reason = dialog.reason()
            self._run(
                lambda: reviews.new_revision(review.id, actor, reason),
                lambda new: self.tr("Revision {revision} started as a draft.").format(
                    revision=new.revision
                ),
            )

        self._open(dialog, accepted)
        return dialog

    def ask_capability(self, add: Callable[[str], None]) -> TextDialog:
        """Name a capability to rate (one not a department of the plan)."""
        dialog = TextDialog(
            self.tr("Rate a capability"),
            self.tr("&Capability:"),
            self.tr("Add"),
            parent=self._window,
        )
        dialog.setObjectName("capabilityDialog")
        self._open(dialog, lambda: add(dialog.text()))
        return dialog

    # --- improvement actions -------------------------------------------------------------

    def ask_add_action(self) -> AddActionDialog | None:
        review, names = self._draft(), self._shown.names
        if review is None or names is None:
            return None
        departments = [(d.key, names.department(d.key)) for d in names.plan.departments]
        dialog = AddActionDialog(departments, self._now().astimezone().date(), self._window)
        reviews, actor = self._reviews, self._actor

        def accepted() -> None:
            description, department, due = dialog.values()
            self._run(
                lambda: reviews.add_action(review.id, actor, description, department, due),
                lambda action: self.tr("Action added for {department}.").format(
                    department=names.department(action.department)
                ),
            )

        self._open(dialog, accepted)
        return dialog

    def mark_done(self) -> None:
        action = self._shown.selected_action()
        if action is None or action.status != "open":
            return
        reviews, actor = self._reviews, self._actor
        self._run(
            lambda: reviews.complete_action(action.id, actor, action.row_version),
            lambda done: self.tr("Done: {action}").format(action=done.description),
        )

    def ask_reopen(self) -> ReasonDialog | None:
        action = self._shown.selected_action()
        if action is None or action.status != "done":
            return None
        dialog = ReasonDialog(
            self.tr("Reopen action"),
            self.tr("“{action}” will be open again. Say why.").format(action=action.description),
            self.tr("Reopen"),
            parent=self._window,
        )
        reviews, actor = self._reviews, self._actor

        def accepted() -> None:
            reason = dialog.reason()
            self._run(
                lambda: reviews.reopen_action(action.id, actor, reason, action.row_version),
                lambda opened: self.tr("Reopened: {action}").format(action=opened.description),
            )

        self._open(dialog, accepted)
        return dialog

    def ask_link(self) -> None:
        """Read the library's plans off the GUI thread, then ask which version it led to."""
        action, facts = self._shown.selected_action(), self._shown.facts
        if action is None or facts is None:
            return
        library, lang = self._library, self._lang

        def plans() -> list[PlanChoice]:
            return [
                (p.plan_id, p.current.title(lang), tuple(v.version for v in p.versions))
                for p in library.list_plans()
            ]

        self._read(plans, lambda choices: self._open_link(action, facts, choices))

    def _open_link(
        self, action: ImprovementAction, facts: ReviewFacts, plans: list[PlanChoice]
    ) -> None:
        plan_id = action.plan_id or facts.incident.plan_id
        versions = next((v for p, _t, v in plans if p == plan_id), ())
        version = action.plan_version or max(versions, default=None)
        dialog = LinkPlanDialog(action.description, plans, plan_id, version, self._window)
        reviews, actor = self._reviews, self._actor

        def accepted() -> None:
            plan, number = dialog.values()
            self._run(
                lambda: reviews.link_action(action.id, actor, plan, number),
                lambda linked: self.tr("Linked to version {version} of {plan}.").format(
                    version=linked.plan_version, plan=linked.plan_id
                ),
            )

        self._open(dialog, accepted)

    # --- the PDF -------------------------------------------------------------------------

    def ask_export(self) -> ExportDialog | None:
        facts = self._shown.facts
        if facts is None:
            return None
        incident = facts.incident
        kind = "drill" if incident.is_drill else "incident"
        explanation = self.tr(
            "The review as last saved, with its facts and improvement actions, is printed."
        )
        if self._shown.dirty():
            explanation += " " + self.tr("Your unsaved changes are not in it: save them first.")
        dialog = ExportDialog(
            self.tr("Export review as PDF"),
            explanation,
            f"{kind}-{incident.id}-review.pdf",
            self._lang,
            self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export(dialog.target(), dialog.lang()))
        dialog.open()
        return dialog

    def export(self, out: Path, lang: str) -> ExportJob:
        """Print the review to ``out`` off the GUI thread, with progress and Cancel."""
        reviews, library, actor = self._reviews, self._library, self._actor
        facts = self._shown.facts
        assert facts is not None
        incident_id = facts.incident.id

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            from commandpost.reports.export import Services, export_incident

            services = Services(reviews, library)
            return export_incident(
                services, incident_id, out, lang, progress, cancelled, actor=actor
            )

        job = ExportJob(
            self._window,
            self.tr("Export review as PDF"),
            self.tr("Writing {file}…").format(file=out.name),
            work,
            self.tr("The review"),
        )
        job.succeeded.connect(lambda path: self._exported(Path(path)))
        job.was_cancelled.connect(
            lambda: self._say(self.tr("Export cancelled; no file was written."))
        )
        job.destroyed.connect(
            lambda _o=None: self.exports.remove(job) if job in self.exports else None
        )
        self.exports.append(job)
        self.export_started.emit(job)
        job.start()
        return job

    def _exported(self, path: Path) -> None:
        remember_folder(path.parent)
        self._say(self.tr("PDF saved: {path}").format(path=path))

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    def stop_exports(self) -> None:
        for job in list(self.exports):
            job.stop()
        self.exports.clear()


def signed_off_banner(review: ReviewInfo) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "ReviewCommands",
        "Signed off by {who} at {time} — read-only; start a new revision to change it",
    ).format(who=review.signed_off_by or "", time=stamp(review.signed_off_at))
