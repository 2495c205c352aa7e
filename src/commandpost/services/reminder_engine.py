"""The reminder engine: wakes when the next deadline moment comes, records what has come, and tells
the window.

Shape (``docs/alerts.md``): the database is the only source of truth; APScheduler is used as an
in-memory timer only, with no job store (a stored job would be deleted when its time passed while
the app was closed, and cannot be shared by several desktops). Each pass reads the open deadlines
and records whatever has come (:meth:`AlertService.fire`), then one ``wake`` job is set for the
next moment. Passes run at start-up, when the next moment comes, when anything a deadline depends
on changes (a cheap fingerprint query, every ``poll_seconds``; changes from other desktops show up
the same way) and after the machine wakes from sleep (the wall clock jumps ahead of the monotonic
clock). All jobs run on one worker thread, one at a time; ``on_alerts`` is called there with the
alerts recorded since the last call by any desktop — the window passes them to its own thread.

The clock is injectable: with a test clock, the wake job is set at the real time that is as far
ahead as the next moment is of the test clock, and a test can run a pass directly with
:meth:`run_pass` instead of waiting.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from commandpost.services.alert_records import AlertInfo, FireResult
from commandpost.services.alerts import AlertService

log = logging.getLogger(__name__)

POLL_JOB = "poll"
SLEEP_JUMP = timedelta(seconds=20)
"""A wall-clock jump this far beyond the monotonic clock between polls means the machine slept."""


class ReminderEngine:
    def __init__(
        self,
        alerts: AlertService,
        on_alerts: Callable[[list[AlertInfo]], None],
        on_error: Callable[[BaseException], None] | None = None,
        poll_seconds: float = 2.0,
    ) -> None:
        self._alerts = alerts
        self._on_alerts = on_alerts
        self._on_error = on_error
        self._poll_seconds = poll_seconds
        self._scheduler: Any = None
        self._lock = threading.Lock()
        self._wakes = itertools.count(1)
        self._wake_id: str | None = None
        self._wake_lock = threading.Lock()
        self._fingerprint: tuple[Any, ...] | None = None
        self._seen_id: int | None = None
        self._last_wall = time.time()
        self._last_mono = time.monotonic()
        self._stopping = False
        self.next_at: datetime | None = None
        self.last_pass: FireResult | None = None
        self.passes = 0

    # --- life ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the scheduler thread; the first pass runs on it at once."""
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        scheduler.add_job(
            self._poll, "interval", seconds=self._poll_seconds, id=POLL_JOB, name="changes"
        )
        self._scheduler = scheduler
        self._wake_at(datetime.now(UTC))  # the first pass, at once
        scheduler.start()

    def stop(self) -> None:
        """Stop; a pass under way finishes first and then tells nobody.

        APScheduler's own shutdown waits for running jobs while holding the lock a job needs to
        change the schedule, so passes are told to stop and waited for before it is called.
        """
        if self._scheduler is None:
            return
        self._stopping = True
        with self._lock:  # waits for a pass under way
            pass
        self._scheduler.shutdown(wait=True)
        self._scheduler = None

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    def rebuild(self) -> None:
        """Ask for a pass soon (after this desktop's own change, or a reconnect)."""
        if self._scheduler is not None and not self._stopping:
            self._wake_at(datetime.now(UTC))

    # --- passes ----------------------------------------------------------------------------

    def run_pass(self) -> FireResult:
        """One pass: record what has come, tell about new alerts, set the next wake."""
        with self._lock:
            if self._stopping:
                return FireResult([], self.next_at)
            if self._seen_id is None:
                self._seen_id = self._alerts.last_alert_id()
            # The fingerprint is read first: a change committed during the pass then differs
            # from it, and the next poll brings another pass.
            self._fingerprint = self._alerts.fingerprint()
            result = self._alerts.fire()
            self.passes += 1
            self.last_pass = result
            self.next_at = result.next_at
            new = self._alerts.alerts_since(self._seen_id)
            if new:
                self._seen_id = new[-1].id
            self._set_wake(result.next_at)
        if new and not self._stopping:
            self._on_alerts(new)
        return result

    def _set_wake(self, next_at: datetime | None) -> None:
        if self._scheduler is None or self._stopping:
            return
        if next_at is None:
            self._wake_at(None)
            return
        # The next moment on the service's clock, as a time on the scheduler's (real) clock.
        ahead = max(timedelta(0), next_at - self._alerts.now())
        self._wake_at(datetime.now(UTC) + ahead)

    def _wake_at(self, moment: datetime | None) -> None:
        """Replace the wake job. Each gets a new id: the scheduler removes a date job after
        starting it, and must not remove the one its own run has just set."""
        from apscheduler.jobstores.base import JobLookupError

        with self._wake_lock:
            old, self._wake_id = self._wake_id, None
            if old is not None:
                with contextlib.suppress(JobLookupError):
                    self._scheduler.remove_job(old)
            if moment is not None:
                self._wake_id = f"wake-{next(self._wakes)}"
                self._scheduler.add_job(
                    self._guarded_pass, "date", run_date=moment, id=self._wake_id, name="deadline"
                )

    def _guarded_pass(self) -> None:
        try:
            self.run_pass()
        except Exception as error:  # a database outage: reported, and the poll tries again
            log.warning("reminder pass failed: %s", error)
            self._fingerprint = None
            if self._on_error is not None:
                self._on_error(error)

    def _poll(self) -> None:
        if self._stopping:
            return
        wall, mono = time.time(), time.monotonic()
        slept = (wall - self._last_wall) - (mono - self._last_mono) > SLEEP_JUMP.total_seconds()
        self._last_wall, self._last_mono = wall, mono
        try:
            changed = slept or self._alerts.fingerprint() != self._fingerprint
        except Exception as error:
            log.warning("reminder poll failed: %s", error)
            self._fingerprint = None
            if self._on_error is not None:
                self._on_error(error)
            return
        if changed:
            self._guarded_pass()
