"""The main window's incidents: the list of active incidents and open warnings, declaring with
Ctrl+D, deciding on a warning, and opening boards and checklists (one board per incident)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.declare_dialog import DeclareDialog
from commandpost.ui.incident_dialogs import ReasonDialog
from commandpost.ui.main_window import MainWindow
from ui.conftest import FakeClock
from ui.incident_helpers import PLAN, declare, press_ok
from ui.ui_helpers import WindowFactory, find_open, wait_idle


def relist(qtbot: QtBot, window: MainWindow) -> None:
    """Re-read the incident list (as its timer would) and wait until it is shown."""
    wait_idle(qtbot, window)
    with qtbot.waitSignal(window.incidents.incidents_shown, timeout=30_000):
        window.incidents.refresh()
    wait_idle(qtbot, window)


def opened_board(qtbot: QtBot, window: MainWindow, incident_id: int) -> CommandBoard:
    qtbot.waitUntil(lambda: incident_id in window.incidents.boards, timeout=30_000)
    board = window.incidents.boards[incident_id]
    qtbot.waitUntil(lambda: board.board is not None and not board.runner.busy, timeout=30_000)
    return board


def test_ctrl_d_declares_from_the_dialog_and_opens_the_board(
    qtbot: QtBot, make_window: WindowFactory, clock: FakeClock
) -> None:
    window = make_window("en", now=clock)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = find_open(qtbot, DeclareDialog)
    assert window.tabs.currentWidget() is window.incidents
    assert all(button.isVisible() for button in window.incidents.buttons.values())
    plans = [dialog.plan.itemData(i) for i in range(dialog.plan.count())]
    assert PLAN in plans  # every shipped plan is approved
    dialog.plan.setCurrentIndex(plans.index(PLAN))
    assert dialog.level.itemText(0) == "General"
    dialog.level.setCurrentIndex(dialog.level.findData("major"))
    assert "cross-department coordination" in dialog.criteria.text()
    dialog.category.setCurrentIndex(dialog.category.findData("sudden_problem"))
    press_ok(dialog)  # no title yet
    assert dialog.isVisible() and dialog.problem.text() == "Give the incident a title."
    dialog.declared_now.setChecked(False)
    dialog.declared_at.setDateTime(dialog.declared_at.dateTime().addSecs(3600))
    dialog.title_edit.setText("Hotline queue surge")
    press_ok(dialog)
    assert "cannot be in the future" in dialog.problem.text()
    dialog.declared_now.setChecked(True)
    press_ok(dialog)

    qtbot.waitUntil(lambda: bool(window.incidents.boards), timeout=30_000)
    board = opened_board(qtbot, window, next(iter(window.incidents.boards)))
    assert board.header.title.text() == "Hotline queue surge"
    assert board.header.level.text() == "Major"
    assert board.board is not None and board.board.incident.declared_by == "tester"
    qtbot.waitUntil(lambda: window.incidents.incident_model.rowCount() == 1, timeout=30_000)
    wait_idle(qtbot, window)
    assert window.tabs.tabText(1) == "Incidents (active: 1 · warnings: 0)"


def test_the_list_marks_drills_and_enter_opens_one_board_per_incident(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    real = declare(incidents, level="major", title="Real surge")
    drill = declare(incidents, is_drill=True, title="Spring drill")
    window = make_window("zh", now=clock)
    relist(qtbot, window)
    model = window.incidents.incident_model
    titles = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert titles == ["【演练】Spring drill", "Real surge"]  # newest first
    hatch = model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole)
    assert isinstance(hatch, QBrush) and hatch.style() == Qt.BrushStyle.BDiagPattern
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 0)) == "较大"
    assert window.tabs.tabText(1) == "突发事件（进行中：2 · 预警：0）"

    window.show_incidents()
    view = window.incidents.incident_view
    view.selectRow(model.find(real.id) or 0)
    QTest.keyClick(view, Qt.Key.Key_Return)
    board = opened_board(qtbot, window, real.id)
    view.selectRow(model.find(drill.id) or 0)
    QTest.keyClick(view, Qt.Key.Key_Return)
    drill_board = opened_board(qtbot, window, drill.id)
    assert drill_board is not board and drill_board.windowTitle().startswith("【演练】")
    assert window.incidents.open_board(real.id) is board  # asked again: the same window
    assert len(window.incidents.boards) == 2


def test_a_warning_is_activated_into_an_incident_or_dismissed_with_a_reason(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    first = incidents.warn(PLAN, {"waiting_customers": 850}, "monitor", "queue over the line")
    second = incidents.warn(PLAN, {"waiting_customers": 620}, "monitor", is_drill=True)
    window = make_window("en", now=clock)
    relist(qtbot, window)
    warnings = window.incidents.warning_model
    assert warnings.rowCount() == 2
    row = warnings.find(first.id)
    assert row is not None
    assert warnings.data(warnings.index(row, 2)) == "Waiting customers: 850 customers"

    window.incidents.warning_view.selectRow(row)
    window.incidents.buttons["activate"].click()
    dialog = find_open(qtbot, DeclareDialog)
    assert not dialog.plan.isEnabled() and dialog.plan.currentData() == PLAN
    assert not dialog.drill.isEnabled() and dialog.real.isChecked()
    assert dialog.title_edit.text() == "queue over the line"
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(window.incidents.boards), timeout=30_000)
    board = opened_board(qtbot, window, next(iter(window.incidents.boards)))
    assert board.header.title.text() == "queue over the line"
    qtbot.waitUntil(lambda: warnings.rowCount() == 1, timeout=30_000)
    wait_idle(qtbot, window)
    assert incidents.get_warning(first.id).status == "activated"

    window.incidents.warning_view.selectRow(0)
    dialog_box = window.incidents.ask_dismiss()
    assert isinstance(dialog_box, ReasonDialog)
    press_ok(dialog_box)
    assert "Give a reason" in dialog_box.problem.text()
    dialog_box.reason_edit.setPlainText("queue cleared by itself")
    press_ok(dialog_box)
    qtbot.waitUntil(lambda: warnings.rowCount() == 0, timeout=30_000)
    wait_idle(qtbot, window)
    assert incidents.get_warning(second.id).decision_note == "queue cleared by itself"


def test_closing_the_main_window_closes_its_boards_and_checklists(
    qtbot: QtBot, make_window: WindowFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    window = make_window("en", now=clock)
    relist(qtbot, window)
    board = window.incidents.open_board(incident.id)
    checklist = window.incidents.open_checklist(incident.id, "technical")
    assert isinstance(board, CommandBoard) and isinstance(checklist, ChecklistWindow)
    qtbot.waitUntil(lambda: checklist.panel.board is not None and not checklist.runner.busy)
    assert checklist.panel.department() == "technical"
    qtbot.waitUntil(lambda: board.board is not None and not board.runner.busy)
    window.close()
    assert board.runner.closed and checklist.runner.closed
    assert not board.refresh_timer.isActive() and not checklist.refresh_timer.isActive()
    assert not window.incidents.refresh_timer.isActive()
