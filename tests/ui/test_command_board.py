"""The command board on the real incident service: level, clock, phases, departments at a glance,
the overdue list, reports, figures, and the actions of the command group."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.incident_dialogs import AddTaskDialog, FigureDialog, ReasonDialog
from commandpost.ui.incident_words import OVERDUE_COLOUR
from ui.conftest import FakeClock
from ui.incident_helpers import (
    ACTOR,
    BoardFactory,
    ChecklistFactory,
    declare,
    listed_keys,
    press_ok,
    reread_board,
    task,
)
from ui.ui_helpers import find_open


def shown(board: CommandBoard):  # type: ignore[no-untyped-def]
    assert board.board is not None
    return board.board


def in_phase(board: CommandBoard, phase: str) -> Callable[[], bool]:
    return lambda: shown(board).incident.phase == phase


def department_row(board: CommandBoard, key: str):  # type: ignore[no-untyped-def]
    assert board.body is not None
    return next(r for r in board.body.departments.rows() if r.key == key)


def test_board_shows_level_title_plan_and_phase(
    make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    header = board.header
    assert header.level.text() == "Major"
    assert header.level.colour() == "#EF6C00"  # the plan's colour for major
    assert header.title.text() == "Hotline queue surge"
    assert "24-hour customer service guarantee plan" in header.facts.text()
    steps = header.phases.steps()
    assert [s.name for s in steps][:2] == ["Warning", "Activation"]
    assert [s.state for s in steps] == ["current", "future", "future", "future", "future"]
    assert not header.drill.isVisible() and not header.drill_banner.isVisible()
    assert board.windowTitle() == "Hotline queue surge — Command board"


def test_incident_clock_counts_up_from_the_declaration(
    make_board: BoardFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents)
    board = make_board(incident.id)
    assert board.header.clock.text() == "00:00:00"
    clock.advance(hours=1, minutes=2, seconds=5)
    board.tick()  # what the one-second timer calls
    assert board.header.clock.text() == "01:02:05"
    assert board.clock_timer.isActive() and board.clock_timer.interval() == 1000


def test_a_drill_is_marked_in_the_title_badge_and_banner(
    make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, is_drill=True, title="Spring drill")
    board = make_board(incident.id, "zh")
    assert board.header.drill.isVisible() and board.header.drill.text() == "演练"
    assert board.header.drill_banner.isVisible()
    assert "演练" in board.header.drill_banner.text()
    assert board.windowTitle().startswith("【演练】Spring drill")


def test_the_board_follows_ticks_made_elsewhere_by_itself(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents)
    board = make_board(incident.id, refresh_ms=50)
    before = department_row(board, "customer_service")
    incidents.tick(task(incidents, incident.id, "cs-record-ticket").id, "someone else")
    qtbot.waitUntil(lambda: department_row(board, "customer_service").done == before.done + 1)
    assert department_row(board, "customer_service").open == before.open - 1
    assert board.body is not None
    timeline = board.body.timeline_model
    assert timeline.data(timeline.index(0, 2)) == (
        "Done: Record the request and open a service ticket"
    )
    assert timeline.data(timeline.index(0, 1)) == "someone else"


def test_raising_the_level_names_the_new_tasks_and_they_appear(
    qtbot: QtBot,
    make_board: BoardFactory,
    make_checklist: ChecklistFactory,
    incidents: IncidentService,
) -> None:
    incident = declare(incidents, level="general")
    board = make_board(incident.id)
    technical = make_checklist(incident.id, "technical", refresh_ms=50)
    assert technical.panel.empty.isVisible()  # nothing for them at the general level
    assert not board.board_actions["lower"].isEnabled()  # general is the lowest level
    keys_before = {t.key for t in shown(board).tasks if t.status != "retired"}

    board.board_actions["raise"].trigger()
    dialog = find_open(qtbot, ReasonDialog)
    text = dialog.explanation.text()
    assert "raised from General to Major" in text
    assert "Tasks to be added, due from now (10):" in text
    assert "Start cross-department coordination" in text
    assert "no longer apply and will be retired (1):" in text
    press_ok(dialog)  # no reason yet: refused inside the dialog
    assert dialog.isVisible() and "Give a reason" in dialog.problem.text()
    dialog.reason_edit.setPlainText("over 1,000 customers waiting")
    with qtbot.waitSignal(board.action_finished, timeout=30_000) as done:
        press_ok(dialog)
    assert done.args == ["Level is now Major. Tasks added: 10; retired: 1."]
    qtbot.waitUntil(lambda: board.header.level.text() == "Major", timeout=30_000)
    qtbot.waitUntil(lambda: not board.runner.busy)
    keys_after = {t.key for t in shown(board).tasks if t.status != "retired"}
    assert {"cs-start-coordination", "tech-respond"} <= keys_after - keys_before
    assert board.header.level.colour() == "#EF6C00"
    assert board.board_actions["lower"].isEnabled()
    qtbot.waitUntil(lambda: "tech-respond" in listed_keys(technical), timeout=30_000)
    assert technical.panel.level.text() == "Major"  # the liaison's checklist followed by itself


def test_phases_advance_in_order_until_the_last(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    for expected in ("Activation", "Execution", "Monitoring", "Closure"):
        board.board_actions["phase"].trigger()
        dialog = find_open(qtbot, ReasonDialog)
        assert f"phase {expected} starts now" in dialog.explanation.text()
        with qtbot.waitSignal(board.action_finished, timeout=30_000):
            press_ok(dialog)  # advancing needs no reason
        qtbot.waitUntil(in_phase(board, expected.lower()))
        qtbot.waitUntil(lambda: not board.runner.busy)
        current = [s.name for s in board.header.phases.steps() if s.state == "current"]
        assert current == [expected]
    assert not board.board_actions["phase"].isEnabled()  # past closure there is nothing
    assert board.board_actions["close_incident"].isEnabled()


def test_execution_phase_says_which_deadlines_start(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    incidents.advance_phase(incident.id, ACTOR)
    board = make_board(incident.id)
    board.board_actions["phase"].trigger()
    dialog = find_open(qtbot, ReasonDialog)
    assert re.search(
        r"Tasks timed from the start of Execution get their due times now: \d+\.",
        dialog.explanation.text(),
    )
    dialog.reject()


def test_overdue_tasks_are_listed_first_most_overdue_on_top_in_red(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")  # 15-min task from the declaration
    clock.advance(minutes=10)
    incidents.advance_phase(incident.id, ACTOR)
    incidents.advance_phase(incident.id, ACTOR)  # execution: 30-min responses from now
    board = make_board(incident.id)
    assert board.body is not None
    assert board.body.overdue_model.rowCount() == 0
    assert board.body.no_overdue.isVisible()

    clock.advance(minutes=35)  # 45 min in: coordination 30 min late, responses 5 min late
    reread_board(qtbot, board)
    body = board.body
    rows = body.overdue_model.rows()
    assert rows[0].key == "cs-start-coordination"
    assert {r.key for r in rows[1:]} >= {"tech-respond", "log-respond", "biz-respond"}
    late = body.overdue_model.data(body.overdue_model.index(0, 0))
    assert late == "30 min"
    brush = body.overdue_model.data(body.overdue_model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name().upper() == OVERDUE_COLOUR
    assert body.overdue_box.title() == f"Overdue tasks ({len(rows)})"
    assert OVERDUE_COLOUR in body.overdue_box.styleSheet()
    assert department_row(board, "technical").overdue == 1
    clock.advance(minutes=1)
    board.tick()
    assert body.overdue_model.data(body.overdue_model.index(0, 0)) == "31 min"


def test_acknowledging_reports_one_and_all(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    first = incidents.send_report(incident.id, "technical", "liaison", "", "checking logs", "")
    incidents.send_report(incident.id, "logistics", "liaison", "list sent", "", "more drivers")
    incidents.send_report(incident.id, "business", "liaison", "refunds approved", "", "")
    board = make_board(incident.id)
    body = board.body
    assert body is not None
    assert body.reports_box.title() == "Progress reports (3 to acknowledge)"
    row = body.report_model.find(first.id)
    assert row is not None
    body.report_view.selectRow(row)
    assert body.acknowledge.isEnabled()
    with qtbot.waitSignal(board.action_finished, timeout=30_000):
        body.acknowledge.click()
    qtbot.waitUntil(lambda: body.reports_box.title() == "Progress reports (2 to acknowledge)")
    qtbot.waitUntil(lambda: not board.runner.busy)
    acknowledged = body.report_model.row_at(body.report_model.find(first.id) or 0)
    assert acknowledged is not None and acknowledged.acknowledged_by == ACTOR
    assert body.acknowledge_all.text() == "Acknowledge a&ll (2)"
    with qtbot.waitSignal(board.action_finished, timeout=30_000):
        body.acknowledge_all.click()
    qtbot.waitUntil(lambda: body.reports_box.title() == "Progress reports (0 to acknowledge)")
    qtbot.waitUntil(lambda: not board.runner.busy)
    assert not body.acknowledge_all.isEnabled()


def test_recording_a_figure_and_adding_a_task_through_their_dialogs(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    board.board_actions["figure"].trigger()
    dialog = find_open(qtbot, FigureDialog)
    dialog.value.setText("eight hundred")
    press_ok(dialog)
    assert "must be a number" in dialog.problem.text()
    dialog.value.setText("850")
    with qtbot.waitSignal(board.action_finished, timeout=30_000):
        press_ok(dialog)
    qtbot.waitUntil(lambda: board.body is not None and board.body.figure_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not board.runner.busy)
    figures = board.body.figure_model if board.body is not None else None
    assert figures is not None
    assert figures.data(figures.index(0, 1)) == "850 customers"

    board.board_actions["add_task"].trigger()
    add = find_open(qtbot, AddTaskDialog)
    add.department.setCurrentIndex(add.department.findData("logistics"))
    add.title_edit.setText("Send two more vans to the Hangzhou depot")
    add.minutes.setValue(45)
    with qtbot.waitSignal(board.action_finished, timeout=30_000):
        press_ok(add)
    qtbot.waitUntil(lambda: any(t.ad_hoc for t in shown(board).tasks))
    qtbot.waitUntil(lambda: not board.runner.busy)
    added = next(t for t in shown(board).tasks if t.ad_hoc)
    assert (added.department, added.title_en) == ("logistics", added.title_zh)
    assert added.due_at is not None


def test_closing_warns_with_the_open_task_count_and_freezes_the_board(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    open_tasks = shown(board).incident.open_tasks
    board.board_actions["close_incident"].trigger()
    dialog = find_open(qtbot, ReasonDialog)
    assert f"Tasks still open: {open_tasks}, of which overdue: 0." in dialog.explanation.text()
    press_ok(dialog)
    assert "Give a reason" in dialog.problem.text()
    dialog.reason_edit.setPlainText("queue back to normal")
    clock.advance(minutes=20)
    with qtbot.waitSignal(board.action_finished, timeout=30_000) as done:
        press_ok(dialog)
    assert done.args == [f"The incident is closed. Tasks left open: {open_tasks}."]
    qtbot.waitUntil(lambda: shown(board).incident.status == "closed")
    qtbot.waitUntil(lambda: not board.runner.busy)
    assert board.header.closed.isVisible()
    assert "queue back to normal" in board.header.closed.text()
    still = {n for n, a in board.board_actions.items() if a.isEnabled()}
    assert still == {"refresh", "review"}  # the post-incident review opens from here now
    assert not board.refresh_timer.isActive()  # nothing changes any more
    clock.advance(hours=3)
    board.tick()
    assert board.header.clock.text() == "00:20:00"  # stopped at the closing


def test_a_refused_action_is_explained_and_the_board_catches_up(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    incident = declare(incidents, level="general")
    board = make_board(incident.id)
    incidents.close(incident.id, "someone else", "handled by phone")  # the board does not know
    board.board_actions["raise"].trigger()
    dialog = find_open(qtbot, ReasonDialog)
    dialog.reason_edit.setPlainText("more callers")
    press_ok(dialog)
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert "closed" in box.text() and "Traceback" not in box.text()
    box.accept()
    qtbot.waitUntil(lambda: shown(board).incident.status == "closed", timeout=30_000)
    qtbot.waitUntil(lambda: not board.runner.busy)


def test_closing_the_window_stops_its_timers_and_worker(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService
) -> None:
    board = make_board(declare(incidents).id, refresh_ms=50)
    assert board.refresh_timer.isActive() and board.clock_timer.isActive()
    board.close()
    assert not board.refresh_timer.isActive() and not board.clock_timer.isActive()
    assert board.runner.closed
    board.refresh()  # a late timer tick after closing reads nothing
    assert not board.runner.busy


def test_a_failed_read_is_said_in_place_and_the_window_stays_usable(
    qtbot: QtBot, incidents: IncidentService, clock: FakeClock
) -> None:
    board = CommandBoard(incidents, 999, "en", ACTOR, clock, refresh_ms=60_000)
    qtbot.addWidget(board)
    board.show()
    board.start()
    qtbot.waitUntil(lambda: "Could not refresh" in board.updated.text(), timeout=30_000)
    qtbot.waitUntil(lambda: not board.runner.busy)
    assert board.updated.text() == "Could not refresh (there is no incident 999); shown as of —"
    assert board.board is None and not board.board_actions["raise"].isEnabled()
