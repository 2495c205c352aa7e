"""The small dialogs of the incident windows: a confirmation that asks for a reason, a line of
text (assignee, note), a situation figure, a progress report, an ad-hoc task.

All are opened with ``open()`` (window-modal, not blocking) so the event loop and the board's
refresh keep running, and tests drive the real dialog. Each checks its own input and says what is
missing inside the dialog instead of letting the service refuse it afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.appearance import tint


class FormDialog(QDialog):
    """A dialog with an explanation, a form, a red line for what is missing, and OK/Cancel."""

    def __init__(
        self, title: str, explanation: str, ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.explanation = QLabel(explanation)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(explanation))
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        tint(self.problem, lambda c: f"color: {c.overdue};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def problems(self) -> list[str]:
        """What keeps the input from being accepted, one sentence each (none: it is fine)."""
        return []

    def accept(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        if not problems:
            super().accept()


def _text_box(placeholder: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(90)
    return box


class ReasonDialog(FormDialog):
    """Confirms a step that must be explained for the record (level change, closing, reopening)."""

    def __init__(
        self,
        title: str,
        explanation: str,
        ok_text: str,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, explanation, ok_text, parent)
        self.setObjectName("reasonDialog")
        self._required = required
        self.reason_edit = _text_box(self.tr("Recorded in the timeline"), "reason")
        caption = self.tr("&Reason:") if required else self.tr("&Note (optional):")
        self.form.addRow(caption, self.reason_edit)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def problems(self) -> list[str]:
        if self._required and not self.reason():
            return [self.tr("Give a reason: it is recorded in the timeline.")]
        return []


class TextDialog(FormDialog):
    """One line or a few lines of text: the person a task is assigned to, or a note."""

    def __init__(
        self,
        title: str,
        label: str,
        ok_text: str,
        text: str = "",
        multiline: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, "", ok_text, parent)
        self.setObjectName("textDialog")
        self.editor: QLineEdit | QPlainTextEdit
        if multiline:
            self.editor = _text_box("", "text")
            self.editor.setPlainText(text)
        else:
            self.editor = QLineEdit(text)
            self.editor.setObjectName("text")
        self.form.addRow(label, self.editor)

    def text(self) -> str:
        editor = self.editor
        raw = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        return raw.strip()

    def problems(self) -> list[str]:
        return [] if self.text() else [self.tr("This cannot be empty.")]


class FigureDialog(FormDialog):
    """Records a situation figure named by the plan (waiting customers, average wait…)."""

    def __init__(self, figures: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Record a situation figure"),
            self.tr("The value is recorded with the current time and shown on every board."),
            self.tr("Record"),
            parent,
        )
        self.setObjectName("figureDialog")
        self.figure = QComboBox()
        self.figure.setObjectName("figure")
        for key, name in figures:
            self.figure.addItem(name, key)
        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.value.setPlaceholderText(self.tr("a number, e.g. 850"))
        self.form.addRow(self.tr("&Figure:"), self.figure)
        self.form.addRow(self.tr("&Value:"), self.value)

    def key(self) -> str:
        return str(self.figure.currentData())

    def number(self) -> float | None:
        try:
            return float(self.value.text().strip().replace(",", ""))
        except ValueError:
            return None

    def problems(self) -> list[str]:
        if self.figure.count() == 0:
            return [self.tr("The plan names no situation figures.")]
        if self.number() is None:
            return [self.tr("The value must be a number, such as 850 or 4.5.")]
        return []


class ReportDialog(FormDialog):
    """A department's progress report: what is done, what is being done, what help it needs."""

    def __init__(self, department: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Progress report"),
            self.tr("Progress report of {department} to the command group.").format(
                department=department
            ),
            self.tr("Send"),
            parent,
        )
        self.setObjectName("reportDialog")
        self.done_edit = _text_box(self.tr("What has been done"), "done")
        self.doing_edit = _text_box(self.tr("What is being done now"), "doing")
        self.help_edit = _text_box(self.tr("Leave empty if no help is needed"), "needsHelp")
        self.form.addRow(self.tr("&Done:"), self.done_edit)
        self.form.addRow(self.tr("D&oing:"), self.doing_edit)
        self.form.addRow(self.tr("&Needs help:"), self.help_edit)

    def parts(self) -> tuple[str, str, str]:
        return (
            self.done_edit.toPlainText().strip(),
            self.doing_edit.toPlainText().strip(),
            self.help_edit.toPlainText().strip(),
        )

    def problems(self) -> list[str]:
        done, doing, _help = self.parts()
        if not done and not doing:
            return [self.tr("Say what has been done or what is being done.")]
        return []


class AddTaskDialog(FormDialog):
    """An ad-hoc task for one department, with an optional time limit from now."""

    def __init__(
        self, departments: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add a task"),
            self.tr("The task is added to the department's checklist at once."),
            self.tr("Add task"),
            parent,
        )
        self.setObjectName("addTaskDialog")
        self.department = QComboBox()
        self.department.setObjectName("department")
        for key, name in departments:
            self.department.addItem(name, key)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.detail_edit = _text_box(self.tr("Optional"), "detail")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 7 * 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("no time limit"))
        self.minutes.setSuffix(self.tr(" min from now"))
        self.form.addRow(self.tr("&Department:"), self.department)
        self.form.addRow(self.tr("&Task:"), self.title_edit)
        self.form.addRow(self.tr("D&etail:"), self.detail_edit)
        self.form.addRow(self.tr("Due &within:"), self.minutes)

    def values(self) -> tuple[str, str, str | None, int | None]:
        """Department key, title, detail (or None), minutes until due (or None)."""
        detail = self.detail_edit.toPlainText().strip() or None
        minutes = self.minutes.value() or None
        return str(self.department.currentData()), self.title_edit.text().strip(), detail, minutes

    def problems(self) -> list[str]:
        return [] if self.title_edit.text().strip() else [self.tr("Say what the task is.")]
