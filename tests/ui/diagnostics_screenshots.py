"""Render the main window's Help menu and the diagnostics save dialog offscreen into screenshots/
(gitignored), in Chinese and in English.

Run: ``.venv/bin/python tests/ui/diagnostics_screenshots.py``. Not a test: people look at the
PNGs for clipping, missing glyphs and untranslated text. Each language renders in its own
process, as the application would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.screenshots import OUT, settle


def render(lang: str, url: str) -> None:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

    from commandpost.ui.app import open_main_window, prepare_application

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    window = open_main_window(url, lang, "screenshots")
    window.resize(1100, 700)
    settle(lambda: window.panel.plan_model.rowCount() > 0 and not window.runner.busy)
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert isinstance(menu, QMenu)
    at = window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(window.menuBar().mapToGlobal(at))
    settle()
    # The window with the open menu drawn where it pops up.
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    path = OUT / f"diagnostics-{lang}-1-help-menu.png"
    shot.save(str(path))
    print(path)
    menu.hide()
    window.menu_actions["diagnostics"].trigger()
    settle()
    dialog = window.findChild(QFileDialog, "diagnosticsDialog")
    assert isinstance(dialog, QFileDialog)
    path = OUT / f"diagnostics-{lang}-2-save-dialog.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.reject()
    window.close()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for lang in ("zh", "en"):
        subprocess.run([sys.executable, __file__, lang, url], check=True, env=env)


if __name__ == "__main__":
    if len(sys.argv) == 3:
        render(sys.argv[1], sys.argv[2])
    else:
        main()
