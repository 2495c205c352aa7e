"""File → Database connection…: which database this computer uses, tested before it is saved.

The dialog edits the saved connection of :mod:`commandpost.settings` (the command line's
``commandpost db set`` does the same): the URL goes to the settings file, the password to the
system keyring, never to a file. "Test connection" connects off the GUI thread and says the
result inline. A saved connection applies when CommandPost starts again, so saving offers
"Restart now", which closes this window (after the usual questions about unsaved work) and
starts the program again (:mod:`commandpost.ui.connection_start`).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.appearance import tint
from commandpost.ui.connection_start import Launcher, relaunch, relaunch_when_closed
from commandpost.ui.core_words import describe
from commandpost.ui.tasks import TaskRunner

translate = QCoreApplication.translate

SQLITE_EXAMPLE = "sqlite:////home/you/commandpost.sqlite3"
POSTGRESQL_EXAMPLE = "postgresql+psycopg://commandpost@dbserver/commandpost"


class ConnectionDialog(QDialog):
    """``tested(ok)``: a test finished and its result is shown; ``saved``: the connection was
    saved and the restart question is open."""

    tested = Signal(bool)
    saved = Signal()

    def __init__(
        self,
        current_url: str,
        started_with: str,
        parent: QWidget | None = None,
        launcher: Launcher | None = None,
        keyring: bool | None = None,
    ) -> None:
        """``current_url``: the database in use (without password); ``started_with``: where it
        came from (``settings.Source``); ``keyring``: whether a keyring exists (asked if
        None)."""
        from commandpost import settings

        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Database connection"))
        self._launcher = launcher or relaunch
        self._keyring = settings.keyring_available() if keyring is None else keyring
        self.runner = TaskRunner(self)
        self.restart_box: QMessageBox | None = None
        self._build(current_url, started_with)
        self.url.textChanged.connect(self._url_changed)
        self._url_changed(self.url.text())

    def _build(self, current_url: str, started_with: str) -> None:
        intro = QLabel(
            self.tr(
                "The database this computer uses. One desktop alone can keep it in a file; "
                "several desktops share one PostgreSQL server."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(current_url)
        self.url.setObjectName("connectionUrl")
        self.url.setPlaceholderText(POSTGRESQL_EXAMPLE)
        self.url.setMinimumWidth(520)
        examples = QLabel(self.tr("For example:") + f"\n{POSTGRESQL_EXAMPLE}\n{SQLITE_EXAMPLE}")
        examples.setObjectName("connectionExamples")
        examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tint(examples, lambda c: f"color: {c.muted};")
        self.password = QLineEdit()
        self.password.setObjectName("connectionPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(
            self.tr("Kept in the system keyring, never in a file.")
            if self._keyring
            else self.tr(
                "This computer has no keyring: the password is not saved, and CommandPost "
                "asks for it at start."
            )
        )
        self.password_note.setWordWrap(True)
        tint(self.password_note, lambda c: f"color: {c.muted};")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("connectionTest")
        self.test_button.clicked.connect(self.test)
        self.outcome = QLabel()
        self.outcome.setObjectName("connectionResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel(_precedence_notice(started_with))
        self.notice.setObjectName("connectionNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(self.notice.text()))

        form = QFormLayout()
        form.addRow(self.tr("Database &URL:"), self.url)
        form.addRow("", examples)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.password_note)
        form.addRow(self.test_button, self.outcome)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

    def _url_changed(self, text: str) -> None:
        from commandpost.settings import takes_password

        server = bool(text.strip()) and takes_password(text.strip())
        self.password.setEnabled(server)
        self.password_note.setVisible(server)
        self.outcome.clear()

    def _full_url(self) -> str:
        from commandpost.settings import split_password, with_password

        bare, in_url = split_password(self.url.text().strip())
        password = self.password.text() or in_url
        return with_password(bare, password) if password else bare

    # --- testing -------------------------------------------------------------------------

    def test(self) -> None:
        """Connect off the GUI thread; the result is said under the button."""
        url = self.url.text().strip()
        if not url:
            self._say(False, self.tr("Enter a database URL first."))
            return
        full = self._full_url()
        self.test_button.setEnabled(False)
        tint(self.outcome, "")
        self.outcome.setText(self.tr("Connecting…"))

        def work() -> object:
            from commandpost.store.probe import check_connection

            return check_connection(full)

        self.runner.run(work, self._connected, self._not_connected)

    def _connected(self, found: object) -> None:
        from commandpost.store.probe import ConnectionCheck

        assert isinstance(found, ConnectionCheck)
        if found.current:
            text = self.tr("Connected: {server}, schema {schema}.")
        elif found.schema == "none":
            text = self.tr(
                "Connected: {server}, an empty database (CommandPost creates its tables at "
                "first start)."
            )
        else:
            text = self.tr(
                "Connected: {server}, schema {schema} (CommandPost upgrades it at start)."
            )
        self._say(True, text.format(server=found.server, schema=found.schema))

    def _not_connected(self, error: BaseException) -> None:
        from commandpost.ui.errors import is_expected, report_unexpected

        if not is_expected(error):
            report_unexpected(error)
        self._say(False, self.tr("Cannot connect: {reason}").format(reason=describe(error)))

    def _say(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        tint(self.outcome, lambda c: f"color: {c.done if ok else c.overdue};")
        self.outcome.setText(("✓ " if ok else "✗ ") + text)
        self.tested.emit(ok)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Save the URL (the password to the keyring), then offer to restart."""
        from commandpost import settings

        url = self.url.text().strip()
        if not url:
            self._say(False, self.tr("Enter a database URL first."))
            return
        bare, in_url = settings.split_password(url)
        password = self.password.text() or in_url
        try:
            kept = settings.save(bare, password if settings.takes_password(bare) else None)
        except settings.SettingsError as error:
            self._say(False, describe(error))
            return
        text = self.tr("The connection was saved. It applies when CommandPost starts again.")
        if kept.password == settings.PasswordPlace.ASK:
            text += "\n\n" + self.tr(
                "The password was not saved: this computer has no keyring. CommandPost asks "
                "for it at start."
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Database connection"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("connectionSavedBox")
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def answered() -> None:
            self.restart_box = None
            restarting = box.clickedButton() is restart
            self.accept()
            if restarting:
                self.restart()

        box.finished.connect(lambda _result: answered())
        self.restart_box = box
        box.open()
        self.saved.emit()

    def restart(self) -> None:
        """Close the window this dialog belongs to (its questions come first) and, once it is
        closed, start CommandPost again."""
        window = self.parent()
        if isinstance(window, QMainWindow):
            relaunch_when_closed(window, self._launcher)
            window.close()
        else:
            self._launcher()

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)


def _precedence_notice(started_with: str) -> str:
    if os.environ.get("COMMANDPOST_DB"):
        return translate(
            "ConnectionDialog",
            "COMMANDPOST_DB is set on this computer; it takes precedence over the saved "
            "connection.",
        )
    if started_with == "option":
        return translate(
            "ConnectionDialog",
            "CommandPost was started with --db; the saved connection applies when it is "
            "started without it.",
        )
    return ""


def open_connection_dialog(window: QMainWindow, database_url: str | None) -> ConnectionDialog:
    """Open the dialog on the database the window uses (None: not open yet, the one it
    would use)."""
    from commandpost import settings

    if database_url is None:
        try:
            database_url = settings.resolve(None).url
        except settings.SettingsError:
            database_url = ""
    started_with = "other"
    if any(a == "--db" or a.startswith("--db=") for a in sys.argv[1:]):
        started_with = "option"
    dialog = ConnectionDialog(settings.split_password(database_url)[0], started_with, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
