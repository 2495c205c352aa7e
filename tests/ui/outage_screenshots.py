"""Render a database outage offscreen, in Chinese and in English, on a real PostgreSQL server that
is stopped and started again: the main window with the banner and a tick waiting to be saved, the
refusal of a second tick, the banner after the connection returned, and the database connection
dialog with a successful test.

Run: ``.venv/bin/python tests/ui/outage_screenshots.py [FOLDER]`` (default ``screenshots/``,
gitignored). Not a test: people look at the PNGs for clipping, missing glyphs and untranslated
text. Each language renders in its own process, with its own throwaway PostgreSQL cluster.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.incident_screenshots import TEXTS, Clock, settle

PLAN = "24h-service-guarantee"
T0 = datetime(2026, 6, 1, 5, 40, tzinfo=UTC)
OUTAGE = datetime(2026, 6, 1, 6, 2, tzinfo=UTC)  # 14:02 in Shanghai
BACK = datetime(2026, 6, 1, 6, 5, tzinfo=UTC)


def render(lang: str, folder: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.connection_dialog import open_connection_dialog
    from pgcluster import PostgresCluster

    out = Path(folder)
    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    cluster = PostgresCluster.start()
    try:
        url = cluster.url(cluster.create_database())
        clock = Clock(T0)
        library = open_library(url, clock)
        service = IncidentService(library.database, clock)
        texts = TEXTS[lang]
        incident = service.declare(
            PLAN, "sudden_problem", "major", texts["title"], "李建国", texts["description"]
        )
        service.dispose()
        library.close()

        window = open_main_window(url, lang, "screenshots", clock)
        window.resize(1500, 950)
        settle(lambda: window.connection is not None and not window.runner.busy)
        watch = window.connection
        banner = window.outage_banner
        assert watch is not None and banner is not None
        watch.backoff = (5.0,)
        window.show_incidents()
        checklist = window.incidents.open_checklist(incident.id, "customer_service")
        assert checklist is not None
        settle(lambda: checklist.panel.model is not None and not checklist.runner.busy)
        model = checklist.panel.model
        assert model is not None
        first, second = [t for t in model.rows() if t.status == "open"][:2]
        settle(lambda: not window.runner.busy and not checklist.runner.busy)

        clock.now = OUTAGE
        cluster.stop_server()
        checklist.tick_task(first)
        settle(lambda: watch.held_count == 1 and banner.isVisible())
        window.raise_()
        settle()
        save(window, out / f"outage-banner-{lang}.png")
        checklist.tick_task(second)
        settle(lambda: any(b.isVisible() for b in checklist.findChildren(QMessageBox)))
        box = next(b for b in checklist.findChildren(QMessageBox) if b.isVisible())
        save(box, out / f"outage-refused-{lang}.png")
        box.close()

        clock.now = BACK
        cluster.start_server()
        watch.retry_now()
        settle(lambda: watch.since is None and watch.held_count == 0 and not checklist.runner.busy)
        settle(lambda: not window.runner.busy)
        save(window, out / f"outage-restored-{lang}.png")
        checklist.close()

        dialog = open_connection_dialog(window, url)
        dialog.test()
        settle(lambda: dialog.outcome.text().startswith(("✓", "✗")))
        save(dialog, out / f"connection-dialog-{lang}.png")
        dialog.reject()
        window.close()
    finally:
        cluster.stop()


def save(widget: object, path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        subprocess.run([sys.executable, __file__, lang, str(folder)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
