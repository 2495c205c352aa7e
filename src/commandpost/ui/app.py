"""Starting the window: the Qt application, language and fonts, error handling, the main window.

Start-up order is chosen for speed: Qt and the window come first (≈ 0.2 s), the window is shown
with "Opening the plan library…", and only then does the worker thread import SQLAlchemy and the
services, open the database and list the plans. Nothing heavy (reports, PDF) is imported here.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from commandpost.clock import Clock, utc_now

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from commandpost.services.plans import PlanLibrary
    from commandpost.ui.main_window import MainWindow


def run_window(database_url: str, lang: str | None, actor: str) -> int:
    """Show the main window on ``database_url`` and run until it closes; returns the exit code.

    ``actor`` is who is recorded for the status steps and imports made in the window."""
    # Start-up allocates many long-lived objects (Qt wrappers, SQLAlchemy's modules); collecting
    # garbage while they are created only costs time. Collection resumes once the list is shown.
    gc.disable()
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.errors import configure_logging, install_excepthook, make_excepthook

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    chosen = prepare_application(app, lang)
    restore_hook = install_excepthook(make_excepthook(configure_logging()))
    exit_code = 0

    def open_failed(message: str) -> None:
        nonlocal exit_code
        exit_code = 1
        show_fatal(window, message)

    from commandpost.paths import user_cache_dir

    window = open_main_window(database_url, chosen, actor, cache_dir=user_cache_dir())
    try:
        window.open_failed.connect(open_failed)
        window.library_loaded.connect(gc.enable)
        window.open_failed.connect(gc.enable)
        code = app.exec()
        return exit_code or code
    finally:
        window.close()  # also stops its worker thread when the loop ended another way
        gc.enable()
        restore_hook()


def prepare_application(app: object, lang: str | None) -> str:
    """Names, the bundled CJK font and the translators; returns the language chosen."""
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.i18n import choose_language, install_cjk_font, install_translators

    assert isinstance(app, QApplication)
    app.setOrganizationName("CommandPost")
    app.setApplicationName("CommandPost")
    chosen = choose_language(lang)
    install_cjk_font(app)
    install_translators(app, chosen)
    return chosen


def open_main_window(
    database_url: str,
    lang: str,
    actor: str,
    now: Clock = utc_now,
    cache_dir: Path | None = None,
) -> MainWindow:
    """Build and show the main window, then start opening the library in the background.

    With a ``cache_dir`` the plan list as last seen is shown at once and kept up to date there.
    """
    from commandpost.ui.library_snapshot import snapshot_path
    from commandpost.ui.main_window import MainWindow

    def open_library() -> PlanLibrary:
        from commandpost.services.startup import open_library as open_

        return open_(database_url)

    snapshot = snapshot_path(cache_dir, database_url) if cache_dir is not None else None
    window = MainWindow(open_library, database_url, lang, actor, now, snapshot=snapshot)
    window.resize(1400, 900)
    window.show()
    window.start()
    return window


def show_fatal(window: QWidget, message: str) -> None:
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
