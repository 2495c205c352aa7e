"""The saved database connection: which database is used, and that a password never reaches the
settings file (the keyring keeps it, or nobody does and it is asked for)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commandpost import settings
from commandpost.settings import PasswordPlace, SettingsError
from keyring_support import MemoryKeyring

SERVER = "postgresql+psycopg://commandpost@db.office.lan/commandpost"
SECRET = "s3cret:P@ss/word"


pytestmark = pytest.mark.usefixtures("config_home")


def saved_text() -> str:
    return settings.config_file().read_text(encoding="utf-8")


def test_the_file_lives_in_the_platform_config_folder(config_home: Path) -> None:
    assert settings.config_file() == config_home / "CommandPost" / "connection.json"


def test_a_password_goes_to_the_keyring_and_never_to_the_file(
    memory_keyring: MemoryKeyring,
) -> None:
    url_with_password = SERVER.replace("commandpost@", "commandpost:s3cret%3AP%40ss%2Fword@")
    saved = settings.save(url_with_password)
    assert saved == settings.SavedConnection(SERVER, PasswordPlace.KEYRING)
    assert SECRET not in saved_text()
    assert "s3cret" not in saved_text()
    assert json.loads(saved_text()) == {"url": SERVER, "password": "keyring"}
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, SERVER): SECRET}
    used = settings.resolve()
    assert (used.url, used.source, used.place, used.password) == (
        SERVER,
        "saved",
        PasswordPlace.KEYRING,
        SECRET,
    )
    assert settings.split_password(used.full_url()) == (SERVER, SECRET)


def test_without_a_keyring_the_password_is_not_kept_and_is_asked_for(
    without_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = settings.save(SERVER, password=SECRET)
    assert saved.password == PasswordPlace.ASK
    assert "s3cret" not in saved_text()
    used = settings.resolve()
    assert used.needs_password
    assert used.full_url() == SERVER
    monkeypatch.setenv(settings.PASSWORD_ENV, SECRET)  # the command line's way in
    used = settings.resolve()
    assert not used.needs_password
    assert (used.place, used.password) == ("environment", SECRET)


def test_a_password_given_as_a_url_parameter_is_taken_out_too(
    memory_keyring: MemoryKeyring,
) -> None:
    settings.save(f"{SERVER}?sslmode=require&password=hunter2")
    assert json.loads(saved_text())["url"] == f"{SERVER}?sslmode=require"
    assert memory_keyring.passwords[(settings.KEYRING_SERVICE, f"{SERVER}?sslmode=require")] == (
        "hunter2"
    )


def test_the_url_is_chosen_option_then_variable_then_saved_then_default(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = settings.resolve()
    assert default.source == "default"
    assert default.url.endswith("CommandPost/commandpost.sqlite3")
    assert str(tmp_path / "data") in default.url
    settings.save("sqlite:////srv/saved.sqlite3")
    assert (settings.resolve().url, settings.resolve().source) == (
        "sqlite:////srv/saved.sqlite3",
        "saved",
    )
    monkeypatch.setenv(settings.URL_ENV, "sqlite:////srv/variable.sqlite3")
    assert settings.resolve().source == "environment"
    assert settings.resolve().url == "sqlite:////srv/variable.sqlite3"
    option = settings.resolve("sqlite:////srv/option.sqlite3")
    assert (option.url, option.source, option.place) == (
        "sqlite:////srv/option.sqlite3",
        "option",
        PasswordPlace.NONE,
    )


def test_a_server_named_on_the_command_line_finds_its_kept_password(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.set_password(settings.KEYRING_SERVICE, SERVER, SECRET)
    used = settings.resolve(SERVER)
    assert (used.place, used.password) == (PasswordPlace.KEYRING, SECRET)
    other = settings.resolve(SERVER.replace("db.office", "db2.office"))
    assert (other.place, other.password) == (PasswordPlace.NONE, None)  # trust or .pgpass


def test_a_kept_password_that_has_gone_is_asked_for(memory_keyring: MemoryKeyring) -> None:
    settings.save(SERVER, password=SECRET)
    memory_keyring.passwords.clear()  # someone cleared the keyring
    assert settings.resolve().needs_password


def test_saving_another_database_drops_the_old_kept_password(
    memory_keyring: MemoryKeyring,
) -> None:
    settings.save(SERVER, password=SECRET)
    settings.save("sqlite:////srv/alone.sqlite3")
    assert memory_keyring.passwords == {}


def test_forgetting_removes_the_file_and_the_kept_password(memory_keyring: MemoryKeyring) -> None:
    settings.save(SERVER, password=SECRET)
    assert settings.forget()
    assert not settings.config_file().exists()
    assert memory_keyring.passwords == {}
    assert not settings.forget()
    assert settings.resolve().source == "default"


def test_a_damaged_settings_file_is_one_sentence_naming_it() -> None:
    path = settings.config_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SettingsError) as refused:
        settings.resolve()
    message = str(refused.value)
    assert str(path) in message
    assert "commandpost db set URL" in message


def test_the_settings_file_is_readable_by_its_owner_only(memory_keyring: MemoryKeyring) -> None:
    settings.save(SERVER)
    assert settings.config_file().stat().st_mode & 0o077 == 0
