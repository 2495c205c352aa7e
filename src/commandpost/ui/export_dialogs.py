"""Asking where a PDF goes and in which language: one report (a review, a drill report, a plan
binder), or every review closed in a date range into a folder.

The folder last used is remembered (QSettings). Each dialog checks its own input and says what is
wrong next to the field; the export itself runs afterwards, off the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.appearance import tint
from commandpost.ui.incident_dialogs import FormDialog

FOLDER_SETTING = "export/folder"


def last_folder() -> Path:
    """The folder of the last export, else the user's documents folder."""
    saved = QSettings().value(FOLDER_SETTING, "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def remember_folder(folder: Path) -> None:
    QSettings().setValue(FOLDER_SETTING, str(folder))


def _problem_line(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{name}Problem")
    label.setWordWrap(True)
    tint(label, lambda c: f"color: {c.overdue};")
    label.hide()
    return label


class _ExportForm(FormDialog):
    """The language choice, and a path field with Browse… and its problem line under it."""

    def __init__(self, title: str, explanation: str, lang: str, parent: QWidget | None) -> None:
        super().__init__(title, explanation, self.tr("Export"), parent)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Chinese (中文)"), "zh")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setMinimumWidth(420)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("browse")
        self.path_problem = _problem_line("path")
        self.path.textChanged.connect(self.path_problem.hide)
        self.browser: QFileDialog | None = None

    def path_field(self) -> QWidget:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.path_problem)
        holder.setFocusProxy(self.path)
        return holder

    def lang(self) -> str:
        return str(self.language.currentData())

    def say(self, label: QLabel, text: str, field: QWidget) -> bool:
        """Show ``text`` under its field (False), or nothing when it is empty (True)."""
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            field.setFocus()
        return not text

    def accept(self) -> None:
        if self.check():
            FormDialog.accept(self)

    def check(self) -> bool:
        raise NotImplementedError


class ExportDialog(_ExportForm):
    """Where one PDF goes (a file name proposed in the folder last used) and its language."""

    def __init__(
        self,
        title: str,
        explanation: str,
        file_name: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, explanation, lang, parent)
        self.setObjectName("exportDialog")
        self.path.setText(str(last_folder() / file_name))
        self.browse.clicked.connect(lambda _c=False: self.choose_file())
        self.form.addRow(self.tr("&Save as:"), self.path_field())
        self.form.addRow(self.tr("&Language:"), self.language)

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the PDF as"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF documents (*.pdf)")])
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self.path.text())
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()
        self.browser = dialog
        return dialog

    def target(self) -> Path:
        text = self.path.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def check(self) -> bool:
        text = ""
        if not self.path.text().strip():
            text = self.tr("Say where the PDF is to be saved.")
        elif not self.target().parent.is_dir():
            text = self.tr("There is no folder {folder}.").format(folder=self.target().parent)
        elif self.target().is_dir():
            text = self.tr("That is a folder: give a file name.")
        return self.say(self.path_problem, text, self.path)


class BatchExportDialog(_ExportForm):
    """Every incident and drill closed between two dates, one PDF each, into a folder."""

    def __init__(self, lang: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export reviews as PDFs"),
            self.tr(
                "One PDF is written for every incident and drill closed in the period, with an "
                "index.csv listing them, into the folder chosen. Files of the same name there are "
                "replaced."
            ),
            lang,
            parent,
        )
        self.setObjectName("batchExportDialog")
        first = QDate(today.year, today.month, 1)
        self.since = self._date_edit("since", first.addMonths(-1))
        self.until = self._date_edit("until", QDate(today.year, today.month, today.day))
        self.dates_problem = _problem_line("dates")
        self.since.dateChanged.connect(lambda _d: self.dates_problem.hide())
        self.until.dateChanged.connect(lambda _d: self.dates_problem.hide())
        dates = QWidget()
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(self.since)
        to = QLabel(self.tr("&to"))
        to.setBuddy(self.until)
        row.addWidget(to)
        row.addWidget(self.until)
        row.addStretch(1)
        dates_layout.addLayout(row)
        dates_layout.addWidget(self.dates_problem)
        dates.setFocusProxy(self.since)
        self.path.setText(str(last_folder()))
        self.browse.clicked.connect(lambda _c=False: self.choose_folder())
        self.form.addRow(self.tr("Closed &from:"), dates)
        self.form.addRow(self.tr("F&older:"), self.path_field())
        self.form.addRow(self.tr("&Language:"), self.language)

    @staticmethod
    def _date_edit(name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Folder for the PDFs"))
        dialog.setObjectName("exportFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setDirectory(self.path.text())
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()
        self.browser = dialog
        return dialog

    def period(self) -> tuple[date, date]:
        since, until = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(since, date) and isinstance(until, date)
        return since, until

    def folder(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def check(self) -> bool:
        since, until = self.period()
        dates_fine = self.say(
            self.dates_problem,
            self.tr("The period ends before it starts.") if until < since else "",
            self.until,
        )
        text = ""
        if not self.path.text().strip():
            text = self.tr("Choose the folder for the PDFs.")
        elif self.folder().exists() and not self.folder().is_dir():
            text = self.tr("{path} is a file, not a folder.").format(path=self.folder())
        return self.say(self.path_problem, text, self.path) and dates_fine
