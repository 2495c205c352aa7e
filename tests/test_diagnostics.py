"""The diagnostics archive for support: what it tells, that it never carries a password, and that
it is written even when the database cannot be opened."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import pytest

from commandpost import __version__, settings
from commandpost.diagnostics import collect, default_name, write_zip
from commandpost.store.engine import Database
from commandpost.store.schema import HEAD_REVISION
from keyring_support import MemoryKeyring
from pgcluster import free_port

pytestmark = pytest.mark.usefixtures("config_home")

SECRET = "pa55:w@rd"
QUOTED = "pa55%3Aw%40rd"
KEPT = "kept-in-the-keyring-7"
TYPED = "typed-for-sign-in-9"
WHEN = datetime(2026, 3, 14, 9, 26, tzinfo=UTC)


def read(archive: Path) -> dict[str, str]:
    with zipfile.ZipFile(archive) as opened:
        return {name: opened.read(name).decode("utf-8") for name in opened.namelist()}


def write_log(folder: Path, name: str, lines: range, prefix: str = "line") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{prefix} {number}\n" for number in lines)
    (folder / name).write_text(text, encoding="utf-8")


def test_the_archive_tells_versions_database_settings_and_the_recent_log(
    tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.save(database.url)
    logs = tmp_path / "logs"
    write_log(logs, "commandpost.log.2", range(0, 1000))
    write_log(logs, "commandpost.log.1", range(1000, 2000))
    write_log(logs, "commandpost.log", range(2000, 3000))

    found = collect(log_dir=logs, clock=lambda: WHEN)
    archive = write_zip(tmp_path / "out.zip", found)

    files = read(archive)
    assert set(files) == {
        "summary.txt",
        "summary.json",
        "logs/commandpost.log",
        "logs/commandpost.log.1",
    }
    summary = json.loads(files["summary.json"])
    assert summary["created_utc"] == "2026-03-14T09:26:00+00:00"
    assert summary["commandpost"] == __version__
    assert summary["qt"]["PySide6-Essentials"] == metadata.version("PySide6-Essentials")
    assert summary["dependencies"]["SQLAlchemy"] == metadata.version("SQLAlchemy")
    assert "pytest" not in summary["dependencies"]  # a test tool, not what the product runs on
    assert summary["python"].endswith(".".join(map(str, __import__("sys").version_info[:3])))
    assert summary["database"]["source"] == "saved"
    assert summary["database"]["schema"] == HEAD_REVISION
    assert summary["database"]["schema_current"] is True
    assert summary["settings_file"]["content"] == {"url": database.url, "password": "none"}
    # The most recent 2,000 lines: all of the current file and the newer half-file before it.
    assert files["logs/commandpost.log"].splitlines() == [f"line {n}" for n in range(2000, 3000)]
    assert files["logs/commandpost.log.1"].splitlines() == [f"line {n}" for n in range(1000, 2000)]

    text = files["summary.txt"]
    assert f"commandpost: {__version__}" in text
    assert f"schema: {HEAD_REVISION}" in text
    assert "PySide6-Essentials: " in text


def assert_no_secret(archive: Path, *secrets: str) -> None:
    raw = archive.read_bytes()
    contents = read(archive)
    for secret in secrets:
        for form in (secret, QUOTED if secret == SECRET else secret):
            assert form.encode() not in raw
            for name, text in contents.items():
                assert form not in text, f"{form!r} in {name}"


def test_no_password_is_ever_in_the_archive(
    tmp_path: Path,
    server_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A saved connection whose password went to the keyring, with a hand-added secret…
    other = server_url.replace("/test_", "/other_")
    settings.save(other.replace("postgres@", f"postgres:{KEPT}@"))
    saved = json.loads(settings.config_file().read_text(encoding="utf-8"))
    settings.config_file().write_text(
        json.dumps({**saved, "token": "hand-written-token"}), encoding="utf-8"
    )
    # …while COMMANDPOST_DB names another database with a password in its URL.
    monkeypatch.setenv(settings.URL_ENV, server_url.replace("postgres@", f"postgres:{QUOTED}@"))
    monkeypatch.setenv("COMMANDPOST_PASSWORD", TYPED)
    logs = tmp_path / "logs"
    write_log(logs, "commandpost.log", range(3), f"connecting to {server_url} with {SECRET}")
    with (logs / "commandpost.log").open("a", encoding="utf-8") as log:
        log.write(f"a stray {KEPT} and {TYPED} and postgresql://u:{QUOTED}@h/db\n")

    archive = write_zip(tmp_path / "out.zip", collect(log_dir=logs))

    assert_no_secret(archive, SECRET, KEPT, TYPED, "hand-written-token")
    summary = json.loads(read(archive)["summary.json"])
    assert summary["database"]["url"] == server_url  # the server and database, not the password
    assert summary["database"]["source"] == "environment"
    assert summary["database"]["schema"] == HEAD_REVISION  # read with the password, not shown
    assert summary["settings_file"]["content"] == {
        "url": other,
        "password": "keyring",
        "token": "***",
    }
    assert "with ***" in read(archive)["logs/commandpost.log"]


def test_an_unreachable_database_is_reported_and_the_archive_is_still_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"postgresql+psycopg://postgres:{QUOTED}@127.0.0.1:{free_port()}/gone"
    monkeypatch.setenv(settings.URL_ENV, url)

    archive = write_zip(tmp_path / "out.zip", collect(log_dir=tmp_path / "no-logs"))

    summary = json.loads(read(archive)["summary.json"])
    problem = summary["database"]["schema_problem"]
    assert problem.startswith("Cannot open the database postgresql+psycopg://postgres:***@")
    assert "nothing answered at that address" in problem
    assert "schema" not in summary["database"]
    assert summary["logs"]["problem"] == f"There is no log folder at {tmp_path / 'no-logs'} yet."
    assert_no_secret(archive, SECRET)


def test_a_missing_database_file_and_an_unreadable_saved_connection_are_said_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.config_file().parent.mkdir(parents=True)
    settings.config_file().write_text("{not json", encoding="utf-8")
    found = collect(log_dir=tmp_path)
    database = found.summary["database"]
    assert database["problem"].startswith("The saved database connection in ")
    assert found.summary["settings_file"]["problem"].startswith("It is not valid JSON")

    monkeypatch.setenv(settings.URL_ENV, f"sqlite:///{tmp_path / 'moved-away.sqlite3'}")
    database = collect(log_dir=tmp_path).summary["database"]
    assert "there is no database file at" in database["schema_problem"]
    assert not (tmp_path / "moved-away.sqlite3").exists()  # never created by looking


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path) -> None:
    target = tmp_path / "out.zip"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        write_zip(target, collect(log_dir=tmp_path / "none"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.zip"]
    assert target.is_dir()


def test_the_default_name_carries_the_local_date_and_minute() -> None:
    local = WHEN.astimezone()
    assert default_name(WHEN) == f"commandpost-diagnostics-{local:%Y%m%d-%H%M}.zip"
