"""A plan file the window was started with (``CommandPost plan.yaml``: a double-click on a plan
file, the "Open with" menu, the desktop entry), offered for import once someone has signed in.

Offered, never imported unasked: a double-click is often only a look, and an import makes a new
draft version in a shared library. Accepted, it is the same import as File → Import plan file…
(:meth:`MainWindow.import_file`), so a bad file is reported the same way, naming the file, the
line and the field. The question waits until the plan list is shown, so the new draft is
selected in a list that is there; a user whose role may not import is told so instead. The box
is not modal: the first-run tour may open over the window at the same moment, and it must stay
usable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from commandpost.access import Permission

if TYPE_CHECKING:
    from commandpost.ui.main_window import MainWindow


translate = QCoreApplication.translate


def offer_import(window: MainWindow, path: str) -> None:
    """Once ``window`` has listed the library, ask whether to import the plan file ``path``."""
    window.library_loaded.connect(
        lambda: ask_import(window, path), Qt.ConnectionType.SingleShotConnection
    )


def ask_import(window: MainWindow, path: str) -> QMessageBox:
    """Ask now; the box is returned (and deletes itself when answered)."""
    name = Path(path).name
    box = QMessageBox(window)
    box.setObjectName("planFileOffer")
    box.setWindowTitle(translate("PlanFileOffer", "Import plan file"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Not modal: it must not block the window, nor the first-run tour shown over it meanwhile.
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setInformativeText(str(Path(path).absolute()))
    if not window.identity.may(Permission.MANAGE_PLANS):
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            translate(
                "PlanFileOffer",
                "{name} was not imported: your role does not allow importing plans.",
            ).format(name=name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.show()
        return box
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        translate(
            "PlanFileOffer",
            "Import the plan file {name} into the plan library as a new draft version?",
        ).format(name=name)
    )
    accept = box.addButton(translate("PlanFileOffer", "&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)

    def answered(button: QAbstractButton) -> None:
        if button is accept:
            window.import_file(path)

    box.buttonClicked.connect(answered)
    box.show()
    return box
