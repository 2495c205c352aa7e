"""From start-up to the main window, and back after signing out.

The order: the sign-in dialog is shown at once ("Opening the database…") while the worker opens
the database (importing SQLAlchemy, migrating, stocking a new library) and asks whether it has
users. With users, the dialog takes the user service and signing in can start. Without (a fresh
install, an "open" database), the first-run dialog replaces it: the window never runs on an open
database, it makes the user create the administrator, who is then signed in. Only then is the
main window built, on the library already open, knowing who is signed in; nothing of the database
(not even the plan list as last seen) is shown before.

Signing out closes the main window (which releases the database) and starts over. Cancelling a
dialog, or closing the window, ends the application (``finished``). A database that cannot be
opened is said in one sentence (``fatal``), as before there were users.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from commandpost.access import Identity
from commandpost.clock import Clock, utc_now
from commandpost.ui.errors import is_expected, report_unexpected
from commandpost.ui.sign_in import FirstRunDialog, SignInDialog, remembered_user
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.users import UserService
    from commandpost.ui.main_window import MainWindow

Opened = tuple["PlanLibrary", "UserService", bool]


class SignInFlow(QObject):
    """``window_opened(window)`` after each sign-in; ``fatal(message)`` when the database cannot
    be opened; ``finished(code)`` when the user is done (a dialog cancelled, the window closed)."""

    window_opened = Signal(object)
    fatal = Signal(str)
    finished = Signal(int)

    def __init__(
        self,
        database_url: str,
        lang: str,
        user: str | None = None,
        now: Clock = utc_now,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = database_url
        self._lang = lang
        self._user = user
        self._now = now
        self._cache_dir = cache_dir
        self.runner = TaskRunner(self)
        self.dialog: QDialog | None = None
        self.window: MainWindow | None = None
        self._library: PlanLibrary | None = None  # opened here, until the window takes it
        self._signing_out = False

    def start(self) -> SignInDialog:
        """Show the sign-in dialog and open the database behind it."""
        dialog = SignInDialog(self.runner, self._user or remembered_user(), self._url)
        dialog.rejected.connect(self._cancelled)
        dialog.signed_in.connect(self._signed_in)
        self._show(dialog)
        url, now = self._url, self._now

        def open_() -> Opened:
            from commandpost.services.startup import open_library
            from commandpost.services.users import UserService

            library = open_library(url, now)
            users = UserService(library.database, now)
            return library, users, users.has_users()

        self.runner.run(open_, self._opened, self._open_failed)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        old, self.dialog = self.dialog, dialog
        dialog.show()  # before the old one goes: there is always a window
        if old is not None:
            old.rejected.disconnect(self._cancelled)
            old.close()
            old.deleteLater()

    def _opened(self, opened: Opened) -> None:
        library, users, has_users = opened
        self._library = library
        if has_users:
            assert isinstance(self.dialog, SignInDialog)
            self.dialog.set_users(users)
            return
        first = FirstRunDialog(self.runner, users, self._url)
        first.rejected.connect(self._cancelled)
        first.signed_in.connect(self._signed_in)
        self._show(first)

    def _open_failed(self, error: BaseException) -> None:
        if self.dialog is not None:  # hidden, it holds the message box that says why
            self.dialog.hide()
        if is_expected(error):
            self.fatal.emit(str(error))
        else:
            report_unexpected(error)
            self.finished.emit(1)

    def _cancelled(self) -> None:
        self._release()
        self.finished.emit(0)

    # --- the main window -----------------------------------------------------------------

    def _signed_in(self, identity: Identity) -> None:
        from commandpost.ui.app import open_main_window

        library, self._library = self._library, None
        assert library is not None
        window = open_main_window(
            self._url,
            self._lang,
            identity.username,
            self._now,
            self._cache_dir,
            identity=identity,
            library=library,
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.window = window
        window.installEventFilter(self)
        window.account.sign_out_requested.connect(self.sign_out)
        self.window_opened.emit(window)

    def sign_out(self) -> None:
        """Close the window (it may refuse: a review not saved) and ask who is next."""
        window = self.window
        if window is None:
            return
        self._signing_out = True
        window.close()
        self._signing_out = False
        if window.isVisible():
            return
        self._forget_window()
        self._user = None  # the name remembered: the one who just signed out
        self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._signing_out:
            QTimer.singleShot(0, self, self._maybe_closed)  # after the window has decided
        return False

    def _maybe_closed(self) -> None:
        window = self.window
        if window is not None and not window.isVisible():
            self._forget_window()
            self.finished.emit(0)

    def _forget_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.removeEventFilter(self)
            window.deleteLater()

    # --- the end -------------------------------------------------------------------------

    def _release(self) -> None:
        """The database opened for a sign-in that did not happen."""
        library, self._library = self._library, None
        if library is not None:
            library.close()

    def shutdown(self) -> None:
        """Close whatever is still open: the window (its database), the dialog, the worker."""
        if self.window is not None:
            self.window.removeEventFilter(self)
            self.window.close()
            self.window = None
        if self.dialog is not None:
            self.dialog.rejected.disconnect(self._cancelled)
            self.dialog.close()
            self.dialog = None
        self.runner.shutdown()
        self._release()
