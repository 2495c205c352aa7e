"""Where CommandPost keeps its own files on this computer.

Only computed, never created here: the folder appears when something is first written to it
(the SQLite database creates its folder when opened), so importing this module touches nothing.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "CommandPost"
DATABASE_FILE = "commandpost.sqlite3"


def user_data_dir() -> Path:
    """The per-user data folder the platform expects (no vendor folder on Windows)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_url() -> str:
    """The SQLite database used when no other database is configured."""
    from sqlalchemy.engine import URL

    path = user_data_dir() / DATABASE_FILE
    # URL.create quotes characters such as '%', '?' and '#' that a plain f-string would let
    # the URL parser misread; make_url() gives the path back unchanged.
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def user_config_dir() -> Path:
    """The per-user configuration folder: the saved database connection (settings.py)."""
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """The per-user cache folder: files that can be lost without losing anything."""
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
