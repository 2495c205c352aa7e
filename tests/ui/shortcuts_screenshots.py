"""Render Help → Keyboard shortcuts offscreen into screenshots/ (gitignored), in zh and en.

Run: ``.venv/bin/python tests/ui/shortcuts_screenshots.py``. Not a test: people look at the PNGs
for clipping, missing glyphs and untranslated text. Each language renders in its own process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"


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


def render(lang: str, url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.shortcuts_help import ShortcutsDialog

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    window = open_main_window(url, lang, "screenshots")
    settle(lambda: window.panel.plan_model.rowCount() > 0 and not window.runner.busy)
    window.menu_actions["shortcuts"].trigger()
    settle()
    dialog = next(w for w in app.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    for name, height in (("top", 0), ("all", 1400)):
        if height:
            dialog.resize(dialog.width(), height)
        settle()
        path = OUT / f"shortcuts-{lang}-{name}.png"
        dialog.grab().save(str(path))
        print(path)
    dialog.close()
    window.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    OUT.mkdir(exist_ok=True)
    url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for lang in ("zh", "en"):
        subprocess.run([sys.executable, __file__, lang, url], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
