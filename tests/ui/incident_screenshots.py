"""Render the command board and the department checklist offscreen into screenshots/ (gitignored),
in Chinese and in English, for an incident of the 24-hour service guarantee plan at level major
with some tasks done, some overdue, a progress report and situation figures recorded.

Run: ``.venv/bin/python tests/ui/incident_screenshots.py``. Not a test: people look at the PNGs
for clipping, missing glyphs, untranslated text and anything a command group would not trust.
Each language renders in its own process, as the application would run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "screenshots"
PLAN = "24h-service-guarantee"
T0 = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
NOW = T0 + timedelta(minutes=62, seconds=17)
TEXTS = {
    "zh": {
        "title": "华东区客服热线排队激增，物流异常投诉集中",
        "description": "受华东仓储系统故障影响，物流异常咨询与投诉集中涌入热线和在线客服。",
        "raise": "排队客户数超过 1000 人，需技术、物流、业务部门跨部门协同",
        "done": "已增派 12 名坐席，启用热线智能分流",
        "doing": "逐单核实物流异常订单，向客户说明处理时限",
        "help": "需要物流部门提供受影响订单清单",
        "note": "已通知夜班负责人",
        "adhoc": "向受影响客户群发短信说明延误",
        "drill": "第二季度客户分流演练",
        "warn": "华南区排队客户数超过预警线",
    },
    "en": {
        "title": "Hotline queue surge in East China, delivery complaints piling up",
        "description": "A warehouse system failure in East China sends delivery enquiries and "
        "complaints to the hotline and online chat.",
        "raise": "Over 1,000 customers waiting; needs the technical, logistics and business "
        "departments",
        "done": "12 more agents on the lines; hotline voice menu diverts routine questions",
        "doing": "Checking each delayed order and telling customers when it will be solved",
        "help": "Logistics: the list of affected orders",
        "note": "Night-shift lead informed",
        "adhoc": "Text the affected customers about the delay",
        "drill": "Second-quarter customer surge drill",
        "warn": "South China queue over the warning line",
    },
}


class Clock:
    """A clock the scenario moves forward by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def stage_incident(url: str, lang: str, clock: Clock) -> int:
    """Run the incident up to one hour in: level raised, phases, ticks, figures, a report."""
    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library

    texts = TEXTS[lang]
    service = IncidentService(open_library(url, clock).database, clock)

    def at(minutes: float) -> None:
        clock.now = T0 + timedelta(minutes=minutes)

    def tick(key: str, minutes: float, note: str | None = None) -> None:
        at(minutes)
        service.tick(service.find_task(incident.id, key).id, "王敏", note)

    at(0)
    incident = service.declare(
        PLAN, "sudden_problem", "general", texts["title"], "李建国", texts["description"]
    )
    at(2)
    service.record_figure(incident.id, "waiting_customers", 850, "王敏")
    tick("cs-record-ticket", 3)
    tick("ch-route-and-link", 5, texts["note"])
    at(9)
    service.shift_level(incident.id, +1, "李建国", texts["raise"])
    tick("cs-classify", 11)
    at(12)
    service.advance_phase(incident.id, "李建国")
    at(20)
    service.advance_phase(incident.id, "李建国")
    at(24)
    service.record_figure(incident.id, "waiting_customers", 1120, "王敏")
    service.record_figure(incident.id, "avg_response_time", 6.5, "王敏")
    tick("co-engage-counterparts", 27)
    at(31)
    report = service.send_report(
        incident.id, "customer_service", "王敏", texts["done"], texts["doing"], texts["help"]
    )
    tick("log-respond", 41)
    at(44)
    service.acknowledge_report(report.id, "李建国")
    service.send_report(incident.id, "technical", "陈工", texts["doing"], "", "")
    at(52)
    service.record_figure(incident.id, "waiting_customers", 960, "王敏")
    service.record_figure(incident.id, "first_contact_resolution", 71, "王敏")
    at(55)
    service.add_task(
        incident.id, "customer_service", texts["adhoc"], "李建国", due_at=T0 + timedelta(minutes=72)
    )
    at(40)
    service.declare(
        "customer-surge-diversion",
        "sudden_surge",
        "general",
        texts["drill"],
        "李建国",
        is_drill=True,
    )
    at(60)
    service.warn("customer-surge-diversion", {"waiting_customers": 870}, "监控脚本", texts["warn"])
    service.dispose()
    clock.now = NOW
    return incident.id


def settle(condition: object = None, timeout_ms: int = 30_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if condition is None or condition():  # type: ignore[operator]
            break
    for _ in range(5):
        QCoreApplication.processEvents()


def render(lang: str, url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from commandpost.services.incidents import IncidentService
    from commandpost.services.startup import open_library
    from commandpost.ui.app import open_main_window, prepare_application
    from commandpost.ui.board_window import CommandBoard
    from commandpost.ui.checklist_window import ChecklistWindow

    app = QApplication(sys.argv[:1])
    prepare_application(app, lang)
    clock = Clock(T0)
    incident_id = stage_incident(url, lang, clock)
    service = IncidentService(open_library(url, clock).database, clock)
    board = CommandBoard(service, incident_id, lang, "screenshots", clock)
    board.resize(1500, 950)
    board.show()
    board.start()
    settle(lambda: board.board is not None and not board.runner.busy)
    path = OUT / f"incident-board-{lang}.png"
    board.grab().save(str(path))
    print(path)
    dialog = board.commands.ask_level(+1)
    assert dialog is not None
    dialog.reason_edit.setPlainText(TEXTS[lang]["raise"])
    settle()
    path = OUT / f"incident-raise-{lang}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.reject()
    board.close()
    checklist = ChecklistWindow(
        service, lang, "screenshots", clock, incident_id, "customer_service"
    )
    checklist.resize(1500, 950)
    checklist.show()
    checklist.start()
    settle(lambda: checklist.panel.board is not None and not checklist.runner.busy)
    checklist.panel.set_filter("all")
    model = checklist.panel.model
    assert model is not None
    checklist.panel.select_task(next(t.id for t in model.rows() if t.status == "open"))
    settle()
    path = OUT / f"incident-checklist-{lang}.png"
    checklist.grab().save(str(path))
    print(path)
    checklist.close()
    service.dispose()
    window = open_main_window(url, lang, "screenshots", clock)
    settle(
        lambda: (
            window.desk.incidents is not None
            and window.incidents.incident_model.rowCount() > 0
            and not window.runner.busy
        )
    )
    window.show_incidents()
    window.resize(1500, 950)
    window.incidents.incident_view.selectRow(1)
    settle()
    path = OUT / f"incident-list-{lang}.png"
    window.grab().save(str(path))
    print(path)
    window.close()


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
