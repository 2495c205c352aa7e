"""The window's own dialogs: confirming a status step, and listing a plan file's problems.

Both are opened with ``open()`` (window-modal, not blocking), so the event loop keeps running and
tests drive the real dialog with qtbot instead of patching it away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.services.plan_records import VersionInfo

ACTIONS = ("submit", "approve", "return_to_draft", "retire")


class TransitionDialog(QDialog):
    """Says what a status step will do and asks for an optional note."""

    def __init__(
        self,
        action: str,
        row: VersionInfo,
        approved: VersionInfo | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transitionDialog")
        self.action = action
        self.row = row
        titles = {
            "submit": self.tr("Submit for review"),
            "approve": self.tr("Approve version"),
            "return_to_draft": self.tr("Return to draft"),
            "retire": self.tr("Retire version"),
        }
        buttons_text = {
            "submit": self.tr("Submit"),
            "approve": self.tr("Approve"),
            "return_to_draft": self.tr("Return to draft"),
            "retire": self.tr("Retire"),
        }
        self.setWindowTitle(titles[action])
        self.explanation = QLabel(self._explain(action, row, approved, lang))
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("Why, for the record (optional)"))
        self.note_edit.setTabChangesFocus(True)
        note_caption = QLabel(self.tr("&Note (optional):"))
        note_caption.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(buttons_text[action])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(note_caption)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def note(self) -> str | None:
        text = self.note_edit.toPlainText().strip()
        return text or None

    def _explain(
        self, action: str, row: VersionInfo, approved: VersionInfo | None, lang: str
    ) -> str:
        title, version = row.title(lang), row.version
        gap = "" if lang == "zh" else " "  # Chinese sentences follow each other without a space
        if action == "submit":
            text = self.tr(
                "Version {version} of “{title}” will be submitted for review. Its text can then "
                "no longer be replaced by importing a file; a reviewer approves it or returns it "
                "to draft."
            )
        elif action == "approve":
            text = self.tr(
                "Version {version} of “{title}” will be approved: new incidents and drills will "
                "run on it, and its review falls due one review cycle from today."
            )
            if row.status == "draft":
                text += gap + self.tr("The draft passes through review in the same step.")
            if approved is not None and approved.version != version:
                text += gap + self.tr("The currently approved version {old} will be retired.")
        elif action == "return_to_draft":
            text = self.tr(
                "Version {version} of “{title}” will go back to draft, so that its text can be "
                "corrected and imported again."
            )
        else:
            text = self.tr(
                "Version {version} of “{title}” will be retired. It stays in the library for the "
                "record, but no new incident or drill can run on it."
            )
            if row.status == "approved":
                text += gap + self.tr(
                    "The plan will have no approved version until another one is approved."
                )
        old = approved.version if approved is not None else ""
        return text.format(version=version, title=title, old=old)


class ProblemsDialog(QDialog):
    """Lists every problem of a plan file (file:line: field: message); nothing was imported."""

    def __init__(self, file_name: str, problems: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.setWindowTitle(self.tr("The plan file cannot be imported"))
        summary = QLabel(
            self.tr(
                "{file} has problems, listed below. Nothing was imported. Correct the file and "
                "import it again."
            ).format(file=file_name)
        )
        summary.setWordWrap(True)
        self.problems = QPlainTextEdit("\n".join(problems))
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(720, 360)
