"""Help → Export diagnostics…: where to save the support archive, then write it off the GUI thread.

The archive's content is :mod:`commandpost.diagnostics` (the same as ``commandpost
diagnostics``); here only the asking and the telling. The save dialog is non-blocking (the event
loop and tests keep running) and proposes ``commandpost-diagnostics-YYYYMMDD-HHMM.zip`` in the
home folder. The work runs on the window's task runner, so a slow or unreachable database never
freezes the window; with the database the window is using (password included, never shown), the
schema version is read without asking for anything. The user is told where the file is, or in
one sentence why it could not be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from commandpost.clock import Clock, utc_now
from commandpost.diagnostics import collect, default_name, write_zip
from commandpost.ui.errors import report_unexpected, show_message

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate


def ask_export_diagnostics(window: MainWindow, now: Clock = utc_now) -> QFileDialog:
    """Open the save dialog; choosing a file writes the archive there."""
    dialog = QFileDialog(window, translate("Diagnostics", "Export diagnostics"))
    dialog.setObjectName("diagnosticsDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([translate("Diagnostics", "Zip archives (*.zip)")])
    dialog.setDefaultSuffix("zip")
    dialog.setDirectory(str(Path.home()))
    dialog.selectFile(default_name(now()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: export_diagnostics(window, Path(path)))
    dialog.open()
    return dialog


def export_diagnostics(window: MainWindow, path: Path) -> None:
    """Write the archive to ``path`` on the window's worker, then say where it is."""
    watch = window.connection
    connect_url = watch.database.url if watch is not None else None

    def work() -> Path:
        return write_zip(path, collect(connect_url=connect_url))

    def failed(error: BaseException) -> None:
        if not isinstance(error, OSError):
            report_unexpected(error)
            return
        show_message(
            window,
            translate("Diagnostics", "Export diagnostics"),
            translate(
                "Diagnostics", "The diagnostics cannot be written to {path}: {reason}."
            ).format(path=path, reason=error.strerror or error),
        )

    def saved(written: Path) -> None:
        _saved(window, written)

    window.runner.run(work, saved, failed)


def _saved(window: MainWindow, path: Path) -> QMessageBox:
    text = translate(
        "Diagnostics",
        "The diagnostics were saved to {path}. Send this file to support; it holds no passwords.",
    ).format(path=path)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Diagnostics", "Export diagnostics"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("diagnosticsSaved")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.statusBar().showMessage(text, 10000)
    return box
