"""The sample drill in the window: a second CommandPost process on practice data.

Help → "Open the sample drill" (and the walkthrough's last page) starts ``commandpost --sample``
as a process of its own: the frozen executable, or this Python with ``-m commandpost``, in the
language in use. A process of its own because the sample must share nothing with the real work —
not the open database, not the signed-in user, not the reminder engine.

That process never opens the real database: it rebuilds the sample database
(:mod:`commandpost.services.sample`, in the user data folder) on the window's worker while the
window is already on screen, acts as the sample command lead without a password, and marks every
main window it shows (main window, boards, checklists, reviews) with a banner saying this is
practice data. What would reach beyond the practice copy — signing out (to whom?), changing a
password, choosing the database connection, opening another sample — is hidden there. One sample
window at a time: a lock file beside the sample database; a second request says so instead of
rebuilding the database under the first.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QProcess, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from commandpost.clock import Clock, utc_now

if TYPE_CHECKING:
    from commandpost.services.plans import PlanLibrary
    from commandpost.ui.main_window import MainWindow

translate = QCoreApplication.translate

BANNER_NAME = "sampleBanner"
HIDDEN_IN_SAMPLE = ("sign_out", "change_password", "connection", "sample_drill")
"""Main-window actions that make no sense on practice data (they exist only in a real window)."""
BANNER_STYLE = (
    "QLabel { background: #FFF3CD; color: #5C4400; font-weight: bold; padding: 5px 12px;"
    " border: 1px solid #E0B300; border-radius: 3px; }"
)


def sample_argv(lang: str) -> list[str]:
    """The command line that opens the sample drill window in ``lang``."""
    if getattr(sys, "frozen", False):  # the bundled application: its executable is CommandPost
        return [sys.executable, "--sample", "--lang", lang]
    return [sys.executable, "-m", "commandpost", "--sample", "--lang", lang]


def open_sample_drill(window: QMainWindow, lang: str) -> bool:
    """Start the sample drill window (a process of its own); say in the status bar what
    happened. False if it could not be started."""
    argv = sample_argv(lang)
    started, _pid = QProcess.startDetached(argv[0], argv[1:])
    window.statusBar().showMessage(
        translate("SampleDrill", "Opening the sample drill in a window of its own…")
        if started
        else translate("SampleDrill", "The sample drill could not be started."),
        10000,
    )
    return bool(started)


# --- the banner ----------------------------------------------------------------------------


def banner_text() -> str:
    return translate("SampleDrill", "Sample drill — practice data, not your real incidents")


def add_banner(window: QMainWindow) -> QToolBar:
    """A strip across the top of ``window`` (above its own toolbars), once."""
    found = window.findChild(QToolBar, BANNER_NAME)
    if isinstance(found, QToolBar):
        return found
    bar = QToolBar(window)
    bar.setObjectName(BANNER_NAME)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not in the window's toolbar menu: always there
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    label = QLabel(banner_text())
    label.setObjectName("sampleBannerText")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(BANNER_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(label)
    first = next((b for b in window.findChildren(QToolBar) if b is not bar), None)
    if first is not None and window.toolBarArea(first) == Qt.ToolBarArea.TopToolBarArea:
        window.insertToolBar(first, bar)
        window.insertToolBarBreak(first)
    else:
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


class SampleMarker(QObject):
    """Watches the application for main windows being shown and gives each the banner, for as
    long as the sample main window (its parent) lives. Only in the sample process: the check
    costs a little on every event."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sampleMarker")
        self._window = window
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()  # closed (not minimised): its windows are closed too
        ):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            return False
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QMainWindow)
            and watched.isWindow()
        ):
            add_banner(watched)
        return False


# --- the sample process ---------------------------------------------------------------------


def open_sample_window(
    lang: str, now: Clock = utc_now, path: Path | None = None, reminders: bool = True
) -> MainWindow:
    """Show the main window on a freshly built sample database (built on its worker), acting
    as the sample command lead. ``path``: where to build it (default: the user data folder)."""
    from commandpost.services.sample import lead_identity, sample_path, sqlite_url
    from commandpost.ui.layout_memory import MAIN_SIZE, remember_layout
    from commandpost.ui.main_window import MainWindow

    where = path if path is not None else sample_path()
    url = sqlite_url(where)
    identity = lead_identity(lang)

    def open_library() -> PlanLibrary:
        from commandpost.services.sample import build_sample
        from commandpost.services.startup import open_library as open_

        build_sample(where, lang, now, replace=True)
        return open_(url, now)

    window = MainWindow(
        open_library, url, lang, identity.username, now, reminders=reminders, identity=identity
    )
    window.setObjectName("sampleMainWindow")
    for name in HIDDEN_IN_SAMPLE:
        action = window.menu_actions.get(name)
        if action is not None:
            action.setVisible(False)
            action.setEnabled(False)
    add_banner(window)
    SampleMarker(window)  # and every board, checklist and review opened from it
    remember_layout(window, "sample", MAIN_SIZE)  # its own: the real window's tab is left alone
    window.desk_ready.connect(window.show_incidents)  # the drill first
    window.show()
    window.start()
    window.panel.set_status(translate("SampleDrill", "Preparing the sample drill…"))
    return window


def run_sample_window(lang: str | None) -> int:
    """``commandpost --sample``: the sample drill window, until it is closed."""
    from PySide6.QtWidgets import QApplication

    from commandpost.services.sample import sample_path
    from commandpost.ui.app import prepare_application, show_fatal
    from commandpost.ui.errors import (
        configure_logging,
        install_excepthook,
        make_excepthook,
        show_message,
    )

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    chosen = prepare_application(app, lang)
    restore_hook = install_excepthook(make_excepthook(configure_logging()))
    where = sample_path()
    lock = QLockFile(str(where.with_name(where.name + ".lock")))
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        if not lock.tryLock(0):
            box = show_message(
                None,
                translate("SampleDrill", "Sample drill"),
                translate("SampleDrill", "The sample drill is already open in another window."),
            )
            box.finished.connect(lambda _result: app.exit(0))
            return app.exec()
        window = open_sample_window(chosen)
        window.open_failed.connect(lambda message: show_fatal(window, message))
        return app.exec()
    finally:
        lock.unlock()
        restore_hook()
