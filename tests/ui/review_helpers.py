"""Helpers for driving the review window in tests: a closed incident with tasks done on time,
done late and never done; a closed drill; re-reading and saving with a wait on the window's
signals (never a sleep); time moves only on the test's clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.ui.review_window import ReviewWindow

PLAN = "24h-service-guarantee"
ACTOR = "tester"
ReviewFactory = Callable[..., ReviewWindow]
"""``make_review(incident_id, lang="en", refresh_ms=60_000)``: shown, first read on screen."""


class MovableClock(Protocol):
    now: datetime

    def __call__(self) -> datetime: ...


def _at(clock: MovableClock, start: datetime, minutes: float) -> None:
    clock.now = start + timedelta(minutes=minutes)


def closed_incident(
    service: IncidentService,
    clock: MovableClock,
    title: str = "Hotline queue surge",
    is_drill: bool = False,
    texts: tuple[str, str, str] = ("12 more agents on the lines", "Checking orders", ""),
    actor: str = ACTOR,
) -> IncidentSummary:
    """A major incident of the 24-hour plan, declared 12 minutes after its warning, run for
    three hours and closed: the customer service's coordination done on time (7 min, due 15),
    technical's response on time (20 min, due 32), logistics' response 18 min late (50 min,
    due 32), business' response and every progress task never done; one progress report and
    two figures."""
    start = clock()
    _at(clock, start, -12)
    warning = service.warn(PLAN, {"waiting_customers": 900}, actor, title, is_drill)
    _at(clock, start, 0)
    incident = service.declare(
        PLAN, "sudden_problem", "major", title, actor, "", is_drill, warning_id=warning.id
    )
    _at(clock, start, 1)
    service.advance_phase(incident.id, actor)
    _at(clock, start, 2)
    service.advance_phase(incident.id, actor)  # execution: the counterparts' limits start
    _at(clock, start, 7)
    service.tick(service.find_task(incident.id, "cs-start-coordination").id, actor)
    service.record_figure(incident.id, "waiting_customers", 1200, actor)
    _at(clock, start, 20)
    service.tick(service.find_task(incident.id, "tech-respond").id, actor)
    _at(clock, start, 50)
    service.tick(service.find_task(incident.id, "log-respond").id, actor)
    service.send_report(incident.id, "customer_service", actor, *texts)
    service.record_figure(incident.id, "waiting_customers", 300, actor)
    _at(clock, start, 180)
    service.close(incident.id, actor, "Queue back to normal")
    _at(clock, start, 240)
    return service.get_incident(incident.id)


def reread(qtbot: QtBot, window: ReviewWindow) -> None:
    """Call the refresh slot (as the timer would) and wait until the new read is on screen."""
    with qtbot.waitSignal(window.review_shown, timeout=30_000):
        window.refresh()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)


def ctrl(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """Ctrl+key in the window, active again as it is once a dialog over it has closed (the
    offscreen platform does not give the activation back by itself)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def press_save(qtbot: QtBot, window: ReviewWindow) -> None:
    """Ctrl+S, and wait until the save is answered and the review read again."""
    with qtbot.waitSignal(window.action_finished, timeout=30_000):
        ctrl(qtbot, window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
