"""Database outages in the window: noticing one, probing until the database answers again, and
the changes tried meanwhile. The banner that shows all this is :mod:`commandpost.ui.outage_banner`.

One :class:`ConnectionWatch` per main window's database. An outage begins in one of two ways:

- a job on any :class:`~commandpost.ui.tasks.TaskRunner` (the main window's, a board's, a
  checklist's…) fails because the database cannot be reached: the worker closes the database's
  gate (:mod:`commandpost.store.availability`) and the failure is routed here
  (:func:`route_failure`);
- the live-sync listener loses its connection and, after a short grace, a probe fails too (a
  server restart that is over within the grace raises nothing).

While it lasts, every read and write on the database is refused at once (the gate), views keep
what they show, and a probe (a fresh connection and ``SELECT 1``, on a thread of its own) runs
after 1, 2, 5 and then every 10 s, or at once on "Retry now" or when the listener gets through.

The change that was under way when the outage struck (the job was submitted before the outage was
known and it opened a write transaction) is held, not failed: once the probe succeeds it is run
again, once, on the runner it came from, and its own callbacks then say saved, refused or in
conflict as they always do. A change asked for while the outage is already known is refused with
one sentence at once. A read is answered with a plain "cannot be reached" error (views show it in
place); the full refresh after the reconnect brings everything up to date.
"""

from __future__ import annotations

import logging
import math
import time
import weakref
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from commandpost.clock import Clock, utc_now
from commandpost.store.availability import Attempt, Availability, DatabaseOfflineError
from commandpost.store.errors import describe_failure, is_connection_failure
from commandpost.ui import when
from commandpost.ui.core_words import describe
from commandpost.ui.tasks import Job, TaskRunner

if TYPE_CHECKING:
    from commandpost.store.engine import Database
    from commandpost.ui.live import LiveSync

log = logging.getLogger("commandpost.outage")

BACKOFF_S: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0)
"""Seconds before each probe; the last one repeats."""

GRACE_S = 1.0
"""How long a lost listener may take to come back (a quick server restart) before a probe."""

_watches: weakref.WeakKeyDictionary[Availability, ConnectionWatch] = weakref.WeakKeyDictionary()

translate = QCoreApplication.translate


def clock_label(moment: datetime, now: datetime) -> str:
    """A moment as the banner says it: the local time of day, with the date if not today."""
    return when.moment_text(moment, now)


def offline_error(since: datetime, change: bool, now: datetime) -> DatabaseOfflineError:
    """The error a refused read or change gets, in the window's language."""
    at = clock_label(since, now)
    if change:
        text = translate(
            "Outage",
            "Not saved: the database cannot be reached (since {time}). CommandPost keeps "
            "retrying; try again when the connection is back.",
        )
    else:
        text = translate("Outage", "The database cannot be reached since {time}.")
    return DatabaseOfflineError(since, change, text.format(time=at))


def route_failure(runner: TaskRunner, job: Job, error: BaseException, tried: Attempt) -> None:
    """A job failed because its database cannot be reached: hold it or say why (the runner's
    error path, on the GUI thread)."""
    availability = tried.availability
    watch = _watches.get(availability) if availability is not None else None
    if watch is not None:
        watch.take_failure(runner, job, error, tried.change)
        return
    since = availability.since if availability is not None else None
    now = utc_now()
    job.on_error(offline_error(since or now, tried.change, now))


class ConnectionWatch(QObject):
    """``lost``: an outage began (:attr:`since`); ``restored``: the database answered again
    (:attr:`restored_at`) and held changes are being re-run; ``retry_changed``: a probe began
    or the next one was scheduled; ``held_changed(count)``; ``message(text)``: what became of a
    held change whose window was closed meanwhile; ``stopped``: the window is closing."""

    lost = Signal()
    restored = Signal()
    retry_changed = Signal()
    held_changed = Signal(int)
    message = Signal(str)
    stopped = Signal()
    _found_lost = Signal()

    def __init__(
        self,
        database: Database,
        now: Clock = utc_now,
        backoff: Sequence[float] = BACKOFF_S,
        grace_s: float = GRACE_S,
        probe: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._availability = availability = database.availability
        self._now = now
        self.backoff: tuple[float, ...] = tuple(backoff)
        """Seconds before each probe (tests make them short)."""
        self.grace_s = grace_s
        self.probe = probe
        """What asks the database whether it answers (None: :func:`~commandpost.store.probe.probe`;
        tests put their own)."""
        self._runner = TaskRunner(self)
        self._held: list[Job] = []
        self._held_runners: list[TaskRunner] = []
        self._tries = 0
        self._next_try: float | None = None
        self._probing = False
        self._closed = False
        self._listener_lost_at: datetime | None = None
        self._live: LiveSync | None = None
        self.restored_at: datetime | None = None
        self.last_problem = ""
        """Why the last probe failed, in words (for a tooltip and the log)."""
        self._retry = QTimer(self)
        self._retry.setObjectName("outageRetry")
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._probe)
        availability.clock = now
        self._found_lost.connect(self._on_lost)
        self._unsubscribe = availability.subscribe(self._found_lost.emit)
        _watches[availability] = self

    # --- state ---------------------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._database

    @property
    def since(self) -> datetime | None:
        """When the database was found unreachable; None while it answers."""
        return self._availability.since

    @property
    def probing(self) -> bool:
        return self._probing

    @property
    def held_count(self) -> int:
        return len(self._held)

    def seconds_to_retry(self) -> int | None:
        """Whole seconds until the next probe; None while one runs or none is due."""
        if self._next_try is None or self._probing:
            return None
        return max(0, math.ceil(self._next_try - time.monotonic()))

    def now(self) -> datetime:
        return self._now()

    # --- following the listener ----------------------------------------------------------

    def follow(self, live: LiveSync | None) -> None:
        """A lost listener begins an outage if a probe also fails; a listener that gets
        through again during one asks for a probe at once."""
        if live is None:
            return
        self._live = live
        live.working_changed.connect(self._live_working)

    def _live_working(self, on: bool) -> None:
        if self._closed:
            return
        if on:
            if self.since is not None:
                self.retry_now()
            return
        if self.since is None:
            self._listener_lost_at = self._now()
            QTimer.singleShot(round(self.grace_s * 1000), self, self._grace_over)

    def _grace_over(self) -> None:
        live, lost_at = self._live, self._listener_lost_at
        if self._closed or self.since is not None or live is None or live.working:
            return

        def unanswered(error: BaseException) -> None:
            self.last_problem = describe(error)
            if live.working or self._closed:
                return
            self._availability.lose(lost_at)

        self._runner.run(self._probe_work(), lambda _ok: None, unanswered)

    # --- failures from the runners -------------------------------------------------------

    def take_failure(
        self, runner: TaskRunner, job: Job, error: BaseException, change: bool
    ) -> None:
        """Hold the change that was under way when the outage struck; answer anything else
        with a plain sentence."""
        availability = self._availability
        struck = is_connection_failure(error) or availability.lost_after(job.asked_at)
        if change and struck and not self._closed:
            if availability.since is None:
                availability.lose()  # found by a job, after a probe had just said yes
            self._held.append(job)
            self._held_runners.append(runner)
            log.warning("a change was held: %s", describe_failure(error))
            self.held_changed.emit(len(self._held))
            return
        now = self._now()
        job.on_error(offline_error(self.since or now, change, now))

    def discard_held(self) -> int:
        """Drop the held changes; each is told it was not saved. Returns how many."""
        held, runners = self._take_held()
        since = self.since or self._now()
        for job, runner in zip(held, runners, strict=True):
            if not runner.closed:
                job.on_error(
                    DatabaseOfflineError(
                        since,
                        True,
                        translate(
                            "Outage",
                            "Not saved: the change was discarded while the database could "
                            "not be reached.",
                        ),
                    )
                )
        return len(held)

    def _take_held(self) -> tuple[list[Job], list[TaskRunner]]:
        held, runners = self._held, self._held_runners
        self._held, self._held_runners = [], []
        if held:
            self.held_changed.emit(0)
        return held, runners

    # --- probing -------------------------------------------------------------------------

    def retry_now(self) -> None:
        """Probe at once (the banner's button, or the listener got through)."""
        if self._closed or self.since is None or self._probing:
            return
        self._retry.stop()
        self._probe()

    def _on_lost(self) -> None:
        since = self.since
        if since is None or self._closed:
            return
        log.warning("the database cannot be reached since %s", since.isoformat())
        self.restored_at = None
        self._tries = 0
        self._schedule()
        self.lost.emit()

    def _schedule(self) -> None:
        delay = self.backoff[min(self._tries, len(self.backoff) - 1)]
        self._next_try = time.monotonic() + delay
        self._retry.start(round(delay * 1000))
        self.retry_changed.emit()

    def _probe_work(self) -> Callable[[], None]:
        url, given = self._database.url, self.probe

        def work() -> None:
            if given is not None:
                given(url)
                return
            from commandpost.store.probe import probe

            probe(url)

        return work

    def _probe(self) -> None:
        if self._closed or self.since is None:
            return
        self._probing = True
        self._next_try = None
        self.retry_changed.emit()
        self._runner.run(self._probe_work(), self._answered, self._unanswered)

    def _unanswered(self, error: BaseException) -> None:
        self._probing = False
        self.last_problem = describe(error)
        if self._closed or self.since is None:
            return
        self._tries += 1
        self._schedule()

    def _answered(self, _result: object) -> None:
        self._probing = False
        if self._closed or self.since is None:
            return
        self._availability.restore()
        self._database.dispose()  # pooled connections to the lost server (or moved file) go
        self.restored_at = self._now()
        self._next_try = None
        log.warning("the database answers again")
        held, runners = self._take_held()
        for job, runner in zip(held, runners, strict=True):
            self._replay(job, runner)
        self.restored.emit()

    def _replay(self, job: Job, runner: TaskRunner) -> None:
        if not runner.closed:
            runner.run(job.work, job.on_done, job.on_error)
            return

        def saved(_result: object) -> None:
            self.message.emit(translate("Outage", "A change made during the outage was saved."))

        def refused(error: BaseException) -> None:
            self.message.emit(
                translate(
                    "Outage", "A change made during the outage was not saved: {error}"
                ).format(error=describe(error))
            )

        self._runner.run(job.work, saved, refused)

    # --- closing -------------------------------------------------------------------------

    def close(self) -> None:
        """Stop probing and listening; the gate opens (nobody would open it again)."""
        if self._closed:
            return
        self._closed = True
        self._retry.stop()
        self._unsubscribe()
        _watches.pop(self._availability, None)
        self._runner.shutdown()
        self.stopped.emit()
