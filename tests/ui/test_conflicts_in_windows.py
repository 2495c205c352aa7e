"""A change sent from a view that someone else changed meanwhile: the window says who changed
what and when, saves nothing, and shows the record as it now stands."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui import when
from commandpost.ui.incident_dialogs import ReasonDialog
from ui.conftest import FakeClock
from ui.incident_helpers import (
    BoardFactory,
    ChecklistFactory,
    click_tick,
    declare,
    listed_keys,
    press_ok,
    task,
)
from ui.ui_helpers import find_open


def test_a_tick_on_a_task_ticked_elsewhere_says_who_and_the_checklist_refreshes(
    qtbot: QtBot, make_checklist: ChecklistFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    seen = task(incidents, incident.id, "cs-start-coordination")
    assert "cs-start-coordination" in listed_keys(window)
    clock.advance(minutes=2)
    incidents.tick(seen.id, "li.na", note="done at the other desk")  # the window has not re-read

    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        click_tick(window, seen.id)
        box = find_open(qtbot, QMessageBox, "messageBox")
    local = when.time_of_day(clock.now)  # a time today: the time of day, as the locale writes it
    assert box.text() == (
        f"Task {seen.id} 'Start cross-department coordination' (发起跨部门协同) was ticked by "
        f"li.na at {local} "
        "after you opened it; your change was not saved — the view has been refreshed."
    )
    box.accept()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert "cs-start-coordination" not in listed_keys(window)  # done now: off the open list
    assert task(incidents, incident.id, "cs-start-coordination").done_by == "li.na"


def test_a_level_raised_elsewhere_is_not_raised_again_and_the_board_says_so_in_chinese(
    qtbot: QtBot, make_board: BoardFactory, incidents: IncidentService, clock: FakeClock
) -> None:
    incident = declare(incidents, level="general")
    board = make_board(incident.id, lang="zh")
    clock.advance(minutes=5)
    incidents.change_level(incident.id, "major", "zhang", "more callers", "general")

    dialog = board.commands.ask_level(+1)  # the board still shows "general": to "major"
    assert isinstance(dialog, ReasonDialog)
    QTest.keyClicks(dialog.reason_edit, "queue growing")
    with qtbot.waitSignal(board.board_shown, timeout=30_000):
        press_ok(dialog)
        box = find_open(qtbot, QMessageBox, "messageBox")
    assert box.text() == (
        f"您打开事件 {incident.id}“Hotline queue surge”后，它已由 zhang 于 "
        f"{when.time_of_day(clock.now)} 将级别由“一般”调整为“较大”；您的修改未保存——视图已刷新。"
    )
    box.accept()
    assert board.board is not None and board.board.incident.level == "major"
    assert [e.kind for e in incidents.board(incident.id).events].count("level_raised") == 1
