"""The window's part of ``commandpost selftest``: Qt starts, the Chinese font and translations
load, the application icon renders, and the main window lists the plans of the self-test
database.

Offscreen, always: a support check must not flash windows at the user, and it has to run where
there is no display (the installer build). The platform can only be chosen before Qt starts, so
when a Qt application already exists (the test suite) it is used as it is. Whatever the checks
change in the application (translators, font, names, default locale) is put back afterwards, and
the window's settings go to a name of their own, so the user's remembered layout is untouched.
Errors that would reach the excepthook while the window works are caught and fail the check;
Qt's own notes (the offscreen platform's "does not support…") are kept out of the output.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLocale,
    QTimer,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QIcon, QImage
from PySide6.QtWidgets import QApplication

from commandpost.assets import resource
from commandpost.selftest import Check, failure

CJK_FAMILY = "WenQuanYi Micro Hei"
LOAD_TIMEOUT_MS = 60_000


def check_window(database_url: str) -> Iterator[Check]:
    """The window's checks on ``database_url`` (the self-test database), one at a time."""
    created = QApplication.instance() is None
    if created:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "commandpost"])
    else:
        existing = QApplication.instance()
        assert isinstance(existing, QApplication)
        app = existing
    yield Check("qt", True, f"Qt {qVersion()} started on the {app.platformName()} platform")
    saved = (app.font(), QLocale(), app.organizationName(), app.applicationName())
    errors: list[BaseException] = []

    def caught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append(error)

    hook, sys.excepthook = sys.excepthook, caught
    # Qt's notes (the offscreen platform's "does not support…") are not the check's output.
    handler = qInstallMessageHandler(lambda *_: None)
    from commandpost.ui.i18n import install_cjk_font, install_translators

    translators = install_translators(app, "zh")
    try:
        families = install_cjk_font(app)
        yield _font(families)
        yield _translation([t.filePath() for t in translators])
        yield _guarded("icon", _icon)
        app.setOrganizationName("CommandPost")
        app.setApplicationName("CommandPost self-test")  # settings of its own
        yield _guarded("main window", lambda: _main_window(database_url, errors))
    finally:
        sys.excepthook = hook
        qInstallMessageHandler(handler)
        for translator in translators:
            app.removeTranslator(translator)
        app.setFont(saved[0])
        QLocale.setDefault(saved[1])
        app.setOrganizationName(saved[2])
        app.setApplicationName(saved[3])


def _guarded(name: str, check: Callable[[], Check]) -> Check:
    """The check's outcome; an error while checking fails it with the error's sentence."""
    try:
        return check()
    except Exception as error:
        return Check(name, False, failure(error))


def _font(families: list[str]) -> Check:
    if CJK_FAMILY not in families or CJK_FAMILY not in QFontDatabase.families():
        return Check("font", False, "the bundled Chinese font could not be loaded")
    return Check("font", True, f"the bundled Chinese font {CJK_FAMILY} is loaded")


def _translation(files: list[str]) -> Check:
    names = sorted(Path(f).name for f in files)
    wanted = ["commandpost_zh_CN.qm", "qtbase_zh_CN.qm"]
    missing = [w for w in wanted if w not in names]
    if missing:
        return Check("translation", False, f"{', '.join(missing)} could not be loaded")
    title = QCoreApplication.translate("MainWindow", "CommandPost — Emergency command desk")
    if "应急" not in title:
        return Check("translation", False, "the Chinese translation does not translate the window")
    return Check("translation", True, f"Chinese: {', '.join(names)} loaded")


def _icon() -> Check:
    from importlib.resources import as_file

    icon_file = resource("icons", "commandpost.svg")
    if not icon_file.is_file():
        return Check("icon", False, "the application icon is not installed")
    with as_file(icon_file) as path:
        image = QIcon(str(path)).pixmap(64, 64).toImage()
    if image.isNull() or _blank(image):
        return Check("icon", False, "the application icon does not render (no SVG support)")
    return Check("icon", True, "the application icon renders from its SVG")


def _blank(image: QImage) -> bool:
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )


def _main_window(database_url: str, errors: list[BaseException]) -> Check:
    from commandpost.ui.app import open_main_window

    window = open_main_window(database_url, "zh", "selftest")
    loop = QEventLoop()
    refused: list[str] = []

    def failed(message: str) -> None:
        refused.append(message)
        loop.quit()

    window.library_loaded.connect(loop.quit)
    window.open_failed.connect(failed)
    QTimer.singleShot(LOAD_TIMEOUT_MS, loop, loop.quit)
    if not errors:
        loop.exec()
    listed = window.panel.plan_model.rowCount()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    if errors:
        return Check("main window", False, failure(errors[0]))
    if refused:
        return Check("main window", False, refused[0])
    if not listed:
        return Check("main window", False, "the plan library did not open in the window in time")
    return Check("main window", True, f"the main window opened the library: {listed} plans")
