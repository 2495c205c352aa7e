"""Help → Keyboard shortcuts: the page lists the keys the windows' actions really carry, the
checklist's N moves to the next open task, and no window gives one key to two actions."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.ui.shortcuts_help import (
    ShortcutsDialog,
    key_text,
    rows_of,
    specimen_windows,
    window_sections,
)
from ui.incident_helpers import ACTOR, BoardFactory, ChecklistFactory, declare, reread_checklist
from ui.ui_helpers import WindowFactory, find_open


def test_help_lists_the_frequent_actions_with_the_keys_they_carry(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    actions = window.menu_actions
    assert QKeySequence("F1") in actions["shortcuts"].shortcuts()
    actions["shortcuts"].trigger()
    dialog = find_open(qtbot, ShortcutsDialog)
    main = dialog.listed("main")
    for name in ("declare", "acknowledge_all", "export_batch", "export_binder", "shortcuts"):
        assert main[name] == key_text(actions[name])
    assert (main["declare"], main["acknowledge_all"]) == ("Ctrl+D", "Ctrl+Shift+K")
    assert dialog.listed("checklist")["tick"] == "Space"
    assert dialog.listed("checklist")["next_task"] == "N"
    assert dialog.listed("review")["export"] == "Ctrl+E"
    assert dialog.listed("board")["add_task"] == "Ctrl+N"
    texts = [dialog.tree.topLevelItem(n).text(0) for n in range(4)]  # type: ignore[union-attr]
    assert texts == ["Main window", "Command board", "Department checklist", "Review window"]
    dialog.close()


def test_the_page_shows_what_the_open_windows_really_carry(
    qtbot: QtBot,
    make_board: BoardFactory,
    make_checklist: ChecklistFactory,
    incidents: IncidentService,
) -> None:
    incident = declare(incidents, level="major")
    board = make_board(incident.id)
    checklist = make_checklist(incident.id, "customer_service")
    dialog = ShortcutsDialog(window_sections(QMainWindow()))
    qtbot.addWidget(dialog)
    for name, window in (("board", board), ("checklist", checklist)):
        assert dialog.listed(name) == {row.name: row.keys for row in rows_of(window)}
    assert checklist.key_actions["next_task"].shortcuts() == [QKeySequence("N")]


def test_n_moves_the_checklist_selection_to_the_next_open_task(
    make_checklist: ChecklistFactory, incidents: IncidentService, qtbot: QtBot
) -> None:
    incident = declare(incidents, level="major")
    window = make_checklist(incident.id, "customer_service")
    model = window.panel.model
    assert model is not None
    first, second = model.rows()[:2]
    incidents.tick(second.id, ACTOR)
    window.panel.set_filter("all")
    reread_checklist(qtbot, window)
    rows = model.rows()
    assert window.panel.select_task(first.id)
    start = next(n for n, t in enumerate(rows) if t.id == first.id)
    following = [*rows[start + 1 :], *rows[: start + 1]]
    expected = next(t for t in following if t.status == "open")
    assert expected.id != second.id
    QTest.keyClick(window.panel.view, Qt.Key.Key_N)
    chosen = window.panel.selected_task()
    assert chosen is not None and chosen.id == expected.id
    for _ in range(len(rows)):  # keep going: only open tasks are ever chosen, round and round
        QTest.keyClick(window.panel.view, Qt.Key.Key_N)
        chosen = window.panel.selected_task()
        assert chosen is not None and chosen.status == "open"


def clashes(window: QWidget) -> list[str]:
    used = Counter(
        keys.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for keys in action.shortcuts()
    )
    return [keys for keys, count in used.items() if count > 1]


def test_no_window_gives_one_key_to_two_actions(make_window: WindowFactory) -> None:
    assert clashes(make_window()) == []
    for _name, window in specimen_windows():
        assert clashes(window) == []
        window.runner.shutdown()  # type: ignore[attr-defined]
        window.deleteLater()
