"""Render the alerts tab offscreen, in Chinese and in English: an incident of the 24-hour service
guarantee plan at level major forty-seven minutes in, with an escalation, overdue notices,
reminders, one alert acknowledged, and a drill running beside it.

Run: ``.venv/bin/python tests/ui/alert_screenshots.py [FOLDER]`` (default ``screenshots/``,
gitignored). Not a test: people look at the PNGs for clipping, missing glyphs and anything a
command group would not trust. Each language renders in its own process, as the application runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, when run as a script
from ui.incident_screenshots import TEXTS, Clock, settle

PLAN = "24h-service-guarantee"
T0 = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
NOW = T0 + timedelta(minutes=47)


def stage(url: str, lang: str, clock: Clock) -> None:
    """Declare, start the later phases, and let the deadlines act at a few moments."""
    from commandpost.services.alerts import AlertService
    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library

    texts = TEXTS[lang]
    database = open_library(url, clock).database
    service = IncidentService(database, clock)
    alerts = AlertService(database, clock)

    def at(minutes: float) -> None:
        clock.now = T0 + timedelta(minutes=minutes)

    at(0)
    incident = service.declare(
        PLAN, "sudden_problem", "major", texts["title"], "李建国", texts["description"]
    )
    at(3)
    service.tick(service.find_task(incident.id, "cs-record-ticket").id, "王敏")
    at(12)
    service.advance_phase(incident.id, "李建国")
    at(20)
    service.advance_phase(incident.id, "李建国")
    at(18)
    overdue = next(a for a in alerts.fire().recorded if a.kind == "overdue")
    at(24)
    service.declare(PLAN, "sudden_problem", "major", texts["drill"], "李建国", is_drill=True)
    at(40)
    alerts.fire()
    alerts.acknowledge(overdue.id, "王敏")
    at(47)
    alerts.fire()
    service.dispose()
    clock.now = NOW


def render(lang: str, url: str, folder: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.ui.app import open_main_window, prepare_application

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(T0)
    stage(url, lang, clock)
    window = open_main_window(url, lang, "screenshots", clock)
    window.resize(1500, 950)
    settle(
        lambda: (
            window.desk.alerts is not None
            and window.desk.alerts.model.rowCount() > 0
            and window.desk.alerts.filter.count() > 1
            and not window.runner.busy
        )
    )
    window.desk.show_alerts()
    window.alerts.view.selectRow(2)
    settle()
    path = Path(folder) / f"alerts_{lang}.png"
    window.grab().save(str(path))
    print(path)
    window.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(*argv)
        return
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url, str(folder)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
