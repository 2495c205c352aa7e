"""Windows open as they were left: size and place, maximised or not, splitters, the main window's
tab, table columns; a board's layout is shared by every board. A layout saved for a screen that
is gone, or a damaged value, is ignored and the window opens at its default size, centred."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.incidents import IncidentService
from commandpost.services.startup import open_library
from commandpost.ui.app import open_main_window
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.incident_windows import BOARD_SIZE, IncidentWindows
from commandpost.ui.layout_memory import remember_layout, settings
from commandpost.ui.main_window import MainWindow
from commandpost.ui.shortcuts_help import open_shortcuts_help
from ui.conftest import ACTOR, FakeClock
from ui.incident_helpers import declare

from .ui_helpers import WindowFactory, wait_idle


def _main(qtbot: QtBot, url: str) -> MainWindow:
    window = open_main_window(url, "en", ACTOR, library=open_library(url))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.desk.incidents is not None, timeout=30_000)
    wait_idle(qtbot, window)
    return window


def _library_splitter(window: MainWindow) -> QSplitter:
    splitter = window.tabs.widget(0)
    assert isinstance(splitter, QSplitter)
    return splitter


def test_the_main_window_reopens_as_it_was_left(qtbot: QtBot, library_url: str) -> None:
    first = _main(qtbot, library_url)
    first.setGeometry(QRect(60, 40, 1100, 720))
    _library_splitter(first).setSizes([700, 400])
    qtbot.waitUntil(lambda: first.width() == 1100)
    sizes = _library_splitter(first).sizes()
    first.show_incidents()
    left = first.normalGeometry()
    first.close()

    again = _main(qtbot, library_url)
    assert again.normalGeometry() == left
    assert again.tabs.currentWidget() is again.incidents
    again.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: _library_splitter(again).sizes() == sizes)
    again.close()


def test_a_maximised_window_opens_maximised(qtbot: QtBot, library_url: str) -> None:
    first = _main(qtbot, library_url)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    again = _main(qtbot, library_url)
    assert again.isMaximized()
    again.close()


def _board(
    qtbot: QtBot, windows: IncidentWindows, service: IncidentService, incident: int
) -> CommandBoard:
    board = windows.open_board(service, incident)
    qtbot.waitUntil(lambda: board.body is not None and not board.runner.busy, timeout=30_000)
    return board


def _columns(board: CommandBoard) -> QSplitter:
    assert board.body is not None
    splitter = board.body.findChild(QSplitter)
    assert isinstance(splitter, QSplitter)
    return splitter


def test_every_command_board_opens_with_the_layout_last_left(
    qtbot: QtBot, incidents: IncidentService, clock: FakeClock
) -> None:
    windows = IncidentWindows("en", ACTOR, clock)
    first, second = declare(incidents).id, declare(incidents, title="Second").id
    board = _board(qtbot, windows, incidents, first)
    board.setGeometry(QRect(30, 20, 1200, 760))
    qtbot.waitUntil(lambda: board.width() == 1200)
    _columns(board).setSizes([400, 780])
    sizes = _columns(board).sizes()
    board.close()
    qtbot.waitUntil(lambda: not windows.boards)  # deleted on close

    other = _board(qtbot, windows, incidents, second)  # another incident: the same layout
    assert other.normalGeometry() == QRect(30, 20, 1200, 760)
    assert _columns(other).sizes() == sizes  # built after the first read, restored then
    windows.close_all()


def test_the_checklist_keeps_its_size_and_the_task_detail_width(
    qtbot: QtBot, incidents: IncidentService, clock: FakeClock
) -> None:
    windows = IncidentWindows("en", ACTOR, clock)
    incident = declare(incidents).id

    def opened() -> ChecklistWindow:
        window = windows.open_checklist(incidents, incident, None)
        qtbot.waitUntil(lambda: window.panel.model is not None, timeout=30_000)
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
        return window

    window = opened()
    window.setGeometry(QRect(10, 10, 1000, 640))
    qtbot.waitUntil(lambda: window.width() == 1000)
    splitter = window.panel.findChild(QSplitter)
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([600, 380])
    sizes = splitter.sizes()
    window.close()
    qtbot.waitUntil(lambda: not windows.checklists)  # deleted on close
    again = opened()
    assert again.normalGeometry() == QRect(10, 10, 1000, 640)
    found = again.panel.findChild(QSplitter)
    assert isinstance(found, QSplitter)
    assert found.sizes() == sizes
    windows.close_all()


def _save(kind: str, document: object) -> None:
    saved = settings()
    saved.setValue(
        f"layout/{kind}", document if isinstance(document, str) else json.dumps(document)
    )
    saved.sync()


def test_a_layout_left_on_a_screen_that_is_gone_opens_centred_at_the_default_size(
    qtbot: QtBot,
) -> None:
    _save("probe", {"format": 1, "geometry": [5000, 4000, 900, 600], "maximized": False})
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not remember_layout(window, "probe", (600, 400)).restored_geometry
    window.show()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.size().toTuple() == (600, 400)
    assert abs(window.geometry().center().x() - screen.center().x()) <= 2
    assert abs(window.geometry().center().y() - screen.center().y()) <= 2


def test_a_board_whose_saved_place_is_off_every_screen_opens_at_its_default_size(
    qtbot: QtBot, incidents: IncidentService, clock: FakeClock
) -> None:
    _save("board", {"format": 1, "geometry": [-3000, 200, 1200, 760], "maximized": True})
    windows = IncidentWindows("en", ACTOR, clock)
    board = _board(qtbot, windows, incidents, declare(incidents).id)
    assert board.size().toTuple() == BOARD_SIZE
    assert not board.isMaximized()
    screens = QRect()
    for screen in QGuiApplication.screens():
        screens = screens.united(screen.availableGeometry())
    assert screens.contains(board.geometry().topLeft())
    windows.close_all()


@pytest.mark.parametrize(
    "document",
    [
        "{not json",
        {"format": 99, "geometry": [10, 10, 900, 600]},
        {"format": 1, "geometry": [10, 10, "wide", 600]},
        {"format": 1, "geometry": [10, 10, 90_000, 600]},
        {"format": 1, "parts": {"splitter#1": {"sizes": [1, 2, 3]}, "header#1": "junk"}},
        ["format", 1],
    ],
    ids=["not-json", "other-format", "not-a-number", "absurd", "parts-of-another-shape", "list"],
)
def test_a_damaged_or_old_value_is_ignored(qtbot: QtBot, document: object) -> None:
    _save("probe", document)
    window = QMainWindow()
    splitter = QSplitter()
    for _ in range(2):
        splitter.addWidget(QTableView())
    window.setCentralWidget(splitter)
    qtbot.addWidget(window)
    remember_layout(window, "probe", (500, 300))
    window.show()
    assert window.size().toTuple() == (500, 300)
    assert len(splitter.sizes()) == 2


def _table_window(qtbot: QtBot, columns: int = 3) -> tuple[QMainWindow, QHeaderView]:
    window = QMainWindow()
    view = QTableView()
    view.setObjectName("probeTable")
    model = QStandardItemModel(4, columns, view)
    view.setModel(model)
    view.setSortingEnabled(True)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    remember_layout(window, "probe", (500, 300))
    window.show()
    return window, header


def test_column_widths_order_and_sort_column_are_kept(qtbot: QtBot) -> None:
    window, header = _table_window(qtbot)
    header.resizeSection(1, 222)
    header.moveSection(0, 2)
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    window.close()

    _again, kept = _table_window(qtbot)
    assert kept.sectionSize(1) == 222
    assert [kept.logicalIndex(n) for n in range(3)] == [1, 2, 0]
    assert (kept.sortIndicatorSection(), kept.sortIndicatorOrder()) == (
        2,
        Qt.SortOrder.DescendingOrder,
    )
    assert kept.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive

    _window, changed = _table_window(qtbot, columns=4)  # the table changed since: as built
    assert [changed.logicalIndex(n) for n in range(4)] == [0, 1, 2, 3]


def test_the_layout_is_kept_in_the_users_settings_folder(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    remember_layout(window, "probe", (500, 300))
    window.show()
    window.close()
    where = Path(settings().fileName())
    assert where.is_relative_to(tmp_path), "tests keep it in the test's folder"
    assert "layout" in where.read_text(encoding="utf-8")
    # Where the application keeps it: the platform's settings, in the user's config folder
    # (which the test run points to a folder of its own).
    native = QSettings(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "CommandPost", "CommandPost"
    )
    assert Path(native.fileName()).is_relative_to(os.environ["XDG_CONFIG_HOME"])


def test_the_users_audit_and_shortcuts_dialogs_keep_their_size(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window("en")
    opened: dict[str, Callable[[], QWidget | None]] = {
        "users": window.account.open_users,
        "audit": window.account.open_audit,
        "shortcuts": lambda: open_shortcuts_help(window),
    }
    for name, open_dialog in opened.items():
        dialog = open_dialog()
        assert dialog is not None, name
        dialog.resize(720, 480)
        qtbot.waitUntil(lambda: dialog.width() == 720)  # noqa: B023 (waited for at once)
        dialog.close()
        again = open_dialog()
        assert again is not None and again is not dialog
        assert again.size().toTuple() == (720, 480), name
        again.close()
    window.close()
