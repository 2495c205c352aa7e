"""A malformed plan file imported in the Chinese window: its problems read in Chinese."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from commandpost.plan.loader import PlanFileError, load_plan_text
from commandpost.ui.dialogs import ProblemsDialog
from ui.ui_helpers import WindowFactory, find_open, wait_idle

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "minimal.yaml"


def test_a_malformed_plan_file_is_explained_in_chinese(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window("zh")
    bad = tmp_path / "坏预案.yaml"
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "department: technical_support", "department: sales"
    )
    bad.write_text(text, "utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "department: sales" in row)

    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    chooser = find_open(qtbot, QFileDialog, "importDialog")
    chooser.selectFile(str(bad))
    chooser.accept()

    dialog = find_open(qtbot, ProblemsDialog)
    shown = dialog.problems.toPlainText()
    assert f"预案文件 {bad} 第 {line} 行，字段 tasks[1].department：未知的部门 'sales'" in shown
    assert "expected" not in shown and "unknown" not in shown, shown
    wait_idle(qtbot, window)
    dialog.reject()


def test_the_command_line_still_reads_the_english_line() -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "department: technical_support", "department: sales"
    )
    try:
        load_plan_text(text, "bad.yaml")
    except PlanFileError as error:
        assert str(error.problems[0]).startswith("bad.yaml:")
        assert "tasks[1].department: unknown department 'sales'; expected one of " in str(error)
        assert str(error.message) == str(error)
    else:
        raise AssertionError("the malformed plan was accepted")
