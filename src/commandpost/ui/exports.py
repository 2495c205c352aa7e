"""The main window's PDF exports: the binder of an approved plan version, and every review of a
period into a folder (one PDF per closed incident or drill, with an index.csv).

Each export asks where and in which language, then runs as an :class:`ExportJob` (a worker of
its own, progress and Cancel); the window's status bar says where the files went. The jobs still
running when the window closes are cancelled and waited for before the database is released.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from commandpost.clock import Clock
from commandpost.services.plan_records import VersionInfo
from commandpost.ui import when
from commandpost.ui.errors import show_message
from commandpost.ui.export_dialogs import BatchExportDialog, ExportDialog, remember_folder
from commandpost.ui.export_jobs import Cancelled, ExportJob, Progress

if TYPE_CHECKING:
    from commandpost.reports.export import BatchResult, Services
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.reviews import ReviewService


class Exports(QObject):
    """The exports started from the main window's menus. ``export_started(job)`` fires for
    each just before its worker starts."""

    export_started = Signal(object)

    def __init__(self, window: QMainWindow, lang: str, actor: str, now: Clock) -> None:
        super().__init__(window)
        self._window = window
        self._lang = lang
        self._actor = actor
        self._now = now
        self.library: PlanLibrary | None = None
        self._reviews: ReviewService | None = None
        self.jobs: list[ExportJob] = []
        self.summary: QMessageBox | None = None  # what the last batch export wrote

    def set_services(
        self, library: PlanLibrary, incidents: IncidentService, reviews: ReviewService
    ) -> None:
        self.library = library
        self._reviews = reviews

    def _start(self, job: ExportJob) -> ExportJob:
        self.jobs.append(job)
        job.destroyed.connect(lambda _o=None: self.jobs.remove(job) if job in self.jobs else None)
        job.was_cancelled.connect(
            lambda: self._say(self.tr("Export cancelled; no file was written."))
        )
        self.export_started.emit(job)
        job.start()
        return job

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    # --- the plan binder -----------------------------------------------------------------

    def ask_plan_binder(self, row: VersionInfo | None) -> ExportDialog | None:
        """Ask where the binder of the selected (approved) plan version goes."""
        if self.library is None or row is None:
            return None
        if row.status != "approved":
            show_message(
                self._window,
                self.tr("Export plan binder"),
                self.tr("Only an approved plan version is printed as a binder."),
            )
            return None
        dialog = ExportDialog(
            self.tr("Export plan binder as PDF"),
            self.tr(
                "Version {version} of “{plan}” is printed in full: the organisation, the levels, "
                "every department's tasks with their time limits, figures, standards and "
                "provisions."
            ).format(version=row.version, plan=row.title(self._lang)),
            f"{row.plan_id}-v{row.version}-binder.pdf",
            self._lang,
            self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export_binder(row, dialog.target(), dialog.lang()))
        dialog.open()
        return dialog

    def export_binder(self, row: VersionInfo, out: Path, lang: str) -> ExportJob | None:
        library, reviews = self.library, self._reviews
        if library is None or reviews is None:
            return None
        plan_id, version = row.plan_id, row.version

        actor = self._actor

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            from commandpost.reports.export import export_plan

            services = export_services(reviews, library)
            return export_plan(
                services, plan_id, out, lang, progress, cancelled, version=version, actor=actor
            )

        job = ExportJob(
            self._window,
            self.tr("Export plan binder as PDF"),
            self.tr("Writing {file}…").format(file=out.name),
            work,
            self.tr("The plan binder"),
            modal=False,
        )
        job.succeeded.connect(lambda path: self._written(Path(path)))
        return self._start(job)

    def _written(self, path: Path) -> None:
        remember_folder(path.parent)
        self._say(self.tr("PDF saved: {path}").format(path=path))

    # --- every review of a period --------------------------------------------------------

    def ask_batch(self) -> BatchExportDialog | None:
        if self._reviews is None:
            return None
        dialog = BatchExportDialog(self._lang, self._now().astimezone().date(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            since, until = dialog.period()
            self.export_batch(since, until, dialog.folder(), dialog.lang())

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def export_batch(self, since: date, until: date, folder: Path, lang: str) -> ExportJob | None:
        """Every incident and drill closed from ``since`` to ``until`` (local days, both whole)."""
        reviews, library, actor = self._reviews, self.library, self._actor
        if reviews is None or library is None:
            return None

        def work(progress: Progress, cancelled: Cancelled) -> BatchResult:
            from commandpost.reports.export import export_batch

            services = export_services(reviews, library)
            return export_batch(
                services, since, until, folder, lang, progress, cancelled, actor=actor
            )

        job = ExportJob(
            self._window,
            self.tr("Export reviews as PDFs"),
            self.tr("Writing the reviews closed from {since} to {until}…").format(
                since=when.date_text(since), until=when.date_text(until)
            ),
            work,
            self.tr("The reviews"),
            modal=False,
        )
        job.succeeded.connect(self._batch_written)
        return self._start(job)

    def _batch_written(self, result: BatchResult) -> QMessageBox:
        remember_folder(result.folder)
        if result.files:
            text = self.tr("PDFs written to {folder}: {count}.").format(
                count=len(result.files), folder=result.folder
            )
        else:
            text = self.tr("No incident or drill was closed in that period; no PDF was written.")
        text += "\n" + self.tr("The index is {index}.").format(index=result.index)
        self._say(text.replace("\n", " "))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export reviews as PDFs"),
            text,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("batchSummary")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.summary = box
        return box

    # --- closing -------------------------------------------------------------------------

    def stop(self) -> None:
        """Cancel what is still running and wait for it (the window is closing)."""
        for job in list(self.jobs):
            job.stop()
        self.jobs.clear()


def export_services(reviews: ReviewService, library: PlanLibrary) -> Services:
    """The services the reports' exports read from (built on the worker: the reports module
    imports ReportLab)."""
    from commandpost.reports.export import Services

    return Services(reviews, library)
