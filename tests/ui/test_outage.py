"""The window through a database outage: a banner that says since when, the last state kept on
screen, the change under way held and saved when the server is back, a change asked for during
the outage refused at once, waiting changes discarded on request. On a real PostgreSQL server
that is stopped and started again, and on an SQLite file that is moved away and back.

Time: the probe's backoff is made short; every wait is a condition (``waitUntil``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.incident_records import TaskInfo
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.startup import open_library
from commandpost.store.schema import open_database
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.main_window import MainWindow
from commandpost.ui.outage import ConnectionWatch, clock_label
from commandpost.ui.outage_banner import OutageBanner
from head_templates import HeadTemplates
from incident_support import PLAN_ID, FakeClock, incident_plan
from pgcluster import PostgresCluster
from ui.incident_helpers import ACTOR
from ui.ui_helpers import wait_idle

OUTAGE_AT = datetime(2026, 6, 1, 6, 2, tzinfo=UTC)
FAST = (0.05, 0.1)
"""The probe's backoff in these tests, in seconds (1, 2, 5, 10 in the window)."""


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster, head_templates: HeadTemplates) -> Iterator[str]:
    """A database on the test cluster with the incident test plan approved."""
    name = pg_cluster.create_database(head_templates.postgresql(pg_cluster))
    url = pg_cluster.url(name)
    database = open_database(url)
    library = PlanLibrary(database)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    database.dispose()
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def desktop_b(pg_url: str) -> Iterator[IncidentService]:
    """Another desktop on the same database, to declare and to read back."""
    service = IncidentService(open_database(pg_url), FakeClock(OUTAGE_AT))
    yield service
    service.dispose()


WindowOn = Callable[..., MainWindow]


@pytest.fixture
def window_on(qtbot: QtBot, use_language: Callable[[str], None]) -> WindowOn:
    """The main window on a database, its library open and its connection watched."""

    def make(url: str, lang: str = "en", reminders: bool = False) -> MainWindow:
        use_language(lang)
        clock = FakeClock(OUTAGE_AT)
        window = MainWindow(
            lambda: open_library(url, clock), url, lang, ACTOR, clock, reminders=reminders
        )
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=30_000):
            window.start()
        qtbot.waitUntil(lambda: window.connection is not None, timeout=10_000)
        assert window.connection is not None
        window.connection.backoff = FAST
        window.connection.grace_s = 0.05
        wait_idle(qtbot, window)
        return window

    return make


def watch_of(window: MainWindow) -> ConnectionWatch:
    assert window.connection is not None
    return window.connection


def banner_of(window: MainWindow) -> OutageBanner:
    assert window.outage_banner is not None
    return window.outage_banner


def open_tasks(window: ChecklistWindow) -> list[TaskInfo]:
    model = window.panel.model
    assert model is not None
    return [t for t in model.rows() if t.status == "open"]


def shown_status(window: ChecklistWindow, task_id: int) -> str:
    model = window.panel.model
    assert model is not None
    listed = [t.status for t in model.rows() if t.id == task_id]
    return listed[0] if listed else "no longer listed"  # done tasks may be folded away


def message_boxes(owner: QWidget) -> list[QMessageBox]:
    return [b for b in owner.findChildren(QMessageBox) if b.isVisible()]


def open_checklist(qtbot: QtBot, window: MainWindow, incident_id: int) -> ChecklistWindow:
    checklist = window.incidents.open_checklist(incident_id)
    assert checklist is not None
    qtbot.waitUntil(lambda: bool(checklist.panel.model and open_tasks(checklist)), timeout=30_000)
    qtbot.waitUntil(lambda: not checklist.runner.busy, timeout=30_000)
    return checklist


def test_a_change_under_way_when_the_server_goes_is_held_and_saved_when_it_returns(
    qtbot: QtBot,
    pg_cluster: PostgresCluster,
    pg_url: str,
    desktop_b: IncidentService,
    window_on: WindowOn,
) -> None:
    incident = desktop_b.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    window = window_on(pg_url)
    checklist = open_checklist(qtbot, window, incident.id)
    first, second = open_tasks(checklist)[:2]
    listed_before = window.incidents.incident_view.model().rowCount()
    banner = banner_of(window)
    assert not banner.isVisible()

    wait_idle(qtbot, window)  # nothing in flight: the tick is the first to meet the outage
    pg_cluster.stop_server()
    try:
        checklist.tick_task(first)
        qtbot.waitUntil(lambda: watch_of(window).held_count == 1, timeout=15_000)
        qtbot.waitUntil(banner.isVisible, timeout=5_000)
        since = clock_label(OUTAGE_AT, OUTAGE_AT)
        assert banner.text.text().startswith(
            f"The database cannot be reached since {since}. Showing the state as of then; "
            "changes are paused."
        )
        assert banner.held.text() == "Changes waiting to be saved: 1"
        assert banner.discard_button.isVisible()
        assert not message_boxes(checklist)  # held, not failed

        started = time.monotonic()
        checklist.tick_task(second)
        qtbot.waitUntil(lambda: bool(message_boxes(checklist)), timeout=5_000)
        assert time.monotonic() - started < 2  # refused at once, no connection attempted
        (refusal,) = message_boxes(checklist)
        assert refusal.text() == (
            f"Not saved: the database cannot be reached (since {since}). CommandPost keeps "
            "retrying; try again when the connection is back."
        )
        refusal.close()
        assert watch_of(window).held_count == 1
        # The views keep what they showed; background reads raise no boxes.
        assert window.incidents.incident_view.model().rowCount() == listed_before
        assert shown_status(checklist, first.id) == "open"
        assert not message_boxes(window)
    finally:
        pg_cluster.start_server()

    qtbot.waitUntil(lambda: "Connection restored at" in banner.text.text(), timeout=15_000)
    assert not banner.held.isVisible()
    qtbot.waitUntil(
        lambda: desktop_b.find_task(incident.id, first.key).status == "done",
        timeout=15_000,
    )
    assert desktop_b.find_task(incident.id, second.key).status == "open"  # refused stays refused
    qtbot.waitUntil(lambda: shown_status(checklist, first.id) != "open", timeout=15_000)
    assert not message_boxes(checklist)
    checklist.close()


def test_a_waiting_change_is_discarded_after_confirmation(
    qtbot: QtBot,
    pg_cluster: PostgresCluster,
    pg_url: str,
    desktop_b: IncidentService,
    window_on: WindowOn,
) -> None:
    incident = desktop_b.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    window = window_on(pg_url)
    checklist = open_checklist(qtbot, window, incident.id)
    first = open_tasks(checklist)[0]
    banner = banner_of(window)
    wait_idle(qtbot, window)
    pg_cluster.stop_server()
    try:
        checklist.tick_task(first)
        qtbot.waitUntil(lambda: watch_of(window).held_count == 1, timeout=15_000)
        box = banner.ask_discard()
        assert box is not None
        assert "Changes waiting to be saved: 1. Discard them?" in box.text()
        box.reject()  # Cancel: nothing happens
        assert watch_of(window).held_count == 1
        box = banner.ask_discard()
        assert box is not None
        discard = next(
            b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Discard"
        )
        discard.click()
        qtbot.waitUntil(lambda: watch_of(window).held_count == 0, timeout=5_000)
        assert not banner.held.isVisible()
        (told,) = message_boxes(checklist)
        assert told.text().startswith("Not saved: the change was discarded")
        told.close()
    finally:
        pg_cluster.start_server()
    qtbot.waitUntil(lambda: watch_of(window).since is None, timeout=15_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not checklist.runner.busy, timeout=15_000)
    assert desktop_b.find_task(incident.id, first.key).status == "open"
    checklist.close()


def test_a_held_change_that_meets_a_conflict_when_re_run_is_reported_as_a_conflict(
    qtbot: QtBot,
    pg_cluster: PostgresCluster,
    pg_url: str,
    desktop_b: IncidentService,
    window_on: WindowOn,
) -> None:
    from commandpost.store.probe import probe as real_probe

    incident = desktop_b.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    window = window_on(pg_url)
    watch = watch_of(window)
    allowed = False

    def probe(url: str) -> None:
        if not allowed:
            raise OSError("held back by the test")
        real_probe(url)

    watch.probe = probe
    checklist = open_checklist(qtbot, window, incident.id)
    first = open_tasks(checklist)[0]
    wait_idle(qtbot, window)
    pg_cluster.stop_server()
    try:
        checklist.tick_task(first)
        qtbot.waitUntil(lambda: watch.held_count == 1, timeout=15_000)
    finally:
        pg_cluster.start_server()
    desktop_b.tick(first.id, "lead")  # another desktop got there first, once the server was back
    allowed = True
    watch.retry_now()
    qtbot.waitUntil(lambda: bool(message_boxes(checklist)), timeout=15_000)
    (conflict,) = message_boxes(checklist)
    assert "was ticked by lead" in conflict.text()  # the usual conflict sentence
    assert "cannot be reached" not in conflict.text()
    conflict.close()
    assert watch.held_count == 0
    qtbot.waitUntil(lambda: not checklist.runner.busy, timeout=15_000)
    checklist.close()


def test_an_sqlite_file_moved_away_raises_the_banner_and_its_return_ends_it(
    qtbot: QtBot, library_url: str, window_on: WindowOn
) -> None:
    window = window_on(library_url, reminders=True)
    watch, banner = watch_of(window), banner_of(window)
    live = window.desk.live
    assert live is not None
    qtbot.waitUntil(lambda: live.working, timeout=10_000)
    qtbot.waitUntil(lambda: window.desk.bridge is not None, timeout=10_000)
    path = Path(library_url.removeprefix("sqlite:///"))
    away = path.with_name("moved.sqlite3")
    listed = window.panel.plan_model.rowCount()

    path.rename(away)
    try:
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert watch.since is not None
        assert "The database cannot be reached since" in banner.message()
        assert not banner.held.isVisible()  # nothing was being changed
        window.refresh_all()  # F5 and the deadline checks during the outage: no boxes
        wait_idle(qtbot, window)
        assert window.panel.plan_model.rowCount() == listed
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert not message_boxes(window)
        assert not path.exists()  # nothing made an empty database in its place
    finally:
        away.rename(path)
    qtbot.waitUntil(lambda: "Connection restored at" in banner.text.text(), timeout=10_000)
    wait_idle(qtbot, window)
    window.refresh()
    wait_idle(qtbot, window)
    assert window.panel.plan_model.rowCount() == listed
    assert not message_boxes(window)


class FakeProbe:
    """Answers as told: ``down`` raises as an unreachable server would."""

    def __init__(self) -> None:
        self.down = True
        self.calls = 0

    def __call__(self, _url: str) -> None:
        self.calls += 1
        if self.down:
            raise OSError("nothing answered")


@pytest.fixture
def watched(
    qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[ConnectionWatch, OutageBanner, FakeProbe]]:
    """A watch on an SQLite database with a probe the test controls, and its banner."""
    database = open_database(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    probe = FakeProbe()
    watch = ConnectionWatch(
        database, FakeClock(OUTAGE_AT), backoff=(600.0,), grace_s=0.01, probe=probe
    )
    banner = OutageBanner(watch)
    qtbot.addWidget(banner)
    yield watch, banner, probe
    watch.close()
    database.dispose()


def test_retry_now_probes_at_once_and_the_banner_counts_down(
    qtbot: QtBot, watched: tuple[ConnectionWatch, OutageBanner, FakeProbe]
) -> None:
    watch, banner, probe = watched
    assert watch.database.availability.lose()
    qtbot.waitUntil(banner.isVisible, timeout=5_000)
    assert "Retrying in 600 s…" in banner.text.text()
    assert probe.calls == 0
    banner.retry_button.click()
    qtbot.waitUntil(lambda: probe.calls == 1 and not watch.probing, timeout=5_000)
    qtbot.waitUntil(lambda: "Retrying in 600 s…" in banner.text.text(), timeout=5_000)
    assert watch.since is not None  # still down
    probe.down = False
    banner.retry_button.click()
    qtbot.waitUntil(lambda: watch.since is None, timeout=5_000)
    assert banner.text.text().startswith("Connection restored at ")
    assert not banner.retry_button.isVisible()


def test_a_lost_listener_raises_the_banner_only_if_the_probe_fails_too(
    qtbot: QtBot, watched: tuple[ConnectionWatch, OutageBanner, FakeProbe]
) -> None:
    from commandpost.ui.live import LiveSync

    watch, banner, probe = watched
    live = LiveSync(None)
    watch.follow(live)
    probe.down = False
    live.working_changed.emit(False)  # a quick server restart: the probe gets through
    qtbot.waitUntil(lambda: probe.calls == 1, timeout=5_000)
    qtbot.waitUntil(lambda: not watch.probing, timeout=5_000)
    assert watch.since is None
    assert not banner.isVisible()
    probe.down = True
    live.working_changed.emit(False)  # the server stays away
    qtbot.waitUntil(lambda: watch.since is not None, timeout=5_000)
    assert watch.since == OUTAGE_AT
    assert banner.isVisible()
