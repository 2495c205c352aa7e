"""Opening a plan file with CommandPost (a double-click, "Open with", ``CommandPost plan.yaml``):
after the sign-in the window offers to import it; a bad file is reported by file, line and field;
a role that may not import is told so; ``--check-start`` starts and quits."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from commandpost.access import Identity, Role
from commandpost.cli import build_parser
from commandpost.main import plan_file_argument
from commandpost.services.startup import open_library
from commandpost.ui.app import run_window
from commandpost.ui.dialogs import ProblemsDialog
from commandpost.ui.main_window import MainWindow
from commandpost.ui.plan_file_offer import offer_import
from ui.ui_helpers import find_open, selected, wait_idle

DATA = Path(__file__).resolve().parents[1] / "data"


def started(
    qtbot: QtBot, url: str, plan_file: Path, identity: Identity | None = None
) -> MainWindow:
    """A main window told of ``plan_file`` before it lists the library, as after a sign-in."""
    window = MainWindow(lambda: open_library(url), url, "en", "tester", identity=identity)
    qtbot.addWidget(window)
    window.show()
    offer_import(window, str(plan_file))
    window.start()
    return window


def offer(qtbot: QtBot) -> QMessageBox:
    return find_open(qtbot, QMessageBox, "planFileOffer")


def button(box: QMessageBox, text: str) -> QPushButton:
    found = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert found, [b.text() for b in box.findChildren(QPushButton)]
    return found[0]


@pytest.fixture
def english(use_language: Callable[[str], None]) -> None:
    use_language("en")


def test_a_plan_file_is_offered_once_the_library_is_listed_and_imported_as_a_draft(
    qtbot: QtBot, library_url: str, english: None
) -> None:
    window = started(qtbot, library_url, DATA / "minimal.yaml")
    box = offer(qtbot)
    assert window.panel.plan_model.rowCount() == 5  # asked with the library on screen
    assert box.text() == (
        "Import the plan file minimal.yaml into the plan library as a new draft version?"
    )
    assert box.informativeText() == str(DATA / "minimal.yaml")
    QTest.mouseClick(button(box, "Import"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selected(window).plan_id == "minimal-plan", timeout=30_000)
    wait_idle(qtbot, window)
    assert selected(window).status == "draft"
    stored = {p.plan_id: p.current.status for p in open_library(library_url).list_plans()}
    assert stored["minimal-plan"] == "draft"
    window.close()


def test_cancelling_the_offer_imports_nothing(
    qtbot: QtBot, library_url: str, english: None
) -> None:
    window = started(qtbot, library_url, DATA / "minimal.yaml")
    box = offer(qtbot)
    QTest.mouseClick(button(box, "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    wait_idle(qtbot, window)
    assert "minimal-plan" not in [p.plan_id for p in open_library(library_url).list_plans()]
    window.library_loaded.emit()  # a later reload of the list asks nothing again
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "planFileOffer"]
    window.close()


def test_a_bad_plan_file_is_reported_by_file_line_and_field(
    qtbot: QtBot, library_url: str, tmp_path: Path, english: None
) -> None:
    bad = tmp_path / "bad.yaml"
    text = (DATA / "minimal.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("department: technical_support", "department: sales"), "utf-8")
    window = started(qtbot, library_url, bad)
    QTest.mouseClick(button(offer(qtbot), "Import"), Qt.MouseButton.LeftButton)
    problems = find_open(qtbot, ProblemsDialog).problems.toPlainText()
    assert re.search(r"bad\.yaml:\d+: tasks\[1\]\.department: unknown department 'sales'", problems)
    wait_idle(qtbot, window)
    assert "minimal-plan" not in [p.plan_id for p in open_library(library_url).list_plans()]
    window.close()


def test_a_role_that_may_not_import_plans_is_told_so_instead(
    qtbot: QtBot, library_url: str, english: None
) -> None:
    observer = Identity("zhao", frozenset({Role.OBSERVER}), frozenset(), "赵六")
    window = started(qtbot, library_url, DATA / "minimal.yaml", observer)
    box = offer(qtbot)
    assert box.text() == "minimal.yaml was not imported: your role does not allow importing plans."
    assert [b.text() for b in box.findChildren(QPushButton)] == ["Close"]
    box.done(0)
    window.close()


@pytest.mark.parametrize(
    ("argv", "plan_file", "rest"),
    [
        (["plan.yaml"], "plan.yaml", []),
        (["--lang", "zh", "C:/预案/Plan.YML"], "C:/预案/Plan.YML", ["--lang", "zh"]),
        (["--db", "sqlite:///x.yaml"], None, ["--db", "sqlite:///x.yaml"]),
        (["plans", "validate", "plan.yaml"], None, ["plans", "validate", "plan.yaml"]),
        (["--check-start"], None, ["--check-start"]),
        (["nonsense"], None, ["nonsense"]),  # no file: argparse says it is no command
    ],
)
def test_the_plan_file_is_the_first_argument_that_is_no_command(
    argv: list[str], plan_file: str | None, rest: list[str]
) -> None:
    assert plan_file_argument(build_parser(), argv) == (plan_file, rest)


def test_check_start_quits_with_0_once_the_sign_in_is_ready(tmp_path: Path) -> None:
    assert run_window(f"sqlite:///{tmp_path}/new.sqlite3", "en", check_start=True) == 0
    assert open_library(f"sqlite:///{tmp_path}/new.sqlite3").list_plans()  # it was opened


def test_check_start_says_why_it_cannot_start_and_quits_with_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    assert run_window(f"sqlite:///{blocker}/t.sqlite3", "en", check_start=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("CommandPost cannot start: ") and "Cannot open the database" in err
    assert "Traceback" not in err
