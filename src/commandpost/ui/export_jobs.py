"""Running one PDF export off the GUI thread, with a progress dialog and Cancel.

Each export gets a worker of its own, so a long batch never holds up the lists and boards (which
share the window's worker) and the window stays responsive. The report calls ``progress(done,
total)`` on the worker; that reaches the dialog through a queued signal, the only thread-safe way
to a widget. Cancel sets a flag that the report reads through ``cancelled()``; it then stops and
leaves no file behind. What went wrong is said in one sentence, never as a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.tasks import TaskRunner

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


def is_cancellation(error: BaseException) -> bool:
    """The report stopped because it was asked to (``ReportCancelled``)."""
    from commandpost.reports.document import ReportCancelled  # imported by the worker already

    return isinstance(error, ReportCancelled)


def failure_sentence(error: BaseException) -> str | None:
    """A failure said in one sentence for the user, or None for a bug (reported as such)."""
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return (error.strerror or str(error) or type(error).__name__) + where
    if is_expected(error) or type(error).__module__.startswith("commandpost.reports"):
        return describe(error).splitlines()[0] if str(error) else type(error).__name__
    return None


class ExportJob(QObject):
    """One export: ``work(progress, cancelled)`` on a worker of its own, a progress dialog over
    ``parent``. Afterwards exactly one of ``succeeded(result)``, ``was_cancelled()`` or
    ``failed(sentence)`` fires; the worker is stopped by then.

    ``progress_reported(done, total)`` is emitted on the worker, as the report calls it;
    ``progressed`` follows on the GUI thread once the dialog shows it."""

    progress_reported = Signal(int, int)
    progressed = Signal(int, int)
    succeeded = Signal(object)
    was_cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        work: Work,
        what: str = "",
        modal: bool = True,
    ) -> None:
        """``modal=False`` leaves the window usable meanwhile (the command desk must be)."""
        super().__init__(parent)
        self.setObjectName("exportJob")
        self._parent = parent
        self._work = work
        self._title = title
        self._what = what
        self._cancel = threading.Event()
        self.running = False
        self.runner = TaskRunner(self)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(
            Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal
        )
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.canceled.connect(self.cancel)
        self.progress_reported.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        self.dialog.show()
        emit, cancelled, work = self.progress_reported.emit, self._cancel.is_set, self._work
        self.runner.run(lambda: work(emit, cancelled), self._done, self._error)

    @Slot()
    def cancel(self) -> None:
        """Ask the report to stop at its next step (Cancel in the dialog, or the window closing)."""
        if self.running and not self._cancel.is_set():
            self._cancel.set()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancel_asked(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        # Told first: on a modal dialog setValue runs pending events, so the next update may be
        # shown inside this one; the dialog only ever moves forward.
        self.progressed.emit(done, total)
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        value = min(done, total) if total > 0 else 0
        if value > self.dialog.value():
            self.dialog.setValue(value)

    def _finish(self) -> None:
        self.running = False
        self.runner.shutdown()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    def _done(self, result: object) -> None:
        if self.dialog.maximum() == 0:
            self.dialog.setMaximum(1)
        self.dialog.setValue(self.dialog.maximum())
        self._finish()
        self.succeeded.emit(result)

    def _error(self, error: BaseException) -> None:
        self._finish()
        if is_cancellation(error):
            self.was_cancelled.emit()
            return
        sentence = failure_sentence(error)
        if sentence is None:
            report_unexpected(error)
            return
        text = (
            self.tr("{what} could not be exported: {reason}").format(
                what=self._what, reason=sentence
            )
            if self._what
            else sentence
        )
        show_message(self._parent, self._title, text)
        self.failed.emit(text)

    def stop(self) -> None:
        """The window closes: cancel and wait for the worker (the report stops at its next
        step and removes its temporary file)."""
        if self.running:
            self.cancel()
            self.running = False
            self.runner.shutdown()
            self.dialog.hide()
