"""Two desktops on one PostgreSQL database: what one commits reaches the other's open window by
itself, at once (long before any timer), and a lost listener falls back to the timer."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from commandpost.services.incident_records import TaskInfo
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from commandpost.store.models import StoredPlan
from commandpost.store.schema import open_database
from commandpost.ui.board_window import CommandBoard
from commandpost.ui.checklist_window import ChecklistWindow
from commandpost.ui.live import SAFETY_MS, LiveSync, follow, touches, touches_incident
from head_templates import HeadTemplates
from incident_support import PLAN_ID, START, FakeClock, incident_plan
from pgcluster import PostgresCluster
from ui.incident_helpers import ACTOR

SLOW_MS = 60_000
"""The windows' own timer here: a change seen within seconds came by live sync, not by it."""

Desktops = tuple[IncidentService, IncidentService]


@pytest.fixture
def databases(
    pg_cluster: PostgresCluster, head_templates: HeadTemplates, clock: FakeClock
) -> Iterator[tuple[Database, Database]]:
    """Desktop A's and desktop B's Database (two pools) on one PostgreSQL database."""
    name = pg_cluster.create_database(head_templates.postgresql(pg_cluster))
    first, second = open_database(pg_cluster.url(name)), open_database(pg_cluster.url(name))
    library = PlanLibrary(first, clock)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()
        pg_cluster.drop_database(name)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def desktops(databases: tuple[Database, Database], clock: FakeClock) -> Desktops:
    return IncidentService(databases[0], clock), IncidentService(databases[1], clock)


@pytest.fixture
def live_b(qtbot: QtBot, databases: tuple[Database, Database]) -> Iterator[LiveSync]:
    live = LiveSync.for_database(databases[1])
    live.start()  # connects on a thread of its own
    qtbot.waitUntil(lambda: live.working, timeout=10_000)
    yield live
    live.stop()


def _shown_task(tasks: tuple[TaskInfo, ...] | list[TaskInfo], task_id: int) -> TaskInfo:
    return next(t for t in tasks if t.id == task_id)


def test_a_task_ticked_on_desktop_a_reaches_desktop_bs_board_by_itself(
    qtbot: QtBot, desktops: Desktops, live_b: LiveSync, clock: FakeClock
) -> None:
    service_a, service_b = desktops
    incident = service_a.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    board = CommandBoard(service_b, incident.id, "en", ACTOR, clock, SLOW_MS)
    qtbot.addWidget(board)
    board.refresher.follow(live_b, touches_incident(lambda: incident.id, False))
    board.show()
    with qtbot.waitSignal(board.board_shown, timeout=30_000):
        board.start()
    assert board.refresh_timer.interval() == SAFETY_MS
    task = service_a.tasks(incident.id)[0]
    assert board.board is not None
    assert _shown_task(board.board.tasks, task.id).status == "open"

    started = time.monotonic()
    service_a.tick(task.id, "lead")

    def ticked() -> bool:
        shown = board.board
        return shown is not None and _shown_task(shown.tasks, task.id).status == "done"

    qtbot.waitUntil(ticked, timeout=5_000)
    assert time.monotonic() - started < 5  # the safety timer (30 s) and its own (60 s) are far
    board.close()


def test_a_task_ticked_on_desktop_a_reaches_desktop_bs_checklist_by_itself(
    qtbot: QtBot, desktops: Desktops, live_b: LiveSync, clock: FakeClock
) -> None:
    service_a, service_b = desktops
    incident = service_a.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    task = service_a.tasks(incident.id)[0]
    window = ChecklistWindow(
        service_b, "en", ACTOR, clock, incident.id, task.department, refresh_ms=SLOW_MS
    )
    qtbot.addWidget(window)
    window.refresher.follow(live_b, touches_incident(lambda: window.incident_id))
    window.show()
    with qtbot.waitSignal(window.checklist_shown, timeout=30_000):
        window.start()

    def status() -> str:
        model = window.panel.model
        assert model is not None
        listed = [t.status for t in model.rows() if t.id == task.id]
        return listed[0] if listed else "no longer listed"  # done tasks may be folded away

    assert status() == "open"
    service_a.tick(task.id, "lead")
    qtbot.waitUntil(lambda: status() != "open", timeout=5_000)
    window.close()


def test_a_change_to_another_incident_does_not_re_read_a_board(
    qtbot: QtBot, desktops: Desktops, live_b: LiveSync
) -> None:
    service_a, _service_b = desktops
    shown = service_a.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    other = service_a.declare(PLAN_ID, "system_failure", "general", "Mail down", "lead")
    wants = touches_incident(lambda: shown.id, False)
    heard: list[bool] = []
    live_b.changed.connect(lambda tables, ids: heard.append(wants(tables, ids)))
    live_b.drain()
    heard.clear()
    service_a.tick(service_a.tasks(other.id)[0].id, "lead")
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [False]
    service_a.tick(service_a.tasks(shown.id)[0].id, "lead")
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5_000)
    assert heard == [False, True]


def test_after_a_server_restart_live_sync_falls_back_reconnects_and_refreshes_everything(
    qtbot: QtBot, pg_cluster: PostgresCluster, live_b: LiveSync
) -> None:
    states: list[bool] = []
    live_b.working_changed.connect(states.append)
    with qtbot.waitSignal(live_b.refresh_all, timeout=15_000):
        pg_cluster.restart()
    assert states == [False, True]
    assert live_b.working


def test_a_listener_that_cannot_connect_leaves_the_views_timer_as_it_was(qtbot: QtBot) -> None:
    live = LiveSync.for_database(Database("postgresql+psycopg://nobody@127.0.0.1:1/none"))
    live.start()
    qtbot.waitUntil(lambda: not live.connecting, timeout=10_000)  # tried, and failed
    assert not live.working
    timer = QTimer()
    timer.setInterval(2_000)
    follow(live, touches({"plans"}), lambda: None, timer)
    assert timer.interval() == 2_000
    live.stop()


def test_connecting_to_a_server_that_never_answers_leaves_the_window_free(qtbot: QtBot) -> None:
    with socket.socket() as silent:  # accepts the TCP connection, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        live = LiveSync.for_database(Database(f"postgresql+psycopg://cp@127.0.0.1:{port}/cp"))
        started = time.monotonic()
        live.start()
        assert time.monotonic() - started < 0.5  # the connect timeout is waited out elsewhere
        assert live.connecting
        assert not live.working
        live.stop()


def test_on_sqlite_another_desktops_commit_is_polled_and_refreshes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 't.sqlite3'}"
    mine, theirs = open_database(url), open_database(url)
    live = LiveSync.for_database(mine)
    live.start()
    qtbot.waitUntil(lambda: live.working, timeout=10_000)
    try:
        with qtbot.waitSignal(live.refresh_all, timeout=5_000), theirs.write() as session:
            session.add(StoredPlan(id="flood", created_at=START))
    finally:
        live.stop()
        mine.dispose()
        theirs.dispose()
