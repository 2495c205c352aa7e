"""Render the drills tab offscreen, in Chinese and in English, and the scheduling dialog in
English: four plans drilled this spring and one overdue, drills coming, one cancelled, one held.

Run: ``.venv/bin/python tests/ui/drill_screenshots.py [OUT_DIR]`` (default: screenshots/, which
is gitignored). Not a test: people look at the PNGs for clipping, missing glyphs, untranslated
text and colours that do not read. Each language renders in its own process, as the application
would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"
NOW = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)  # Monday 1 June 2026, 09:00 in China
APPROVED = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
OVERDUE_PLAN = "express-delivery-service"
DRILLED = {  # each plan's drill category, and how many days before NOW it was drilled
    "24h-service-guarantee": ("inquiry", -60),
    "customer-problem-handling": ("technical", -75),
    "customer-service-emergency": ("system_failure", -90),
    "customer-surge-diversion": ("sudden_surge", -30),
}
TEXTS = {
    "zh": {
        "surge": "晚高峰热线系统宕机，排队客户数超过 1000 人",
        "storm": "物流异常引发集中投诉，需跨部门协同处理",
        "failure": "在线客服系统故障 30 分钟，切换至热线与短信通知",
        "held": "春季客户分流演练",
        "reason": "与 618 促销高峰冲突，改期",
    },
    "en": {
        "surge": "Hotline system down at the evening peak; over 1,000 customers waiting",
        "storm": "Complaint storm after a delivery failure; departments coordinate the answer",
        "failure": "Online chat down for 30 minutes; customers sent to the hotline and by text",
        "held": "Spring customer surge drill",
        "reason": "Clashes with the 618 sales peak; moved",
    },
}


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def stage(url: str, lang: str, clock: Clock) -> None:
    """Drills this spring on four plans (none on one), and drills on the calendar."""
    from sqlalchemy import update

    from commandpost.services.drills import DrillService
    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.store.models import PlanVersion

    texts = TEXTS[lang]
    library = open_library(url, clock)
    with library.database.write() as session:
        session.execute(update(PlanVersion).values(approved_at=APPROVED))
    incidents = IncidentService(library.database, clock)
    drills = DrillService(library.database, clock)

    def at(days: float, hour: int = 10) -> datetime:
        return (NOW + timedelta(days=days)).replace(hour=hour - 8)

    clock.now = at(-40)
    drills.schedule(
        "customer-surge-diversion",
        at(-30),
        texts["held"],
        "general",
        ["customer_service", "technical_support", "marketing", "hr_admin"],
        "李建国",
    )
    for plan_id, (category, days) in DRILLED.items():
        clock.now = at(days, 11)
        incidents.declare(plan_id, category, "general", texts["held"], "李建国", is_drill=True)
    clock.now = at(-3)
    drills.schedule(
        "24h-service-guarantee",
        at(1),
        texts["surge"],
        "major",
        ["channel_operations", "customer_service", "technical"],
        "李建国",
        "1 d",
    )
    cancelled = drills.schedule(
        "customer-problem-handling",
        at(8, 14),
        texts["storm"],
        "critical",
        ["customer_service", "technical_support"],
        "李建国",
        "3 d",
    )
    drills.schedule(
        OVERDUE_PLAN,
        at(15, 15),
        texts["failure"],
        "major",
        ["customer_service", "emergency_team", "delivery", "supervision"],
        "王敏",
        "7 d",
    )
    drills.cancel(cancelled.id, "王敏", texts["reason"])
    clock.now = NOW
    library.close()


def settle(condition: object = None, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def render(lang: str, url: str, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.services.drills import DrillService
    from commandpost.services.startup import open_library
    from commandpost.ui.app import prepare_application
    from commandpost.ui.drill_dialog import ScheduleDrillDialog
    from commandpost.ui.drills_panel import DrillsPanel
    from commandpost.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(NOW)
    stage(url, lang, clock)
    library = open_library(url, clock)
    runner = TaskRunner()
    drills = DrillService(library.database, clock)
    panel = DrillsPanel(drills, library, runner, "李建国", lang, clock)
    panel.resize(1400, 760)
    panel.show()
    panel.start()
    settle(lambda: panel.drill_model.rowCount() > 0 and not runner.busy)
    panel.drill_view.selectRow(0)
    settle()
    path = out / f"drills_{lang}.png"
    panel.grab().save(str(path))
    print(path)
    if lang == "en":
        panel.ask_schedule("24h-service-guarantee")
        settle(lambda: not runner.busy)
        dialog = next(w for w in app.topLevelWidgets() if isinstance(w, ScheduleDrillDialog))
        dialog.scenario.setPlainText(TEXTS[lang]["surge"])
        dialog.departments["logistics"].setChecked(False)
        settle()
        dialog.grab().save(str(out / "drill_dialog_en.png"))
        print(out / "drill_dialog_en.png")
        dialog.scenario.clear()
        for box in dialog.departments.values():
            box.setChecked(False)
        dialog.accept()
        settle()
        dialog.grab().save(str(out / "drill_dialog_invalid_en.png"))
        print(out / "drill_dialog_invalid_en.png")
        dialog.reject()
    panel.shutdown()
    runner.shutdown()
    library.close()


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("zh", "en"):
        render(argv[0], argv[1], Path(argv[2]))
        return
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Asia/Shanghai"}
    for lang in ("zh", "en"):
        url = f"sqlite:///{tempfile.mkdtemp()}/drills.sqlite3"
        subprocess.run([sys.executable, __file__, lang, url, str(out)], check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
