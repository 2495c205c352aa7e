"""Render what the core says in the window — a refusal of the permission check, a database that
cannot be opened, a plan's history notes — offscreen into screenshots/ (gitignored), in Chinese
and in English.

Run: ``.venv/bin/python tests/ui/core_words_screenshots.py``. Not a test: people look at the
PNGs for untranslated words and clipped text. Each language renders in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the ui package

from ui.incident_screenshots import OUT, T0, Clock, settle, stage_incident


def render(lang: str, url: str) -> None:
    import sqlite3

    from PySide6.QtWidgets import QApplication, QMessageBox

    from commandpost.access import Identity, Role
    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.services.users import UserService
    from commandpost.store.errors import DatabaseUnavailableError, failure_reason
    from commandpost.ui.app import prepare_application
    from commandpost.ui.checklist_window import ChecklistWindow
    from commandpost.ui.core_words import describe
    from commandpost.ui.errors import show_message
    from commandpost.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(T0)
    incident_id = stage_incident(url, lang, clock)
    library = open_library(url, clock)
    users = UserService(library.database, clock)
    users.create_first_admin("admin", "a long enough password", "张管理")
    users.add("admin", "wang", "a long enough password", {Role.LIAISON}, {"customer_service"})

    service = IncidentService(library.database, clock)
    stale = Identity("wang", frozenset({Role.COMMAND_LEAD}), frozenset(), "王五")
    checklist = ChecklistWindow(
        service, lang, "wang", clock, incident_id, "channel_operations", identity=stale
    )
    checklist.resize(1300, 800)
    checklist.show()
    checklist.start()
    settle(lambda: checklist.panel.board is not None and not checklist.runner.busy)
    seen = next(t for t in checklist.panel.model.rows() if t.status == "open")  # type: ignore[union-attr]
    checklist.tick_task(seen)
    settle(lambda: checklist.findChild(QMessageBox, "messageBox") is not None)
    box = checklist.findChild(QMessageBox, "messageBox")
    assert box is not None
    settle(lambda: not checklist.runner.busy)
    path = OUT / f"core-words-refusal-{lang}.png"
    box.grab().save(str(path))
    print(path)
    box.accept()
    checklist.close()

    error = DatabaseUnavailableError(
        "postgresql://commandpost@db.example.cn/commandpost",
        failure_reason(sqlite3.OperationalError("connection refused")),
    )
    box = show_message(None, "CommandPost", describe(error))
    settle(box.isVisible)
    path = OUT / f"core-words-storage-{lang}.png"
    box.grab().save(str(path))
    print(path)
    box.accept()

    window = MainWindow(lambda: open_library(url, clock), url, lang, "admin", clock)
    window.resize(1400, 900)
    window.show()
    window.start()
    settle(lambda: window.panel.select("customer-surge-diversion"))
    settle(lambda: window.viewer.detail is not None)
    window.viewer.tabs.setCurrentIndex(window.viewer.tabs.count() - 1)  # the history
    settle(lambda: not window.runner.busy)
    path = OUT / f"core-words-history-{lang}.png"
    window.viewer.grab().save(str(path))
    print(path)
    window.close()
    service.dispose()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    OUT.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
