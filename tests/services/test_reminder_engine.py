"""The reminder engine on a real APScheduler: the first pass on start records what was missed, the
wake job is set for the next moment, a change from another desktop or a wake from sleep brings a
pass, and a database that cannot be reached is reported, not raised."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from commandpost.services.alert_records import AlertInfo
from commandpost.services.alerts import AlertService
from commandpost.services.incidents import IncidentService
from commandpost.services.reminder_engine import ReminderEngine
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock

WAIT = 20.0  # seconds to wait for the engine's thread before failing (never reached when right)


class Heard:
    """What the engine told, and an event per call (the engine calls from its own thread)."""

    def __init__(self) -> None:
        self.alerts: list[AlertInfo] = []
        self.errors: list[BaseException] = []
        self.called = threading.Event()

    def on_alerts(self, alerts: list[AlertInfo]) -> None:
        self.alerts += alerts
        self.called.set()

    def on_error(self, error: BaseException) -> None:
        self.errors.append(error)
        self.called.set()

    def wait(self) -> None:
        assert self.called.wait(WAIT), "the engine said nothing"
        self.called.clear()


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def engine(database: Database, clock: FakeClock, heard: Heard) -> Iterator[ReminderEngine]:
    made = ReminderEngine(
        AlertService(database, clock), heard.on_alerts, heard.on_error, poll_seconds=3600
    )
    yield made
    made.stop()


def wait_for(condition: object, what: str) -> None:
    done = threading.Event()
    for _ in range(int(WAIT * 100)):
        if callable(condition) and condition():
            return
        done.wait(0.01)
    raise AssertionError(f"never happened: {what}")


def test_on_start_a_missed_deadline_is_recorded_and_the_next_wake_is_set(
    service: IncidentService, clock: FakeClock, engine: ReminderEngine, heard: Heard
) -> None:
    service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
    clock.now = START + timedelta(minutes=20)  # cs-answer (15 min) is overdue
    engine.start()
    heard.wait()
    assert [(a.kind, a.data["task_key"]) for a in heard.alerts] == [("overdue", "cs-answer")]
    # cs-callback (2 h from the first phase): reminded 20 min early, at 1 h 40 min
    assert engine.next_at == START + timedelta(hours=1, minutes=40)
    (wake,) = [j for j in engine._scheduler.get_jobs() if j.name == "deadline"]
    expected = datetime.now(UTC) + (engine.next_at - clock.now)
    assert abs((wake.next_run_time - expected).total_seconds()) < 5


def test_a_change_made_on_another_desktop_brings_a_pass(
    database: Database, service: IncidentService, clock: FakeClock, heard: Heard
) -> None:
    engine = ReminderEngine(
        AlertService(database, clock), heard.on_alerts, heard.on_error, poll_seconds=0.05
    )
    try:
        engine.start()
        wait_for(lambda: engine.passes >= 1, "the first pass")
        year_on = START + timedelta(days=365)  # the plan's review and its yearly drill are due
        assert engine.next_at == year_on
        service.declare(PLAN_ID, "system_failure", "general", "Phones down", "lead")
        wait_for(lambda: engine.next_at != year_on, "a pass after the declaration")
        assert engine.next_at == START + timedelta(minutes=13)  # cs-answer's reminder
    finally:
        engine.stop()


def test_waking_from_sleep_brings_a_pass_even_without_a_change(
    database: Database, clock: FakeClock, heard: Heard
) -> None:
    engine = ReminderEngine(AlertService(database, clock), heard.on_alerts, heard.on_error)
    engine.run_pass()
    engine._poll()
    assert engine.passes == 1  # nothing changed, the wall clock kept pace: no pass
    engine._last_wall -= 120  # the wall clock ran two minutes while the process was suspended
    engine._poll()
    assert engine.passes == 2


def test_a_database_that_cannot_be_reached_is_reported_not_raised(heard: Heard) -> None:
    unreachable = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    engine = ReminderEngine(AlertService(unreachable), heard.on_alerts, heard.on_error)
    engine._guarded_pass()
    engine._poll()
    assert len(heard.errors) == 2 and heard.alerts == []
    unreachable.dispose()
