"""The department checklist on the real incident service: tasks by due time with countdowns,
ticking with one click or Space, the detail on Enter, filters, reasons, reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.checklist_view import TaskDetailDialog
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.incident_dialogs import ReasonDialog, ReportDialog, TextDialog
from commandpost.ui.incident_words import OVERDUE_COLOUR, SOON_COLOUR
from ui.conftest import FakeClock
from ui.incident_helpers import (
    ACTOR,
    BoardFactory,
    ChecklistFactory,
    click_tick,
    declare,
    listed_keys,
    press_ok,
    reread_board,
    reread_checklist,
    task,
)
from ui.ui_helpers import find_open

COUNTDOWN = 4  # the checklist's countdown column


def cell(window: ChecklistWindow, key: str, column: int, role: int = 0) -> object:
    model = window.panel.model
    assert model is not None
    row = next(n for n, t in enumerate(model.rows()) if t.key == key)
    return model.data(model.index(row, column), role or Qt.ItemDataRole.DisplayRole)


def colour(window: ChecklistWindow, key: str) -> str:
    brush = cell(window, key, COUNTDOWN, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    return brush.color().name().upper()


def select(window: ChecklistWindow, key: str) -> None:
    model = window.panel.model
    assert model is not None
    assert window.panel.select_task(next(t.id for t in model.rows() if t.key == key))


def test_a_department_sees_its_open_tasks_soonest_due_first_with_countdowns(
    make_checklist: ChecklistFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    keys = listed_keys(window)
    assert keys[0] == "cs-start-coordination"  # the only one with a due time yet
    assert {"cs-record-ticket", "cs-classify"} <= set(keys)
    assert all(t.department == "customer_service" for t in window.panel.model.rows())  # type: ignore[union-attr]
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "due in 15 min"
    assert window.panel.department_name("customer_service") == "Customer-service execution group"
    assert window.windowTitle().startswith("Customer-service execution group — Hotline queue")
    clock.advance(minutes=3, seconds=30)
    window.panel.touch()  # what the one-second timer calls
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "due in 12 min"


def test_one_click_on_the_check_button_ticks_and_the_board_follows_by_itself(
    qtbot: QtBot,
    make_checklist: ChecklistFactory,
    make_board: BoardFactory,
    incidents: IncidentService,
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id, refresh_ms=50)
    window = make_checklist(incident.id, "customer_service")

    def done_count() -> int:
        assert board.body is not None
        return next(r.done for r in board.body.departments.rows() if r.key == "customer_service")

    before = done_count()
    target = task(incidents, incident.id, "cs-record-ticket")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        click_tick(window, target.id)
    qtbot.waitUntil(lambda: "cs-record-ticket" not in listed_keys(window), timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert task(incidents, incident.id, "cs-record-ticket").done_by == ACTOR
    qtbot.waitUntil(lambda: done_count() == before + 1, timeout=30_000)  # no one asked the board


def test_space_ticks_the_selected_task_and_enter_opens_its_history(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    view = window.panel.view
    select(window, "cs-classify")
    view.setFocus()
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        QTest.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "cs-classify" not in listed_keys(window), timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert task(incidents, incident.id, "cs-classify").status == "done"

    window.panel.set_filter("all")
    select(window, "cs-classify")
    assert str(cell(window, "cs-classify", 5)).startswith("done ")
    QApplication.processEvents()  # the rows "All" brought in widen the status column
    assert view.horizontalHeader().sectionSize(5) >= view.sizeHintForColumn(5)
    QTest.keyClick(view, Qt.Key.Key_Return)
    detail = find_open(qtbot, TaskDetailDialog)
    history = detail.history.toPlainText()
    assert "tester: Done: Classify the problem and have the level set" in history
    detail.reject()
    qtbot.waitUntil(lambda: not window.runner.busy)


def test_an_overdue_task_is_red_in_the_checklist_and_first_on_the_board(
    qtbot: QtBot,
    make_checklist: ChecklistFactory,
    make_board: BoardFactory,
    incidents: IncidentService,
    clock: FakeClock,
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    board = make_board(incident.id)
    clock.advance(minutes=5)
    window.panel.touch()
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "due in 10 min"
    calm = cell(window, "cs-start-coordination", COUNTDOWN, Qt.ItemDataRole.ForegroundRole)
    assert not isinstance(calm, QBrush)
    clock.advance(minutes=8)  # the reminder time: a sixth of the 15-minute limit, to 2 min
    window.panel.touch()
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "due in 2 min"
    assert colour(window, "cs-start-coordination") == SOON_COLOUR  # amber: due soon

    clock.advance(minutes=5)
    reread_checklist(qtbot, window)
    reread_board(qtbot, board)
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "⚠ overdue by 3 min"
    assert colour(window, "cs-start-coordination") == OVERDUE_COLOUR
    assert window.panel.filter_buttons["overdue"].text() == "Overdue (1)"
    window.panel.set_filter("overdue")
    assert listed_keys(window) == ["cs-start-coordination"]
    assert board.body is not None
    assert board.body.overdue_model.rows()[0].key == "cs-start-coordination"


def test_reopen_and_not_applicable_ask_for_a_reason(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    incidents.tick(task(incidents, incident.id, "cs-record-ticket").id, "liaison")
    window = make_checklist(incident.id, "customer_service")
    window.panel.set_filter("all")
    select(window, "cs-record-ticket")
    assert window.panel.buttons["reopen"].isEnabled()
    assert not window.panel.buttons["tick"].isEnabled()
    window.panel.buttons["reopen"].click()
    dialog = find_open(qtbot, ReasonDialog)
    press_ok(dialog)
    assert "Give a reason" in dialog.problem.text()
    dialog.reason_edit.setPlainText("ticket was opened in the wrong queue")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: str(cell(window, "cs-record-ticket", 5)) == "open", timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy)

    select(window, "cs-classify")
    window.panel.buttons["not_applicable"].click()
    dialog = find_open(qtbot, ReasonDialog)
    dialog.reason_edit.setPlainText("the level was set by the duty manager")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: task(incidents, incident.id, "cs-classify").status == "not_applicable")
    qtbot.waitUntil(lambda: not window.runner.busy)
    events = incidents.task_events(task(incidents, incident.id, "cs-classify").id)
    assert events[-1].data["reason"] == "the level was set by the duty manager"


def test_assigning_and_noting_a_task(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    select(window, "cs-start-coordination")
    window.panel.buttons["assign"].click()
    dialog = find_open(qtbot, TextDialog)
    dialog.editor.setText("王敏")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: cell(window, "cs-start-coordination", 6) == "王敏", timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert "王敏" in window.panel.pane.facts.text()

    window.panel.buttons["note"].click()
    note = find_open(qtbot, TextDialog)
    note.editor.setPlainText("called the logistics counterpart")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(note)
    qtbot.waitUntil(lambda: not window.runner.busy)
    events = incidents.task_events(task(incidents, incident.id, "cs-start-coordination").id)
    assert [e.kind for e in events] == ["task_assigned", "task_note"]


def test_a_progress_report_reaches_the_command_board(
    qtbot: QtBot,
    make_checklist: ChecklistFactory,
    make_board: BoardFactory,
    incidents: IncidentService,
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "technical")
    board = make_board(incident.id, refresh_ms=50)
    window.panel.report.click()
    dialog = find_open(qtbot, ReportDialog)
    assert "Technical department" in dialog.explanation.text()
    press_ok(dialog)
    assert "Say what has been done" in dialog.problem.text()
    dialog.doing_edit.setPlainText("restarting the order service")
    dialog.help_edit.setPlainText("a database administrator")
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: not window.runner.busy)

    def reports() -> int:
        return board.body.report_model.rowCount() if board.body is not None else 0

    qtbot.waitUntil(lambda: reports() == 1, timeout=30_000)
    assert board.body is not None
    model = board.body.report_model
    assert model.data(model.index(0, 3)) == "a database administrator"
    assert model.data(model.index(0, 4)) == "not acknowledged"


def test_a_retired_task_has_no_check_button_and_a_closed_incident_refuses(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="general")
    incidents.change_level(incident.id, "major", ACTOR, "complex problem")  # retires one
    window = make_checklist(incident.id, "customer_service")
    window.panel.set_filter("all")
    retired = task(incidents, incident.id, "cs-solve-standard")
    assert retired.status == "retired"
    click_tick(window, retired.id)  # a click on the dash does nothing
    assert not window.runner.busy
    assert task(incidents, incident.id, "cs-solve-standard").status == "retired"

    incidents.close(incident.id, "lead", "resolved")
    open_one = task(incidents, incident.id, "cs-record-ticket")
    window.tick_task(open_one)  # the window still thinks the incident is running
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert "closed" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: window.panel.phase.text() == "Closed", timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert not window.panel.report.isEnabled()


def test_choosing_another_incident_and_department(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService
) -> None:
    first = declare(incidents, level="major", title="First")
    second = declare(incidents, level="critical", title="Second", is_drill=True)
    window = make_checklist(first.id, "customer_service")
    combo = window.panel.incident
    assert {combo.itemText(i) for i in range(combo.count())} == {"First", "[DRILL] Second"}
    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        combo.setCurrentIndex(combo.findData(second.id))
        combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.panel.board is not None and window.panel.board.incident.id == second.id
    assert window.panel.drill_banner.isVisible() and window.panel.level.text() == "Critical"
    departments = window.panel.department_box
    departments.setCurrentIndex(departments.findData("emergency_group"))
    assert listed_keys(window) and all(k.startswith("eg-") for k in listed_keys(window))


def test_the_checklist_speaks_chinese(
    make_checklist: ChecklistFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service", lang="zh")
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "15 分钟后到期"
    clock.advance(minutes=18)
    window.panel.touch()
    assert cell(window, "cs-start-coordination", COUNTDOWN) == "⚠ 已超时 3 分钟"
    assert window.panel.filter_buttons["all"].text().startswith("全部（")
    assert window.panel.level.text() == "较大"
    assert window.windowTitle().startswith("客服执行组 — ")
