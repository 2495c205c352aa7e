"""``commandpost db set|show|test|forget``: the database this computer uses, tested before it is
saved, its password in the keyring or nowhere; on the real PostgreSQL test cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commandpost import settings
from commandpost.cli import main
from commandpost.store.schema import HEAD_REVISION
from keyring_support import MemoryKeyring
from pgcluster import free_port

SECRET = "pa55:w@rd"
QUOTED = "pa55%3Aw%40rd"


pytestmark = pytest.mark.usefixtures("config_home")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def with_secret(url: str) -> str:
    return url.replace("postgres@", f"postgres:{QUOTED}@")


def test_set_tests_the_connection_and_moves_the_password_to_the_keyring(
    capsys: pytest.CaptureFixture[str], server_url: str, memory_keyring: MemoryKeyring
) -> None:
    code, out, err = run(capsys, "db", "set", with_secret(server_url))
    assert (code, err) == (0, "")
    assert f"Connected: {server_url}, schema {HEAD_REVISION}, PostgreSQL 15." in out
    assert f"Saved: {server_url} (password in the system keyring)." in out
    assert SECRET not in out
    stored = settings.config_file().read_text(encoding="utf-8")
    assert "pa55" not in stored
    assert json.loads(stored) == {"url": server_url, "password": "keyring"}
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, server_url): SECRET}

    code, out, _err = run(capsys, "db", "show")
    assert code == 0
    assert out.splitlines() == [
        f"Database: {server_url}",
        f"From:     the saved connection ({settings.config_file()})",
        "Password: in the system keyring",
        f"Schema:   {HEAD_REVISION}",
        out.splitlines()[4],
    ]
    assert out.splitlines()[4].startswith("Server:   PostgreSQL 15.")
    code, out, _err = run(capsys, "db", "show", "--json")
    shown = json.loads(out)
    assert (shown["url"], shown["source"], shown["password"], shown["schema"]) == (
        server_url,
        "saved",
        "keyring",
        HEAD_REVISION,
    )

    # Commands without --db now use it, with the kept password.
    code, out, _err = run(capsys, "db", "upgrade")
    masked = server_url.replace("postgres@", "postgres:***@")
    assert (code, out.strip()) == (
        0,
        f"{masked} is already at schema {HEAD_REVISION}; nothing to do.",
    )


def test_set_with_a_password_prompt(
    capsys: pytest.CaptureFixture[str],
    server_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: SECRET)
    code, _out, _err = run(capsys, "db", "set", server_url, "--password-prompt")
    assert code == 0
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, server_url): SECRET}


def test_without_a_keyring_the_password_is_refused_from_the_file_in_one_sentence(
    capsys: pytest.CaptureFixture[str],
    server_url: str,
    without_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, _err = run(capsys, "db", "set", with_secret(server_url))
    assert code == 0
    assert settings.NO_KEYRING in out
    assert "pa55" not in settings.config_file().read_text(encoding="utf-8")
    code, out, _err = run(capsys, "db", "show")
    assert "Password: asked for at start (no keyring on this computer)" in out

    # A command needs the password: not from a terminal and no variable → one sentence, exit 1.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run(capsys, "db", "test")
    assert code == 1
    assert err.strip() == (
        f"commandpost: The database {server_url} needs a password: set "
        "COMMANDPOST_DB_PASSWORD or run the command in a terminal to be asked for it."
    )
    monkeypatch.setenv(settings.PASSWORD_ENV, SECRET)
    code, out, err = run(capsys, "db", "test")
    assert (code, err) == (0, "")
    assert f"Schema:    {HEAD_REVISION} (current)" in out


def test_an_unreachable_server_is_not_saved_unless_asked(
    capsys: pytest.CaptureFixture[str], memory_keyring: MemoryKeyring
) -> None:
    url = f"postgresql+psycopg://commandpost:{QUOTED}@127.0.0.1:{free_port()}/commandpost"
    shown = url.replace(QUOTED, "***")
    code, out, err = run(capsys, "db", "set", url)
    assert code == 1
    assert err.strip() == (
        f"commandpost: Cannot open the database {shown}: nothing answered at that address "
        "(is the server running?)."
    )
    assert not settings.config_file().exists()
    assert memory_keyring.passwords == {}
    code, out, err = run(capsys, "db", "set", url, "--no-test")
    assert (code, err) == (0, "")
    assert settings.config_file().exists()
    code, out, err = run(capsys, "db", "test")
    assert code == 1
    assert "nothing answered at that address" in err
    assert "Traceback" not in err
    code, out, err = run(capsys, "db", "show")  # shows where it stands, even unreachable
    assert code == 0
    assert "Schema:   unknown: Cannot open the database" in out


def test_test_names_schema_and_server(capsys: pytest.CaptureFixture[str], server_url: str) -> None:
    code, out, err = run(capsys, "--db", server_url, "db", "test")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Connected: {server_url}"
    assert lines[1] == f"Schema:    {HEAD_REVISION} (current)"
    assert lines[2].startswith("Server:    PostgreSQL 15.")


def test_the_option_and_the_variable_come_before_the_saved_connection(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved, variable = tmp_path / "saved.sqlite3", tmp_path / "variable.sqlite3"
    code, out, _err = run(capsys, "db", "set", f"sqlite:///{saved}")
    assert code == 0
    assert f"No database file at {saved} yet" in out
    assert run(capsys, "db", "upgrade")[0] == 0
    assert saved.exists()
    monkeypatch.setenv(settings.URL_ENV, f"sqlite:///{variable}")
    code, out, _err = run(capsys, "db", "show")
    assert "From:     the COMMANDPOST_DB environment variable" in out
    option = tmp_path / "option.sqlite3"
    code, out, _err = run(capsys, "--db", f"sqlite:///{option}", "db", "show")
    assert f"Database: sqlite:///{option}" in out
    assert "From:     --db" in out


def test_forget_goes_back_to_the_default_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "db", "set", f"sqlite:///{tmp_path / 'x.sqlite3'}")[0] == 0
    code, out, _err = run(capsys, "db", "forget")
    assert code == 0
    assert "was removed" in out
    code, out, _err = run(capsys, "db", "show")
    assert "From:     the default database file" in out
    assert str(tmp_path / "data" / "CommandPost" / "commandpost.sqlite3") in out
