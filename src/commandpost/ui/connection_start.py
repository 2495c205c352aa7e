"""Starting with the right database, and starting again: the window's side of
:mod:`commandpost.settings`.

:func:`window_database_url` resolves the database the window opens exactly as the command line
does, and asks for the password (kept for this run only) where no keyring keeps it. After a new
connection is saved, :func:`relaunch_when_closed` starts CommandPost again once its window has
really closed: a question the window asks first (unsaved review, changes waiting to be saved)
may keep it open, and then nothing is started.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

translate = QCoreApplication.translate

Launcher = Callable[[], object]
"""Starts CommandPost again (a new process); tests pass their own."""


# --- starting again ----------------------------------------------------------------------


class _RestartOnClose(QObject):
    """Starts CommandPost again once the window has really closed (a question it asked first
    may keep it open; if the user stays, nothing is started)."""

    def __init__(self, window: QMainWindow, launcher: Launcher) -> None:
        super().__init__(window)
        self.setObjectName("restartOnClose")
        self._window = window
        self._launcher = launcher
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._after_close)
        return False

    def _after_close(self) -> None:
        if not self._window.isVisible():
            self._window.removeEventFilter(self)
            self._launcher()
        elif QApplication.activeModalWidget() is None:  # the user chose to stay
            self._window.removeEventFilter(self)
            self.deleteLater()


def relaunch_when_closed(window: QMainWindow, launcher: Launcher) -> None:
    _RestartOnClose(window, launcher)


def restart_command(argv: Sequence[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start CommandPost as it was started, without ``--db``
    (the saved connection is the point of restarting)."""
    given = list(sys.argv[1:] if argv is None else argv)
    kept: list[str] = []
    skip = False
    for argument in given:
        if skip:
            skip = False
            continue
        if argument == "--db":
            skip = True
            continue
        if argument.startswith("--db="):
            continue
        kept.append(argument)
    if getattr(sys, "frozen", False):  # a bundled program is its own executable
        return sys.executable, kept
    return sys.executable, ["-m", "commandpost", *kept]


def relaunch() -> bool:
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


# --- the password at start ---------------------------------------------------------------


def ask_password(display: str, parent: QWidget | None = None) -> str | None:
    """Ask for the database password (no keyring keeps it); None if cancelled. Kept only for
    this run."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("databasePasswordDialog")
    dialog.setWindowTitle(translate("ConnectionDialog", "Database password"))
    dialog.setLabelText(
        translate(
            "ConnectionDialog",
            "Password for {database}:\n(This computer has no keyring; the password is kept "
            "only while CommandPost runs.)",
        ).format(database=display)
    )
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def window_database_url(
    option: str | None, ask: Callable[[str], str | None] | None = None
) -> str | None:
    """The URL the window opens, resolved as the command line does (``--db`` >
    ``COMMANDPOST_DB`` > saved > default), the password asked for if needed; None if the user
    cancelled or the saved connection cannot be read (said in a box)."""
    from commandpost import settings
    from commandpost.store.errors import display_url
    from commandpost.ui.core_words import describe

    try:
        chosen = settings.resolve(option)
    except settings.SettingsError as error:
        QMessageBox.critical(None, translate("App", "CommandPost cannot start"), describe(error))
        return None
    if not chosen.needs_password:
        return chosen.full_url()
    password = (ask or ask_password)(display_url(chosen.url))
    return None if password is None else chosen.full_url(password)
