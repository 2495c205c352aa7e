"""Starting the window: the Qt application, language and fonts, error handling, signing in, the
main window.

Start-up order is chosen for speed: Qt and the sign-in dialog come first (≈ 0.2 s), shown with
"Opening the database…", while the worker thread imports SQLAlchemy and the services and opens
the database; the main window is built once someone has signed in (``ui/sign_in_flow.py``), on
the library already open. Nothing heavy (reports, PDF) is imported here.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from commandpost.clock import Clock, utc_now

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QWidget

    from commandpost.access import Identity
    from commandpost.services.plans import PlanLibrary
    from commandpost.ui.main_window import MainWindow


def run_window(
    database_url: str | None,
    lang: str | None,
    user: str | None = None,
    plan_file: str | None = None,
    check_start: bool = False,
) -> int:
    """Ask who is there, then show the main window on ``database_url``, until the user is done
    (a dialog cancelled, the window closed); returns the exit code.

    ``database_url`` is ``--db`` as given (or ``COMMANDPOST_DB``); None: the saved connection,
    else the default file, exactly as the command line resolves it (``commandpost.settings``),
    the password asked for here when no keyring keeps it. ``user`` is the user name filled in
    (else the last one signed in with on this desktop). ``plan_file`` (the window opened on a
    plan file) is offered for import after the sign-in. ``check_start``: quit with 0 as soon as
    the database is open and the sign-in is ready, or with 1 and the reason on stderr.
    """
    # Start-up allocates many long-lived objects (Qt wrappers, SQLAlchemy's modules); collecting
    # garbage while they are created only costs time. Collection resumes once the list is shown.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from commandpost.paths import user_cache_dir
    from commandpost.ui.errors import configure_logging, install_excepthook, make_excepthook
    from commandpost.ui.sign_in_flow import SignInFlow

    app = QApplication.instance() or new_application()
    assert isinstance(app, QApplication)
    chosen = prepare_application(app, lang)
    restore_hook = install_excepthook(make_excepthook(configure_logging()))
    from commandpost.ui.connection_start import window_database_url

    opened_url = window_database_url(database_url)
    if opened_url is None:  # no password given, or the saved connection cannot be read
        restore_hook()
        gc.enable()
        return 1
    database_url = opened_url
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # between the dialogs and the window: the flow decides
    flow = SignInFlow(database_url, chosen, user, cache_dir=user_cache_dir())

    def fatal(message: str) -> None:
        gc.enable()
        show_fatal(flow.window or flow.dialog, message)  # a box needs an owner to stay alive

    def window_opened(window: MainWindow) -> None:
        window.open_failed.connect(fatal)
        window.library_loaded.connect(gc.enable)
        first_run_walkthrough(window)  # once per desktop, after the first sign-in
        if plan_file is not None and not offered:
            from commandpost.ui.plan_file_offer import offer_import

            offered.append(plan_file)  # the first window only, not again after signing out
            offer_import(window, plan_file)

    def not_started(message: str) -> None:  # --check-start: no box, the reason and exit 1
        if sys.stderr is not None:  # None in a windowed program on Windows
            sys.stderr.write(f"CommandPost cannot start: {message}\n")
        app.exit(1)

    offered: list[str] = []
    if check_start:
        flow.ready.connect(lambda: app.exit(0))
    flow.fatal.connect(not_started if check_start else fatal)
    flow.window_opened.connect(window_opened)
    flow.finished.connect(app.exit)
    try:
        flow.start()
        return app.exec()
    finally:
        flow.shutdown()  # the window, if still open, and the workers
        app.setQuitOnLastWindowClosed(quit_on_last)
        gc.enable()
        restore_hook()


def new_application() -> QApplication:
    """The QApplication, after what Qt reads only before it exists: fractional scale factors
    (150 %) exactly as the desktop asks, never rounded, since the icons are SVG and the painted
    parts follow the device pixel ratio."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(sys.argv)


def prepare_application(app: object, lang: str | None) -> str:
    """Names, the application icon, the saved appearance, the bundled CJK font and the
    translators; returns the language chosen."""
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.i18n import (
        choose_language,
        install_cjk_font,
        install_translators,
        saved_language,
    )

    assert isinstance(app, QApplication)
    app.setOrganizationName("CommandPost")
    app.setApplicationName("CommandPost")
    app.setDesktopFileName("commandpost")  # the desktop entry (Wayland's app id; packaging/linux)
    from commandpost.ui.appearance import apply_appearance
    from commandpost.ui.icons import app_icon

    app.setWindowIcon(app_icon())  # every window's, the sign-in dialog's first
    apply_appearance(app)  # light, dark or the system's, as saved (needs the names above)
    chosen = choose_language(lang, saved=saved_language())  # --lang, else View → Language
    install_cjk_font(app)
    install_translators(app, chosen)
    return chosen


def open_main_window(
    database_url: str,
    lang: str,
    actor: str,
    now: Clock = utc_now,
    cache_dir: Path | None = None,
    identity: Identity | None = None,
    library: PlanLibrary | None = None,
) -> MainWindow:
    """Build and show the main window, then start opening the library in the background (or
    listing the ``library`` already open, which the window then owns and closes).

    With a ``cache_dir`` the plan list as last seen is shown at once and kept up to date there.
    ``identity`` is who signed in; None (tests, screenshots) holds every role, named ``actor``.
    """
    from commandpost.ui.layout_memory import MAIN_SIZE, remember_layout
    from commandpost.ui.library_snapshot import snapshot_path
    from commandpost.ui.main_window import MainWindow

    def open_library() -> PlanLibrary:
        if library is not None:
            return library
        from commandpost.services.startup import open_library as open_

        return open_(database_url)

    snapshot = snapshot_path(cache_dir, database_url) if cache_dir is not None else None
    window = MainWindow(
        open_library, database_url, lang, actor, now, snapshot=snapshot, identity=identity
    )
    remember_layout(window, "main", MAIN_SIZE, window.desk_ready)  # else 1400 × 900, centred
    window.show()
    window.start()
    return window


def show_fatal(window: QWidget | None, message: str) -> None:
    """The library cannot be used: say why in a message box, then quit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("App", "CommandPost cannot start"),
        QCoreApplication.translate("App", "The plan library could not be opened.")
        + "\n\n"
        + message,
        QMessageBox.StandardButton.Close,
        window,
    )
    box.setObjectName("fatalBox")
    box.finished.connect(lambda _result: QApplication.exit(1))
    box.open()


def first_run_walkthrough(window: MainWindow) -> bool:
    """The walkthrough over a newly signed-in window, the first time on this desktop."""
    from commandpost.ui.walkthrough import show_first_time

    return show_first_time(window)
