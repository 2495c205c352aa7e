"""Keeping a window's data fresh, in one place: a read off the GUI thread on a timer and on
demand, never two at once (a request during a read reads once more after it; a timer beat during
a slow read is skipped rather than piled up).

A refresher that follows a :class:`~commandpost.ui.live.LiveSync` (:meth:`Refresher.follow`)
reads at once when a change it cares about is heard (another desktop's commit, or this one's),
and its timer slows to a 30-second safety net while changes are heard; it goes back to its own
interval while they are not (the listener cannot connect, or the server went away)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from commandpost.ui.incident_widgets import repeating_timer
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.ui.live import LiveSync, Wants


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

    def follow(self, live: LiveSync | None, wants: Wants) -> None:
        """Read at once on the changes ``wants``, and on a full refresh; slow the timer while
        ``live`` works. None (no live changes here): keep the timer as it is."""
        from commandpost.ui.live import follow

        follow(live, wants, self.refresh, self.timer)

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
