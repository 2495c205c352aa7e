"""Hearing about changes made by other desktops, without Qt: the window wires these to its loop.

PostgreSQL: :class:`PostgresListener` keeps a dedicated autocommit connection that LISTENs on
:data:`~commandpost.store.change_notes.CHANNEL`. Its :meth:`~PostgresListener.fileno` is the
socket to watch; when it is readable, :meth:`~PostgresListener.drain` reads what arrived without
blocking. When the server goes away the connection is closed and ``connected`` turns False; the
owner then calls :meth:`~PostgresListener.connect` again (it blocks up to a few seconds, so the
window does that off its GUI thread) and refreshes everything, because whatever was committed
meanwhile was never heard. TCP keepalives on the listening connection make a silently dead link
(no FIN, no RST: a cable, a VPN) close it within about 25 s.

SQLite: :class:`SqliteWatcher` polls ``PRAGMA data_version``, which moves when any other
connection (another desktop, or this one's other connections) commits to the file. It costs one
tiny statement per poll; a move is reported as :data:`FULL_REFRESH`, as SQLite says nothing of
what changed. Each poll also checks that the file at the path is still the one it opened (an open
connection keeps working on a file that was moved or replaced, and would hear nothing of the file
now at the path): if not, it is lost like a listener whose server went away, and it reconnects
only to an existing file, never creating an empty one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.engine import make_url

from commandpost.store.change_notes import CHANNEL, FULL_REFRESH, Change, parse
from commandpost.store.engine import PG_KEEPALIVES, Database, sqlite_file

__all__ = ["FULL_REFRESH", "Change", "ChangeSource", "PostgresListener", "SqliteWatcher", "listen"]

if TYPE_CHECKING:
    import psycopg

LISTEN_CONNECT_TIMEOUT_S = 3
"""Connecting the listener blocks its caller (a thread of its own in the window): keep a dead
server's wait short."""


class ChangeSource(Protocol):
    @property
    def connected(self) -> bool: ...

    def connect(self) -> bool: ...

    def fileno(self) -> int | None: ...

    def drain(self) -> list[Change]: ...

    def close(self) -> None: ...


class PostgresListener:
    """LISTEN on a connection of its own; ``drain`` never blocks."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url).set(drivername="postgresql")
        self._conninfo = parsed.render_as_string(hide_password=False)
        self._connection: psycopg.Connection[Any] | None = None

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def connect(self) -> bool:
        """Connect and LISTEN (True), or leave it for a later try (False)."""
        import psycopg

        if self._connection is not None:
            return True
        options: dict[str, Any] = {"application_name": "CommandPost listener"}
        if "connect_timeout=" not in self._conninfo:
            options["connect_timeout"] = LISTEN_CONNECT_TIMEOUT_S
        for name, value in PG_KEEPALIVES.items():
            if f"{name}=" not in self._conninfo:
                options[name] = value
        try:
            connection = psycopg.connect(self._conninfo, autocommit=True, **options)
        except psycopg.Error:
            return False
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            connection.close()
            return False
        self._connection = connection
        return True

    def fileno(self) -> int | None:
        """The socket to watch for readability, while connected."""
        return None if self._connection is None else self._connection.fileno()

    def drain(self) -> list[Change]:
        """What has arrived (nothing while not connected); a lost connection is closed."""
        import psycopg

        connection = self._connection
        if connection is None:
            return []
        pgconn = connection.pgconn
        changes: list[Change] = []
        try:
            pgconn.consume_input()
            while (notify := pgconn.notifies()) is not None:
                changes.append(parse(notify.extra.decode("utf-8", "replace")))
        except psycopg.Error:
            self.close()
            return changes
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            self.close()
        return changes

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


class SqliteWatcher:
    """Polls ``PRAGMA data_version`` on a connection of its own."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None
        self._identity: tuple[int, int] | None = None

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def connect(self) -> bool:
        """Open the file if it exists (never creating it) and note its data version."""
        from commandpost.store.probe import sqlite_uri

        if self._connection is not None:
            return True
        try:
            identity = _identity(self._path)
            connection = sqlite3.connect(
                sqlite_uri(Path(self._path)),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error):
            return False
        try:
            self._version = _data_version(connection)
        except sqlite3.Error:
            connection.close()
            return False
        self._connection = connection
        self._identity = identity
        return True

    def fileno(self) -> int | None:
        return None

    def drain(self) -> list[Change]:
        """:data:`FULL_REFRESH` when another connection has committed since the last call;
        nothing while not connected. A file moved away or replaced closes the connection."""
        if self._connection is None:
            return []
        try:
            if _identity(self._path) != self._identity:
                raise sqlite3.OperationalError("the file at the path is not the one opened")
            version = _data_version(self._connection)
        except (OSError, sqlite3.Error):
            self.close()
            return []
        if version == self._version:
            return []
        self._version = version
        return [FULL_REFRESH]

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def _identity(path: str) -> tuple[int, int]:
    """Which file is at ``path`` (device and inode); raises OSError if none is."""
    status = Path(path).stat()
    return status.st_dev, status.st_ino


def _data_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA data_version").fetchone()
    return int(row[0])


def listen(database: Database) -> PostgresListener | SqliteWatcher | None:
    """The change source for ``database``, not yet connected; None where changes cannot be
    heard (an in-memory SQLite database, another kind of server)."""
    parsed = make_url(database.url)
    if database.is_sqlite:
        path = sqlite_file(parsed)
        return None if path is None else SqliteWatcher(str(path))
    if parsed.get_backend_name() == "postgresql":
        return PostgresListener(database.url)
    return None
