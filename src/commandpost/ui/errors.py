"""What a user sees when something goes wrong: one plain sentence, never a traceback.

Expected failures (a database that cannot be opened, a refused step, a bad plan file) carry a
message written for people and are shown through :func:`describe` (``ui/core_words.py``), in
the window's language. Anything else is a bug: its traceback goes to
the log file for support, and the user gets a short dialog saying where that file is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from commandpost.ui.core_words import describe

__all__ = [
    "configure_logging",
    "describe",
    "install_excepthook",
    "is_expected",
    "make_excepthook",
    "report_unexpected",
    "show_message",
]

log = logging.getLogger("commandpost")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def configure_logging() -> Path | None:
    """Send the application's log to a file in the user's log folder; returns the file."""
    from platformdirs import user_log_path

    try:
        folder = user_log_path("CommandPost", appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "commandpost.log"
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def is_expected(error: BaseException) -> bool:
    """A failure whose message is meant for the user (as opposed to a bug)."""
    # Imported late: by the time anything fails, the worker has imported these already.
    from commandpost.plan.loader import PlanFileError
    from commandpost.services.plans import PlanLibraryError
    from commandpost.store.errors import StorageError

    return isinstance(error, PlanFileError | PlanLibraryError | StorageError)


def show_message(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-blocking warning box (window-modal), so tests and the event loop keep running."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box


def make_excepthook(
    log_file: Path | None, show: bool = True, parent: Callable[[], QWidget | None] | None = None
) -> ExceptHook:
    """An ``sys.excepthook`` that logs the traceback and shows a plain error dialog."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if not show or QApplication.instance() is None:
            return
        translate = QCoreApplication.translate
        text = translate("Errors", "Something went wrong: {error}").format(
            error=str(error) or kind.__name__
        )
        if log_file is not None:
            text += "\n\n" + translate(
                "Errors", "The details were written to {path} for support."
            ).format(path=log_file)
        title = translate("Errors", "Unexpected error")
        owner = parent() if parent is not None else _main_window()
        if owner is None:  # no window to hold a non-blocking box: block until it is read
            QMessageBox(QMessageBox.Icon.Critical, title, text).exec()
        else:
            show_message(owner, title, text)

    return hook


def _main_window() -> QWidget | None:
    """The window the user is looking at, if any, to own the error box."""
    active = QApplication.activeWindow()
    if active is not None:
        return active
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
        None,
    )


def install_excepthook(hook: ExceptHook) -> Callable[[], None]:
    """Install ``hook`` for exceptions raised in slots; returns a function that undoes it."""
    previous = sys.excepthook
    sys.excepthook = hook
    return lambda: setattr(sys, "excepthook", previous)


def report_unexpected(error: BaseException) -> None:
    """Route a worker's unexpected failure to the installed excepthook, as a slot's would go."""
    sys.excepthook(type(error), error, error.__traceback__)
