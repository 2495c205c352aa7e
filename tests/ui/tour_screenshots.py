"""Render the walkthrough, the sample drill and a remembered window layout offscreen into
screenshots/ (gitignored), in Chinese and in English.

Run: ``.venv/bin/python tests/ui/tour_screenshots.py``. Not a test: people look at the PNGs for
clipping, missing glyphs and untranslated text. Each language renders in its own process, with
its own user folders (the sample database and the remembered layout go there, never to yours).

- ``tour-<lang>-<n>-<page>.png``: the walkthrough's pages;
- ``sample-<lang>-main.png``, ``sample-<lang>-board.png``: the sample drill's main window (on its
  Incidents tab) and the drill's command board, each with the sample banner;
- ``layout-<lang>-reopened.png``: the main window reopened after being left smaller, on the
  Incidents tab, with the plan list widened.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"


def settle(condition: object = None, timeout_ms: int = 60_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(10):
        QCoreApplication.processEvents()


def tour(lang: str) -> None:
    from commandpost.ui.walkthrough import Walkthrough

    dialog = Walkthrough()
    dialog.show()
    for number, page in enumerate(dialog.pages):
        dialog.show_page(number)
        settle()
        path = OUT / f"tour-{lang}-{number + 1}-{page.key}.png"
        dialog.grab().save(str(path))
        print(path)
    dialog.close()


def sample(lang: str, folder: Path) -> None:
    from commandpost.ui.sample_drill import open_sample_window

    window = open_sample_window(lang, path=folder / "sample.sqlite", reminders=False)
    settle(lambda: window.desk.incidents is not None and not window.runner.busy)
    incidents = window.incidents
    settle(lambda: incidents.incident_model.rowCount() > 0)
    window.show_incidents()
    settle()
    path = OUT / f"sample-{lang}-main.png"
    window.grab().save(str(path))
    print(path)
    incidents.incident_view.selectRow(0)
    board = incidents.open_selected_board()
    settle(lambda: board is not None and board.body is not None and not board.runner.busy)
    settle()
    assert board is not None
    path = OUT / f"sample-{lang}-board.png"
    board.grab().save(str(path))
    print(path)
    window.close()


def layout(lang: str, folder: Path) -> None:
    from PySide6.QtWidgets import QSplitter

    from commandpost.services.startup import open_library
    from commandpost.ui.app import open_main_window

    url = f"sqlite:///{folder}/layout.sqlite3"
    open_library(url).close()
    first = open_main_window(url, lang, "screenshots")
    settle(lambda: first.desk.incidents is not None and not first.runner.busy)
    first.resize(1180, 760)
    splitter = first.tabs.widget(0)
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([700, 480])
    first.show_incidents()
    settle()
    first.close()
    again = open_main_window(url, lang, "screenshots")
    settle(lambda: again.desk.incidents is not None and not again.runner.busy)
    settle()
    path = OUT / f"layout-{lang}-reopened.png"
    again.grab().save(str(path))
    print(path, again.size().width(), again.size().height(), again.tabs.currentIndex())
    again.close()


def render(lang: str, folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.app import prepare_application

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    tour(lang)
    sample(lang, Path(folder))
    layout(lang, Path(folder))
    app.quit()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    OUT.mkdir(exist_ok=True)
    for lang in ("zh", "en"):
        folder = tempfile.mkdtemp(prefix=f"tour-shots-{lang}-")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{folder}/config",
            "XDG_DATA_HOME": f"{folder}/data",
            "XDG_CACHE_HOME": f"{folder}/cache",
            "XDG_STATE_HOME": f"{folder}/state",
        }
        subprocess.run([sys.executable, __file__, lang, folder], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
