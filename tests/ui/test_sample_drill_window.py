"""The sample drill window: started as a process of its own with the right command line, it opens
practice data rebuilt in the user data folder, marks every window with a banner, acts as the
sample command lead without a password, and never opens the real database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot

from commandpost import main as program
from commandpost.cli import build_parser
from commandpost.paths import DATABASE_FILE, default_database_url, user_data_dir
from commandpost.services.sample import sample_path
from commandpost.services.startup import open_library
from commandpost.ui import app, sample_drill
from commandpost.ui.main_window import MainWindow
from commandpost.ui.sample_drill import BANNER_NAME, open_sample_window, sample_argv

from .ui_helpers import wait_idle


def test_the_command_line_of_the_sample_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert sample_argv("zh") == [sys.executable, "-m", "commandpost", "--sample", "--lang", "zh"]
    args = build_parser().parse_args(sample_argv("en")[3:])
    assert args.sample and args.lang == "en" and getattr(args, "handler", None) is None
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/CommandPost/CommandPost")
    assert sample_argv("en") == ["/opt/CommandPost/CommandPost", "--sample", "--lang", "en"]


def test_the_program_opens_the_sample_window_and_not_the_sign_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str | None] = []

    def run_sample_window(lang: str | None) -> int:
        opened.append(lang)
        return 0

    monkeypatch.setattr(sample_drill, "run_sample_window", run_sample_window)
    monkeypatch.setattr(app, "run_window", lambda *a, **k: pytest.fail("the real window"))
    assert program.main(["--sample", "--lang", "zh"]) == 0
    assert opened == ["zh"]


def _banner(window: object) -> str:
    bar = window.findChild(QToolBar, BANNER_NAME)  # type: ignore[attr-defined]
    assert isinstance(bar, QToolBar) and bar.isVisible()
    label = bar.findChild(QLabel)
    assert isinstance(label, QLabel)
    return label.text()


@pytest.fixture
def sample_window(
    qtbot: QtBot, config_home: Path, use_language: Callable[[str], None]
) -> Callable[[str], MainWindow]:
    def make(lang: str) -> MainWindow:
        use_language(lang)
        window = open_sample_window(lang, reminders=False)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.desk.incidents is not None, timeout=60_000)
        wait_idle(qtbot, window)
        incidents = window.incidents
        qtbot.waitUntil(lambda: incidents.incident_model.rowCount() == 1, timeout=30_000)
        return window

    return make


def test_the_sample_never_touches_the_real_database(
    qtbot: QtBot, sample_window: Callable[[str], MainWindow]
) -> None:
    real_url = default_database_url()
    open_library(real_url).close()
    real = user_data_dir() / DATABASE_FILE
    before = (real.read_bytes(), real.stat().st_mtime_ns)
    folder = {p.name for p in real.parent.iterdir()}

    window = sample_window("en")
    assert window.database_label.text().endswith("sample.sqlite")
    window.incidents.incident_view.selectRow(0)
    board = window.incidents.open_selected_board()
    assert board is not None
    qtbot.waitUntil(lambda: board.body is not None and not board.runner.busy, timeout=30_000)
    assert board.board is not None and board.board.incident.is_drill
    window.close()

    assert (real.read_bytes(), real.stat().st_mtime_ns) == before
    new = {p.name for p in real.parent.iterdir()} - folder
    assert sample_path().name in new
    assert not any(name.startswith(DATABASE_FILE) for name in new), "no journal of the real one"


def test_every_window_carries_the_banner_and_acts_as_the_sample_lead(
    qtbot: QtBot, sample_window: Callable[[str], MainWindow]
) -> None:
    window = sample_window("zh")
    assert _banner(window) == "演练示例——练习数据，不是真实事件"
    assert window.identity.username == "王敏"
    assert window.tabs.currentWidget() is window.incidents, "the drill first"
    for name in sample_drill.HIDDEN_IN_SAMPLE:
        assert not window.menu_actions[name].isVisible()
    window.incidents.incident_view.selectRow(0)
    board = window.incidents.open_selected_board()
    checklist = window.incidents.open_checklist()
    assert board is not None and checklist is not None
    qtbot.waitUntil(lambda: board.body is not None and not board.runner.busy, timeout=30_000)
    assert _banner(board) == "演练示例——练习数据，不是真实事件"
    assert _banner(checklist) == "演练示例——练习数据，不是真实事件"
    assert board.board_actions["raise"].isEnabled(), "the lead may command the drill"
    window.close()
