"""What can go wrong when opening a database, in words a user can act on.

The CLI shows ``str(error)`` as it is, so every message is a whole sentence that names the
database (password masked) and the reason without driver jargon. Driver exceptions never leave
the storage layer: they are translated here, into a translatable
:class:`~commandpost.messages.Message` (``error.message``) that a window says in its language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from commandpost.messages import QT_TRANSLATE_NOOP, Message, Param, plain

_CREDENTIALS = re.compile(r"(?P<head>://[^/?#@:]*):[^/?#@]*@")
_PASSWORD_PARAM = re.compile(r"(?P<head>[?&]password=)[^&#]*", re.IGNORECASE)


class StorageError(Exception):
    """Base of every storage failure; ``str()`` is the English sentence, ``message`` the same
    as a translatable message (None for a sentence given as plain text)."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message: Message | None = message if isinstance(message, Message) else None


class BadDatabaseUrlError(StorageError):
    """The database URL cannot be used at all: it does not parse, or names an unknown driver."""

    def __init__(self, url: str, reason: Message | str) -> None:
        self.url = display_url(url)
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP(
                "CoreStorage", "The database address {url} cannot be used: {reason}."
            ).format(url=self.url, reason=reason)
        )


class DatabaseUnavailableError(StorageError):
    """The database exists on paper but cannot be reached, logged into, created or written."""

    def __init__(self, url: str, reason: Message | str) -> None:
        self.url = display_url(url)
        self.reason = _without_secrets(reason, url)
        super().__init__(
            QT_TRANSLATE_NOOP("CoreStorage", "Cannot open the database {url}: {reason}.").format(
                url=self.url, reason=self.reason
            )
        )


class SchemaTooNewError(StorageError):
    """The database was migrated by a newer CommandPost; writing to it could corrupt its data."""

    def __init__(self, url: str, found: str, supported: str) -> None:
        self.url = display_url(url)
        self.found = found
        self.supported = supported
        super().__init__(
            QT_TRANSLATE_NOOP(
                "CoreStorage",
                "This database ({url}) was written by a newer CommandPost (schema {found}); "
                "this version reads schema {supported}. "
                "Install the newer CommandPost or open another database.",
            ).format(url=self.url, found=found, supported=supported)
        )


class ForeignDatabaseError(StorageError):
    """The database holds someone else's tables and no CommandPost schema."""

    def __init__(self, url: str, tables: list[str]) -> None:
        shown = ", ".join(tables[:5]) + ("…" if len(tables) > 5 else "")
        super().__init__(
            QT_TRANSLATE_NOOP(
                "CoreStorage",
                "{url} holds other data (tables {tables}) and no CommandPost schema; "
                "it was left untouched. Choose an empty database or a CommandPost one.",
            ).format(url=display_url(url), tables=shown)
        )


class SchemaUpgradeError(StorageError):
    """A migration failed; its transaction was rolled back, so the database is as it was."""

    def __init__(self, url: str, reason: Message | str, backup: str | None) -> None:
        self.url = display_url(url)
        self.reason = _without_secrets(reason, url)
        self.backup = backup
        message = (
            QT_TRANSLATE_NOOP(
                "CoreStorage",
                "The database {url} could not be upgraded and was left as it was: {reason}. "
                "A copy made before the attempt is at {backup}.",
            )
            if backup
            else QT_TRANSLATE_NOOP(
                "CoreStorage",
                "The database {url} could not be upgraded and was left as it was: {reason}.",
            )
        )
        super().__init__(message.format(url=self.url, reason=self.reason, backup=backup or ""))


def display_url(url: str) -> str:
    """The URL as a person should see it: password masked, an SQLite path left readable."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # an unparseable URL is masked by pattern instead
        return _PASSWORD_PARAM.sub(r"\g<head>***", _CREDENTIALS.sub(r"\g<head>:***@", url))
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return f"{parsed.drivername}:///{parsed.database}"
    if "password" in parsed.query:  # libpq also takes the password as a query parameter
        shown = parsed.difference_update_query(["password"]).render_as_string(hide_password=True)
        return f"{shown}{'&' if '?' in shown else '?'}password=***"
    return parsed.render_as_string(hide_password=True)


def describe_failure(error: BaseException) -> str:
    """Say in plain words why a connection or a first statement failed."""
    return str(failure_reason(error))


def failure_reason(error: BaseException) -> Message:
    """Why a connection or a first statement failed, as a translatable message."""
    if isinstance(error, OSError):
        return plain(error.strerror or str(error))  # the system's own words
    original = getattr(error, "orig", None) or error
    sqlstate = getattr(original, "sqlstate", None)
    text = str(original).strip()
    lowered = text.lower()
    by_state = _POSTGRES_STATES.get(sqlstate or "")
    if by_state:
        return by_state
    for pattern, reason in _KNOWN_MESSAGES:
        if pattern.search(lowered):
            return reason
    first_line = text.splitlines()[0] if text else type(original).__name__
    return QT_TRANSLATE_NOOP("CoreStorage", "the database reported: {text}").format(text=first_line)


_POSTGRES_STATES = {
    "28P01": QT_TRANSLATE_NOOP(
        "CoreStorage", "the server did not accept the user name or password"
    ),
    "28000": QT_TRANSLATE_NOOP(
        "CoreStorage",
        "the server does not let this user in (unknown user, or not allowed from here)",
    ),
    "3D000": QT_TRANSLATE_NOOP("CoreStorage", "that database does not exist on the server"),
    "53300": QT_TRANSLATE_NOOP("CoreStorage", "the server has no free connections left"),
    "57P03": QT_TRANSLATE_NOOP(
        "CoreStorage", "the server is starting up or shutting down; try again in a moment"
    ),
    "42501": QT_TRANSLATE_NOOP("CoreStorage", "this user lacks the permission needed"),
}

_KNOWN_MESSAGES = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (
            r"connection refused",
            QT_TRANSLATE_NOOP(
                "CoreStorage", "nothing answered at that address (is the server running?)"
            ),
        ),
        (
            r"could not translate host name|name or service not known|nodename nor servname",
            QT_TRANSLATE_NOOP("CoreStorage", "the server name could not be found"),
        ),
        (
            r"timeout expired|timed out",
            QT_TRANSLATE_NOOP("CoreStorage", "the server did not answer in time"),
        ),
        (
            r"no route to host|network is unreachable",
            QT_TRANSLATE_NOOP("CoreStorage", "the server cannot be reached from here"),
        ),
        (
            r"no password supplied",
            QT_TRANSLATE_NOOP("CoreStorage", "the server asks for a password and none was given"),
        ),
        (
            r"password authentication failed",
            _POSTGRES_STATES["28P01"],
        ),
        (
            r'role ".*" does not exist',
            QT_TRANSLATE_NOOP("CoreStorage", "the server knows no user by that name"),
        ),
        (r'database ".*" does not exist', _POSTGRES_STATES["3D000"]),
        (
            r"no pg_hba\.conf entry",
            QT_TRANSLATE_NOOP(
                "CoreStorage", "the server does not accept this user from this computer"
            ),
        ),
        (
            r"unable to open database file",
            QT_TRANSLATE_NOOP("CoreStorage", "the file cannot be opened or created there"),
        ),
        (r"readonly database", QT_TRANSLATE_NOOP("CoreStorage", "the file is read-only")),
        (
            r"file is not a database",
            QT_TRANSLATE_NOOP("CoreStorage", "the file is not an SQLite database"),
        ),
        (
            r"database is locked",
            QT_TRANSLATE_NOOP(
                "CoreStorage", "another program kept the database locked for more than 10 s"
            ),
        ),
        (
            r"disk i/o error",
            QT_TRANSLATE_NOOP("CoreStorage", "the disk reported an input/output error"),
        ),
        (r"database or disk is full", QT_TRANSLATE_NOOP("CoreStorage", "the disk is full")),
    )
)


def _without_secrets(reason: Message | str, url: str) -> Message | str:
    """Drivers sometimes echo connection parameters; make sure the password never shows (in a
    message: in any of its texts)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # nothing more to learn from a URL that does not parse
        return reason
    secrets = [s for s in (parsed.password, parsed.query.get("password")) if isinstance(s, str)]

    def masked(text: str) -> str:
        for secret in secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    return _mask(reason, masked)


def _mask(reason: Message | str, masked: Callable[[str], str]) -> Message | str:
    if isinstance(reason, str):
        return masked(reason)
    params: dict[str, Param] = {
        name: _mask(value, masked) if isinstance(value, str | Message) else value
        for name, value in reason.params.items()
    }
    return Message(reason.context, reason.template, params)


_CONNECTION_STATES = frozenset({"57P01", "57P02", "57P03", "53300"})
"""PostgreSQL states that mean "no usable connection" besides class 08: the server was shut
down or is starting, or has no connection slot left."""


def is_connection_failure(error: BaseException) -> bool:
    """Whether ``error`` says the database could not be reached (worth retrying later), as
    opposed to a refusal (a conflict, a lock, a constraint) or a bug.

    Reached: the connection was lost or refused, timed out, the server shut down; an SQLite file
    that cannot be opened or read from disk. Not reached: authentication failures (retrying with
    the same password will not help), a busy SQLite file, serialisation failures."""
    import sys

    exc_module = sys.modules.get("sqlalchemy.exc")  # not loaded: no SQLAlchemy error exists yet
    if exc_module is not None and isinstance(error, exc_module.DBAPIError):
        if error.connection_invalidated:
            return True
        original: BaseException = error.orig if error.orig is not None else error
    else:
        original = error
    kind = type(original)
    module = kind.__module__.split(".")[0]
    if module == "sqlite3":
        text = str(original).lower()
        return kind.__name__ == "OperationalError" and (
            "unable to open database file" in text or "disk i/o error" in text
        )
    if module in ("psycopg", "psycopg2"):
        state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
        if state is None:  # raised by the client library: refused, timed out, closed, reset…
            if _LOGIN_REFUSED.search(str(original).lower()):  # …or the server said no
                return False
            return any(k.__name__ in ("OperationalError", "InterfaceError") for k in kind.__mro__)
        return str(state).startswith("08") or state in _CONNECTION_STATES
    return False


_LOGIN_REFUSED = re.compile(
    r"password authentication failed|no password supplied|role \".*\" does not exist"
    r'|database ".*" does not exist|no pg_hba\.conf entry|permission denied'
)
"""A connection attempt the server answered with a refusal: retrying will not help."""
