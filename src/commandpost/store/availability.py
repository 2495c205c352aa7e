"""Whether a database may be used right now: one gate per ``Database`` that every thread
consults, and a record of what a unit of work did with it.

The shape: :meth:`Database.read` and :meth:`Database.write` call :meth:`Availability.check`
first. While the gate is closed (the database was found unreachable and something is probing
it), that raises :class:`DatabaseOfflineError` at once, so no caller waits for a TCP timeout on
a server known to be gone. The same call notes, in a thread-local :class:`Attempt`, which
database the running unit of work used and whether it opened a write transaction: a task runner
wraps each job in :func:`attempt` and so learns, without any change at the call sites, whether a
failed job was a change (to be held and re-run) or a read (to be dropped; a full refresh follows
the reconnect).

The gate only closes when someone watches it (:meth:`Availability.subscribe`): whoever watches
is the one who probes and opens it again. The command line never subscribes, so a failure there
is reported as it happens and nothing stays closed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from commandpost.clock import Clock, utc_now
from commandpost.messages import QT_TRANSLATE_NOOP, Message, Moment
from commandpost.store.errors import StorageError

_local = threading.local()


class DatabaseOfflineError(StorageError):
    """The database is known to be unreachable since ``since`` (UTC); nothing was tried.

    ``change``: the refused work wanted to write (so it was not saved). The window replaces the
    message with its translated sentence; the English one stands for everything else."""

    def __init__(self, since: datetime, change: bool, message: Message | str | None = None) -> None:
        self.since = since
        self.change = change
        if message is None:
            message = (
                QT_TRANSLATE_NOOP(
                    "CoreStorage",
                    "Not saved: the database cannot be reached (since {at}). CommandPost keeps "
                    "retrying; try again when the connection is back.",
                )
                if change
                else QT_TRANSLATE_NOOP("CoreStorage", "The database cannot be reached since {at}.")
            ).format(at=Moment(since, since))
        super().__init__(message)


@dataclass
class Attempt:
    """What one unit of work did with the database: which gate it passed (the last one, if it
    used several) and whether it opened a write transaction."""

    availability: Availability | None = None
    change: bool = False


@contextmanager
def attempt() -> Iterator[Attempt]:
    """Record, on this thread, what the block does with any database."""
    previous: Attempt | None = getattr(_local, "attempt", None)
    tried = Attempt()
    _local.attempt = tried
    try:
        yield tried
    finally:
        _local.attempt = previous


@dataclass
class _State:
    since: datetime | None = None
    lost_at: float = 0.0
    listeners: list[Callable[[], None]] = field(default_factory=list)


class Availability:
    """The gate of one database; safe to use from any thread."""

    def __init__(self, clock: Clock = utc_now) -> None:
        self.clock = clock
        """When an outage is said to begin; the window sets its own clock here."""
        self._lock = threading.Lock()
        self._state = _State()

    @property
    def since(self) -> datetime | None:
        """When the database was found unreachable (UTC); None while it may be used."""
        return self._state.since

    def lost_after(self, moment: float) -> bool:
        """Whether the current outage was found after ``moment`` (:func:`time.monotonic`)."""
        state = self._state
        return state.since is not None and moment <= state.lost_at

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` (on the thread that found it) when an outage begins; the gate only
        closes while someone listens. Returns the function that stops listening."""
        with self._lock:
            self._state.listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._state.listeners:
                    self._state.listeners.remove(listener)
                if not self._state.listeners:
                    self._state.since = None

        return unsubscribe

    def check(self, change: bool) -> None:
        """Note the use on this thread's :class:`Attempt`; refuse at once while closed."""
        tried: Attempt | None = getattr(_local, "attempt", None)
        if tried is not None:
            tried.availability = self
            tried.change = tried.change or change
        since = self._state.since
        if since is not None:
            raise DatabaseOfflineError(since, change)

    def lose(self, at: datetime | None = None) -> bool:
        """Close the gate (the database cannot be reached since ``at``, default now); True if
        this began an outage, False if one was already on or nobody listens."""
        with self._lock:
            state = self._state
            if state.since is not None or not state.listeners:
                return False
            state.since = at if at is not None else self.clock()
            state.lost_at = time.monotonic()
            listeners = list(state.listeners)
        for listener in listeners:
            listener()
        return True

    def restore(self) -> None:
        """Open the gate: the database answered again."""
        with self._lock:
            self._state.since = None
