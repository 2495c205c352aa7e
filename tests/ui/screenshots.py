"""Render the main window offscreen into screenshots/ (gitignored), in Chinese and in English.

Run: ``.venv/bin/python tests/ui/screenshots.py [PLAN_ID]``. Not a test: people look at the PNGs
for clipping, missing glyphs and untranslated text. Each language renders in its own process,
as the application would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"
TABS = ("overview", "organisation", "tasks", "figures", "provisions", "history")
SHOWN = TABS


def settle(condition: Callable[[], bool] | None = None, timeout_ms: int = 30_000) -> None:
    """Process events until ``condition()`` holds (the worker answers through the event loop)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def render(lang: str, plan_id: str, url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.app import open_main_window, prepare_application

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    window = open_main_window(url, lang, "screenshots")
    settle(lambda: window.panel.plan_model.rowCount() > 0 and not window.runner.busy)
    window.panel.select(plan_id)
    settle(lambda: window.viewer.detail is not None and not window.runner.busy)
    for number, tab in enumerate(SHOWN, start=1):
        window.viewer.tabs.setCurrentIndex(TABS.index(tab))
        settle()
        path = OUT / f"{plan_id}-{lang}-{number}-{tab}.png"
        window.grab().save(str(path))
        print(path)
    window.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    plan_id = argv[0] if argv else "customer-surge-diversion"
    OUT.mkdir(exist_ok=True)
    url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for lang in ("zh", "en"):
        subprocess.run([sys.executable, __file__, lang, plan_id, url], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
