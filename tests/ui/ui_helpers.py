"""Small helpers for driving the window in tests (no fixed sleeps: every wait is a condition)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from commandpost.plan.model import Plan
from commandpost.services.plan_records import VersionDetail, VersionInfo
from commandpost.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)
WindowFactory = Callable[..., MainWindow]
"""``make_window(lang="en", now=None, reminders=False)``: the main window shown, its plans
listed."""


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Until every library call asked for so far has been answered."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)


def select_plan(qtbot: QtBot, window: MainWindow, plan_id: str, version: int | None = None) -> Plan:
    """Select a plan (version) in the library panel and wait until the viewer shows it."""
    assert window.panel.select(plan_id, version)

    def shown() -> bool:
        detail = window.viewer.detail
        return (
            detail is not None
            and detail.info.plan_id == plan_id
            and (version is None or detail.info.version == version)
        )

    qtbot.waitUntil(shown, timeout=30_000)
    wait_idle(qtbot, window)
    assert window.viewer.detail is not None
    return window.viewer.detail.plan


def find_open(qtbot: QtBot, kind: type[W], name: str | None = None) -> W:
    """Wait for a visible top-level (or window-modal) widget of ``kind`` and return it."""
    found: list[W] = []

    def visible() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=10_000)
    return found[0]


def selected(window: MainWindow) -> VersionInfo:
    """The version selected in the library panel (the test expects one)."""
    row = window.panel.selected_version()
    assert row is not None
    return row


def shown(window: MainWindow) -> VersionDetail:
    """The version the viewer shows (the test expects one)."""
    detail = window.viewer.detail
    assert detail is not None
    return detail


def column_texts(window: MainWindow, column: int) -> list[str]:
    """A column of the task tree, for every task listed."""
    tree = window.viewer.tasks.tree
    texts = []
    for d in range(tree.topLevelItemCount()):
        department = tree.topLevelItem(d)
        assert department is not None
        for t in range(department.childCount()):
            item = department.child(t)
            assert item is not None
            texts.append(item.text(column))
    return texts
