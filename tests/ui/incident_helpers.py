"""Helpers for driving the incident windows in tests: declare on the 24-hour plan, open a board
or a checklist on the real service, re-read and wait, press a dialog's buttons.

Every wait is a condition (a signal or ``waitUntil``); time moves only on the test's clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from commandpost.services.incident_records import IncidentSummary, TaskInfo
from commandpost.services.incidents import IncidentService
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow

PLAN = "24h-service-guarantee"
ACTOR = "tester"
BoardFactory = Callable[..., CommandBoard]
"""``make_board(incident_id, lang="en", refresh_ms=60_000)``: shown, first board on screen."""
ChecklistFactory = Callable[..., ChecklistWindow]
"""``make_checklist(incident_id, department, lang="en", refresh_ms=60_000)``."""


def declare(
    service: IncidentService,
    level: str = "general",
    is_drill: bool = False,
    title: str = "Hotline queue surge",
    category: str = "sudden_problem",
) -> IncidentSummary:
    return service.declare(PLAN, category, level, title, ACTOR, "", is_drill)


def task(service: IncidentService, incident_id: int, key: str) -> TaskInfo:
    return service.find_task(incident_id, key)


def reread_board(qtbot: QtBot, board: CommandBoard) -> None:
    """Call the refresh slot (as the timer would) and wait until the new board is on screen."""
    with qtbot.waitSignal(board.board_shown, timeout=30_000):
        board.refresh()
    qtbot.waitUntil(lambda: not board.runner.busy, timeout=30_000)


def reread_checklist(qtbot: QtBot, window: ChecklistWindow) -> None:
    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        window.refresh()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)


def press_ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    QTest.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def click_tick(window: ChecklistWindow, task_id: int) -> None:
    """Click the check button painted on a task's row."""
    panel = window.panel
    assert panel.model is not None
    row = panel.model.find(task_id)
    assert row is not None, f"task {task_id} is not listed"
    view = panel.view
    rect = view.visualRect(panel.model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def listed_keys(window: ChecklistWindow) -> list[str]:
    assert window.panel.model is not None
    return [t.key for t in window.panel.model.rows()]
