"""The default database lives in the platform's per-user data folder, created only when used."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from commandpost.paths import default_database_url, user_data_dir
from commandpost.store.engine import Database

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "数据 100% #1"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_user_data_dir_is_the_app_folder_under_xdg_data_home(data_home: Path) -> None:
    assert user_data_dir() == data_home / "CommandPost"
    assert not data_home.exists()


def test_default_database_url_names_the_file_even_with_unusual_characters(
    data_home: Path,
) -> None:
    url = make_url(default_database_url())
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(data_home / "CommandPost" / "commandpost.sqlite3")
    assert not data_home.exists()


def test_opening_the_default_database_creates_its_folder(data_home: Path) -> None:
    database = Database(default_database_url())
    try:
        assert (data_home / "CommandPost").is_dir()
    finally:
        database.dispose()
