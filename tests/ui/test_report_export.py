"""Exporting PDFs from the window: a review with its progress dialog and Cancel, the binder of an
approved plan version, and every review of a period into a folder with index.csv. Each runs off
the GUI thread; the PDFs are read back with pypdf."""

from __future__ import annotations

import csv
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.export_dialogs import FOLDER_SETTING, BatchExportDialog, ExportDialog
from commandpost.ui.export_jobs import ExportJob
from commandpost.ui.review_window import ReviewWindow
from ui.conftest import FakeClock
from ui.incident_helpers import press_ok
from ui.review_helpers import PLAN, ReviewFactory, closed_incident, ctrl
from ui.ui_helpers import WindowFactory, find_open, select_plan, wait_idle


def first_page(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


class Watcher(QObject):
    """Follows one export: the progress it reported, where the dialog stood at the end, and how
    it ended ("written", "cancelled" or "failed")."""

    def __init__(self) -> None:
        super().__init__()
        self.job: ExportJob | None = None
        self.progress: list[tuple[int, int]] = []
        self.at_end: tuple[int, int] | None = None
        self.ended = ""

    def follow(self, job: ExportJob) -> None:
        self.job = job
        job.progressed.connect(lambda done, total: self.progress.append((done, total)))
        job.succeeded.connect(lambda _r: self._ended(job))
        job.was_cancelled.connect(lambda: setattr(self, "ended", "cancelled"))
        job.failed.connect(lambda _text: setattr(self, "ended", "failed"))

    def _ended(self, job: ExportJob) -> None:
        self.at_end = (job.dialog.value(), job.dialog.maximum())
        self.ended = "written"

    def wait(self, qtbot: QtBot, timeout: int = 60_000) -> str:
        qtbot.waitUntil(lambda: bool(self.ended), timeout=timeout)
        return self.ended


class Canceller(Watcher):
    """Presses the progress dialog's Cancel at the first progress the report makes. Connected
    blocking from the worker, so the report waits on that step until Cancel is pressed."""

    def __init__(self) -> None:
        super().__init__()
        self.pressed = 0

    def follow(self, job: ExportJob) -> None:
        super().follow(job)
        job.progress_reported.connect(self.at_progress, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(int, int)
    def at_progress(self, _done: int, _total: int) -> None:
        assert self.job is not None
        if not self.pressed:
            self.pressed += 1
            button = self.job.dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()  # the dialog's canceled signal, as a user's click sends it


def open_export_dialog(qtbot: QtBot, window: ReviewWindow, out: Path) -> ExportDialog:
    ctrl(qtbot, window, Qt.Key.Key_E)
    dialog = find_open(qtbot, ExportDialog)
    dialog.path.setText(str(out))
    return dialog


def test_a_review_is_exported_with_progress_to_the_end(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    ctrl(qtbot, window, Qt.Key.Key_E)
    dialog = find_open(qtbot, ExportDialog)
    assert Path(dialog.path.text()).name == f"incident-{incident.id}-review.pdf"
    assert dialog.lang() == "en"  # the window's language
    out = tmp_path / "reviews" / "queue.pdf"
    dialog.path.setText(str(out))
    press_ok(dialog)
    assert dialog.isVisible() and dialog.path_problem.text() == f"There is no folder {out.parent}."
    out.parent.mkdir()
    watcher = Watcher()
    window.commands.export_started.connect(watcher.follow)
    press_ok(dialog)
    assert watcher.wait(qtbot) == "written"
    assert watcher.progress and watcher.progress[-1][0] == watcher.progress[-1][1] > 0
    assert watcher.at_end is not None and watcher.at_end[0] == watcher.at_end[1] > 0
    assert out.is_file()
    text = first_page(out)
    assert "Incident review report" in text and "Hotline queue surge" in text
    assert window.statusBar().currentMessage() == f"PDF saved: {out}"
    assert QSettings().value(FOLDER_SETTING) == str(out.parent)
    qtbot.waitUntil(lambda: not window.commands.exports, timeout=10_000)


def test_cancelling_an_export_leaves_no_file(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "cancelled.pdf"
    dialog = open_export_dialog(qtbot, window, out)
    canceller = Canceller()
    window.commands.export_started.connect(canceller.follow)
    press_ok(dialog)
    assert canceller.wait(qtbot) == "cancelled"
    assert canceller.pressed == 1
    assert not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left either
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."


def test_a_failed_export_is_said_in_one_sentence(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    incident = closed_incident(incidents, clock)
    window = make_review(incident.id)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    watcher = Watcher()
    window.commands.export_started.connect(watcher.follow)
    window.commands.export(blocker / "review.pdf", "en")
    assert watcher.wait(qtbot) == "failed"
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert box.text().startswith("The review could not be exported: ")
    assert "Traceback" not in box.text() and "\n" not in box.text()
    box.accept()


def test_a_drill_is_exported_as_its_after_action_report_in_chinese(
    qtbot: QtBot,
    make_review: ReviewFactory,
    incidents: IncidentService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    incident = closed_incident(incidents, clock, "春季客户分流演练", is_drill=True)
    window = make_review(incident.id)
    dialog = open_export_dialog(qtbot, window, tmp_path / "drill.pdf")
    assert Path(dialog.path.text()).name == "drill.pdf"
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    watcher = Watcher()
    window.commands.export_started.connect(watcher.follow)
    press_ok(dialog)
    assert watcher.wait(qtbot) == "written"
    text = first_page(tmp_path / "drill.pdf")
    assert "春季客户分流演练" in text.replace("\n", "")


def test_the_binder_of_the_selected_approved_plan_is_exported(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock, tmp_path: Path
) -> None:
    window = make_window("en", now=clock)
    select_plan(qtbot, window, PLAN)
    action = window.menu_actions["export_binder"]
    assert action.isEnabled()
    action.trigger()
    dialog = find_open(qtbot, ExportDialog)
    assert Path(dialog.path.text()).name == f"{PLAN}-v1-binder.pdf"
    out = tmp_path / Path(dialog.path.text()).name
    dialog.path.setText(str(out))
    watcher = Watcher()
    window.desk.exports.export_started.connect(watcher.follow)
    press_ok(dialog)
    assert watcher.wait(qtbot) == "written"
    assert watcher.at_end is not None and watcher.at_end[0] == watcher.at_end[1] > 0
    assert "24-hour customer service guarantee plan" in first_page(out).replace("\n", " ")
    assert window.statusBar().currentMessage() == f"PDF saved: {out}"


def test_a_batch_export_writes_a_pdf_per_closed_incident_and_the_index(
    qtbot: QtBot,
    make_window: WindowFactory,
    incidents: IncidentService,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    real = closed_incident(incidents, clock)
    drill = closed_incident(incidents, clock, "Spring drill", is_drill=True)
    window = make_window("en", now=clock)
    wait_idle(qtbot, window)
    assert window.menu_actions["export_batch"].isEnabled()
    window.menu_actions["export_batch"].trigger()
    dialog = find_open(qtbot, BatchExportDialog)
    folder = tmp_path / "pdfs"
    dialog.path.setText(str(folder))
    dialog.until.setDate(dialog.since.date().addDays(-1))
    press_ok(dialog)
    assert dialog.dates_problem.text() == "The period ends before it starts."
    dialog.until.setDate(dialog.since.date().addMonths(2))
    watcher = Watcher()
    window.desk.exports.export_started.connect(watcher.follow)
    press_ok(dialog)
    assert watcher.wait(qtbot, 120_000) == "written"
    box = find_open(qtbot, QMessageBox, "batchSummary")
    assert box.text() == (f"PDFs written to {folder}: 2.\nThe index is {folder / 'index.csv'}.")
    box.accept()
    names = {p.name for p in folder.iterdir()}
    assert names == {
        f"incident-{real.id}-review.pdf",
        f"drill-{drill.id}-review.pdf",
        "index.csv",
    }
    with (folder / "index.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert len(rows) == 3 and rows[1][-1] == f"incident-{real.id}-review.pdf"
    assert "Spring drill" in first_page(folder / f"drill-{drill.id}-review.pdf")
