"""File → Database connection…: test a connection (the answer in the dialog), save it (the
password to the keyring, never the file), restart; and the password asked for at start."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from commandpost import settings
from commandpost.store.schema import HEAD_REVISION
from commandpost.ui.connection_dialog import ConnectionDialog
from commandpost.ui.connection_start import restart_command, window_database_url
from keyring_support import MemoryKeyring, no_keyring, using_keyring
from pgcluster import free_port

SECRET = "pa55:w@rd"


class Window(QMainWindow):
    """A main window that, like CommandPost's, may ask before it closes."""

    def __init__(self) -> None:
        super().__init__()
        self.refuse_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.refuse_close:
            event.ignore()
            return
        super().closeEvent(event)


DialogOn = Callable[..., tuple[ConnectionDialog, Window, list[str]]]


@pytest.fixture
def dialog_on(qtbot: QtBot, use_language: Callable[[str], None]) -> DialogOn:
    def make(
        url: str = "", lang: str = "en", keyring: bool = True
    ) -> tuple[ConnectionDialog, Window, list[str]]:
        use_language(lang)
        window = Window()
        qtbot.addWidget(window)
        window.show()
        launched: list[str] = []
        dialog = ConnectionDialog(url, "saved", window, lambda: launched.append("again"), keyring)
        dialog.show()
        return dialog, window, launched

    return make


pytestmark = pytest.mark.usefixtures("config_home")


def test_test_connection_says_the_server_and_schema_in_the_dialog(
    qtbot: QtBot, dialog_on: DialogOn, server_url: str
) -> None:
    dialog, _window, _launched = dialog_on(server_url)
    assert dialog.password.isEnabled()
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as answer:
        dialog.test_button.click()
    assert answer.args == [True]
    assert dialog.outcome.text().startswith("✓ Connected: PostgreSQL 15.")
    assert dialog.outcome.text().endswith(f", schema {HEAD_REVISION}.")
    dialog.close()


def test_a_connection_that_fails_is_said_in_plain_words_without_a_box(
    qtbot: QtBot, dialog_on: DialogOn
) -> None:
    dialog, window, _launched = dialog_on(f"postgresql+psycopg://cp@127.0.0.1:{free_port()}/cp")
    dialog.password.setText(SECRET)
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as answer:
        dialog.test_button.click()
    assert answer.args == [False]
    text = dialog.outcome.text()
    assert text.startswith("✗ Cannot connect: Cannot open the database")
    assert "nothing answered at that address (is the server running?)" in text
    assert "pa55" not in text
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    dialog.close()


def test_saving_keeps_the_password_in_the_keyring_and_restart_now_starts_again(
    qtbot: QtBot, dialog_on: DialogOn, server_url: str, memory_keyring: MemoryKeyring
) -> None:
    dialog, window, launched = dialog_on("")
    dialog.url.setText(server_url)
    dialog.password.setText(SECRET)
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert json.loads(settings.config_file().read_text(encoding="utf-8")) == {
        "url": server_url,
        "password": "keyring",
    }
    assert memory_keyring.passwords == {(settings.KEYRING_SERVICE, server_url): SECRET}
    box = dialog.restart_box
    assert box is not None
    assert box.text() == "The connection was saved. It applies when CommandPost starts again."
    restart = next(b for b in box.findChildren(QPushButton) if b.text() == "Restart now")
    restart.click()
    qtbot.waitUntil(lambda: launched == ["again"], timeout=5_000)
    assert not window.isVisible()


def test_restart_waits_for_the_window_and_starts_nothing_if_it_stays_open(
    qtbot: QtBot, dialog_on: DialogOn, tmp_path: Path
) -> None:
    dialog, window, launched = dialog_on(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert not dialog.password.isEnabled()  # a file has no password
    window.refuse_close = True  # e.g. the user kept a review with unsaved changes open
    dialog.save()
    box = dialog.restart_box
    assert box is not None
    next(b for b in box.findChildren(QPushButton) if b.text() == "Restart now").click()
    # The close was refused and no question is open: the restart gives up, nothing starts.
    qtbot.waitUntil(lambda: window.findChild(QObject, "restartOnClose") is None, timeout=5_000)
    assert window.isVisible()
    window.refuse_close = False
    window.close()  # later, an ordinary close: no restart
    assert launched == []


def test_without_a_keyring_the_dialog_says_the_password_is_asked_for_at_start(
    qtbot: QtBot, dialog_on: DialogOn, server_url: str
) -> None:
    with using_keyring(no_keyring()):
        dialog, _window, _launched = dialog_on(server_url, keyring=False)
        assert "no keyring" in dialog.password_note.text()
        dialog.password.setText(SECRET)
        with qtbot.waitSignal(dialog.saved, timeout=5_000):
            dialog.save()
    assert "pa55" not in settings.config_file().read_text(encoding="utf-8")
    box = dialog.restart_box
    assert box is not None
    assert "The password was not saved: this computer has no keyring." in box.text()
    box.close()


def test_the_window_resolves_its_database_as_the_command_line_and_asks_for_the_password(
    memory_keyring: MemoryKeyring, server_url: str
) -> None:
    with using_keyring(no_keyring()):
        settings.save(server_url, password=SECRET)
    asked: list[str] = []

    def ask(display: str) -> str | None:
        asked.append(display)
        return SECRET

    with using_keyring(no_keyring()):
        opened = window_database_url(None, ask)
    assert asked == [server_url]
    assert opened is not None
    assert settings.split_password(opened) == (server_url, SECRET)
    with using_keyring(no_keyring()):
        assert window_database_url(None, lambda _display: None) is None  # cancelled
    given = "sqlite:////srv/given.sqlite3"
    assert window_database_url(given, ask) == given  # --db comes first, asks nothing


def test_a_restart_starts_the_same_program_without_its_db_option() -> None:
    program, arguments = restart_command(["--lang", "zh", "--db", "sqlite:////x", "--user=ann"])
    assert arguments[-3:] == ["--lang", "zh", "--user=ann"]
    assert "--db" not in arguments
    assert program
    assert restart_command(["--db=sqlite:////x"])[1][-1] != "--db=sqlite:////x"
