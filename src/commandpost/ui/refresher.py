"""Keeping a window's data fresh, in one place: a read off the GUI thread on a timer and on
demand, never two at once (a request during a read reads once more after it; a timer beat during
a slow read is skipped rather than piled up). Push notifications from the database will replace
the timer here, and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from commandpost.ui.incident_widgets import repeating_timer
from commandpost.ui.tasks import TaskRunner


class Refresher:
    def __init__(
        self,
        owner: QObject,
        runner: TaskRunner,
        name: str,
        interval_ms: int,
        prepare: Callable[[], Callable[[], Any]],
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """``prepare`` runs on the GUI thread and returns the read to run on the worker."""
        self._runner = runner
        self._prepare = prepare
        self._show = show
        self._failed = failed
        self._reading = False
        self._again = False
        self.timer: QTimer = repeating_timer(owner, name, interval_ms, self._beat)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self._runner.closed:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._runner.run(self._prepare(), self._then(self._show), self._then(self._failed))

    def _beat(self) -> None:
        if not self._reading:
            self.refresh()

    def _then(self, handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def finished(value: Any) -> None:
            self._reading = False
            handler(value)
            if self._again:
                self._again = False
                self.refresh()

        return finished
