"""The plan library's steps taken from the main window: importing a plan file as a draft, and
moving the selected version through review (submit, approve, return to draft, retire).

Apart from the window so the window keeps to its tabs and its life (opening, closing). Each step
asks first (a file dialog, a confirmation with an optional note), runs on the window's worker,
says what happened in the status bar and re-lists the plans; a refusal is the service's sentence,
a bad plan file the list of its problems. The texts keep the window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog

from commandpost.access import Permission
from commandpost.services.plan_records import VersionInfo
from commandpost.ui.core_words import say
from commandpost.ui.dialogs import ProblemsDialog, TransitionDialog
from commandpost.ui.roles import gate

if TYPE_CHECKING:
    from commandpost.services.plan_records import ImportResult
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate

# Which statuses each step starts from (the services enforce it; the menu only mirrors it).
ALLOWED_FROM = {
    "submit": ("draft",),
    "approve": ("draft", "in_review"),
    "return_to_draft": ("in_review",),
    "retire": ("draft", "in_review", "approved"),
}


class PlanSteps(QObject):
    """The window's plan steps; the window's menu calls these, its worker runs them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def update_actions(self, row: VersionInfo | None) -> None:
        """Enable the status steps the selected version can take (and the role allows)."""
        window = self._window
        may = window.identity.may(Permission.MANAGE_PLANS)
        for action, allowed in ALLOWED_FROM.items():
            ready = row is not None and window.library is not None and row.status in allowed
            gate(window.menu_actions[action], may, ready)

    # --- status steps --------------------------------------------------------------------

    def ask_transition(self, action: str) -> TransitionDialog | None:
        """Open the confirmation for ``action`` on the selected version; the step runs on OK."""
        window = self._window
        row = window.panel.selected_version()
        if row is None or window.library is None or row.status not in ALLOWED_FROM[action]:
            return None
        plan = window.panel.plan(row.plan_id)
        dialog = TransitionDialog(action, row, plan.approved if plan else None, window.lang, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._transition(action, row, dialog.note()))
        dialog.open()
        return dialog

    def _transition(self, action: str, row: VersionInfo, note: str | None) -> None:
        window = self._window
        library, actor = window.library, window.identity.username
        assert library is not None
        step = getattr(library, action)
        done = {
            "submit": translate(
                "MainWindow", "Version {version} of {plan} was submitted for review."
            ),
            "approve": translate("MainWindow", "Version {version} of {plan} was approved."),
            "return_to_draft": translate(
                "MainWindow", "Version {version} of {plan} was returned to draft."
            ),
            "retire": translate("MainWindow", "Version {version} of {plan} was retired."),
        }[action].format(version=row.version, plan=row.title(window.lang))

        def finished(_info: object) -> None:
            window.statusBar().showMessage(done, 10000)
            window.refresh((row.plan_id, row.version))

        def refused(error: BaseException) -> None:
            window.failed(error)
            window.refresh()  # someone else may have moved the version meanwhile

        window.runner.run(lambda: step(row.plan_id, row.version, actor, note), finished, refused)

    # --- importing -----------------------------------------------------------------------

    def choose_import_file(self) -> QFileDialog | None:
        window = self._window
        if window.library is None:
            return None
        dialog = QFileDialog(window, translate("MainWindow", "Import plan file"))
        dialog.setObjectName("importDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate("MainWindow", "Plan files (*.yaml *.yml)"),
                translate("MainWindow", "All files (*)"),
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()
        return dialog

    def import_file(self, path: str) -> None:
        """Validate and import a plan file as a draft; its problems are listed if it is bad."""
        window = self._window
        library, actor = window.library, window.identity.username
        if library is None or not path:
            return

        def work() -> ImportResult:
            from commandpost.plan.loader import load_plan_file

            return library.import_plan(load_plan_file(path), actor)

        window.runner.run(work, self._imported, lambda error: self._import_failed(path, error))

    def _imported(self, result: ImportResult) -> None:
        messages = {
            "created": translate(
                "MainWindow", "Version {version} of {plan} was imported as a draft."
            ),
            "replaced": translate(
                "MainWindow", "The draft text of version {version} of {plan} was replaced."
            ),
            "unchanged": translate(
                "MainWindow", "Version {version} of {plan} is already in the library."
            ),
        }
        self._window.statusBar().showMessage(
            messages[result.outcome].format(version=result.version, plan=result.plan_id), 10000
        )
        self._window.refresh((result.plan_id, result.version))

    def _import_failed(self, path: str, error: BaseException) -> None:
        from commandpost.plan.loader import PlanFileError

        if isinstance(error, PlanFileError):
            dialog = ProblemsDialog(path, [say(p.said) for p in error.problems], self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        else:
            self._window.failed(error)
