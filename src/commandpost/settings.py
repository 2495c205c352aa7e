"""The database this computer uses, saved between runs, and where its password is kept.

The saved connection is a small JSON file in the platform's configuration folder
(``~/.config/CommandPost/connection.json`` on Linux): the database URL *without* its password
and a word for where the password is. The password itself goes to the platform's keyring
(Windows Credential Manager, macOS Keychain, Secret Service), under the service
:data:`KEYRING_SERVICE` and the URL without password as the user name. Where there is no keyring
(a headless Linux box), the password is never written to the file: it is asked for at start (the
window) or read from :data:`PASSWORD_ENV` or a prompt (the command line).

Which URL is used, first match wins: ``--db`` > :data:`URL_ENV` > the saved connection > the
default SQLite file in the user data folder. The window and the command line both go through
:func:`resolve`, so they always agree.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from commandpost.messages import QT_TRANSLATE_NOOP
from commandpost.paths import default_database_url, user_config_dir
from commandpost.store.errors import StorageError

CONNECTION_FILE = "connection.json"
KEYRING_SERVICE = "CommandPost"
URL_ENV = "COMMANDPOST_DB"
PASSWORD_ENV = "COMMANDPOST_DB_PASSWORD"

Source = Literal["option", "environment", "saved", "default"]
"""Where the URL in use came from: ``--db``, :data:`URL_ENV`, the saved file, the default."""


class PasswordPlace(StrEnum):
    """Where the password of a saved connection is."""

    KEYRING = "keyring"
    """In the platform's keyring."""
    ASK = "ask"
    """Nowhere: asked for at start (no keyring on this computer)."""
    NONE = "none"
    """The connection needs none (SQLite, or a server that trusts this user)."""


class SettingsError(StorageError):
    """The saved connection cannot be read or written, or a password is needed and cannot be
    asked for; the message is one plain sentence."""


@dataclass(frozen=True)
class SavedConnection:
    url: str
    """The database URL, never with a password."""
    password: PasswordPlace


@dataclass(frozen=True)
class Resolved:
    """The database to use and what is known of its password."""

    url: str
    """The URL without password."""
    source: Source
    place: PasswordPlace | Literal["url", "environment"]
    """Where the password was found: the keyring, the URL as given, :data:`PASSWORD_ENV`; or
    ASK (needed, not found yet) or NONE (none needed)."""
    password: str | None = None

    @property
    def needs_password(self) -> bool:
        """The password must be asked for before connecting."""
        return self.place == PasswordPlace.ASK and self.password is None

    def full_url(self, password: str | None = None) -> str:
        """The URL to connect with: with ``password``, or the one found."""
        given = password if password is not None else self.password
        return self.url if given is None else with_password(self.url, given)


def config_file() -> Path:
    """Where the saved connection lives (the folder is made when it is first saved)."""
    return user_config_dir() / CONNECTION_FILE


# --- URLs and passwords ------------------------------------------------------------------


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None if it had none). Plain string
    work, no SQLAlchemy: the window resolves its URL before anything heavy is imported."""
    parts = urlsplit(url)
    try:
        password = parts.password
    except ValueError:  # not a URL: the engine will say so in words
        return url, None
    query = parse_qsl(parts.query, keep_blank_values=True)
    in_query = [value for key, value in query if key.lower() == "password"]
    if password is None and not in_query:
        return url, None
    if in_query:  # libpq also takes the password as a parameter
        kept = [(key, value) for key, value in query if key.lower() != "password"]
        parts = parts._replace(query=urlencode(kept))
    user_info, at, host = parts.netloc.rpartition("@")
    user = user_info.split(":", 1)[0]
    netloc = f"{user}@{host}" if at else host
    found = unquote(password) if password is not None else in_query[-1]
    return urlunsplit(parts._replace(netloc=netloc)), found


def with_password(url: str, password: str) -> str:
    """``url`` (without password) with ``password`` put in, quoted as URLs need."""
    parts = urlsplit(url)
    user_info, at, host = parts.netloc.rpartition("@")
    user = user_info.split(":", 1)[0] if at else ""
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def takes_password(url: str) -> bool:
    """Whether the database at ``url`` can ask for a password (a server, not a file)."""
    return not url.startswith("sqlite")


# --- the keyring -------------------------------------------------------------------------


def keyring_available() -> bool:
    """Whether this computer has a keyring to keep passwords in (not the "fail" or "null"
    backends keyring falls back to where there is none)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration counts as none
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def keyring_password(url: str) -> str | None:
    """The password kept for ``url`` (without password) in the keyring, if any."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, url)
    except KeyringError:
        return None


def _keep_password(url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, url, password)
    except KeyringError as error:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "CoreStorage", "The keyring refused to keep the password ({reason})."
            ).format(reason=str(error))
        ) from None


def _drop_password(url: str) -> None:
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    # Nothing was kept, or the keyring is locked: nothing more to do either way.
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, url)


NO_KEYRING = (
    "The password was not saved: this computer has no keyring to keep it safely, and "
    "CommandPost never writes passwords to a file. The window asks for it at start; the "
    f"command line reads {PASSWORD_ENV} or asks."
)
"""Said when a password is given where no keyring exists."""


# --- saving and loading ------------------------------------------------------------------


def load_saved(path: Path | None = None) -> SavedConnection | None:
    """The saved connection, or None if there is none."""
    path = path or config_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        url = data["url"]
        place = PasswordPlace(data.get("password", PasswordPlace.NONE))
        if not isinstance(url, str) or not url:
            raise ValueError("no URL in it")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "CoreStorage",
                "The saved database connection in {path} cannot be read ({reason}); "
                "save it again with: commandpost db set URL",
            ).format(path=str(path), reason=str(error))
        ) from None
    return SavedConnection(url, place)


def save(url: str, password: str | None = None, path: Path | None = None) -> SavedConnection:
    """Save ``url`` as this computer's database; a password (given, or in the URL) goes to the
    keyring. Without a keyring the URL is saved and the password is not: the result says ASK
    (and :data:`NO_KEYRING` is what to tell the user)."""
    bare, in_url = split_password(url)
    password = password if password is not None else in_url
    place = PasswordPlace.NONE
    if password:
        if keyring_available():
            _keep_password(bare, password)
            place = PasswordPlace.KEYRING
        else:
            place = PasswordPlace.ASK
    previous = _quietly_load(path)
    if previous is not None and previous.url != bare:
        _drop_password(previous.url)
    saved = SavedConnection(bare, place)
    _write(path or config_file(), saved)
    return saved


def forget(path: Path | None = None) -> bool:
    """Remove the saved connection and its kept password; False if none was saved."""
    path = path or config_file()
    previous = _quietly_load(path)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "CoreStorage", "The saved connection {path} cannot be removed ({reason})."
            ).format(path=str(path), reason=str(error))
        ) from None
    if previous is not None:
        _drop_password(previous.url)
    return True


def _quietly_load(path: Path | None) -> SavedConnection | None:
    try:
        return load_saved(path)
    except SettingsError:
        return None


def _write(path: Path, saved: SavedConnection) -> None:
    text = json.dumps({"url": saved.url, "password": saved.password.value}, indent=2) + "\n"
    partial = path.with_suffix(".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
        partial.replace(path)
    except OSError as error:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "CoreStorage", "The database connection cannot be saved in {path} ({reason})."
            ).format(path=str(path), reason=error.strerror or str(error))
        ) from None


# --- which database ----------------------------------------------------------------------


def resolve(
    option: str | None = None,
    environ: Mapping[str, str] | None = None,
    path: Path | None = None,
) -> Resolved:
    """The database to use: ``option`` (``--db``) > :data:`URL_ENV` > saved > default, with
    the password from the URL, the keyring or :data:`PASSWORD_ENV` when there is one."""
    environ = os.environ if environ is None else environ
    source: Source
    saved_place: PasswordPlace | None = None
    if option:
        url, source = option, "option"
        if option == environ.get(URL_ENV):
            source = "environment"  # the option's default is the variable
    elif environ.get(URL_ENV):
        url, source = environ[URL_ENV], "environment"
    elif (saved := load_saved(path)) is not None:
        url, source, saved_place = saved.url, "saved", saved.password
    else:
        return Resolved(default_database_url(), "default", PasswordPlace.NONE)
    bare, in_url = split_password(url)
    if in_url is not None:
        return Resolved(bare, source, "url", in_url)
    if not takes_password(bare):
        return Resolved(bare, source, PasswordPlace.NONE)
    if saved_place != PasswordPlace.ASK and (kept := keyring_password(bare)) is not None:
        return Resolved(bare, source, PasswordPlace.KEYRING, kept)
    if environ.get(PASSWORD_ENV):
        return Resolved(bare, source, "environment", environ[PASSWORD_ENV])
    if saved_place in (PasswordPlace.ASK, PasswordPlace.KEYRING):
        return Resolved(bare, source, PasswordPlace.ASK)  # kept once, not found now: ask
    return Resolved(bare, source, PasswordPlace.NONE)
