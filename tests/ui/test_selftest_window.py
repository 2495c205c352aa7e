"""The window's part of ``commandpost selftest``, in a running application: every check passes on
a stocked library, and the application is left as it was (no Chinese translator left installed,
the same font and names), so a self-test never changes the window it runs beside."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from commandpost.ui.selftest import check_window


def test_the_window_checks_pass_and_leave_the_application_as_it_was(
    qapp: QApplication, library_url: str
) -> None:
    before = (qapp.font().family(), qapp.organizationName(), qapp.applicationName())
    checks = list(check_window(library_url))
    assert [c.name for c in checks] == ["qt", "font", "translation", "icon", "main window"]
    assert all(c.passed for c in checks), [c for c in checks if not c.passed]
    assert checks[-1].detail == "the main window opened the library: 5 plans"
    assert "qtbase_zh_CN.qm" in checks[2].detail
    assert (qapp.font().family(), qapp.organizationName(), qapp.applicationName()) == before
    title = "CommandPost — Emergency command desk"
    assert QCoreApplication.translate("MainWindow", title) == title
    assert not [t for t in threading.enumerate() if t.name.startswith("commandpost-work")]
