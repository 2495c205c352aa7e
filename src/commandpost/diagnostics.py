"""Diagnostics for support: what is installed, which database, the saved settings, the recent log.

Shape: :func:`collect` gathers everything into a plain :class:`Diagnostics` value (a JSON-able
summary and the tails of the log files), and :func:`write_zip` writes it as one .zip
(``summary.txt`` for people, ``summary.json`` for tools, ``logs/…``), atomically: a temporary
file beside the target, then a rename, so a half-written archive never carries the chosen name.

Collecting never fails on what it is meant to report: a database that cannot be opened, a saved
connection that cannot be read, a missing log folder are each recorded as one plain sentence.
No Qt here (the versions of PySide6 come from the installed distributions' metadata), so the
command line and the window share it.

Secrets: URLs are shown with their password removed, the saved connection is re-read through
the same rules, and as a last guard every password this computer knows of (the database URL,
``COMMANDPOST_DB_PASSWORD``, ``COMMANDPOST_PASSWORD``, the keyring's entry) is replaced by
``***`` in every file of the archive, in the spellings it could take there (as typed, quoted
for a URL, escaped for JSON).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from commandpost import __version__
from commandpost.clock import Clock, utc_now

LOG_FILE = "commandpost.log"
"""The log file's name in the log folder; rotated copies add ``.1``, ``.2``…"""
LOG_LINES = 2000
"""How many of the most recent log lines go into the archive."""
SIGN_IN_PASSWORD_ENV = "COMMANDPOST_PASSWORD"
"""The command line's sign-in password variable (``cli/users.py``): never reported."""
QT_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6-Addons", "PySide6", "shiboken6")
MASK = "***"

_URL_CREDENTIALS = re.compile(r"(?P<head>://[^/?#@:\s]*):[^/?#@\s]*@")
_PASSWORD_PARAM = re.compile(r"(?P<head>[?&]password=)[^&#\s]*", re.IGNORECASE)
_SECRET_KEY = re.compile(r"pass|secret|token|key", re.IGNORECASE)


@dataclass(frozen=True)
class Diagnostics:
    """What an export holds: ``summary`` (JSON-able) and log file tails by file name."""

    summary: dict[str, Any]
    logs: dict[str, str] = field(default_factory=dict)
    secrets: frozenset[str] = field(default=frozenset(), repr=False)
    """Passwords known while collecting: masked in every file written, never written."""

    def summary_text(self) -> str:
        """The summary as a person reads it."""
        return _scrub(summary_text(self.summary), self.secrets)


def default_log_dir() -> Path:
    """The platform's log folder for CommandPost (where the window's rotating log is)."""
    from platformdirs import user_log_path

    return user_log_path("CommandPost", appauthor=False)


def collect(
    option: str | None = None,
    *,
    connect_url: str | None = None,
    environ: Mapping[str, str] | None = None,
    config_path: Path | None = None,
    log_dir: Path | None = None,
    clock: Clock = utc_now,
    log_lines: int = LOG_LINES,
) -> Diagnostics:
    """Gather the diagnostics. ``option`` is ``--db`` as given; ``connect_url`` the URL (with
    password) a running window already connects with, used to read the schema version instead
    of resolving one (whose password may have to be asked for, which this never does)."""
    environ = os.environ if environ is None else environ
    secrets: set[str] = set()
    summary: dict[str, Any] = {
        "created_utc": clock().isoformat(timespec="seconds"),
        "commandpost": __version__,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "machine": platform.machine(),
        "qt": _versions(QT_DISTRIBUTIONS),
        "dependencies": _versions(pinned_dependencies()),
    }
    summary["database"] = _database(option, connect_url, environ, config_path, secrets)
    summary["settings_file"] = _settings_file(config_path, secrets)
    folder = log_dir or default_log_dir()
    logs, problem = read_log_tails(folder, log_lines)
    summary["logs"] = {"folder": str(folder), "files": sorted(logs), "problem": problem}
    from commandpost.settings import PASSWORD_ENV

    for name in (PASSWORD_ENV, SIGN_IN_PASSWORD_ENV):
        if environ.get(name):
            secrets.add(environ[name])
    scrubbed = {name: _mask_urls(text) for name, text in logs.items()}
    return Diagnostics(summary, scrubbed, frozenset(s for s in secrets if s))


def pinned_dependencies() -> list[str]:
    """The distributions CommandPost depends on (its own metadata; test extras left out)."""
    try:
        requires = metadata.requires("commandpost") or []
    except metadata.PackageNotFoundError:
        return []
    names: list[str] = []
    for requirement in requires:
        if "extra" in requirement.partition(";")[2]:
            continue
        found = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
        if found and found.group(0) not in names:
            names.append(found.group(0))
    return names


def _versions(names: Iterable[str]) -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _database(
    option: str | None,
    connect_url: str | None,
    environ: Mapping[str, str],
    config_path: Path | None,
    secrets: set[str],
) -> dict[str, Any]:
    from commandpost import settings
    from commandpost.store.errors import StorageError, describe_failure, display_url

    found: dict[str, Any] = {"url": None, "source": None, "password": None}
    try:
        chosen = settings.resolve(option, environ, config_path)
    except StorageError as error:
        found["problem"] = str(error)
        chosen = None
    if chosen is not None:
        if chosen.password:
            secrets.add(chosen.password)
        found.update(url=display_url(chosen.url), source=chosen.source, password=str(chosen.place))
    for url in (option, environ.get(settings.URL_ENV), connect_url):
        if url:
            _bare, password = settings.split_password(url)
            if password:
                secrets.add(password)
    if connect_url is None and chosen is not None:
        if chosen.needs_password:
            found["schema_problem"] = "the password is needed to read the schema; not asked for"
            return found
        connect_url = chosen.full_url()
    if connect_url is None:
        return found
    try:
        from commandpost.store.probe import check_connection

        check = check_connection(connect_url)
        found.update(schema=check.schema, schema_current=check.current, server=check.server)
    except StorageError as error:
        found["schema_problem"] = str(error)
    except Exception as error:  # whatever the driver says, the export goes on
        found["schema_problem"] = f"Cannot open the database: {describe_failure(error)}."
    return found


def _settings_file(config_path: Path | None, secrets: set[str]) -> dict[str, Any]:
    """The saved connection file as it is, less any secret (a URL's password, a secret key)."""
    from commandpost import settings

    path = config_path or settings.config_file()
    shown: dict[str, Any] = {"path": str(path)}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        shown["content"] = None
        return shown
    except OSError as error:
        shown["problem"] = f"It cannot be read ({error.strerror or error})."
        return shown
    try:
        data = json.loads(text)
    except ValueError:
        shown["problem"] = "It is not valid JSON; shown with anything like a password masked."
        shown["content"] = _mask_urls(text)
        return shown
    shown["content"] = _without_secrets(data, secrets)
    saved_url = data.get("url") if isinstance(data, dict) else None
    if isinstance(saved_url, str):
        bare, _password = settings.split_password(saved_url)
        with contextlib.suppress(Exception):  # a broken keyring hides nothing from the export
            kept = settings.keyring_password(bare)
            if kept:
                secrets.add(kept)
    return shown


def _without_secrets(value: Any, secrets: set[str], key: str = "") -> Any:
    from commandpost.settings import PasswordPlace, split_password

    if isinstance(value, dict):
        return {k: _without_secrets(v, secrets, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_secrets(v, secrets, key) for v in value]
    if not isinstance(value, str):
        return value
    if "://" in value:
        bare, password = split_password(value)
        if password:
            secrets.add(password)
        return _mask_urls(bare)
    places = {place.value for place in PasswordPlace}
    if _SECRET_KEY.search(key) and value not in places:
        if value:
            secrets.add(value)
        return MASK
    return value


def read_log_tails(folder: Path, lines: int = LOG_LINES) -> tuple[dict[str, str], str | None]:
    """The last ``lines`` lines of the log, newest file first until enough, by file name; and
    a plain sentence if the folder cannot be read."""
    try:
        present = [p for p in folder.iterdir() if p.name.startswith(LOG_FILE) and p.is_file()]
    except FileNotFoundError:
        return {}, f"There is no log folder at {folder} yet."
    except OSError as error:
        return {}, f"The log folder {folder} cannot be read ({error.strerror or error})."
    present.sort(key=_rotation)
    tails: dict[str, str] = {}
    left = lines
    for path in present:
        if left <= 0:
            break
        try:
            kept = path.read_text(encoding="utf-8", errors="replace").splitlines()[-left:]
        except OSError:
            continue
        left -= len(kept)
        tails[path.name] = "\n".join(kept) + ("\n" if kept else "")
    return tails, None


def _rotation(path: Path) -> int:
    """commandpost.log is 0 (newest), commandpost.log.1 is 1…"""
    suffix = path.name[len(LOG_FILE) :].lstrip(".")
    return int(suffix) if suffix.isdigit() else (0 if not suffix else 10_000)


def _mask_urls(text: str) -> str:
    return _PASSWORD_PARAM.sub(rf"\g<head>{MASK}", _URL_CREDENTIALS.sub(rf"\g<head>:{MASK}@", text))


def _scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every spelling of every secret replaced by the mask (longest first)."""
    spellings = {
        form
        for secret in secrets
        for form in (secret, quote(secret, safe=""), json.dumps(secret)[1:-1])
        if form
    }
    for form in sorted(spellings, key=len, reverse=True):
        text = text.replace(form, MASK)
    return text


def summary_text(summary: Mapping[str, Any]) -> str:
    """A readable rendering of a summary: one ``name: value`` line each, nested by indent."""
    lines = ["CommandPost diagnostics", ""]

    def put(value: Any, indent: int) -> None:
        for key, item in value.items():
            if isinstance(item, Mapping):
                lines.append(f"{' ' * indent}{key}:")
                put(item, indent + 2)
            elif isinstance(item, list):
                lines.append(f"{' ' * indent}{key}: {', '.join(map(str, item)) or '-'}")
            else:
                lines.append(f"{' ' * indent}{key}: {'-' if item is None else item}")

    put(summary, 0)
    return "\n".join(lines) + "\n"


def write_zip(path: Path, diagnostics: Diagnostics) -> Path:
    """Write the archive at ``path`` (a temporary file beside it, then renamed); returns it."""
    secrets = diagnostics.secrets
    files = {
        "summary.txt": diagnostics.summary_text(),
        "summary.json": _scrub(
            json.dumps(diagnostics.summary, ensure_ascii=False, indent=2) + "\n", secrets
        ),
        **{f"logs/{name}": _scrub(text, secrets) for name, text in diagnostics.logs.items()},
    }
    partial = path.with_name(f".{path.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text.encode("utf-8"))
        partial.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return path


def default_name(now: datetime) -> str:
    """``commandpost-diagnostics-YYYYMMDD-HHMM.zip`` for ``now`` (local time)."""
    return f"commandpost-diagnostics-{now.astimezone():%Y%m%d-%H%M}.zip"
