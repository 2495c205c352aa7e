"""The plan list as last seen shows at once on the next start, and nothing can be done with it
until the database answers."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import open_library
from commandpost.ui.library_snapshot import load_snapshot, save_snapshot, snapshot_path
from commandpost.ui.main_window import MainWindow

from .ui_helpers import wait_idle


def _window(qtbot: QtBot, url: str, snapshot: Path, gate: threading.Event) -> MainWindow:
    def open_when_allowed() -> PlanLibrary:
        assert gate.wait(30), "the test never let the database open"
        return open_library(url)

    window = MainWindow(open_when_allowed, url, "en", "tester", snapshot=snapshot)
    qtbot.addWidget(window)
    window.show()
    return window


def test_second_start_lists_the_plans_before_the_database_opens(
    qtbot: QtBot, library_url: str, tmp_path: Path
) -> None:
    snapshot = snapshot_path(tmp_path / "cache", library_url)
    opened = threading.Event()
    opened.set()
    first = _window(qtbot, library_url, snapshot, opened)
    with qtbot.waitSignal(first.library_loaded, timeout=30_000):
        first.start()
    wait_idle(qtbot, first)
    first.close()
    assert snapshot.exists()

    gate = threading.Event()
    second = _window(qtbot, library_url, snapshot, gate)
    with qtbot.waitSignal(second.snapshot_shown, timeout=5_000):
        second.start()
    assert second.panel.plan_model.rowCount() == 5
    assert "last seen" in second.panel.status.text()
    assert not second.menu_actions["retire"].isEnabled(), "no action on the strength of a cache"
    assert not second.menu_actions["import"].isEnabled()

    with qtbot.waitSignal(second.library_loaded, timeout=30_000):
        gate.set()
    wait_idle(qtbot, second)
    assert second.menu_actions["retire"].isEnabled()
    assert second.panel.status.isHidden()
    second.close()


def test_a_damaged_or_foreign_snapshot_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "plans.json"
    for content in ("{not json", '{"format": 99, "plans": []}', '{"format": 1, "plans": [{}]}'):
        path.write_text(content, encoding="utf-8")
        assert load_snapshot(path) is None
    assert load_snapshot(tmp_path / "missing.json") is None


def test_snapshot_round_trip_keeps_every_field(library: PlanLibrary, tmp_path: Path) -> None:

    rows = [p for p in library.list_plans()]
    path = snapshot_path(tmp_path, "sqlite:///x")
    save_snapshot(path, rows)
    assert load_snapshot(path) == rows
    library.close()
