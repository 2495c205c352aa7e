"""The window's side of the reminder engine: it owns the engine on the window's database and hands
what the engine says to the GUI thread as Qt signals.

The engine calls back on its own worker thread; emitting a signal of this object (which lives on
the GUI thread) from there queues the call, so the slots run on the GUI thread and may touch
widgets. The engine is built and started on the window's :class:`TaskRunner` worker, after the
plan list is on screen: starting it imports APScheduler (≈ 0.25 s), which the start-up must not
wait for.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.alert_records import AlertInfo
    from commandpost.services.alerts import AlertService
    from commandpost.services.reminder_engine import ReminderEngine

POLL_SECONDS = 2.0


class AlertBridge(QObject):
    """``alerts_arrived(list[AlertInfo])``: alerts newly recorded by any desktop; ``failed``: the
    engine could not reach the database (it keeps trying); ``started``: the engine runs."""

    alerts_arrived = Signal(list)
    failed = Signal(object)
    started = Signal()

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lock = threading.Lock()
        self._engine: ReminderEngine | None = None
        self._stopped = False

    @property
    def engine(self) -> ReminderEngine | None:
        return self._engine

    def start(self, service: AlertService, poll_seconds: float = POLL_SECONDS) -> None:
        """Build and start the engine on the worker; its first pass runs at once."""

        def work() -> bool:
            from commandpost.services.reminder_engine import ReminderEngine

            with self._lock:  # a window closed meanwhile starts nothing
                if self._stopped or self._engine is not None:
                    return False
                engine = ReminderEngine(service, self.deliver, self.failed.emit, poll_seconds)
                engine.start()
                self._engine = engine
                return True

        def begun(began: bool) -> None:
            if began:
                self.started.emit()

        self._runner.run(work, begun, self.failed.emit)

    def deliver(self, alerts: list[AlertInfo]) -> None:
        """The engine's callback (on its thread): queued to the GUI thread as a signal."""
        self.alerts_arrived.emit(list(alerts))

    def rebuild(self) -> None:
        """After a change made in this window: ask the engine for a pass now."""
        engine = self._engine
        if engine is not None:
            engine.rebuild()

    def pass_now(self) -> None:
        """Run a pass on the window's worker (F5, and tests that move a clock)."""
        engine = self._engine
        if engine is not None:
            self._runner.run(engine.run_pass, lambda _result: None, self.failed.emit)

    def stop(self) -> None:
        """Stop the engine (waits for a pass in progress). Safe to call more than once."""
        with self._lock:
            self._stopped = True
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.stop()
