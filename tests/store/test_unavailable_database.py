"""A database that cannot be used gives one readable sentence: which database (no password)
and why, in plain words; never a driver traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from commandpost.store.errors import BadDatabaseUrlError, DatabaseUnavailableError
from commandpost.store.schema import open_database, upgrade
from pgcluster import PostgresCluster, free_port

SECRET = "s3cret-Pa55"


def _refusal(url: str) -> str:
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(url)
    message = str(refused.value)
    assert SECRET not in message
    assert "Traceback" not in message
    return message


def test_unreachable_postgresql_server_is_reported_without_the_password() -> None:
    port = free_port()
    message = _refusal(f"postgresql+psycopg://commander:{SECRET}@127.0.0.1:{port}/commandpost")
    assert f"postgresql+psycopg://commander:***@127.0.0.1:{port}/commandpost" in message
    assert "nothing answered at that address (is the server running?)" in message


def test_a_password_given_as_url_parameter_is_masked_too() -> None:
    port = free_port()
    message = _refusal(f"postgresql+psycopg://commander@127.0.0.1:{port}/cp?password={SECRET}")
    assert f"postgresql+psycopg://commander@127.0.0.1:{port}/cp?password=***" in message


def test_unknown_postgresql_database_is_named_as_such(pg_cluster: PostgresCluster) -> None:
    url = pg_cluster.url("no_such_db").replace("postgres@", f"postgres:{SECRET}@")
    assert "that database does not exist on the server" in _refusal(url)


def test_unknown_postgresql_user_is_refused_in_plain_words(pg_cluster: PostgresCluster) -> None:
    url = pg_cluster.url("postgres").replace("postgres@", f"nobody:{SECRET}@")
    assert "the server knows no user by that name" in _refusal(url)


def test_sqlite_file_where_a_folder_cannot_be_made_is_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    message = _refusal(f"sqlite:///{blocker / 'commandpost.sqlite3'}")
    assert f"its folder {blocker} cannot be created" in message


def test_sqlite_path_that_is_a_folder_is_unavailable(tmp_path: Path) -> None:
    message = _refusal(f"sqlite:///{tmp_path}")
    assert str(tmp_path) in message
    assert "the file cannot be opened or created there" in message


def test_a_file_that_is_not_a_database_is_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"minutes of the meeting, not a database\n" * 100)
    assert "is not an SQLite database" in _refusal(f"sqlite:///{path}")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("not a database url", "it is not a database URL"),
        (f"postgresql+nodriver://u:{SECRET}@host/db", "no database driver is known"),
        (f"postgresql://u:{SECRET}@host:port/db", "it is not a database URL"),
    ],
    ids=["garbage", "unknown-driver", "bad-port"],
)
def test_a_malformed_url_is_refused_before_connecting(url: str, reason: str) -> None:
    with pytest.raises(BadDatabaseUrlError) as refused:
        upgrade(url)
    assert reason in str(refused.value)
    assert SECRET not in str(refused.value)
