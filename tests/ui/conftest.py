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
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commandpost.clock import Clock, utc_now
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.services.startup import install_shipped_plans, open_library
from commandpost.store.schema import open_database
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.i18n import install_cjk_font, install_translators, remove_translators
from commandpost.ui.main_window import MainWindow
from commandpost.ui.review_window import ReviewWindow
from ui.incident_helpers import BoardFactory, ChecklistFactory
from ui.review_helpers import ReviewFactory
from ui.ui_helpers import WindowFactory, wait_idle

ACTOR = "tester"


@pytest.fixture(autouse=True)
def _no_worker_left_running() -> Iterator[None]:
    """A test fails if it leaves a library worker thread or a timer running (a window that was
    not closed, or one that forgot to stop its refresh or clock)."""
    yield
    left = [t.name for t in threading.enumerate() if t.name.startswith("commandpost-work")]
    assert not left, f"worker threads left running: {left}"
    app = QApplication.instance()
    if isinstance(app, QApplication):
        running = {
            f"{type(w).__name__}/{t.objectName() or '?'}"
            for w in app.allWidgets()
            for t in w.findChildren(QTimer)
            if t.isActive() and t.objectName()
        }
        assert not running, f"timers left running: {sorted(running)}"


@pytest.fixture(autouse=True)
def _settings_of_this_test(tmp_path: Path) -> None:
    """What the window remembers (QSettings) goes to the test's folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


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


class FakeClock:
    """A clock the test moves by hand: shared by the service and the windows, never slept on."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    """Monday 1 June 2026, 09:00 in Beijing: a working day, inside the holiday calendar."""
    return FakeClock(datetime(2026, 6, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def plan_library(library_url: str, clock: FakeClock) -> Iterator[PlanLibrary]:
    """The plan library on the stocked SQLite copy, on the test's clock (its database is the
    one the incident and review services share)."""
    opened = open_library(library_url, clock)
    yield opened
    opened.close()


@pytest.fixture
def incidents(plan_library: PlanLibrary, clock: FakeClock) -> Iterator[IncidentService]:
    """The real incident service on the stocked SQLite copy, on the test's clock."""
    service = IncidentService(plan_library.database, clock)
    yield service
    service.dispose()


@pytest.fixture
def reviews(plan_library: PlanLibrary, clock: FakeClock) -> ReviewService:
    """The real review service on the same database and clock."""
    return ReviewService(plan_library.database, clock)


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
    remove_translators(qapp)
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def make_window(
    qtbot: QtBot, library_url: str, use_language: Callable[[str], None]
) -> WindowFactory:
    """Build the main window in a language, show it, and wait until the plans are listed.

    The reminder engine runs only when asked (``reminders=True``): elsewhere a pass on its own
    thread would record alerts (and escalation entries) while a test looks at an incident."""

    def make(
        lang: str = "en", now: datetime | Clock | None = None, reminders: bool = False
    ) -> MainWindow:
        use_language(lang)
        clock: Clock
        if now is None:
            clock = utc_now
        elif isinstance(now, datetime):
            clock = lambda: now  # noqa: E731
        else:
            clock = now
        window = MainWindow(
            lambda: open_library(library_url),
            library_url,
            lang,
            ACTOR,
            clock,
            reminders=reminders,
        )
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=30_000):
            window.start()
        wait_idle(qtbot, window)
        return window

    return make


@pytest.fixture
def make_board(
    qtbot: QtBot,
    incidents: IncidentService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> BoardFactory:
    """Open the command board of an incident in a language; its first board is on screen.

    The refresh timer is slow by default so that tests decide when the board re-reads (by
    calling the refresh slot); a test of the self-refresh passes a short ``refresh_ms``."""

    def make(incident_id: int, lang: str = "en", refresh_ms: int = 60_000) -> CommandBoard:
        use_language(lang)
        board = CommandBoard(incidents, incident_id, lang, ACTOR, clock, refresh_ms)
        qtbot.addWidget(board)
        board.resize(1500, 950)
        board.show()
        with qtbot.waitSignal(board.board_shown, timeout=30_000):
            board.start()
        qtbot.waitUntil(lambda: not board.runner.busy, timeout=30_000)
        return board

    return make


@pytest.fixture
def make_checklist(
    qtbot: QtBot,
    incidents: IncidentService,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> ChecklistFactory:
    """Open the department checklist of an incident and department, its tasks listed."""

    def make(
        incident_id: int | None,
        department: str | None = None,
        lang: str = "en",
        refresh_ms: int = 60_000,
    ) -> ChecklistWindow:
        use_language(lang)
        window = ChecklistWindow(incidents, lang, ACTOR, clock, incident_id, department, refresh_ms)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
            window.start()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
        return window

    return make


@pytest.fixture
def make_review(
    qtbot: QtBot,
    reviews: ReviewService,
    plan_library: PlanLibrary,
    clock: FakeClock,
    use_language: Callable[[str], None],
) -> ReviewFactory:
    """Open the review window of a closed incident in a language; its first read on screen."""

    def make(incident_id: int, lang: str = "en", refresh_ms: int = 60_000) -> ReviewWindow:
        use_language(lang)
        window = ReviewWindow(reviews, plan_library, incident_id, lang, ACTOR, clock, refresh_ms)
        qtbot.addWidget(window)
        window.resize(1500, 950)
        window.show()
        with qtbot.waitSignal(window.review_shown, timeout=30_000):
            window.start()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
        return window

    return make
