"""One small task runner: library calls run on a worker thread, results come back on the GUI thread.

Why: the database may be a network PostgreSQL server, and the very first call imports SQLAlchemy
and may stock a new database with the shipped plans; neither may freeze the window. A single
worker keeps every call in the order it was asked for, so no two calls race on one session, and
callbacks run on the GUI thread so no widget is ever touched from the worker.

Database outages: each job runs inside :func:`~commandpost.store.availability.attempt`, so the
runner learns which database the job used and whether it opened a write transaction, without
any call site saying so. A job that fails because the database cannot be reached closes that
database's gate at once, on the worker (the jobs queued behind it are then refused at once
instead of each waiting for a connection timeout), and is handed to the window's
:class:`~commandpost.ui.outage.ConnectionWatch`: a change is held and re-run when the connection
returns; a read, or a change asked for while the outage was already known, gets its error
callback with one plain sentence. Nothing is dropped without a word.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from commandpost.store.availability import Attempt, DatabaseOfflineError, attempt
from commandpost.store.errors import is_connection_failure

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


class Job(NamedTuple):
    """One call asked for: what to run, what to call back, when it was asked (monotonic)."""

    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: ErrorHandler
    asked_at: float


class TaskRunner(QObject):
    """Runs callables one at a time off the GUI thread and reports back through callbacks."""

    busy_changed = Signal(bool)
    _succeeded = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="commandpost-work")
        self._ids = itertools.count(1)
        self._pending: dict[int, Job] = {}
        self._closed = False
        queued = Qt.ConnectionType.QueuedConnection
        self._succeeded.connect(self._deliver_result, queued)
        self._failed.connect(self._deliver_error, queued)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def closed(self) -> bool:
        """Shut down: nothing more is run or delivered."""
        return self._closed

    def run(
        self, work: Callable[[], T], on_done: Callable[[T], None], on_error: ErrorHandler
    ) -> None:
        """Call ``work()`` on the worker; then ``on_done(result)`` or ``on_error(exc)`` here."""
        if self._closed:
            return
        job = next(self._ids)
        self._pending[job] = Job(work, on_done, on_error, time.monotonic())
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._executor.submit(self._execute, job, work)

    def shutdown(self) -> None:
        """Wait for the call in progress, drop the queued ones; nothing is delivered afterwards."""
        self._closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()

    def _execute(self, job: int, work: Callable[[], object]) -> None:
        with attempt() as tried:
            try:
                result = work()
            except BaseException as exc:  # handed to the GUI thread, which decides what to show
                if tried.availability is not None and is_connection_failure(exc):
                    tried.availability.lose()  # before the next job starts: it is refused
                self._failed.emit(job, (exc, tried))
                return
        self._succeeded.emit(job, result)

    @Slot(int, object)
    def _deliver_result(self, job: int, result: object) -> None:
        asked = self._pending.pop(job, None)
        try:
            if asked is not None:
                asked.on_done(result)
        finally:
            self._note_idle()

    @Slot(int, object)
    def _deliver_error(self, job: int, failure: object) -> None:
        asked = self._pending.pop(job, None)
        try:
            if asked is not None and isinstance(failure, tuple):
                error, tried = failure
                if _unreachable(error, tried):
                    from commandpost.ui.outage import route_failure

                    route_failure(self, asked, error, tried)
                else:
                    asked.on_error(error)
        finally:
            self._note_idle()

    def _note_idle(self) -> None:
        # After the callback, which may have queued the next call: only a real rest is reported.
        if not self._pending and not self._closed:
            self.busy_changed.emit(False)


def _unreachable(error: BaseException, tried: Attempt) -> bool:
    """The job failed because its database cannot be reached (now, or since earlier)."""
    return tried.availability is not None and (
        isinstance(error, DatabaseOfflineError) or is_connection_failure(error)
    )
