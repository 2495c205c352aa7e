"""Starting the window: language choice, a database that cannot be opened, unexpected errors."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.startup import open_library
from commandpost.ui.app import run_window
from commandpost.ui.errors import make_excepthook
from commandpost.ui.i18n import choose_language
from commandpost.ui.main_window import MainWindow
from commandpost.ui.words import masked_url
from ui.ui_helpers import find_open


@pytest.mark.parametrize(
    ("requested", "system", "chosen"),
    [
        ("en", "zh_CN", "en"),
        ("zh", "en_US", "zh"),
        (None, "zh_CN", "zh"),
        (None, "zh_TW", "zh"),
        (None, "zh_HK", "zh"),
        (None, "de_DE", "en"),
        (None, "en_GB", "en"),
    ],
)
def test_language_is_asked_for_or_follows_the_system(
    requested: str | None, system: str, chosen: str
) -> None:
    assert choose_language(requested, QLocale(system)) == chosen


def test_sqlite_path_is_shown_whole_and_passwords_never() -> None:
    assert masked_url("sqlite:////var/lib/cp/t.sqlite3") == "sqlite:////var/lib/cp/t.sqlite3"
    assert masked_url("postgresql://u:pw@h/db") == "postgresql://u:***@h/db"


def test_a_database_that_cannot_be_opened_is_reported_in_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    url = f"sqlite:///{blocker}/t.sqlite3"
    window = MainWindow(lambda: open_library(url), url, "en", "tester")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.open_failed, timeout=30_000) as failed:
        window.start()
    message = failed.args[0]
    assert "Cannot open the database" in message and "Traceback" not in message
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert not window.menu_actions["import"].isEnabled()


def test_run_window_shows_the_storage_error_and_exits_with_1(
    qapp: QApplication, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    seen: list[str] = []

    def close_the_box() -> None:  # polls for the box while run_window's event loop runs
        boxes = [
            w for w in qapp.topLevelWidgets() if w.objectName() == "fatalBox" and w.isVisible()
        ]
        if boxes:
            assert isinstance(boxes[0], QMessageBox)
            seen.append(boxes[0].text())
            boxes[0].done(0)
        else:
            QTimer.singleShot(20, close_the_box)

    QTimer.singleShot(0, close_the_box)
    hook_before = sys.excepthook
    assert run_window(f"sqlite:///{blocker}/t.sqlite3", "en", "tester") == 1
    assert sys.excepthook is hook_before
    assert seen and "Cannot open the database" in seen[0]
    assert "Traceback" not in seen[0]


def test_unexpected_error_is_logged_and_shown_as_one_sentence(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    hook = make_excepthook(tmp_path / "commandpost.log", parent=lambda: window)
    try:
        raise ValueError("the widget went away")
    except ValueError as error:
        with caplog.at_level(logging.ERROR, logger="commandpost"):
            hook(type(error), error, error.__traceback__)
    box = find_open(qtbot, QMessageBox, "messageBox")
    assert box.text().startswith("Something went wrong: the widget went away")
    assert str(tmp_path / "commandpost.log") in box.text()
    assert "Traceback" not in box.text()
    assert caplog.records[-1].exc_info is not None
    box.done(0)
