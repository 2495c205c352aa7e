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

Switching the language (View → Language) rebuilds the main window here, in the new language, on
the same library and for the same identity: nobody signs in again. The old window is made ready
(unsaved reviews asked about, held changes saved, work under way finished: see
``ui/language_switch.py``), closed (its close only returns the library's pooled connections; the
library stays usable), the translators replaced, and the new window shows again what the old one
showed. Rebuilding rather than retranslating in place keeps every window simple: each writes its
texts once, in the language it is built in, plan texts included.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from commandpost.access import Identity
from commandpost.clock import Clock, utc_now
from commandpost.ui.errors import describe, is_expected, report_unexpected
from commandpost.ui.language_menu import language_menu
from commandpost.ui.sign_in import FirstRunDialog, SignInDialog, remembered_user
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary
    from commandpost.services.users import UserService
    from commandpost.ui.language_switch import LanguageSwitch
    from commandpost.ui.main_window import MainWindow

Opened = tuple["PlanLibrary", "UserService", bool]


class SignInFlow(QObject):
    """``window_opened(window)`` after each sign-in; ``fatal(message)`` when the database cannot
    be opened; ``finished(code)`` when the user is done (a dialog cancelled, the window closed);
    ``ready`` once the database is open and the dialog can take a sign-in (or the first admin).
    """

    window_opened = Signal(object)
    ready = Signal()
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
        self._window_library: PlanLibrary | None = None  # the window's, kept for a rebuild
        self._identity: Identity | None = None
        self._switch: LanguageSwitch | None = None
        self._replacing = False  # the window is closed on purpose: signing out or a rebuild

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
            self.ready.emit()
            return
        first = FirstRunDialog(self.runner, users, self._url)
        first.rejected.connect(self._cancelled)
        first.signed_in.connect(self._signed_in)
        self._show(first)
        self.ready.emit()

    def _open_failed(self, error: BaseException) -> None:
        if self.dialog is not None:  # hidden, it holds the message box that says why
            self.dialog.hide()
        if is_expected(error):
            self.fatal.emit(describe(error))
        else:
            report_unexpected(error)
            self.finished.emit(1)

    def _cancelled(self) -> None:
        self._release()
        self.finished.emit(0)

    # --- the main window -----------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The language the windows are in."""
        return self._lang

    def _signed_in(self, identity: Identity) -> None:
        library, self._library = self._library, None
        assert library is not None
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._open_window(identity, library)

    def _open_window(self, identity: Identity, library: PlanLibrary) -> MainWindow:
        from commandpost.ui.app import open_main_window

        window = open_main_window(
            self._url,
            self._lang,
            identity.username,
            self._now,
            self._cache_dir,
            identity=identity,
            library=library,
        )
        self.window, self._identity, self._window_library = window, identity, library
        window.installEventFilter(self)
        window.account.sign_out_requested.connect(self.sign_out)
        menu = language_menu(window)
        if menu is not None:
            menu.switch_to = self.switch_language
        self.window_opened.emit(window)
        return window

    # --- switching the language ----------------------------------------------------------

    def switch_language(self, lang: str) -> None:
        """Rebuild the windows in ``lang`` once nothing would be lost (it may wait, or be
        cancelled by the user); choosing the language on screen again drops a waiting switch."""
        from commandpost.ui.language_switch import LanguageSwitch

        window = self.window
        self._drop_switch()
        if window is None or lang == self._lang:
            return
        switch = LanguageSwitch(window, self)
        switch.ready.connect(lambda: self._rebuild(lang, switch))
        switch.cancelled.connect(self._switch_cancelled)
        self._switch = switch
        switch.start()

    def _rebuild(self, lang: str, switch: LanguageSwitch) -> None:
        from PySide6.QtWidgets import QApplication

        from commandpost.ui.i18n import install_translators
        from commandpost.ui.language_switch import show_again, what_is_shown

        old, library, identity = self.window, self._window_library, self._identity
        self._drop_switch()
        if old is None or library is None or identity is None:
            return
        shown = what_is_shown(old)
        known = {i for i, _ in shown.reviews}
        shown.reviews += [(i, g) for i, g in switch.discarded if i not in known]
        self._replacing = True
        old.close()
        self._replacing = False
        if old.isVisible():  # it refused after all: stays as it is
            self._switch_cancelled()
            return
        self._forget_window()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, lang)
        self._lang = lang
        show_again(self._open_window(identity, library), shown)

    def _switch_cancelled(self) -> None:
        self._drop_switch()
        menu = language_menu(self.window) if self.window is not None else None
        if menu is not None:
            menu.show_current()

    def _drop_switch(self) -> None:
        switch, self._switch = self._switch, None
        if switch is not None:
            switch.abandon()
            switch.deleteLater()

    def sign_out(self) -> None:
        """Close the window (it may refuse: a review not saved) and ask who is next."""
        window = self.window
        if window is None:
            return
        self._replacing = True
        window.close()
        self._replacing = False
        if window.isVisible():
            return
        self._forget_window()
        self._window_library = self._identity = None  # closed with the window
        self._user = None  # the name remembered: the one who just signed out
        self.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._replacing:
            QTimer.singleShot(0, self, self._maybe_closed)  # after the window has decided
        return False

    def _maybe_closed(self) -> None:
        window = self.window
        if window is not None and not window.isVisible():
            self._forget_window()
            self.finished.emit(0)

    def _forget_window(self) -> None:
        self._drop_switch()
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
