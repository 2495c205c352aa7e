"""Changes made by other desktops, as Qt signals: one :class:`LiveSync` per window's database.

On PostgreSQL a :class:`~PySide6.QtCore.QSocketNotifier` watches the listening connection's socket,
so a commit elsewhere reaches the slots within a millisecond or two of its delivery. On SQLite a
timer polls ``PRAGMA data_version`` every :data:`POLL_MS`. When the listening connection is lost
(the server restarted), :attr:`LiveSync.working` turns False and a timer tries to reconnect every
:data:`RETRY_MS`; once back, everything is refreshed, since what was committed meanwhile was not
heard. The :class:`~commandpost.ui.refresher.Refresher` of each window follows the signals and
keeps only a slow safety timer while :attr:`LiveSync.working` is True.

Connecting (and reconnecting) runs on a short-lived thread of its own: against a server that does
not answer it blocks for the connect timeout, which the window must never freeze for. The thread
only connects; the socket notifier, the draining and every signal stay on the GUI thread. A
connection that finishes after :meth:`LiveSync.stop` is closed by its own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from commandpost.store.changes import Change, ChangeSource, listen
from commandpost.store.engine import Database

POLL_MS = 250
"""How often SQLite's data_version is looked at (one tiny statement)."""

SAFETY_MS = 30_000
"""A view's refresh timer while live changes are heard: only a net for anything missed."""

RETRY_MS = 1000
"""How often a lost PostgreSQL listener tries to reconnect."""

INCIDENT_TABLES = frozenset(
    {
        "incidents",
        "incident_tasks",
        "incident_events",
        "phase_periods",
        "progress_reports",
        "figure_values",
        "alerts",
        "reviews",
        "improvement_actions",
    }
)
"""The tables an incident's board or checklist shows something of."""

ENGINE_TABLES = frozenset(
    {"incidents", "incident_tasks", "phase_periods", "drills", "warnings", "plans", "plan_versions"}
)
"""Changes to these move deadlines: the reminder engine is asked for a pass."""

Wants = Callable[[frozenset[str], frozenset[int] | None], bool]
"""Whether a change (tables, incident ids or None for any) matters to a view."""


class LiveSync(QObject):
    """``changed(tables, incidents)``: frozensets (``incidents`` None: any incident);
    ``refresh_all``: re-read everything; ``working_changed(bool)``: changes are (not) heard."""

    changed = Signal(object, object)
    refresh_all = Signal()
    working_changed = Signal(bool)
    _connected = Signal(bool)

    def __init__(
        self,
        source: ChangeSource | None,
        parent: QObject | None = None,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._notifier: QSocketNotifier | None = None
        self._working = False
        self._ever_connected = False
        self._lock = threading.Lock()
        self._connecting = False
        self._stopped = False
        self._poll = QTimer(self)
        self._poll.setObjectName("liveSyncPoll")
        self._poll.timeout.connect(self.drain)
        self._retry = QTimer(self)
        self._retry.setObjectName("liveSyncRetry")
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._connect_soon)
        self._connected.connect(self._connect_finished)

    @classmethod
    def for_database(cls, database: Database, parent: QObject | None = None) -> LiveSync:
        return cls(listen(database), parent)

    @property
    def working(self) -> bool:
        return self._working

    @property
    def connecting(self) -> bool:
        """A connection attempt is under way on its thread."""
        return self._connecting

    def start(self) -> None:
        """Start connecting off the GUI thread; hearing begins once connected, and a failed
        attempt is tried again every :data:`RETRY_MS`."""
        self._connect_soon()

    def reconnect_now(self) -> None:
        """Try at once rather than at the next retry (the database answered again)."""
        if not self._working and not self._stopped:
            self._retry.stop()
            self._connect_soon()

    def stop(self) -> None:
        self._poll.stop()
        self._retry.stop()
        self._drop_notifier()
        with self._lock:
            self._stopped = True
            connecting = self._connecting
        if self._source is not None and not connecting:
            self._source.close()  # else the connecting thread closes what it opens
        self._set_working(False)

    def drain(self) -> None:
        """Read what has arrived and say it; notice a lost connection (never blocks)."""
        source = self._source
        if source is None or not self._working:
            return
        changes = source.drain()
        if not source.connected:
            self._drop_notifier()
            self._poll.stop()
            self._set_working(False)
            self._retry.start()
        self._say(changes)

    def _connect_soon(self) -> None:
        source = self._source
        with self._lock:
            if source is None or self._stopped or self._connecting or self._working:
                return
            self._connecting = True
        threading.Thread(
            target=self._connect_in_thread, args=(source,), name="commandpost-listen", daemon=True
        ).start()

    def _connect_in_thread(self, source: ChangeSource) -> None:
        connected = source.connect()
        with self._lock:
            self._connecting = False
            stopped = self._stopped
        if stopped:
            source.close()
            return
        try:
            self._connected.emit(connected)  # queued to the GUI thread
        except RuntimeError:  # the window and this object are gone already
            source.close()

    def _connect_finished(self, connected: bool) -> None:
        if self._stopped:
            return
        if not connected:
            self._retry.start()
            return
        self._listen()
        if self._ever_connected:  # what was committed while not listening was not heard
            self.refresh_all.emit()
        self._ever_connected = True

    def _listen(self) -> None:
        source = self._source
        assert source is not None
        fileno = source.fileno()
        self._drop_notifier()
        if fileno is None:
            self._poll.start(POLL_MS)
        else:
            self._poll.stop()
            notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(self.drain)
            self._notifier = notifier
        self._set_working(True)

    def _drop_notifier(self) -> None:
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()

    def _set_working(self, working: bool) -> None:
        if working != self._working:
            self._working = working
            self.working_changed.emit(working)

    def _say(self, changes: Iterable[Change]) -> None:
        tables: set[str] = set()
        incidents: set[int] | None = set()
        everything = False
        for change in changes:
            everything |= change.everything
            tables |= change.tables
            if change.incidents is None or incidents is None:
                incidents = None
            else:
                incidents |= change.incidents
        if everything:
            self.refresh_all.emit()
        elif tables:
            self.changed.emit(
                frozenset(tables), None if incidents is None else frozenset(incidents)
            )


def follow(
    live: LiveSync | None, wants: Wants, refresh: Callable[[], object], timer: QTimer
) -> None:
    """Call ``refresh`` on the changes ``wants`` and on a full refresh; while ``live`` works,
    slow ``timer`` to :data:`SAFETY_MS`, and give it back its interval while it does not. The
    connections end with ``timer`` (its window closed and deleted)."""
    if live is not None:
        _Follower(live, wants, refresh, timer)


class _Follower(QObject):
    """A child of the view's timer, so that Qt drops the connections when the view goes."""

    def __init__(
        self, live: LiveSync, wants: Wants, refresh: Callable[[], object], timer: QTimer
    ) -> None:
        super().__init__(timer)
        self._wants = wants
        self._refresh = refresh
        self._timer = timer
        self._own_ms = timer.interval()
        live.changed.connect(self._changed)
        live.refresh_all.connect(self._refresh_all)
        live.working_changed.connect(self._working)
        self._working(live.working)

    def _changed(self, tables: frozenset[str], incidents: frozenset[int] | None) -> None:
        if self._wants(tables, incidents):
            self._refresh()

    def _refresh_all(self) -> None:
        self._refresh()

    def _working(self, on: bool) -> None:
        self._timer.setInterval(SAFETY_MS if on else self._own_ms)


def touches(tables: Iterable[str]) -> Wants:
    """A view that shows these tables, whatever the incident."""
    wanted = frozenset(tables)
    return lambda changed, _incidents: bool(changed & wanted)


def touches_incident(incident: Callable[[], int | None], listing: bool = True) -> Wants:
    """A view of one incident (``incident()``; None: not chosen yet, any will do); ``listing``:
    it also lists the incidents, so any change to the incident table matters."""

    def wants(changed: frozenset[str], incidents: frozenset[int] | None) -> bool:
        if listing and "incidents" in changed:
            return True
        if not changed & INCIDENT_TABLES:
            return False
        shown = incident()
        return incidents is None or shown is None or shown in incidents

    return wants
