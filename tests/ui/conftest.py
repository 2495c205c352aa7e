"""Fixtures for the window: a real SQLite library stocked with the shipped plans, real widgets.

The top-level conftest sets QT_QPA_PLATFORM=offscreen before Qt starts. Translators are installed
per test and removed afterwards, so a Chinese test never leaks into an English one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import install_shipped_plans, open_library
from commandpost.store.schema import open_database
from commandpost.ui.i18n import install_cjk_font, install_translators
from commandpost.ui.main_window import MainWindow
from ui.ui_helpers import WindowFactory, wait_idle

ACTOR = "tester"


@pytest.fixture(autouse=True)
def _no_worker_left_running() -> Iterator[None]:
    """A test fails if it leaves a library worker thread running (the window was not closed)."""
    yield
    left = [t.name for t in threading.enumerate() if t.name.startswith("commandpost-work")]
    assert not left, f"worker threads left running: {left}"


@pytest.fixture(scope="session")
def stocked_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library stocked with the shipped plans once per run (importing them takes ~2 s)."""
    path = tmp_path_factory.mktemp("stocked") / "t.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        install_shipped_plans(PlanLibrary(database))
    finally:
        database.dispose()  # closes the last connection, so the WAL is folded into the file
    return path


@pytest.fixture
def library_url(tmp_path: Path, stocked_file: Path) -> str:
    """A fresh copy of the stocked library: what ``open_library`` makes of a new file."""
    shutil.copyfile(stocked_file, tmp_path / "t.sqlite3")
    return f"sqlite:///{tmp_path}/t.sqlite3"


@pytest.fixture
def library(library_url: str) -> PlanLibrary:
    """The library on a new SQLite file, stocked with the shipped plans (all approved)."""
    return open_library(library_url)


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the application to a language for this test (our and Qt's translators)."""
    installed = []
    install_cjk_font(qapp)

    def use(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def make_window(
    qtbot: QtBot, library_url: str, use_language: Callable[[str], None]
) -> WindowFactory:
    """Build the main window in a language, show it, and wait until the plans are listed."""

    def make(lang: str = "en", now: datetime | None = None) -> MainWindow:
        use_language(lang)
        clock = (lambda: now) if now is not None else (lambda: datetime.now(UTC))
        window = MainWindow(lambda: open_library(library_url), library_url, lang, ACTOR, clock)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=30_000):
            window.start()
        wait_idle(qtbot, window)
        return window

    return make
