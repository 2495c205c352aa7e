"""Help → Export diagnostics…: the save dialog proposes a dated name in the home folder, the
archive is written off the GUI thread, and the user is told where it is."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from commandpost.diagnostics import default_log_dir
from commandpost.store.schema import HEAD_REVISION
from ui.ui_helpers import WindowFactory, find_open


def test_the_help_menu_exports_diagnostics_where_the_user_chooses(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    default_log_dir().mkdir(parents=True)
    (default_log_dir() / "commandpost.log").write_text("the window opened\n", encoding="utf-8")
    window = make_window("en")
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert isinstance(help_menu, QMenu)
    assert window.menu_actions["diagnostics"] in help_menu.actions()

    window.menu_actions["diagnostics"].trigger()
    chooser = find_open(qtbot, QFileDialog, "diagnosticsDialog")
    proposed = Path(chooser.selectedFiles()[0])
    assert proposed.parent == Path.home()
    assert re.fullmatch(r"commandpost-diagnostics-\d{8}-\d{4}\.zip", proposed.name)
    out = tmp_path / "for-support.zip"
    chooser.selectFile(str(out))
    chooser.accept()

    told = find_open(qtbot, QMessageBox, "diagnosticsSaved")
    assert str(out) in told.text()
    with zipfile.ZipFile(out) as archive:
        summary = json.loads(archive.read("summary.json"))
        assert archive.read("logs/commandpost.log") == b"the window opened\n"
    assert summary["database"]["schema"] == HEAD_REVISION
    told.accept()
